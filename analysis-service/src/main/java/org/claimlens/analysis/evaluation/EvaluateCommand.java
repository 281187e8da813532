package org.claimlens.analysis.evaluation;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Entry point of {@code analysis-service/evaluate}: scores the extractor against annotated data sets, with no
 * broker, database or service running. Each data set is a {@link Subcommand}; add new ones to {@link #COMMANDS}.
 */
public final class EvaluateCommand {

    static final int USAGE_ERROR = 2;

    private static final Map<String, Subcommand> COMMANDS = byName(List.of(new NerConllCommand(),
            new CheckWorthinessTsvCommand(), new AttributionPolnearCommand()));

    private EvaluateCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one subcommand and returns the process exit code: 0 done, 1 failed, 2 wrong usage. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Subcommand command = args.length == 0 ? null : COMMANDS.get(args[0]);
        if (command == null) {
            usage(err);
            return USAGE_ERROR;
        }
        try {
            return command.run(List.of(Arrays.copyOfRange(args, 1, args.length)), out);
        } catch (UsageException e) {
            err.println(e.getMessage());
            usage(err);
            return USAGE_ERROR;
        }
    }

    private static void usage(PrintStream err) {
        err.println("usage: evaluate SUBCOMMAND ARGS...");
        COMMANDS.values().forEach(command -> err.println("  " + command.usage()));
    }

    private static Map<String, Subcommand> byName(List<Subcommand> commands) {
        Map<String, Subcommand> byName = new TreeMap<>();
        commands.forEach(command -> byName.put(command.name(), command));
        return byName;
    }
}
