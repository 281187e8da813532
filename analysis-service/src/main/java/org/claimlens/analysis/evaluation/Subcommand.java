package org.claimlens.analysis.evaluation;

import java.io.PrintStream;
import java.util.List;

/** One evaluation of {@link EvaluateCommand}: reads a data set, prints a table and, as its last line, JSON. */
interface Subcommand {

    String name();

    /** One line: the name and its arguments, e.g. {@code ner-conll FILE [--baseline]}. */
    String usage();

    /** @throws UsageException when the arguments do not fit {@link #usage()} */
    int run(List<String> args, PrintStream out);
}
