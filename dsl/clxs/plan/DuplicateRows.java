package clxs.plan;

import clxs.model.Column;
import clxs.model.Gen;
import clxs.model.Industry;
import clxs.model.Table;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The duplicated rows of the data-quality profile: which rows are copied, and which rows a reader
 * must consider when it removes or counts the copies.
 *
 * <p>A table keyed by its row number 1..N copies the rows of {@code copies} keys drawn from the
 * seed when the plan is built. Every copy and its original satisfy {@link #candidates}, a
 * {@code key IN (...)} list the engine answers from its min/max statistics, so the copying step,
 * a reader that de-duplicates (the star schema's dimensions) and one that counts copies (the
 * data-quality measure) read those rows, not a hash of every key in the table. A table keyed
 * otherwise (a code) copies rows in SHA-256 order of the key, and any row may be a copy.
 *
 * <pre>{@code
 * INSERT INTO demo.healthcare.claims
 * SELECT * FROM demo.healthcare.claims WHERE claim_id IN (1207, 5561, ...)
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
        if (keyIsRowNumber(table)) return "SELECT * FROM {{" + table.name() + "}} WHERE " + copiedKeys(plan, industry, table);
        String order = "{{sha256(CAST(" + key.name() + " AS STRING) || '" + DataQualityIssues.salt(plan, "duplicates", industry, table) + "')}}";
        return "SELECT * FROM {{" + table.name() + "}} ORDER BY " + order + " LIMIT " + copies(plan.settings(), table);
    }

    /**
     * A condition every copied row and its original satisfy, over the unqualified key column:
     * empty when the profile copies no rows of {@code table}, {@code TRUE} when any row may be a copy.
     */
    public static Optional<String> candidates(PlanBuilder plan, Industry industry, Table table) {
        if (copies(plan.settings(), table) == 0) return Optional.empty();
        if (!keyIsRowNumber(table)) return Optional.of("TRUE");
        return Optional.of(copiedKeys(plan, industry, table));
    }

    /**
     * Whether the key of {@code table} is the row number 1..N of its generation, so that outside the
     * copies it is unique and dense: {@code row_number() OVER (ORDER BY key)} is the key itself.
     */
    public static boolean keyIsRowNumber(Table table) {
        return table.primaryKey().map(k -> k.gen() instanceof Gen.Sequence && k.type().isIntegral()).orElse(false);
    }

    /** {@code key IN (...)}: the copied keys, drawn from the seed without repeats, in ascending order. */
    private static String copiedKeys(PlanBuilder plan, Industry industry, Table table) {
        long copies = copies(plan.settings(), table);
        long rows = table.rowsAt(plan.settings().scale());
        TreeSet<Long> keys = new TreeSet<>();
        // a tenth of the rows at most, so a repeat is rare and the draws end quickly
        for (int draw = 0; keys.size() < copies; draw++) {
            keys.add(1 + Salts.of(plan.seed(), DataQualityIssues.namespace("duplicates", industry, table), draw) % rows);
        }
        return table.primaryKey().orElseThrow().name() + " IN (" + keys.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    }
}
