package clxs.engine;

import clxs.plan.ObjectName;
import clxs.plan.Plan;
import clxs.plan.Step;
import clxs.result.Measured;
import clxs.settings.DqProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@link Measured} block of a result, from the rows the plan's {@link Step.Measure} queries returned. */
final class Measurements {

    private Measurements() {}

    static Measured of(Plan plan, Map<Step, List<Object>> rows) {
        List<Measured.TableIssues> tables = new ArrayList<>();
        List<Measured.Anomaly> anomalies = new ArrayList<>();
        for (Step.Measure m : plan.steps(Step.Measure.class)) {
            List<Object> row = rows.get(m);
            if (row == null || row.size() < m.fields().size()) continue;
            if (m.kind().equals("data_quality")) {
                tables.add(new Measured.TableIssues(m.industry(), m.table().name(), number(row, 0), m.facts().get("null_column"), number(row, 2),
                        m.facts().get("outlier_column"), number(row, 3), number(row, 1)));
            } else if (m.kind().equals("anomalies")) {
                double rate = row.get(1) == null ? 0 : ((Number) row.get(1)).doubleValue();
                anomalies.add(new Measured.Anomaly(m.industry(), m.table().name(), m.facts().get("column"), m.facts().get("sql_type"),
                        Double.parseDouble(m.facts().get("anomaly_rate")), Math.round(rate * 1e6) / 1e6, number(row, 0)));
            }
        }
        return new Measured(tables.isEmpty() ? null : dataQuality(plan.settings().dqProfile(), tables), anomalies);
    }

    private static Measured.DataQuality dataQuality(DqProfile profile, List<Measured.TableIssues> tables) {
        long nullRows = 0, nulls = 0, outlierRows = 0, outliers = 0, duplicates = 0;
        for (Measured.TableIssues t : tables) {
            if (t.nullColumn() != null) {
                nullRows += t.rows();
                nulls += t.nulls();
            }
            if (t.outlierColumn() != null) {
                outlierRows += t.rows();
                outliers += t.outliers();
            }
            duplicates += t.duplicates();
        }
        return new Measured.DataQuality(profile.jsonName(), profile.nullRate(), profile.outlierRate(), profile.duplicateRows(),
                rate(nulls, nullRows), rate(outliers, outlierRows), duplicates, tables);
    }

    private static double rate(long count, long rows) {
        return rows == 0 ? 0 : Math.round(count * 1e6 / rows) / 1e6;
    }

    private static long number(List<Object> row, int i) {
        Object v = row.get(i);
        return v == null ? 0 : ((Number) v).longValue();
    }

    /** Whether the plan puts a row filter on {@code table} (the audit's {@code parent_has_row_filter}). */
    static boolean hasRowFilter(Plan plan, ObjectName table) {
        return plan.steps(Step.SetRowFilter.class).stream().anyMatch(f -> f.table().equals(table));
    }
}
