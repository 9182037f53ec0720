package clxs.plan;

import static clxs.plan.Expr.add;
import static clxs.plan.Expr.call;
import static clxs.plan.Expr.cast;
import static clxs.plan.Expr.lit;
import static clxs.plan.Expr.mul;
import static clxs.plan.Expr.str;

import clxs.model.Column;
import clxs.model.Gen;
import clxs.model.Industry;
import clxs.model.Pool;
import clxs.model.Seasonality;
import clxs.model.Skew;
import clxs.model.SqlType;
import clxs.model.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Lowers column generators ({@link Gen}) to dialect-free expressions ({@link Expr}) for one
 * industry at one scale and seed. Foreign keys evaluate the parent's key generator at a key drawn
 * from {@code 1..rows(parent)}, so every child value exists in the parent, whatever the scale.
 */
public final class GenLowering {

    /** Resolution of weighted choices: weights are honoured to one part in a million. */
    static final long CHOICE_RESOLUTION = 1_000_000L;
    private static final List<Object> ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".chars()
            .mapToObj(c -> (Object) String.valueOf((char) c)).toList();

    private final long seed;
    private final double scale;
    /** The catalog's window, both days included: the default range of dates and timestamps. */
    private final LocalDate start;
    private final LocalDate lastDay;
    private final Industry industry;
    private final PeopleLowering people;
    private final Map<String, Expr> cache = new HashMap<>();

    /** @param lastDay the window's last day, included (the day before the catalog's end date) */
    public GenLowering(long seed, double scale, LocalDate start, LocalDate lastDay, Industry industry) {
        this(seed, scale, start, lastDay, industry, null);
    }

    /**
     * @param lastDay     the window's last day, included (the day before the catalog's end date)
     * @param localePools people and places of {@code realistic_data}, or null for the built-in US lists
     */
    public GenLowering(long seed, double scale, LocalDate start, LocalDate lastDay, Industry industry, clxs.model.LocalePools localePools) {
        this.people = localePools == null ? PeopleLowering.builtIn(seed) : PeopleLowering.of(seed, localePools);
        this.seed = seed;
        this.scale = scale;
        this.start = start;
        this.lastDay = lastDay;
        this.industry = industry;
    }

    /** The expression computing {@code column} of {@code table} for the current row id. */
    public Expr column(Table table, Column column) {
        String key = table.name() + "." + column.name();
        Expr cached = cache.get(key);
        if (cached != null) return cached;
        Expr e = lower(column.gen(), table, new Draws(key));
        if (column.type().isNumeric()) e = castTo(e, column.type());
        cache.put(key, e);
        return e;
    }

    /** Independent salts for the successive random draws of one column. */
    private final class Draws {
        private final String namespace;
        private int next;

        Draws(String namespace) {
            this.namespace = namespace;
        }

        int salt() {
            return Salts.of(seed, namespace, next++);
        }
    }

    private int salt(String namespace) {
        return Salts.of(seed, namespace, 0);
    }

    private Expr lower(Gen gen, Table table, Draws draws) {
        if (gen instanceof Gen.Sequence) return new Expr.RowId();
        if (gen instanceof Gen.IntRange r) return intRange(r, draws);
        if (gen instanceof Gen.DecimalRange d) {
            Expr v = clamp(continuous(d.min(), d.max(), d.skew(), draws), d.min(), d.max());
            return call(Op.ROUND, v, lit(d.scale()));
        }
        if (gen instanceof Gen.Choice c) return choice(c.values(), c.weights(), draws.salt());
        if (gen instanceof Gen.DateRange d) {
            LocalDate from = d.from() != null ? d.from() : start;
            LocalDate to = d.to() != null ? d.to() : lastDay;
            return call(Op.ADD_DAYS, lit(from), dayOffset(d.seasonality(), from, to, draws));
        }
        if (gen instanceof Gen.TimestampRange t) return timestamp(t, draws);
        if (gen instanceof Gen.ForeignKey fk) return parentKey(fk, draws);
        if (gen instanceof Gen.Lookup l) return lookup(table, l);
        if (gen instanceof Gen.Bool b) return call(Op.LT, new Expr.HashUnit(draws.salt()), lit(b.probability()));
        if (gen instanceof Gen.Nullable n) {
            Expr isNull = call(Op.LT, new Expr.HashUnit(draws.salt()), lit(n.nullRate()));
            return Expr.ifElse(isNull, lit(null), lower(n.inner(), table, draws));
        }
        if (gen instanceof Gen.Template t) return template(t, table, draws);
        if (gen instanceof Gen.Hash h) return call(Op.SHA256, str(lower(h.of(), table, draws)));
        if (gen instanceof Gen.Code c) return code(c, table, draws);
        if (gen instanceof Gen.Person p) return people.person(p.field(), table.name() + "#person:" + p.key());
        if (gen instanceof Gen.Place p) return people.place(p.field(), table.name() + "#place:" + p.key());
        if (gen instanceof Gen.PoolField p) {
            Expr index = poolIndex(p.pool(), salt(table.name() + "#pool:" + p.pool().name() + ":" + p.key()));
            return new Expr.Pick(p.pool().column(p.field()), index);
        }
        if (gen instanceof Gen.Const c) return lit(c.value());
        if (gen instanceof Gen.Derived d) {
            List<Expr> inputs = new ArrayList<>();
            for (Gen in : d.inputs()) inputs.add(lower(in, table, draws));
            return new Expr.Portable(d.expression(), inputs);
        }
        if (gen instanceof Gen.RawSql r) {
            return new Expr.DatabricksOnly(r.databricksSql(), r.localFallback() == null ? null : lower(r.localFallback(), table, draws));
        }
        throw new IllegalStateException("no lowering for " + gen);
    }

