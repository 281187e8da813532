package org.claimlens.bench.report;

/** Progress lines on standard output, time-stamped, so a long run shows where it is. */
public final class Progress {

    private Progress() {
    }

    public static void log(String format, Object... args) {
        System.out.printf("%tT %s%n", System.currentTimeMillis(), String.format(format, args));
    }
}
