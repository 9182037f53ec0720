package clxs.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** This process's peak resident memory, as Linux counts it ({@code VmHWM}); null where there is no {@code /proc}. */
final class ProcessMemory {

    private ProcessMemory() {}

    static Long peakRssBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or /proc not mounted: the summary just leaves the peak out
        }
        return null;
    }
}
