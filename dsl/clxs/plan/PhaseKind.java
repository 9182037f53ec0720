package clxs.plan;

import java.util.Locale;

/**
 * What a phase does, in the order phases run: a phase may read anything an earlier kind wrote,
 * and nothing a later one writes. Layers name the kind they contribute to; the plan orders phases
 * by kind (and by round, for kinds that repeat), never by which layer spoke first.
 */
public enum PhaseKind {
    CATALOG("create the catalog"),
    SCHEMAS("create a schema per industry"),
    TABLES("create the industry tables"),
    /** Rows from {@code range()}: needs the tables. */
    DATA("generate rows in batches from range()"),
    FUNCTIONS("create SQL functions"),
    /** Views read tables and may call functions. */
    VIEWS("create views"),
    /** Duplicated rows land after the data (which carries the NULLs and outliers) and before bronze copies it. */
    DUPLICATES("data quality: duplicated rows"),
    BRONZE("medallion bronze: raw ingestion tables (a tenth of each fact)"),
    SILVER("medallion silver: cleaned views on bronze"),
    GOLD("medallion gold: aggregated business views"),
    STAR_DIMENSIONS("star schema: dim_date and dimensions"),
    /** Facts join the dimensions for their surrogate keys. */
    STAR_FACTS("star schema: facts with surrogate keys"),
    /** One round per update: round k applies the k-th update of each industry. */
    HISTORY("version history: update %d of each industry"),
    /** Constraints come after every write, so CHECKs hold on the final data. */
    PRIMARY_KEYS("constraints: primary keys"),
    FOREIGN_KEYS("constraints: informational foreign keys"),
    CHECKS("constraints: CHECK business rules"),
    /** Measured after every write (history included) and before row filters hide rows. */
    MEASURE("measure data-quality rates and ML label positive rates"),
    GOVERNANCE("governance: tags, table properties, grants"),
    OPTIMIZE("OPTIMIZE ... ZORDER BY on the largest tables"),
    VOLUMES("managed volumes"),
    SAMPLES("samples of the largest tables"),
    /** The clone comes before masks and row filters, which do not clone. */
    CLONE_CATALOG("clone: the destination catalog"),
    CLONE_SCHEMAS("clone: schemas"),
    CLONE_TABLES("clone: tables and functions"),
    CLONE_VIEWS("clone: views"),
    CLONE_SILVER("clone: silver"),
    CLONE_GOLD("clone: gold"),
    ACCESS("governance: column masks and row filters"),
    FILES("files: clone settings template"),
    /** The foreign-key audit reads the final data, so it is last. */
    AUDIT("check every foreign key for orphans (sampled LEFT JOIN)");

    private final String description;

    PhaseKind(String description) {
        this.description = description;
    }

    /** {@code star dimensions}, {@code history 2}: what summaries and SQL scripts call the phase. */
    public String label(int round) {
        String base = name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return round == 0 ? base : base + " " + round;
    }

    public String description(int round) {
        return round == 0 ? description : String.format(Locale.ROOT, description, round);
    }

    /** Whether the kind runs in numbered rounds ({@code history 1}, {@code history 2}). */
    public boolean repeats() {
        return description.contains("%d");
    }
}
