package org.claimlens.bench.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time a process used so far (user plus system, all its threads), read from Linux's {@code /proc}: what a
 * document costs, independent of how many other programs share the cores.
 */
final class ProcessCpu {

    /** Linux reports process times in clock ticks; 100 a second on every common kernel configuration. */
    private static final double TICKS_PER_SECOND = 100;

    private ProcessCpu() {
    }

    /** Seconds of CPU, or 0 for a process that is gone or a system without {@code /proc}. */
    static double seconds(long pid) {
        String[] fields = statFields(pid);
        if (fields == null) {
            return 0;
        }
        // utime and stime are fields 14 and 15 of /proc/<pid>/stat, which counts the state after the name as 3
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    }

    /** The postmaster of a PostgreSQL data directory and all its server processes (one per connection). */
    static double postgresSeconds(Path dataDirectory) {
        long postmaster;
        try {
            postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        double total = seconds(postmaster);
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                long pid = Long.parseLong(process.getFileName().toString());
                String[] fields = statFields(pid);
                if (fields != null && Long.parseLong(fields[1]) == postmaster) {
                    total += seconds(pid);
                }
            }
        } catch (IOException e) {
            return total;
        }
        return total;
    }

    /** The fields after the command name (which may contain spaces): state, ppid, ... */
    private static String[] statFields(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
