package clxs.engine;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much memory a local run may use: DuckDB's {@code memory_limit}, past which it spills to a
 * temporary directory instead of growing. Without a setting it is half of the machine's memory,
 * at most {@value #DEFAULT_CAP_GIB} GiB: DuckDB's own default (80%) lets a full-scale run take a
 * laptop's memory, and the rest of the process (the JVM, DuckDB's own structures) comes on top.
 *
 * <pre>{@code
 * MemoryBudget.parse("4GB")     // 4 GiB; also 512MB, 1.5GiB, 25% (of the machine)
 * LocalEngine.in(dir).withMemoryLimit("512MB")
 * }</pre>
 *
 * @param bytes the budget, at least {@value #MIN_MIB} MiB
 */
public record MemoryBudget(long bytes) {

    /** Where the budget comes from when no flag gives it. */
    public static final String ENV = "CLXS_MEMORY_LIMIT";
    static final long DEFAULT_CAP_GIB = 6;
    /** Below this DuckDB cannot hold even one row group per thread of the widest tables. */
    static final long MIN_MIB = 128;
    private static final long MIB = 1024L * 1024;
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(b|k|kb|kib|m|mb|mib|g|gb|gib|t|tb|tib|%)", Pattern.CASE_INSENSITIVE);

    public MemoryBudget {
        if (bytes < MIN_MIB * MIB) throw new IllegalArgumentException("a memory limit below " + MIN_MIB + " MB is too small for DuckDB, got " + human(bytes));
    }

    /**
     * A size as people write it: {@code 512MB}, {@code 4GB}, {@code 1.5GiB} (units are powers of
     * 1024, as in DuckDB), or a share of the machine's memory ({@code 25%}).
     *
     * @throws IllegalArgumentException naming the value and the forms accepted
     */
    public static MemoryBudget parse(String text) {
        Matcher m = SIZE.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a memory size; write it as 512MB, 4GB or 25% (of this machine's "
                    + human(machineBytes()) + ")");
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        double bytes = switch (unit.charAt(0)) {
            case '%' -> {
                if (n <= 0 || n > 100) throw new IllegalArgumentException("a share of memory is between 0% and 100%, got " + text);
                yield machineBytes() * n / 100;
            }
            case 'k' -> n * 1024;
            case 'm' -> n * MIB;
            case 'g' -> n * MIB * 1024;
            case 't' -> n * MIB * 1024 * 1024;
            default -> n;
        };
        if (bytes > machineBytes()) {
            throw new IllegalArgumentException("a memory limit of " + human((long) bytes) + " is more than this machine has (" + human(machineBytes()) + ")");
        }
        return new MemoryBudget((long) bytes);
    }

    /** {@value #ENV} when set, else the machine's default. */
    public static MemoryBudget fromEnvironment() {
        String env = System.getenv(ENV);
        if (env == null || env.isBlank()) return machineDefault();
        try {
            return parse(env);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(ENV + ": " + e.getMessage(), e);
        }
    }

    /** Half of the machine's memory, at most {@value #DEFAULT_CAP_GIB} GiB (and at least the minimum). */
    public static MemoryBudget machineDefault() {
        long half = machineBytes() / 2;
        return new MemoryBudget(Math.max(MIN_MIB * MIB, Math.min(half, DEFAULT_CAP_GIB * 1024 * MIB)));
    }

    /** The memory of the machine (or of the container, where the JVM sees a limit). */
    static long machineBytes() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long total = os.getTotalMemorySize();
            if (total > 0) return total;
        }
        return Runtime.getRuntime().maxMemory() * 4;
    }

    /** The value for DuckDB's {@code SET memory_limit}, in whole MiB. */
    String duckDbSetting() {
        return Math.max(MIN_MIB, bytes / MIB) + "MiB";
    }

    @Override
    public String toString() {
        return human(bytes);
    }

    /** {@code 512.0 MB}, {@code 6.0 GB} (powers of 1024). */
    public static String human(long bytes) {
        return clxs.result.TextTable.bytes(bytes);
    }
}
