package clxs.plan.labels;

import clxs.model.Column;
import clxs.model.Gen;
import clxs.model.Industry;
import clxs.model.Skew;
import clxs.model.Table;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Draws rows of a table in Java with the distributions its generators have in SQL (the same
 * ranges, skews, clamps and roundings, pool entries shared by key, derived columns evaluated from
 * their portable SQL by {@link SqlExpression}), so a label's intercept can be solved before any SQL
 * runs. It samples distributions, not the engines' exact rows: what matters is that averages over
 * many rows agree. Generators it cannot follow (text templates, codes, people) are refused.
 */
final class RowSampler {

    private final Industry industry;
    private final LocalDate start;
    private final LocalDate end;
    private final SplittableRandom random;
    private final Map<String, SqlExpression> parsed = new HashMap<>();
    /** Columns by name per table, by identity (a table record hashes all its columns). */
    private final Map<Table, Map<String, Column>> columns = new java.util.IdentityHashMap<>();
    private final Map<String, Table> tables = new HashMap<>();
    private final Map<Gen.Choice, double[]> cumulative = new java.util.IdentityHashMap<>();
    private final Map<Gen.PoolField, String> poolKeys = new java.util.IdentityHashMap<>();

    RowSampler(Industry industry, LocalDate start, LocalDate end, long seed) {
        this.industry = industry;
        this.start = start;
        this.end = end;
        this.random = new SplittableRandom(seed);
    }

    /** A fresh row of {@code table}: columns are drawn when first read. */
    SampledRow row(Table table) {
        return new SampledRow(table);
    }

    /** One sampled row; pool entries with the same key are shared, as in SQL. */
    final class SampledRow implements SqlExpression.Row {
        private final Table table;
        private final Map<String, Object> values = new HashMap<>();
        private final Map<String, Integer> poolEntries = new HashMap<>();

        private SampledRow(Table table) {
            this.table = table;
        }

        @Override
        public Object column(String name) {
            if (values.containsKey(name)) return values.get(name);
            Column c = columns.computeIfAbsent(table, RowSampler::byName).get(name);
            if (c == null) throw new IllegalArgumentException(table.name() + " has no column " + name);
            Object v = sample(c.gen(), this);
            values.put(name, v);
            return v;
        }

        @Override
        public Object input(int index) {
            throw new IllegalArgumentException("$" + index + " outside a derived column");
        }

        /** A row whose {@code $n} are {@code inputs} and whose columns are this row's. */
        SqlExpression.Row withInputs(List<Gen> inputs) {
            SampledRow self = this;
            Object[] drawn = new Object[inputs.size()];
            for (int i = 0; i < drawn.length; i++) drawn[i] = sample(inputs.get(i), this);
            return new SqlExpression.Row() {
                public Object column(String name) { return self.column(name); }
                public Object input(int index) { return drawn[index]; }
            };
        }
    }

    Object sample(Gen gen, SampledRow row) {
        if (gen instanceof Gen.IntRange r) return (double) intRange(r);
        if (gen instanceof Gen.DecimalRange d) {
            double v = Math.min(d.max(), Math.max(d.min(), continuous(d.min(), d.max(), d.skew())));
            return round(v, d.scale());
        }
        if (gen instanceof Gen.Choice c) return number(choice(c));
        if (gen instanceof Gen.Bool b) return random.nextDouble() < b.probability();
        if (gen instanceof Gen.Nullable n) return random.nextDouble() < n.nullRate() ? null : sample(n.inner(), row);
        if (gen instanceof Gen.DateRange d) {
            LocalDate from = d.from() != null ? d.from() : start;
            LocalDate to = d.to() != null ? d.to() : end;
            return from.plusDays(random.nextLong(ChronoUnit.DAYS.between(from, to) + 1));
        }
        if (gen instanceof Gen.PoolField p) {
            String key = poolKeys.computeIfAbsent(p, x -> x.pool().name() + ":" + x.key());
            int entry = row.poolEntries.computeIfAbsent(key, k -> index(p.pool().size(), p.pool().popularity()));
            return number(p.pool().rows().get(entry).get(p.pool().fieldIndex(p.field())));
        }
        if (gen instanceof Gen.Const c) return number(c.value());
        if (gen instanceof Gen.Lookup l) {
            Gen.ForeignKey fk = (Gen.ForeignKey) columns.computeIfAbsent(row.table, RowSampler::byName).get(l.viaColumn()).gen();
            return new SampledRow(tables.computeIfAbsent(fk.table(), industry::requireTable)).column(l.parentColumn());
        }
        if (gen instanceof Gen.Derived d) {
            SqlExpression e = parsed.computeIfAbsent(d.expression(), SqlExpression::parse);
            return e.eval(row.withInputs(d.inputs()));
        }
        throw new IllegalArgumentException("cannot sample " + gen.getClass().getSimpleName() + " generators in Java");
    }

    private static Map<String, Column> byName(Table t) {
        Map<String, Column> m = new HashMap<>();
        for (Column c : t.columns()) m.put(c.name(), c);
        return m;
    }

    /** Half away from zero, as the engines round. */
    static double round(double v, int scale) {
        double f = Math.pow(10, scale);
        return Math.signum(v) * Math.round(Math.abs(v) * f) / f;
    }

    private long intRange(Gen.IntRange r) {
        long span = r.max() - r.min() + 1;
        if (r.skew() instanceof Skew.Uniform) return r.min() + random.nextLong(span);
        if (r.skew() instanceof Skew.Power p) return r.min() + (long) Math.floor(span * Math.pow(unit(), p.exponent()));
        return Math.min(r.max(), Math.max(r.min(), Math.round(continuous(r.min(), r.max(), r.skew()))));
    }

    private double continuous(double min, double max, Skew skew) {
        if (skew instanceof Skew.Uniform) return min + (max - min) * unit();
        if (skew instanceof Skew.Power p) return min + (max - min) * Math.pow(unit(), p.exponent());
        if (skew instanceof Skew.LogNormal ln) return Math.exp(Math.log(ln.median()) + ln.sigma() * normal());
        Skew.Normal n = (Skew.Normal) skew;
        return n.mean() + n.sd() * normal();
    }

    private int index(int size, Skew popularity) {
        if (popularity instanceof Skew.Power p) return (int) Math.min(size - 1, Math.floor(size * Math.pow(unit(), p.exponent())));
        return random.nextInt(size);
    }

    private Object choice(Gen.Choice c) {
        double[] bounds = cumulative.computeIfAbsent(c, x -> {
            double[] b = new double[x.weights().size()];
            double sum = 0;
            for (int i = 0; i < b.length; i++) b[i] = sum += x.weights().get(i);
            return b;
        });
        double draw = random.nextDouble() * bounds[bounds.length - 1];
        for (int i = 0; i < bounds.length; i++) {
            if (draw < bounds[i]) return c.values().get(i);
        }
        return c.values().get(bounds.length - 1);
    }

    /** In the open interval (0, 1), as the SQL draws are. */
    private double unit() {
        return (random.nextLong(1L << 53) + 0.5) / (double) (1L << 53);
    }

    private double normal() {
        return Math.sqrt(-2 * Math.log(unit())) * Math.cos(2 * Math.PI * unit());
    }

    /** Numbers as doubles, as {@link SqlExpression} computes with them. */
    private static Object number(Object v) {
        return v instanceof Number n && !(v instanceof Double) ? n.doubleValue() : v;
    }
}
