package clxs.plan.enrichment;

import clxs.settings.DqProfile;
import clxs.model.Column;
import clxs.model.Industry;
import clxs.model.SqlType;
import clxs.model.Table;
import clxs.plan.Layer;
import clxs.plan.DuplicateRows;
import clxs.plan.ObjectName;
import clxs.plan.PhaseKind;
import clxs.plan.PlanBuilder;
import clxs.plan.RunSettings;
import clxs.plan.Step;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Data-quality issues, at the rates of the {@link DqProfile}: in every industry table, a share of
 * a descriptive column set to NULL and a share of a measure multiplied into outliers (one UPDATE
 * per table, rows drawn from the key and the seed), then up to {@code duplicateRows} rows copied
 * again (at most a tenth of a small table). Outliers lie above every generated value of their column,
 * and NULLs go to columns never NULL by design, so a {@link Step.Measure} per table counts what was
 * injected after every write; the summary reports those measured rates.
 *
 * <pre>{@code
 * UPDATE demo.healthcare.patients SET phone = CASE WHEN <draw(patient_id)> < 0.05 THEN NULL ELSE phone END WHERE ...
 * INSERT INTO demo.healthcare.patients SELECT * FROM demo.healthcare.patients ORDER BY sha2(...) LIMIT 100
 * }</pre>
 */
public final class DataQualityLayer implements Layer {

    /** Outliers are one and a half times the largest generated value plus this many times their own (capped to what the type holds). */
    static final int OUTLIER_FACTOR = 25;

    @Override
    public void contribute(PlanBuilder plan) {
        RunSettings d = plan.settings();
        DqProfile profile = d.dqProfile();
        if (!profile.injectsIssues()) return;
        if (d.schemaOnly()) {
            plan.skip("data-quality issues", "schema-only run: there are no rows to change");
            return;
        }
        for (Industry industry : plan.industries()) {
            for (Table table : industry.tables()) {
                ObjectName name = plan.name(industry.name(), table.name());
                Column key = table.primaryKey().orElse(null);
                if (key == null) continue;
                if (key.type().isIntegral()) update(plan, profile, industry, table, name, key.name());
                else plan.skip("data-quality NULLs and outliers in " + name.shortName(), "its key is not a whole number to draw rows from");
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

    private static void update(PlanBuilder plan, DqProfile profile, Industry industry, Table table, ObjectName name, String key) {
        List<String> sets = new ArrayList<>();
        List<String> draws = new ArrayList<>();
        List<String> what = new ArrayList<>();
        DataQualityTargets.nullColumn(industry, table).ifPresent(c -> {
            String draw = draw(plan, industry, table, "nulls", key, profile.nullRate());
            sets.add(c.name() + " = CASE WHEN " + draw + " THEN NULL ELSE " + c.name() + " END");
            draws.add(draw);
            what.add(percent(profile.nullRate()) + " NULL " + c.name());
        });
        DataQualityTargets.outlierColumn(industry, table).ifPresent(c -> {
            String draw = draw(plan, industry, table, "outliers", key, profile.outlierRate());
            sets.add(c.name() + " = CASE WHEN " + draw + " THEN " + outlier(c) + " ELSE " + c.name() + " END");
            draws.add(draw);
            what.add(percent(profile.outlierRate()) + " outliers in " + c.name());
        });
        if (sets.isEmpty()) return;
        RunSettings d = plan.settings();
        plan.phase(PhaseKind.QUALITY).add(new Step.UpdateRows(name,
                new Step.PortableQuery(String.join(",\n    ", sets), d.catalog(), industry.name()),
                new Step.PortableQuery(String.join(" OR ", draws), d.catalog(), industry.name()),
                "data quality: " + String.join(", ", what), "data_quality", industry.name()));
    }

    /** Salts name the industry and table, never the catalog: the same seed gives the same rows under any catalog name. */
    private static String draw(PlanBuilder plan, Industry industry, Table table, String kind, String key, double rate) {
        return "{{hash_unit(" + key + ", " + plan.salt("dq " + kind + " " + industry.name() + "." + table.name()) + ")}} < " + rate;
    }

    /**
     * Beyond anything generated: one and a half times the generator's largest value plus {@link #OUTLIER_FACTOR} times
     * the value, at most the largest value of a DECIMAL column's type.
     */
    private static String outlier(Column c) {
        String value = plain(DataQualityTargets.generatedMax(c) * 1.5) + " + abs(" + c.name() + ") * " + OUTLIER_FACTOR;
        if (c.type().kind() != SqlType.Kind.DECIMAL) return value;
        return "least(" + value + ", " + typeMax(c).toPlainString() + ")";
    }

    private static BigDecimal typeMax(Column c) {
        return BigDecimal.TEN.pow(c.type().precision() - c.type().scale()).subtract(BigDecimal.ONE.movePointLeft(c.type().scale()));
    }

    private static String plain(double v) {
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /**
     * Counts, after every write, the rows, the duplicated keys, the NULLs of the NULL column and the values
     * above the generator's range in the outlier column: the measured profile of the summary.
     */
    private static Step.Measure measure(PlanBuilder plan, Industry industry, Table table, ObjectName name, Column keyColumn) {
        java.util.Map<String, String> facts = new java.util.LinkedHashMap<>();
        String nulls = "0";
        String outliers = "0";
        // NULLs and outliers are drawn from whole-number keys only; duplicates are counted in every table
        boolean drawn = keyColumn.type().isIntegral();
        java.util.Optional<Column> nullColumn = drawn ? DataQualityTargets.nullColumn(industry, table) : java.util.Optional.empty();
        if (nullColumn.isPresent()) {
            facts.put("null_column", nullColumn.get().name());
            nulls = "sum(CASE WHEN " + nullColumn.get().name() + " IS NULL THEN 1 ELSE 0 END)";
        }
        java.util.Optional<Column> outlierColumn = drawn ? DataQualityTargets.outlierColumn(industry, table) : java.util.Optional.empty();
        if (outlierColumn.isPresent()) {
            Column c = outlierColumn.get();
            facts.put("outlier_column", c.name());
            outliers = "sum(CASE WHEN " + c.name() + " > " + plain(DataQualityTargets.generatedMax(c)) + " THEN 1 ELSE 0 END)";
        }
        String sql = "SELECT count(*) AS row_count, " + duplicates(plan, industry, table) + " AS duplicates, coalesce(" + nulls + ", 0) AS nulls, coalesce("
                + outliers + ", 0) AS outliers FROM {{" + table.name() + "}}";
        return new Step.Measure(name, new Step.PortableQuery(sql, plan.catalog(), industry.name()), List.of("rows", "duplicates", "nulls", "outliers"),
                "data_quality", facts, industry.name());
    }

    /**
     * Rows whose key another row has. A key that is the row number is unique outside the rows the
     * duplicates step may copy, so only those are counted, not the whole table hashed.
     */
    private static String duplicates(PlanBuilder plan, Industry industry, Table table) {
        String key = table.primaryKey().orElseThrow().name();
        Optional<String> candidates = DuplicateRows.candidates(plan, industry, table);
        if (!DuplicateRows.keyIsRowNumber(table) || candidates.isEmpty()) return "count(*) - count(DISTINCT " + key + ")";
        String c = candidates.get();
        return "coalesce(sum(CASE WHEN " + c + " THEN 1 ELSE 0 END), 0) - count(DISTINCT CASE WHEN " + c + " THEN " + key + " END)";
    }

    private static String percent(double rate) {
        return new BigDecimal(Double.toString(rate * 100)).stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT) + "%";
    }
}
