package clxs.plan.enrichment;

import clxs.settings.DqProfile;
import clxs.model.Column;
import clxs.model.Industry;
import clxs.model.Table;
import clxs.plan.DataQualityIssues;
import clxs.plan.DataQualityTargets;
import clxs.plan.Layer;
import clxs.plan.DuplicateRows;
import clxs.plan.ObjectName;
import clxs.plan.PhaseKind;
import clxs.plan.PlanBuilder;
import clxs.plan.RunSettings;
import clxs.plan.Step;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Data-quality issues, at the rates of the {@link DqProfile}: in every industry table keyed by its
 * row number, a share of a descriptive column NULL and a share of a measure multiplied into
 * outliers, both drawn in the table's insert ({@link DataQualityIssues}); then, in every keyed
 * table, up to {@code duplicateRows} rows copied again (at most a tenth of a small table).
 * Outliers lie above every generated value of their column, and NULLs go to columns never NULL by
 * design, so a {@link Step.Measure} per table counts what was injected after every write; the
 * summary reports those measured rates.
 *
 * <pre>{@code
 * INSERT INTO demo.healthcare.patients SELECT * FROM demo.healthcare.patients WHERE patient_id IN (<100 keys drawn from the seed>)
 * SELECT count(*) AS row_count, ... AS duplicates, sum(CASE WHEN phone IS NULL THEN 1 ELSE 0 END) AS nulls, ... FROM demo.healthcare.patients
 * }</pre>
 */
public final class DataQualityLayer implements Layer {

    @Override
    public void contribute(PlanBuilder plan) {
        RunSettings d = plan.settings();
        if (!d.dqProfile().injectsIssues()) return;
        if (d.schemaOnly()) {
            plan.skip("data-quality issues", "schema-only run: there are no rows to change");
            return;
        }
        for (Industry industry : plan.industries()) {
            for (Table table : industry.tables()) {
                ObjectName name = plan.name(industry.name(), table.name());
                Column key = table.primaryKey().orElse(null);
                if (key == null) continue;
                // a table keyed by its row number got its NULLs and outliers in its insert; a code has no row number to draw from
                if (!DataQualityIssues.drawnInInsert(table)) {
                    plan.skip("data-quality NULLs and outliers in " + name.shortName(), "its key is not a whole number to draw rows from");
                }
                plan.phase(PhaseKind.MEASURE).add(measure(plan, industry, table, name, key));
                long copies = DuplicateRows.copies(d, table);
                if (copies > 0) {
                    plan.phase(PhaseKind.DUPLICATES).add(new Step.InsertSelect(name,
                            new Step.PortableQuery(DuplicateRows.query(plan, industry, table), d.catalog(), industry.name()),
                            String.format("data quality: %,d duplicate rows", copies), "data_quality", industry.name()));
                }
            }
        }
    }

    /**
     * Counts, after every write, the rows, the duplicated keys, the NULLs of the NULL column and the values
     * above the generator's range in the outlier column: the measured profile of the summary.
     */
    private static Step.Measure measure(PlanBuilder plan, Industry industry, Table table, ObjectName name, Column keyColumn) {
        Map<String, String> facts = new LinkedHashMap<>();
        String nulls = "0";
        String outliers = "0";
        // NULLs and outliers are drawn from row numbers only; duplicates are counted in every table
        boolean drawn = DataQualityIssues.drawnInInsert(table);
        Optional<Column> nullColumn = drawn ? DataQualityTargets.nullColumn(industry, table) : Optional.empty();
        if (nullColumn.isPresent()) {
            facts.put("null_column", nullColumn.get().name());
            nulls = "sum(CASE WHEN " + nullColumn.get().name() + " IS NULL THEN 1 ELSE 0 END)";
        }
        Optional<Column> outlierColumn = drawn ? DataQualityTargets.outlierColumn(industry, table) : Optional.empty();
        if (outlierColumn.isPresent()) {
            Column c = outlierColumn.get();
            facts.put("outlier_column", c.name());
            outliers = "sum(CASE WHEN " + c.name() + " > " + DataQualityIssues.plain(DataQualityTargets.generatedMax(c)) + " THEN 1 ELSE 0 END)";
        }
        String sql = "SELECT count(*) AS row_count, " + duplicates(plan, industry, table) + " AS duplicates, coalesce(" + nulls + ", 0) AS nulls, coalesce("
                + outliers + ", 0) AS outliers FROM {{" + table.name() + "}}";
        return new Step.Measure(name, new Step.PortableQuery(sql, plan.catalog(), industry.name()), List.of("rows", "duplicates", "nulls", "outliers"),
                "data_quality", facts, industry.name());
    }

    /**
     * Rows whose key another row has. A key that is the row number is unique outside the rows the
     * duplicates step may copy, so only those are counted, in a subquery the engine answers from
     * its min/max statistics, not the whole table hashed (or the key list tested on every row).
     */
    private static String duplicates(PlanBuilder plan, Industry industry, Table table) {
        String key = table.primaryKey().orElseThrow().name();
        Optional<String> candidates = DuplicateRows.candidates(plan, industry, table);
        if (!DuplicateRows.keyIsRowNumber(table) || candidates.isEmpty()) return "count(*) - count(DISTINCT " + key + ")";
        return "(SELECT count(*) - count(DISTINCT " + key + ") FROM {{" + table.name() + "}} WHERE " + candidates.get() + ")";
    }
}