    // ------------------------------------------------------------------ numbers

    private Expr intRange(Gen.IntRange r, Draws draws) {
        long span = r.max() - r.min() + 1;
        if (r.skew() instanceof Skew.Uniform) return add(lit(r.min()), new Expr.HashInt(draws.salt(), span));
        if (r.skew() instanceof Skew.Power p) return add(lit(r.min()), floorOf(mul(lit((double) span), pow(new Expr.HashUnit(draws.salt()), p.exponent()))));
        Expr v = call(Op.ROUND, continuous(r.min(), r.max(), r.skew(), draws), lit(0));
        return clamp(v, r.min(), r.max());
    }

    /** A double in {@code [min, max]} (before clamping, for unbounded shapes) shaped by {@code skew}. */
    private Expr continuous(double min, double max, Skew skew, Draws draws) {
        if (skew instanceof Skew.Uniform) return add(lit(min), mul(lit(max - min), new Expr.HashUnit(draws.salt())));
        if (skew instanceof Skew.Power p) return add(lit(min), mul(lit(max - min), pow(new Expr.HashUnit(draws.salt()), p.exponent())));
        if (skew instanceof Skew.LogNormal ln) {
            return call(Op.EXP, add(lit(Math.log(ln.median())), mul(lit(ln.sigma()), standardNormal(draws))));
        }
        Skew.Normal n = (Skew.Normal) skew;
        return add(lit(n.mean()), mul(lit(n.sd()), standardNormal(draws)));
    }

    /** Box-Muller: {@code sqrt(-2 ln u1) * cos(2 pi u2)}. */
    private Expr standardNormal(Draws draws) {
        Expr radius = call(Op.SQRT, mul(lit(-2.0), call(Op.LN, new Expr.HashUnit(draws.salt()))));
        return mul(radius, call(Op.COS, mul(lit(2 * Math.PI), new Expr.HashUnit(draws.salt()))));
    }

    /** {@code e} as {@code type}, without stacking casts or casting what already has the type. */
    static Expr castTo(Expr e, SqlType type) {
        if (type.equals(SqlType.BIGINT) && isBigint(e)) return e;
        if (e instanceof Expr.Cast c && (c.type().equals(type) || (c.type().isIntegral() && type.isIntegral()))) {
            return c.type().equals(type) ? c : cast(c.expr(), type);
        }
        return cast(e, type);
    }

    /** Whether {@code e} is a BIGINT on every dialect (row ids, hash draws, sums of them). */
    private static boolean isBigint(Expr e) {
        if (e instanceof Expr.RowId || e instanceof Expr.HashInt) return true;
        if (e instanceof Expr.Lit l) return l.value() instanceof Long;
        if (e instanceof Expr.Cast c) return c.type().equals(SqlType.BIGINT);
        if (e instanceof Expr.Call c && (c.op() == Op.ADD || c.op() == Op.SUB || c.op() == Op.MUL)) {
            return c.args().stream().allMatch(GenLowering::isBigint);
        }
        return false;
    }

    private static Expr clamp(Expr v, double min, double max) {
        return call(Op.LEAST, lit(max), call(Op.GREATEST, lit(min), v));
    }

