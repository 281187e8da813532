package org.claimlens.loader;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The running progress line: done/total, documents per second, errors and retries. On a terminal it rewrites one
 * line each second; into a file or pipe it writes a line every ten seconds.
 */
final class ProgressLine implements AutoCloseable {

    private final LoadSummary summary;
    private final PrintStream out;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "load-progress");
        thread.setDaemon(true);
        return thread;
    });

    private ProgressLine(LoadSummary summary, PrintStream out, boolean terminal) {
        this.summary = summary;
        this.out = out;
        this.terminal = terminal;
    }

    static ProgressLine start(LoadSummary summary, PrintStream out) {
        boolean terminal = out == System.out && System.console() != null;
        ProgressLine line = new ProgressLine(summary, out, terminal);
        long period = terminal ? 1 : 10;
        line.ticker.scheduleAtFixedRate(line::print, period, period, TimeUnit.SECONDS);
        return line;
    }

    private void print() {
        double seconds = Math.max((System.nanoTime() - started) / 1e9, 0.001);
        int done = summary.done();
        int total = Math.max(summary.total(), 1);
        String text = String.format("%s %d/%d documents, %.1f documents/s, %d errors, %d retries",
                bar(done, total), done, summary.total(), done / seconds, summary.failed(), summary.retries());
        if (terminal) {
            out.print("\r" + text);
        } else {
            out.println(text);
        }
        out.flush();
    }

    private static String bar(int done, int total) {
        int width = 20;
        int filled = (int) ((long) done * width / total);
        return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "]";
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        print();
        if (terminal) {
            out.println();
        }
    }
}
