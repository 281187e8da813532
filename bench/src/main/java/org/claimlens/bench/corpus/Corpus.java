package org.claimlens.bench.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The {@code .txt} articles under a folder, in a stable order (sorted paths). Files that are not valid UTF-8 are
 * read as ISO-8859-1 (the BBC corpus has one, {@code sport/199.txt}); the corpus' own README and SOURCE notes are
 * not articles.
 */
public record Corpus(Path folder, List<CorpusText> texts, List<String> latin1Files) {

    public static Corpus read(Path folder) {
        List<CorpusText> texts = new ArrayList<>();
        List<String> latin1 = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Corpus::isArticle).sorted().toList()) {
                String relative = folder.relativize(file).toString();
                byte[] bytes = Files.readAllBytes(file);
                String content = utf8(bytes);
                if (content == null) {
                    latin1.add(relative);
                    content = new String(bytes, StandardCharsets.ISO_8859_1);
                }
                texts.add(split(relative, content));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus " + folder, e);
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no .txt articles under " + folder);
        }
        return new Corpus(folder, List.copyOf(texts), List.copyOf(latin1));
    }

    /** {@code count} articles spread evenly over the sorted list, so every sub-folder (topic) is represented. */
    public List<CorpusText> spread(int count) {
        if (count >= texts.size()) {
            return texts;
        }
        List<CorpusText> chosen = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            chosen.add(texts.get((int) ((long) i * texts.size() / count)));
        }
        return chosen;
    }

    private static boolean isArticle(Path file) {
        String name = file.getFileName().toString();
        String upper = name.toUpperCase(Locale.ROOT);
        return Files.isRegularFile(file) && name.endsWith(".txt")
                && !upper.startsWith("README") && !upper.startsWith("SOURCE");
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static CorpusText split(String file, String content) {
        String trimmed = content.strip();
        int newline = trimmed.indexOf('\n');
        if (newline < 0) {
            return new CorpusText(file, null, trimmed);
        }
        return new CorpusText(file, trimmed.substring(0, newline).strip(), trimmed.substring(newline + 1).strip());
    }
}
