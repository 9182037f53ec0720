package clxs.plan.labels;

import clxs.model.Column;
import clxs.model.Gen;
import clxs.model.Industry;
import clxs.model.Skew;
import clxs.model.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Adds the ML labels of {@code inject_anomalies} to the industries that have them: the model's
 * feature columns, then the label, a derived column computed in the same INSERT as the row (one
 * portable SQL text, rendered by every dialect, drawing from the seed's hashes, never {@code rand()}).
 *
 * <p>Boolean labels are {@code u < p}; {@link #LABEL_NOISE} of the rows instead get an independent
 * draw at the positive rate, so the classes are not separable by the model's own score (and the rate
 * stays what was asked). Scores ({@code churn_risk}) are {@code p} times a factor in {@code [0.8, 1.2]}.
 */
public final class LabelColumns {

    /** Share of rows whose boolean label ignores the features. */
    public static final double LABEL_NOISE = 0.02;
    /** Rows sampled in Java to solve the intercept. */
    static final int SAMPLE = 25_000;

    private LabelColumns() {}

    /** A label and the intercept solved for it. */
    public record Solved(LabelModel model, double intercept, double rate) {}

    /** The industry with its labels, or unchanged when labels are off or it has none. */
    public static Industry apply(Industry industry, boolean inject, double rate, long seed, LocalDate start, LocalDate end) {
        if (!inject) return industry;
        List<Table> tables = new ArrayList<>();
        boolean changed = false;
        for (Table t : industry.tables()) {
            Optional<Solved> solved = solve(industry, t, rate, seed, start, end);
            if (solved.isEmpty()) {
                tables.add(t);
                continue;
            }
            LabelModel m = solved.get().model();
            List<Column> columns = new ArrayList<>(t.columns());
            columns.addAll(m.addedColumns());
            columns.add(new Column(m.column(), m.type(), gen(solved.get()), comment(solved.get())));
            tables.add(new Table(t.name(), t.rows(), t.role(), t.dateColumn(), columns, t.comment()));
            changed = true;
        }
        return changed ? industry.withTables(tables) : industry;
    }

    /**
     * The model of {@code table} with its intercept: bisection on {@code b0} until the mean of
     * {@code p} over rows sampled in Java from the same generators equals {@code rate}.
     */
    public static Optional<Solved> solve(Industry industry, Table table, double rate, long seed, LocalDate start, LocalDate end) {
        Optional<LabelModel> found = LabelModels.of(industry, table, end);
        if (found.isEmpty() || table.column(found.get().column()).isPresent()) return Optional.empty();
        LabelModel m = found.get();
        List<Column> columns = new ArrayList<>(table.columns());
        columns.addAll(m.addedColumns());
        Table withFeatures = new Table(table.name(), table.rows(), table.role(), table.dateColumn(), columns, table.comment());
        List<Table> others = new ArrayList<>(industry.tables());
        others.replaceAll(t -> t.name().equals(table.name()) ? withFeatures : t);
        if (rate == 0 || rate == 1) return Optional.of(new Solved(m, rate == 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY, rate));
        RowSampler sampler = new RowSampler(industry.withTables(others), start, end, seed * 0x9E3779B97F4A7C15L ^ m.qualifiedColumn().hashCode());
        SqlExpression score = SqlExpression.parse(m.score());
        double[] s = new double[SAMPLE];
        double[] noise = new double[SAMPLE];
        SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (int i = 0; i < SAMPLE; i++) {
            RowSampler.SampledRow row = sampler.row(withFeatures);
            s[i] = score.number(row.withInputs(m.inputs()));
            if (Double.isNaN(s[i])) throw new IllegalStateException(m.qualifiedColumn() + ": the model's score is NULL for a sampled row");
            noise[i] = 0.8 + 0.4 * r.nextDouble();
        }
        double lo = -40, hi = 40;
        for (int it = 0; it < 50; it++) {
            double mid = (lo + hi) / 2;
            if (mean(m.kind(), s, noise, mid) < rate) lo = mid;
            else hi = mid;
        }
        return Optional.of(new Solved(m, (lo + hi) / 2, rate));
    }

    private static double mean(LabelModel.Kind kind, double[] s, double[] noise, double b0) {
        double sum = 0;
        for (int i = 0; i < s.length; i++) {
            double p = 1 / (1 + Math.exp(-Math.max(-40, Math.min(40, b0 + s[i]))));
            sum += kind == LabelModel.Kind.SCORE ? Math.min(1, p * noise[i]) : p;
        }
        return sum / s.length;
    }

    /** {@code 1 / (1 + exp(-(b0 + score)))}, the logit clamped so no engine overflows. */
    public static String probability(Solved solved) {
        return "1 / (1 + exp(-least(40, greatest(-40, " + LabelModel.number(solved.intercept()) + " + " + solved.model().score() + "))))";
    }

    private static Gen gen(Solved solved) {
        LabelModel m = solved.model();
        boolean bool = m.kind() == LabelModel.Kind.BOOLEAN;
        if (solved.rate() == 0 || solved.rate() == 1) return Gen.constant(bool ? (Object) (solved.rate() == 1) : (Object) solved.rate());
        int k = m.inputs().size();
        List<Gen> inputs = new ArrayList<>(m.inputs());
        inputs.add(unit());
        inputs.add(unit());
        String p = probability(solved);
        String sql = bool
                ? "CASE WHEN $" + k + " < " + LABEL_NOISE + " THEN $" + (k + 1) + " < " + LabelModel.number(solved.rate()) + " ELSE $" + (k + 1) + " < " + p + " END"
                : "round(least(1.0, greatest(0.0, " + p + " * (0.8 + 0.4 * $" + k + "))), 4)";
        return new Gen.Derived(sql, inputs);
    }

    private static Gen unit() {
        return new Gen.DecimalRange(0, 1, 9, Skew.UNIFORM);
    }

    private static String comment(Solved s) {
        LabelModel m = s.model();
        String features = String.join(", ", m.features().stream().map(LabelModel.Feature::name).toList());
        return "ML label (" + m.useCase().toLowerCase(java.util.Locale.ROOT) + "): " + (m.kind() == LabelModel.Kind.BOOLEAN ? "drawn" : "a probability")
                + " from a logistic model of " + features + "; " + LabelModel.number(s.rate() * 100) + "% positive";
    }
}
