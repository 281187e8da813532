package org.claimlens.bench.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.common.utils.AppInfoParser;

/**
 * What was measured: the project commit (and whether the worktree had changes), the JVM, and the versions of Quarkus,
 * Kafka, CoreNLP and PostgreSQL; the extractor version comes from the bare run.
 */
public record Versions(String commit, boolean uncommittedChanges, String java, String jvm, String quarkus,
                       String kafka, String kafkaClients, String corenlp, String postgres, String extractor) {

    public static Versions of(Path root, String postgres, String extractor) {
        Properties built = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("/bench-versions.properties")) {
            built.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Versions(git(root, "rev-parse", "--short", "HEAD"), !git(root, "status", "--porcelain").isEmpty(),
                System.getProperty("java.version"), System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.vm.version"),
                built.getProperty("quarkus"), built.getProperty("kafka"), AppInfoParser.getVersion(),
                built.getProperty("corenlp"), postgres, extractor);
    }

    public static String shortCommit(Path root) {
        return git(root, "rev-parse", "--short", "HEAD");
    }

    private static String git(Path root, String... arguments) {
        String[] command = new String[arguments.length + 1];
        command[0] = "git";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        try {
            Process git = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
            String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return git.waitFor() == 0 ? output : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
