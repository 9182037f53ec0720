package clxs.estimate;

import clxs.model.SqlType;
import clxs.plan.ObjectName;
import clxs.plan.Plan;
import clxs.plan.RunSettings;
import clxs.plan.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Estimates a run without running it. The model, in full:
 * <ul>
 *   <li><b>rows</b>: each table's rows at the scale, plus the copies the layers make (bronze a
 *       tenth of the facts, the star schema's facts a full copy of three facts).</li>
 *   <li><b>bytes</b>: per row, 8 bytes per BIGINT, DOUBLE, TIMESTAMP or DECIMAL up to 18 digits, 16
 *       per wider DECIMAL, 4 per INT or DATE, 1 per BOOLEAN, 16 per STRING; times a factor for
 *       columnar compression. Locally {@value #LOCAL_COMPRESSION}, calibrated on DuckDB files of all
 *       ten industries (file size over the uncompressed model: 0.20 flat, 0.25 with the default
 *       layers and 0.26 with every layer and the star schema at scale 0.1; 0.29 at 0.01, where
 *       fixed overheads weigh more, which the disk check's headroom covers). On a warehouse
 *       {@value #WAREHOUSE_COMPRESSION}, an assumption for Delta's Parquet files.</li>
 *   <li><b>time</b>: fixed costs plus rows over a throughput. Fixed: starting up (locally
 *       {@value #LOCAL_STARTUP_SECONDS} s for the JVM, the libraries and DuckDB; on a warehouse
 *       {@value #WAREHOUSE_STARTUP_SECONDS} s to authenticate and connect) and every statement
 *       that is not an insert (DDL, views, functions, enrichments, audit queries: locally
 *       {@value #LOCAL_SECONDS_PER_STATEMENT} s each; on a warehouse
 *       {@value #WAREHOUSE_SECONDS_PER_STATEMENT} s each, {@code max_workers} at a time). Small
 *       runs are all fixed costs: healthcare at scale 0.0001 is 300 statements and 22,000 rows.
 *       Rows: locally {@value #LOCAL_ROWS_PER_CORE_SECOND} rows per second per core (measured,
 *       see BENCHMARKS.md); on a SQL warehouse {@value #WAREHOUSE_ROWS_PER_SECOND_2XS} rows per
 *       second at 2X-Small, doubling with each size; times {@value #LAYERS_FACTOR} when medallion,
 *       star schema and enrichments run (measured locally). The local fixed costs were measured on
 *       2 cores (healthcare schema-only, 208 statements, 2.1 s; all industries, 1,872 statements,
 *       13.8 s; {@code clxs --version} 2.0 to 2.6 s); the warehouse figures are assumptions, not
 *       measurements: no workspace was reachable where clxs was built.</li>
 *   <li><b>cost</b>: nothing locally; on a warehouse, hours times the size's DBUs per hour
 *       (serverless SQL: 2X-Small 4, X-Small 6, Small 12, Medium 24, Large 40, X-Large 80,
 *       2X-Large 144, 3X-Large 272, 4X-Large 528) times the price of a DBU.</li>
 * </ul>
 */
public final class Estimator {

    static final double LOCAL_COMPRESSION = 0.26;
    static final double WAREHOUSE_COMPRESSION = 0.35;
    static final double LOCAL_ROWS_PER_CORE_SECOND = 1_000_000;
    static final double WAREHOUSE_ROWS_PER_SECOND_2XS = 1_500_000;
    static final double LAYERS_FACTOR = 2.3;
    static final double LOCAL_STARTUP_SECONDS = 2.0;
    static final double LOCAL_SECONDS_PER_STATEMENT = 0.01;
    static final double WAREHOUSE_STARTUP_SECONDS = 5.0;
    static final double WAREHOUSE_SECONDS_PER_STATEMENT = 0.5;
    /** Serverless SQL warehouse sizes, smallest first, and their DBUs per hour. */
    static final List<String> SIZES = List.of("2X-Small", "X-Small", "Small", "Medium", "Large", "X-Large", "2X-Large", "3X-Large", "4X-Large");
    static final int[] DBU_PER_HOUR = {4, 6, 12, 24, 40, 80, 144, 272, 528};
    public static final double DEFAULT_DBU_PRICE = 0.70;
    public static final String DEFAULT_SIZE = "Small";

    private final String target;
    private final double rowsPerSecond;
    private final double dollarsPerHour;
    private final double startupSeconds;
    private final double secondsPerStatement;
    /** Stored bytes over the uncompressed model's bytes. */
    private final double compression;
    /** Whether statements of a phase overlap on {@code max_workers} connections (a warehouse) or share the machine's cores (measured as is). */
    private final boolean statementsOverlap;
    private final String model;

    private Estimator(String target, double rowsPerSecond, double dollarsPerHour, double startupSeconds, double secondsPerStatement,
                      double compression, boolean statementsOverlap, String model) {
        this.target = target;
        this.rowsPerSecond = rowsPerSecond;
        this.dollarsPerHour = dollarsPerHour;
        this.startupSeconds = startupSeconds;
        this.secondsPerStatement = secondsPerStatement;
        this.compression = compression;
        this.statementsOverlap = statementsOverlap;
        this.model = model;
    }

    /** The local engine on this machine's cores. */
    public static Estimator local() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new Estimator("local", LOCAL_ROWS_PER_CORE_SECOND * cores, 0, LOCAL_STARTUP_SECONDS, LOCAL_SECONDS_PER_STATEMENT, LOCAL_COMPRESSION, false,
                String.format(Locale.ROOT, "local DuckDB on %d cores at %,.0f rows/s, plus %.0f s to start and %.0f ms per statement; "
                        + "stored at %.2f of the uncompressed bytes; no cost", cores, LOCAL_ROWS_PER_CORE_SECOND * cores, LOCAL_STARTUP_SECONDS,
                        LOCAL_SECONDS_PER_STATEMENT * 1000, LOCAL_COMPRESSION));
    }

    /** A serverless SQL warehouse of {@code size} ({@code Small}, {@code 2X-Small}, ...) at {@code dbuPrice} dollars per DBU. */
    public static Estimator warehouse(String size, double dbuPrice) {
        int i = SIZES.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList().indexOf(size.toLowerCase(Locale.ROOT));
        if (i < 0) throw new IllegalArgumentException("unknown warehouse size '" + size + "'; valid: " + String.join(", ", SIZES));
        if (!(dbuPrice > 0)) throw new IllegalArgumentException("the DBU price must be positive, got " + dbuPrice);
        double rate = WAREHOUSE_ROWS_PER_SECOND_2XS * Math.pow(2, i);
        return new Estimator("databricks", rate, DBU_PER_HOUR[i] * dbuPrice, WAREHOUSE_STARTUP_SECONDS, WAREHOUSE_SECONDS_PER_STATEMENT, WAREHOUSE_COMPRESSION, true,
                String.format(Locale.ROOT, "%s serverless SQL warehouse at %,.0f rows/s, plus %.0f s to connect and %.1f s per statement "
                        + "(max_workers at a time), stored at %.2f of the uncompressed bytes, %d DBU/h at $%.2f/DBU", SIZES.get(i), rate,
                        WAREHOUSE_STARTUP_SECONDS, WAREHOUSE_SECONDS_PER_STATEMENT, WAREHOUSE_COMPRESSION, DBU_PER_HOUR[i], dbuPrice));
    }

    /**
     * Rows, bytes, time and cost of {@code plan}, per industry: the rows its inserts write and the
     * copies its layers make ({@link Step.Copy}), each at the width of the table it comes from.
     */
    public Preview estimate(Plan plan) {
        RunSettings d = plan.settings();
        boolean layers = d.medallion() || d.starSchema() || d.ucBestPractices();
        Map<ObjectName, Double> widths = new HashMap<>();
        Map<String, Integer> tables = new LinkedHashMap<>();
        for (Step.CreateTable t : plan.steps(Step.CreateTable.class)) {
            widths.put(t.table(), rowBytes(t.columns()));
            if (plan.industries().contains(t.table().schema()) && t.table().catalog().equals(plan.catalog())) tables.merge(t.table().schema(), 1, Integer::sum);
        }
        // per industry: rows, bytes, statements that are not inserts
        Map<String, long[]> acc = new LinkedHashMap<>();
        plan.industries().forEach(i -> acc.put(i, new long[3]));
        long sharedStatements = 0;
        for (Step s : plan.steps()) {
            long[] a = s.industry() == null ? null : acc.get(s.industry());
            if (a == null) {
                sharedStatements++;
                continue;
            }
            if (s instanceof Step.InsertRows ins) add(a, ins.rows(), widths.getOrDefault(ins.table(), 0.0));
            else a[2]++;
            if (s instanceof Step.CreateTableAs ctas && ctas.copy() != null) add(a, ctas.copy().rows(), widths.getOrDefault(ctas.copy().from(), 0.0));
        }
        List<Preview.IndustryEstimate> out = new ArrayList<>();
        acc.forEach((industry, a) -> {
            double seconds = a[0] / rowsPerSecond * (layers ? LAYERS_FACTOR : 1) + statementSeconds(a[2], d);
            out.add(new Preview.IndustryEstimate(industry, tables.getOrDefault(industry, 0), a[0], a[1], round(seconds),
                    cents(seconds / 3600 * dollarsPerHour)));
        });
        double fixed = round(startupSeconds + statementSeconds(sharedStatements, d));
        long rows = out.stream().mapToLong(Preview.IndustryEstimate::rows).sum();
        long bytes = out.stream().mapToLong(Preview.IndustryEstimate::bytes).sum();
        double seconds = fixed + out.stream().mapToDouble(Preview.IndustryEstimate::estimatedSeconds).sum();
        return new Preview(plan.catalog(), target, model, d.scale(), out, rows, bytes, fixed, round(seconds), cents(seconds / 3600 * dollarsPerHour));
    }

    private double statementSeconds(long statements, RunSettings d) {
        return statements * secondsPerStatement / (statementsOverlap ? d.maxWorkers() : 1);
    }

    /** Adds {@code rows} of {@code width} uncompressed bytes each to an industry's rows and stored bytes. */
    private void add(long[] acc, long rows, double width) {
        acc[0] += rows;
        acc[1] += (long) (rows * width * compression);
    }

    static double rowBytes(List<Step.ColumnDef> columns) {
        double b = 0;
        for (Step.ColumnDef c : columns) b += columnBytes(c.type());
        return b;
    }

    static int columnBytes(SqlType type) {
        return switch (type.kind()) {
            case BIGINT, DOUBLE, TIMESTAMP -> 8;
            case DECIMAL -> type.precision() <= 18 ? 8 : 16;
            case INT, DATE -> 4;
            case BOOLEAN -> 1;
            case STRING -> 16;
        };
    }

    private static double round(double seconds) {
        return Math.round(seconds * 10) / 10.0;
    }

    private static double cents(double dollars) {
        return Math.round(dollars * 100) / 100.0;
    }
}