    private static Expr clamp(Expr v, long min, long max) {
        return call(Op.LEAST, lit(max), call(Op.GREATEST, lit(min), v));
    }

    private static Expr pow(Expr base, double exponent) {
        return call(Op.POW, base, lit(exponent));
    }

    private static Expr floorOf(Expr e) {
        return cast(call(Op.FLOOR, e), SqlType.BIGINT);
    }

    // ------------------------------------------------------------------ choices

    /** Uniform choices index a list; weighted ones compare one draw against cumulative thresholds. */
    static Expr choice(List<Object> values, List<Double> weights, int salt) {
        if (weights.stream().distinct().count() == 1) return new Expr.Pick(values, new Expr.HashInt(salt, values.size()));
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        Expr draw = new Expr.HashInt(salt, CHOICE_RESOLUTION);
        List<Expr> conditions = new ArrayList<>();
        List<Expr> results = new ArrayList<>();
        double cumulative = 0;
        int last = weights.size() - 1;
        while (last > 0 && weights.get(last) == 0) last--;
        for (int i = 0; i < last; i++) {
            if (weights.get(i) == 0) continue;
            cumulative += weights.get(i);
            conditions.add(call(Op.LT, draw, lit(Math.round(cumulative / total * CHOICE_RESOLUTION))));
            results.add(lit(values.get(i)));
        }
        if (conditions.isEmpty()) return lit(values.get(last));
        return new Expr.Case(conditions, results, lit(values.get(last)));
    }

    static Expr popularIndex(int size, Skew popularity, int salt) {
        if (popularity instanceof Skew.Uniform) return new Expr.HashInt(salt, size);
        if (popularity instanceof Skew.Power p) return floorOf(mul(lit((double) size), pow(new Expr.HashUnit(salt), p.exponent())));
        throw new IllegalArgumentException("pool popularity must be uniform or power, got " + popularity);
    }

    private static Expr poolIndex(Pool pool, int salt) {
        return popularIndex(pool.size(), pool.popularity(), salt);
    }

    // ------------------------------------------------------------------ dates and times

