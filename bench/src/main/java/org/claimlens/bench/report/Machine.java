package org.claimlens.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The machine a run measured on: cores, CPU model, memory, operating system. */
public record Machine(int cores, String cpu, double memoryGib, String os) {

    public static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), cpuModel(), totalMemoryGib(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"));
    }

    /** The 1, 5 and 15 minute load averages, or an empty list where the system does not publish them. */
    public static List<Double> loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return Arrays.stream(fields).limit(3).map(Double::valueOf).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static String cpuModel() {
        return procLine("/proc/cpuinfo", "model name");
    }

    private static double totalMemoryGib() {
        String total = procLine("/proc/meminfo", "MemTotal");
        return total.isEmpty() ? 0 : Math.round(Long.parseLong(total.replaceAll("\\D", "")) / 1048576.0 * 10) / 10.0;
    }

    private static String procLine(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(key))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("");
        } catch (IOException e) {
            return "";
        }
    }
}
