package clxs.plan.labels;

import static clxs.model.Gen.amount;
import static clxs.model.Gen.derived;
import static clxs.model.Gen.ints;
import static clxs.model.Gen.lookup;
import static clxs.model.Gen.weighted;

import clxs.model.Column;
import clxs.model.Gen;
import clxs.model.Industry;
import clxs.model.Pool;
import clxs.model.Skew;
import clxs.model.SqlType;
import clxs.model.Table;
import clxs.plan.labels.LabelModel.Feature;
import clxs.plan.labels.LabelModel.Kind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The four ML labels of {@code inject_anomalies} and their documented models. Each is
 * {@code p = 1 / (1 + exp(-(b0 + Σ wᵢ·fᵢ)))} with {@code b0} solved so that the positive rate is
 * {@code anomaly_rate}; a data scientist's first model finds the signal in the listed features.
 *
 * <table>
 *   <caption>Labels</caption>
 *   <tr><th>label</th><th>features (weight)</th></tr>
 *   <tr><td>{@code financial.transactions.is_fraud}</td><td>{@code ln((amount + 1) / (balance + 1))}, the amount against the
 *       account's balance (0.8); {@code txn_hour < 6}, night (1.8); category ELECTRONICS, TRAVEL or GAMBLING (1.3);
 *       channel ONLINE or MOBILE, card not present (1.0). Adds {@code txn_hour}.</td></tr>
 *   <tr><td>{@code telecom.subscribers.churn_risk} (0–1)</td><td>tenure in years (-0.25); plan type PREPAID (0.9);
 *       {@code support_calls_90d} (0.45); {@code ln(avg_monthly_data_gb + 1)} (-0.6). Adds both columns.</td></tr>
 *   <tr><td>{@code healthcare.encounters.is_anomaly}</td><td>{@code ln(total_cost / typical cost of the encounter type)} (2.2);
 *       {@code ln(duration_minutes / 32)} (1.4); EMERGENCY (0.7). Adds {@code total_cost}.</td></tr>
 *   <tr><td>{@code manufacturing.sensor_readings.is_anomaly}</td><td>{@code |value − mean| / sd} of the sensor type's normal
 *       range (2.5); {@code quality_flag <> 'GOOD'} (1.0).</td></tr>
 * </table>
 */
public final class LabelModels {

    /** Hours of card spending: quiet at night, busiest in the evening. */
    static final List<Double> SPENDING_HOURS = List.of(1.0, 0.6, 0.4, 0.3, 0.3, 0.5, 1.2, 2.0, 3.0, 4.0, 4.5, 5.0,
            5.5, 5.0, 4.8, 4.6, 4.8, 5.2, 5.8, 6.0, 5.5, 4.5, 3.0, 1.8);

    /** Typical billed cost of an encounter, by type: the median base cost (180) times the type's factor. */
    static final String TYPE_FACTOR = "CASE encounter_type WHEN 'INPATIENT' THEN 12 WHEN 'EMERGENCY' THEN 4 WHEN 'OBSERVATION' THEN 3 "
            + "WHEN 'TELEHEALTH' THEN 0.5 ELSE 1 END";

    private LabelModels() {}

    /** The model for {@code table} of {@code industry}, if it is one of the four and has the columns the model reads. */
    public static Optional<LabelModel> of(Industry industry, Table table, LocalDate endDate) {
        String at = industry.name() + "." + table.name();
        LabelModel m = switch (at) {
            case "financial.transactions" -> fraud();
            case "telecom.subscribers" -> churn(endDate);
            case "healthcare.encounters" -> encounters();
            case "manufacturing.sensor_readings" -> sensors(table);
            default -> null;
        };
        return Optional.ofNullable(m);
    }

    static LabelModel fraud() {
        Column hour = new Column("txn_hour", SqlType.INT, choiceOfHours(), "Local hour of the transaction, 0-23 (an ML feature)");
        return new LabelModel("financial", "transactions", "is_fraud", Kind.BOOLEAN, "Fraud detection", List.of(hour),
                List.of(lookup("account_id", "balance")),
                List.of(new Feature("amount_vs_balance", "ln((amount + 1) / ($0 + 1))", 0.8, "amount against the account's balance (log ratio)"),
                        new Feature("night", "CASE WHEN txn_hour < 6 THEN 1 ELSE 0 END", 1.8, "between midnight and 6am"),
                        new Feature("risky_category", "CASE WHEN category IN ('ELECTRONICS', 'TRAVEL', 'GAMBLING') THEN 1 ELSE 0 END", 1.3,
                                "electronics, travel or gambling merchant"),
                        new Feature("card_not_present", "CASE WHEN channel IN ('ONLINE', 'MOBILE') THEN 1 ELSE 0 END", 1.0, "online or mobile")),
                """
                SELECT t.txn_id,
                       ln((t.amount + 1) / (a.balance + 1)) AS amount_vs_balance,
                       CASE WHEN t.txn_hour < 6 THEN 1 ELSE 0 END AS night,
                       CASE WHEN t.category IN ('ELECTRONICS', 'TRAVEL', 'GAMBLING') THEN 1 ELSE 0 END AS risky_category,
                       CASE WHEN t.channel IN ('ONLINE', 'MOBILE') THEN 1 ELSE 0 END AS card_not_present,
                       t.is_fraud AS label
                FROM {{transactions}} t JOIN (SELECT DISTINCT account_id, balance FROM {{accounts}}) a ON a.account_id = t.account_id""");
    }