    /** Whole days after {@code from}, in {@code [0, days)}, following the seasonal calendar. */
    private Expr dayOffset(Seasonality seasonality, LocalDate from, LocalDate to, Draws draws) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        Expr offset;
        if (seasonality.monthWeights().stream().distinct().count() == 1) {
            offset = new Expr.HashInt(draws.salt(), days);
        } else {
            SeasonalCurve curve = SeasonalCurve.of(seasonality, from, to);
            Expr slot = new Expr.HashInt(draws.salt(), SeasonalCurve.SLOTS);
            Expr within = mul(new Expr.HashUnit(draws.salt()), new Expr.Pick(boxed(curve.widths()), slot));
            Expr point = add(new Expr.Pick(boxed(curve.starts()), slot), within);
            offset = call(Op.LEAST, lit(days - 1), floorOf(point));
        }
        if (seasonality.weekdayWeights() != null && days >= 7) offset = onWeekday(offset, seasonality, from, days, draws);
        return cast(offset, SqlType.INT);
    }

    /**
     * Moves a day to a weekday drawn from the weekday weights, within the same week, so the
     * month profile holds and the weekday profile is exact.
     */
    private Expr onWeekday(Expr offset, Seasonality seasonality, LocalDate from, long days, Draws draws) {
        int startDow = from.getDayOfWeek().getValue() - 1;
        List<Object> weekdays = IntStream.range(0, 7).mapToObj(i -> (Object) (long) i).toList();
        Expr target = choice(weekdays, seasonality.weekdayWeights(), draws.salt());
        // offset of the Monday of the drawn day's week (offset 0 falls on `from`'s weekday)
        Expr monday = call(Op.SUB, offset, call(Op.MOD, add(offset, lit((long) startDow)), lit(7L)));
        Expr shifted = add(monday, target);
        return new Expr.Case(
                List.of(call(Op.LT, shifted, lit(0L)), call(Op.LT, lit(days - 1), shifted)),
                List.of(add(shifted, lit(7L)), call(Op.SUB, shifted, lit(7L))),
                shifted);
    }

    private Expr timestamp(Gen.TimestampRange t, Draws draws) {
        LocalDate from = t.from() != null ? t.from() : start;
        LocalDate to = t.to() != null ? t.to() : lastDay;
        Expr days = castTo(dayOffset(t.seasonality(), from, to, draws), SqlType.BIGINT);
        Expr hour = t.seasonality().hourWeights() == null
                ? new Expr.HashInt(draws.salt(), 24)
                : choice(IntStream.range(0, 24).mapToObj(h -> (Object) (long) h).toList(), t.seasonality().hourWeights(), draws.salt());
        Expr seconds = add(mul(days, lit(86_400L)), add(mul(hour, lit(3_600L)), new Expr.HashInt(draws.salt(), 3_600)));
        return call(Op.ADD_SECONDS, lit(from.atStartOfDay()), seconds);
    }

    private static List<Object> boxed(double[] xs) {
        List<Object> out = new ArrayList<>(xs.length);
        for (double x : xs) out.add(x);
        return out;
    }

    // ------------------------------------------------------------------ keys

    /** The parent's key column evaluated at a key drawn from {@code 1..rows(parent)}. */
    private Expr parentKey(Gen.ForeignKey fk, Draws draws) {
        Table parent = industry.requireTable(fk.table());
        Expr key = keyDraw(parent, fk.skew(), draws.salt());
        return Expr.substituteRowId(column(parent, parent.primaryKey().orElseThrow()), key);
    }

    private Expr keyDraw(Table parent, Skew skew, int salt) {
        long rows = parent.rowsAt(scale);
        if (skew instanceof Skew.Uniform) return add(lit(1L), new Expr.HashInt(salt, rows));
        if (skew instanceof Skew.Power p) return add(lit(1L), floorOf(mul(lit((double) rows), pow(new Expr.HashUnit(salt), p.exponent()))));
        throw new IllegalArgumentException("foreign keys to " + parent.name() + " support uniform or power skew, got " + skew);
    }

    /** The parent row's column, at the parent row this row's {@code viaColumn} points to. */
    private Expr lookup(Table table, Gen.Lookup l) {
        Gen.ForeignKey fk = (Gen.ForeignKey) table.column(l.viaColumn()).orElseThrow().gen();
        Table parent = industry.requireTable(fk.table());
        // the same draw the via column makes, so both agree on the parent row
        Expr key = keyDraw(parent, fk.skew(), new Draws(table.name() + "." + l.viaColumn()).salt());
        Column parentColumn = parent.column(l.parentColumn()).orElseThrow();
        if (parentColumn.gen() instanceof Gen.Derived d) {
            java.util.Set<String> reads = new java.util.HashSet<>(clxs.model.PortableSqlText.identifiers(d.expression()));
            reads.retainAll(parent.columns().stream().map(Column::name).toList());
            if (!reads.isEmpty()) {
                throw new IllegalArgumentException(industry.name() + "." + table.name() + "." + l.viaColumn() + ": cannot look up " + parent.name() + "."
                        + parentColumn.name() + ", which is derived from its other columns " + reads);
            }
        }
        Expr value = Expr.substituteRowId(column(parent, parentColumn), key);
        return value instanceof Expr.Cast c ? c.expr() : value;
    }

    private static long pow(long base, int n) {
        long v = 1;
        for (int k = 0; k < n; k++) v *= base;
        return v;
    }

    private Expr code(Gen.Code c, Table table, Draws draws) {
        long capacity = Gen.Code.capacity(c.pattern());
        if (c.key() instanceof Gen.Sequence && table.rowsAt(scale) > capacity) {
            throw new IllegalArgumentException(industry.name() + "." + table.name() + ": code pattern '" + c.pattern() + "' spells only "
                    + capacity + " distinct codes, but the table has " + table.rowsAt(scale) + " rows at scale " + scale);
        }
        Expr key = lower(c.key(), table, draws);
        Expr scrambled = scramble(key, maxKey(c.key(), table), c.pattern(), capacity, c.namespace() != null ? c.namespace() : table.name());
        List<Expr> parts = new ArrayList<>();
        long place = 1;
        StringBuilder literal = new StringBuilder();
        String pattern = c.pattern();
        for (int i = pattern.length() - 1; i >= 0; i--) {
            char ch = pattern.charAt(i);
            int radix = Gen.Code.radix(ch);
            if (radix == 1) {
                literal.insert(0, ch);
                continue;
            }
            if (literal.length() > 0) {
                parts.add(0, lit(literal.toString()));
                literal.setLength(0);
            }
            // a run of decimal or base-36 digits is one number (one cast, one to_base) instead of one per character;
            // a run is at most as long as a BIGINT holds (10^18, 36^12), and letters go one by one
            int longest = ch == '9' ? 18 : ch == 'X' ? 12 : 1;
            int width = 1;
            while (i - width >= 0 && pattern.charAt(i - width) == ch && width < longest) width++;
            long span = pow(radix, width);
            Expr digits = call(Op.MOD, place == 1 ? scrambled : call(Op.INT_DIV, scrambled, lit(place)), lit(span));
            parts.add(0, spell(ch, digits, width));
            place *= span;
            i -= width - 1;
        }
        if (literal.length() > 0) parts.add(0, lit(literal.toString()));
        if (parts.size() == 1) return parts.get(0);
        return new Expr.Call(Op.CONCAT_NON_NULL, parts);
    }

    /** {@code width} characters of a code pattern ({@code 9}, {@code X} or {@code A}) spelling the number {@code digits}. */
    private static Expr spell(char ch, Expr digits, int width) {
        if (ch == 'A') return call(Op.CHR, add(lit(65L), digits));
        if (width == 1) return ch == '9' ? str(digits) : new Expr.Pick(ALPHANUMERIC, digits);
        return ch == '9' ? call(Op.LPAD, str(digits), lit((long) width), lit("0")) : call(Op.BASE36, digits, lit((long) width));
    }

    /**
     * A bijection of {@code [0, capacity)} so codes of consecutive keys look unrelated: an affine
     * map with a stride drawn from the seed (in 128-bit integers when the product could overflow), then
     * the low half of the digits rotated to the front. Per table, so two tables with the same
     * pattern (provider and facility NPIs) spell different codes; FK children evaluate the
     * parent's generator, so they agree with it.
     */
    private Expr scramble(Expr key, long maxKey, String pattern, long capacity, String namespace) {
        long stride = coprimeStride(capacity, Salts.of(seed, "code-stride:" + namespace + ":" + pattern, 0));
        long offset = Salts.of(seed, "code-offset:" + namespace + ":" + pattern, 0) % capacity;
        boolean fitsBigint = java.math.BigInteger.valueOf(maxKey).multiply(java.math.BigInteger.valueOf(stride))
                .add(java.math.BigInteger.valueOf(offset)).bitLength() < 63;
        // BIGINT arithmetic is several times faster; 128-bit integers only when the product could overflow
        Expr affine = fitsBigint
                ? call(Op.MOD, add(mul(key, lit(stride)), lit(offset)), lit(capacity))
                : call(Op.AFFINE_MOD, key, lit(stride), lit(offset), lit(capacity));
        long low = 1;
        for (int i = pattern.length() - 1, positions = 0; i >= 0 && positions < countPositions(pattern) / 2; i--) {
            int radix = Gen.Code.radix(pattern.charAt(i));
            if (radix > 1) {
                low *= radix;
                positions++;
            }
        }
        if (low <= 1) return affine;
        return add(mul(call(Op.MOD, affine, lit(low)), lit(capacity / low)), call(Op.INT_DIV, affine, lit(low)));
    }

    /** The largest key a code can be spelled from, or Long.MAX_VALUE when unknown. */
    private long maxKey(Gen key, Table table) {
        if (key instanceof Gen.Sequence) return table.rowsAt(scale);
        if (key instanceof Gen.IntRange r) return Math.max(Math.abs(r.min()), Math.abs(r.max()));
        if (key instanceof Gen.Nullable n) return maxKey(n.inner(), table);
        if (key instanceof Gen.ForeignKey fk) return industry.requireTable(fk.table()).rowsAt(scale);
        return Long.MAX_VALUE;
    }

    private static int countPositions(String pattern) {
        int n = 0;
        for (char ch : pattern.toCharArray()) if (Gen.Code.radix(ch) > 1) n++;
        return n;
    }

    /** A stride between a third and two thirds of {@code capacity}, sharing no factor with it. */
    static long coprimeStride(long capacity, int salt) {
        long third = Math.max(1, capacity / 3);
        long s = third + salt % third;
        while (gcd(s, capacity) != 1) s++;
        return s;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    private Expr template(Gen.Template t, Table table, Draws draws) {
        String[] pieces = t.pattern().split("\\{}", -1);
        List<Expr> parts = new ArrayList<>();
        for (int i = 0; i < pieces.length; i++) {
            if (!pieces[i].isEmpty()) parts.add(lit(pieces[i]));
            if (i < t.parts().size()) parts.add(str(lower(t.parts().get(i), table, draws)));
        }
        return parts.size() == 1 ? parts.get(0) : new Expr.Call(Op.CONCAT, parts);
    }

    static Expr padded(Expr number, int width) {
        return call(Op.LPAD, str(number), lit(width), lit("0"));
    }
}
