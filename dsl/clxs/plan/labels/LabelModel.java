package clxs.plan.labels;

import clxs.model.Column;
import clxs.model.Gen;
import clxs.model.SqlType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A documented logistic model behind one ML label: {@code p = 1 / (1 + exp(-(b0 + Σ wᵢ·fᵢ)))} over
 * features of the row itself, with {@code b0} solved so the positive rate is {@code anomaly_rate}.
 * Features are portable SQL over the row's columns and the generators {@code $0, $1, ...} of
 * {@link #inputs} (a parent row's value, a pool entry's normal range). Some tables gain feature
 * columns the model needs ({@link #addedColumns}); the label column is added last.
 *
 * @param kind         BOOLEAN labels are drawn as {@code u < p}; SCORE labels are {@code p} with a little noise
 * @param featureQuery portable SQL a data scientist runs on the finished tables: one row per labelled row with
 *                     the features (named as in {@link #features}), {@code label} and the key
 */
public record LabelModel(String industry, String table, String column, Kind kind, String useCase, List<Column> addedColumns,
                         List<Gen> inputs, List<Feature> features, String featureQuery) {

    public enum Kind {
        BOOLEAN(SqlType.BOOLEAN), SCORE(SqlType.DOUBLE);

        private final SqlType type;

        Kind(SqlType type) {
            this.type = type;
        }

        public SqlType type() {
            return type;
        }
    }

    /** One term {@code weight · sql} of the model's logit; {@code meaning} is what the documentation says. */
    public record Feature(String name, String sql, double weight, String meaning) {}

    public LabelModel {
        addedColumns = List.copyOf(addedColumns);
        inputs = List.copyOf(inputs);
        features = List.copyOf(features);
    }

    public SqlType type() {
        return kind.type();
    }

    /** {@code w₁·(f₁) + w₂·(f₂) + ...}: the logit without its intercept, in portable SQL. */
    public String score() {
        return features.stream().map(f -> number(f.weight()) + " * (" + f.sql() + ")").collect(Collectors.joining(" + "));
    }

    /** {@code industry.table.column}. */
    public String qualifiedColumn() {
        return industry + "." + table + "." + column;
    }

    static String number(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(10)).stripTrailingZeros().toPlainString();
    }
}