    static LabelModel churn(LocalDate endDate) {
        Column calls = new Column("support_calls_90d", SqlType.INT, ints(0, 12, Skew.power(2.5)), "Support calls in the last 90 days (an ML feature)");
        Column data = new Column("avg_monthly_data_gb", SqlType.DOUBLE, new Gen.DecimalRange(0.1, 200, 2, Skew.logNormal(6, 0.9)),
                "Average monthly mobile data, GB (an ML feature)");
        String tenure = "{{days_between(activation_date, DATE '" + endDate + "')}} / 365.25";
        return new LabelModel("telecom", "subscribers", "churn_risk", Kind.SCORE, "Churn prediction", List.of(calls, data),
                List.of(lookup("plan_id", "plan_type")),
                List.of(new Feature("tenure_years", tenure, -0.25, "years since activation"),
                        new Feature("prepaid", "CASE WHEN $0 = 'PREPAID' THEN 1 ELSE 0 END", 0.9, "on a prepaid plan"),
                        new Feature("support_calls_90d", "support_calls_90d", 0.45, "support calls in the last 90 days"),
                        new Feature("log_data_gb", "ln(avg_monthly_data_gb + 1)", -0.6, "monthly data use (log)")),
                """
                SELECT s.subscriber_id,
                       %s AS tenure_years,
                       CASE WHEN p.plan_type = 'PREPAID' THEN 1 ELSE 0 END AS prepaid,
                       s.support_calls_90d,
                       ln(s.avg_monthly_data_gb + 1) AS log_data_gb,
                       s.churn_risk AS label
                FROM {{subscribers}} s JOIN (SELECT DISTINCT plan_id, plan_type FROM {{plans}}) p ON p.plan_id = s.plan_id"""
                        .formatted(tenure.replace("activation_date", "s.activation_date")));
    }

    static LabelModel encounters() {
        Column cost = new Column("total_cost", SqlType.decimal(12, 2), derived("round($0 * " + TYPE_FACTOR + ", 2)", amount(180, 0.6, 10, 20_000)),
                "Billed cost of the encounter, USD (an ML feature)");
        String typical = "180 * " + TYPE_FACTOR;
        return new LabelModel("healthcare", "encounters", "is_anomaly", Kind.BOOLEAN, "Anomaly detection", List.of(cost), List.of(),
                List.of(new Feature("cost_vs_type", "ln(total_cost / (" + typical + "))", 2.2, "cost against the typical cost of the encounter type (log ratio)"),
                        new Feature("duration_vs_usual", "ln(duration_minutes / 32.0)", 1.4, "duration against the usual 32 minutes (log ratio)"),
                        new Feature("emergency", "CASE WHEN encounter_type = 'EMERGENCY' THEN 1 ELSE 0 END", 0.7, "an emergency encounter")),
                """
                SELECT encounter_id,
                       ln(total_cost / (%s)) AS cost_vs_type,
                       ln(duration_minutes / 32.0) AS duration_vs_usual,
                       CASE WHEN encounter_type = 'EMERGENCY' THEN 1 ELSE 0 END AS emergency,
                       is_anomaly AS label
                FROM {{encounters}}""".formatted(typical));
    }

    static LabelModel sensors(Table table) {
        Pool sensors = sensorPool(table);
        return new LabelModel("manufacturing", "sensor_readings", "is_anomaly", Kind.BOOLEAN, "Predictive maintenance", List.of(),
                List.of(Gen.pool(sensors, "mean", "sensor"), Gen.pool(sensors, "sd", "sensor")),
                List.of(new Feature("abs_z", "abs(value - $0) / $1", 2.5, "distance from the sensor type's normal value, in standard deviations"),
                        new Feature("bad_signal", "CASE WHEN quality_flag <> 'GOOD' THEN 1 ELSE 0 END", 1.0, "signal quality SUSPECT or BAD")),
                """
                SELECT reading_id,
                       abs(value - avg(value) OVER (PARTITION BY sensor_type)) / stddev_samp(value) OVER (PARTITION BY sensor_type) AS abs_z,
                       CASE WHEN quality_flag <> 'GOOD' THEN 1 ELSE 0 END AS bad_signal,
                       is_anomaly AS label
                FROM {{sensor_readings}}""");
    }

    private static Gen choiceOfHours() {
        Object[] pairs = new Object[48];
        for (int h = 0; h < 24; h++) {
            pairs[2 * h] = (long) h;
            pairs[2 * h + 1] = SPENDING_HOURS.get(h);
        }
        return weighted(pairs);
    }

    /** The sensor pool the readings' value is drawn from (the pool entry its {@code sensor} key picks). */
    private static Pool sensorPool(Table table) {
        for (Column c : table.columns()) {
            if (c.gen() instanceof Gen.PoolField p && p.key().equals("sensor") && p.pool().fields().containsAll(List.of("mean", "sd"))) return p.pool();
        }
        throw new IllegalArgumentException("sensor_readings has no sensor pool with mean and sd");
    }
}
