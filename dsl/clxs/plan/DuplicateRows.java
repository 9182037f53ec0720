package clxs.plan;

import clxs.model.Column;
import clxs.model.Gen;
import clxs.model.Industry;
import clxs.model.Table;
import java.util.Optional;

/**
 * The duplicated rows of the data-quality profile: which rows are copied, and which rows a reader
 * must consider when it removes or counts the copies.
 *
 * <p>A table keyed by a whole number copies the first {@code copies} rows in an order drawn from
 * the key, after a draw keeps a few times the rows needed (ten standard deviations to spare), so
 * only those are sorted. Every copy therefore satisfies {@link #candidates}: a reader that
 * de-duplicates (the star schema's dimensions) or counts copies (the data-quality measure) looks
 * at that sliver of the table instead of sorting or hashing all of it. A table keyed otherwise
 * copies rows in SHA-256 order of the key, and any row may be a copy.
 *
 * <pre>{@code
 * INSERT INTO demo.healthcare.claims
 * SELECT * FROM demo.healthcare.claims WHERE <draw(claim_id)> < 2.2E-5 ORDER BY <draw(claim_id)> LIMIT 100
 * }</pre>
 */
public final class DuplicateRows {

    private DuplicateRows() {}

    /** How many rows of {@code table} the profile copies (0: none). */
    public static long copies(RunSettings d, Table table) {
        if (!d.dqProfile().injectsIssues() || d.schemaOnly() || table.primaryKey().isEmpty()) return 0;
        return Math.min(d.dqProfile().duplicateRows(), table.rowsAt(d.scale()) / 10);
    }

    /** The query whose rows the duplicates step appends to {@code table} (portable SQL). */
    public static String query(PlanBuilder plan, Industry industry, Table table) {
        Column key = table.primaryKey().orElseThrow();
        long copies = copies(plan.settings(), table);
        if (!key.type().isIntegral()) {
            String order = "{{sha256(CAST(" + key.name() + " AS STRING) || '" + DataQualityIssues.salt(plan, "duplicates", industry, table) + "')}}";
            return "SELECT * FROM {{" + table.name() + "}} ORDER BY " + order + " LIMIT " + copies;
        }
        String draw = draw(plan, industry, table);
        return "SELECT * FROM {{" + table.name() + "}} WHERE " + draw + " < " + keep(plan.settings(), table) + " ORDER BY " + draw + " LIMIT " + copies;
    }

    /**
     * A condition every copied row and its original satisfy, over the unqualified key column:
     * empty when the profile copies no rows of {@code table}, {@code TRUE} when any row may be a copy.
     */
    public static Optional<String> candidates(PlanBuilder plan, Industry industry, Table table) {
        if (copies(plan.settings(), table) == 0) return Optional.empty();
        if (!table.primaryKey().orElseThrow().type().isIntegral()) return Optional.of("TRUE");
        return Optional.of(draw(plan, industry, table) + " < " + keep(plan.settings(), table));
    }

    /**
     * Whether the key of {@code table} is the row number 1..N of its generation, so that outside the
     * copies it is unique and dense: {@code row_number() OVER (ORDER BY key)} is the key itself.
     */
    public static boolean keyIsRowNumber(Table table) {
        return table.primaryKey().map(k -> k.gen() instanceof Gen.Sequence && k.type().isIntegral()).orElse(false);
    }

    private static String draw(PlanBuilder plan, Industry industry, Table table) {
        return "{{hash_unit(" + table.primaryKey().orElseThrow().name() + ", " + DataQualityIssues.salt(plan, "duplicates", industry, table) + ")}}";
    }

    private static double keep(RunSettings d, Table table) {
        long copies = copies(d, table);
        return Math.min(1.0, (copies + 10 * Math.sqrt(copies) + 20) / table.rowsAt(d.scale()));
    }
}
