package org.claimlens.query.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The machine's load average (runnable processes, averaged over 1, 5 and 15 minutes) and core count, recorded with
 * every measurement: on a shared machine a load above the core count means latency includes queueing for a core.
 */
final class MachineLoad {

    private static final Path LOAD_AVERAGE = Path.of("/proc/loadavg");

    private MachineLoad() {
    }

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** From /proc/loadavg where there is one, else the JVM's one-minute figure. */
    static Map<String, Double> now() {
        Map<String, Double> load = new LinkedHashMap<>();
        try {
            String[] fields = Files.readString(LOAD_AVERAGE).trim().split("\\s+");
            load.put("1min", Double.parseDouble(fields[0]));
            load.put("5min", Double.parseDouble(fields[1]));
            load.put("15min", Double.parseDouble(fields[2]));
        } catch (IOException | RuntimeException e) {
            load.put("1min", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        return load;
    }
}
