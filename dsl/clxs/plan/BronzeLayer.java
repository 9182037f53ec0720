package clxs.plan;

import clxs.model.Column;
import clxs.model.Gen;
import clxs.model.Industry;
import clxs.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Medallion bronze: {@code <industry>_bronze} holds the industry's five fact tables as raw
 * ingestion would have landed them, one row in ten, with {@code _ingested_at}, {@code _source_file}
 * and {@code _raw_id}. Built after the data-quality issues, so bronze carries them and silver has
 * something to clean.
 *
 * <p>The tenth is exact and each bronze row joins back to its source. A table keyed by its row
 * number 1..N lands its first N/10 keys: every other column is drawn from the key by a hash, so
 * those rows are as spread over dates and values as any tenth, and the engine finds them by the
 * key's min/max statistics instead of reading the whole fact (four times faster at scale 0.1).
 * A table keyed otherwise by a whole number lands the keys divisible by ten.
 *
 * <pre>{@code
 * CREATE OR REPLACE TABLE demo.healthcare_bronze.claims AS
 * SELECT claim_id, ..., <ingested_at> AS _ingested_at, 's3://clxs-landing/healthcare/claims/...' AS _source_file,
 *        md5(CAST(claim_id AS STRING)) AS _raw_id
 * FROM demo.healthcare.claims WHERE claim_id <= 1000000  -- 10,000,000 claims at scale 1.0
 * }</pre>
 */
public final class BronzeLayer implements Layer {

    /** One source row in this many lands in bronze. */
    static final int SAMPLE_EVERY = 10;

    static final List<String> METADATA = List.of("_ingested_at", "_source_file", "_raw_id");

    @Override
    public void contribute(PlanBuilder plan) {
        RunSettings d = plan.settings();
        if (!d.medallion()) return;
        for (Industry industry : plan.industries()) {
            for (Table t : industry.tables()) {
                if (t.role() == Table.Role.FACT && !hasIntegralKey(t)) {
                    plan.skip("bronze table " + industry.name() + "." + t.name(), "its key is not a whole number to sample by");
                }
            }
            List<Table> tables = bronzeTables(industry);
            if (tables.isEmpty()) continue;
            plan.phase(PhaseKind.SCHEMAS).add(new Step.CreateSchema(ObjectName.schema(d.catalog(), SchemaNames.bronze(industry.name())),
                    "Medallion bronze: raw ingestion of " + industry.name() + " events, with ingestion metadata", industry.name()));
            PlanBuilder.PhaseBuilder phase = plan.phase(PhaseKind.BRONZE);
            for (Table t : tables) {
                phase.add(new Step.CreateTableAs(plan.name(SchemaNames.bronze(industry.name()), t.name()),
                        new Step.PortableQuery(query(d, industry, t), d.catalog(), industry.name()),
                        "Raw ingestion of " + t.name() + " (one row in " + SAMPLE_EVERY + "), with _ingested_at, _source_file and _raw_id",
                        industry.name(), d.schemaOnly(),
                        new Step.Copy(plan.name(industry.name(), t.name()), d.schemaOnly() ? 0 : t.rowsAt(d.scale()) / SAMPLE_EVERY)));
            }
        }
    }

    /** The fact tables that land in bronze: those with a whole-number key (the sample and the raw id are drawn from it). */
    static List<Table> bronzeTables(Industry industry) {
        return industry.tables().stream().filter(t -> t.role() == Table.Role.FACT && hasIntegralKey(t)).toList();
    }

    private static boolean hasIntegralKey(Table t) {
        return t.primaryKey().map(c -> c.type().isIntegral()).orElse(false);
    }

    private static String query(RunSettings d, Industry industry, Table t) {
        String key = t.primaryKey().orElseThrow().name();
        String columns = t.columns().stream().map(Column::name).collect(Collectors.joining(", "));
        String landed;
        List<String> path = new ArrayList<>(List.of("'s3://clxs-landing/" + industry.name() + "/" + t.name() + "/'"));
        if (t.dateColumn() != null) {
            // landed within a day of the event: a quarter of an hour plus up to a day, by key
            landed = "{{add_seconds(CAST(" + t.dateColumn() + " AS TIMESTAMP), 900 + " + key + " % 86400)}}";
            path.add("{{format_date(" + t.dateColumn() + ", 'yyyy/MM/dd')}}");
            path.add("'/part-'");
        } else {
            landed = "{{add_seconds(TIMESTAMP '" + d.endDate() + " 00:00:00', -(" + key + " % 2592000))}}";
            path.add("'part-'");
        }
        path.add("lpad(CAST(" + key + " % 64 AS STRING), 5, '0')");
        path.add("'.json'");
        // one concat() instead of a chain of ||, which copies the growing text at each step; concat() skips a NULL on
        // DuckDB but not on Spark, so a date column that may be NULL keeps the chain (NULL path on both)
        boolean dateNeverNull = t.dateColumn() == null || !(t.column(t.dateColumn()).orElseThrow().gen() instanceof Gen.Nullable);
        String sourceFile = dateNeverNull ? "concat(" + String.join(", ", path) + ")" : String.join(" || ", path);
        return "SELECT " + columns + ",\n"
                + "       " + landed + " AS _ingested_at,\n"
                + "       " + sourceFile + " AS _source_file,\n"
                + "       md5(CAST(" + key + " AS STRING)) AS _raw_id\n"
                + "FROM {{" + t.name() + "}}\n"
                + "WHERE " + sample(d, t, key);
    }

    /** The condition that picks one row in {@value #SAMPLE_EVERY}: see the class comment. */
    private static String sample(RunSettings d, Table t, String key) {
        if (DuplicateRows.keyIsRowNumber(t)) return key + " <= " + t.rowsAt(d.scale()) / SAMPLE_EVERY;
        return key + " % " + SAMPLE_EVERY + " = 0";
    }
}
