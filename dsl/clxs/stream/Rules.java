package clxs.stream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short names for writing device profiles ({@code import static clxs.stream.Rules.*}):
 *
 * <pre>{@code
 * add(perDevice(uniform(15, 30)), bell(-2, 2))            // noise around a per-device mean
 * counter(uniform(1_000, 50_000), uniform(0.001, 0.05))    // only rises
 * walk(uniform(0, 100), uniform(-5, 5), 0, 140)            // random walk within bounds
 * add(num(800), mul(num(30), ref("speed_kmh")), uniform(-100, 100))
 * when(inPhase("FAULT"), format("E%02d", intBetween(10, 99)), nullText())
 * }</pre>
 */
public final class Rules {

    private static final Pattern FORMAT = Pattern.compile("([^%]*)%(0?)(\\d*)d([^%]*)");

    private Rules() {}

    // ---- numbers
    public static Num num(double v) {
        return new Num.Const(v);
    }

    public static Num uniform(double lo, double hi) {
        return new Num.Uniform(lo, hi);
    }

    public static Num bell(double lo, double hi) {
        return new Num.Bell(lo, hi);
    }

    public static Num intBetween(long lo, long hi) {
        return new Num.IntBetween(lo, hi);
    }

    /** Equal weights. */
    public static Num pickNum(double... values) {
        List<Double> v = new ArrayList<>();
        List<Integer> w = new ArrayList<>();
        for (double d : values) {
            v.add(d);
            w.add(1);
        }
        return new Num.Pick(v, w);
    }

    public static Num ref(String field) {
        return new Num.Ref(field);
    }

    public static Num eventNumber() {
        return new Num.EventNumber();
    }

    public static Num level() {
        return new Num.Level();
    }

    /** Left to right: {@code ((a + b) + c) + ...}. */
    public static Num add(Num a, Num b, Num... more) {
        return fold(Num.Op.Kind.ADD, a, b, more);
    }

    public static Num sub(Num a, Num b) {
        return new Num.Op(Num.Op.Kind.SUB, a, b);
    }

    public static Num mul(Num a, Num b, Num... more) {
        return fold(Num.Op.Kind.MUL, a, b, more);
    }

    public static Num div(Num a, Num b) {
        return new Num.Op(Num.Op.Kind.DIV, a, b);
    }

    public static Num min(Num a, Num b) {
        return new Num.Op(Num.Op.Kind.MIN, a, b);
    }

    public static Num max(Num a, Num b) {
        return new Num.Op(Num.Op.Kind.MAX, a, b);
    }

    /** {@code min(max(x, lo), hi)}. */
    public static Num clamp(Num x, double lo, double hi) {
        return min(max(x, num(lo)), num(hi));
    }

    public static Num floor(Num x) {
        return new Num.Unary(Num.Unary.Kind.FLOOR, x);
    }

    public static Num when(Cond test, Num then, Num otherwise) {
        return new Num.If(test, then, otherwise);
    }

    public static Num nullNum() {
        return new Num.Null();
    }

    public static Num perDevice(Num value) {
        return new Num.Sticky(value);
    }

    /** A random walk: {@code v += step}, kept within {@code [min, max]}. */
    public static Num walk(Num start, Num step, double min, double max) {
        return new Num.Walk(start, step, min, max, null);
    }

    /** A counter that only moves by {@code step} (never negative), without bound. */
    public static Num counter(Num start, Num step) {
        return new Num.Walk(start, step, null, null, null);
    }

    /** A counter capped at {@code max}. */
    public static Num counter(Num start, Num step, double max) {
        return new Num.Walk(start, step, null, max, null);
    }

    /** A level that drains by {@code step} (negative) and becomes {@code refill} once below {@code min}. */
    public static Num drain(Num start, Num step, double min, Num refill) {
        return new Num.Walk(start, step, min, null, refill);
    }

    private static Num fold(Num.Op.Kind kind, Num a, Num b, Num... more) {
        Num acc = new Num.Op(kind, a, b);
        for (Num m : more) acc = new Num.Op(kind, acc, m);
        return acc;
    }

    // ---- text
    public static Text lit(String s) {
        return new Text.Lit(s);
    }

    /** Alternating value, weight: {@code pick("card", 45, "cash", 10)}. */
    public static Text pick(Object... valuesAndWeights) {
        if (valuesAndWeights.length % 2 != 0) throw new IllegalArgumentException("pick takes value, weight pairs");
        List<String> v = new ArrayList<>();
        List<Integer> w = new ArrayList<>();
        for (int i = 0; i < valuesAndWeights.length; i += 2) {
            v.add((String) valuesAndWeights[i]);
            w.add((Integer) valuesAndWeights[i + 1]);
        }
        return new Text.Pick(v, w);
    }

    /** Equal weights. */
    public static Text oneOf(String... values) {
        Integer[] ones = new Integer[values.length];
        Arrays.fill(ones, 1);
        return new Text.Pick(List.of(values), List.of(ones));
    }

    /** {@code "meter-%06d"} applied to {@code number} (rounded half up). */
    public static Text format(String pattern, Num number) {
        Matcher m = parseFormat(pattern);
        return new Text.Format(m.group(1), m.group(3).isEmpty() ? 0 : Integer.parseInt(m.group(3)), m.group(4), number);
    }

    public static Text chars(String alphabet, int length) {
        return new Text.Chars(alphabet, length);
    }

    public static Text hex64() {
        return new Text.Hex64();
    }

    public static Text concat(Text... parts) {
        return new Text.Concat(List.of(parts));
    }

    public static Text textRef(String field) {
        return new Text.Ref(field);
    }

    public static Text when(Cond test, Text then, Text otherwise) {
        return new Text.If(test, then, otherwise);
    }

    public static Text nullText() {
        return new Text.Null();
    }

    public static Text perDevice(Text value) {
        return new Text.Sticky(value);
    }

    public static Text session(int events, Text id) {
        return new Text.Session(events, id);
    }

    // ---- conditions
    public static Cond chance(double p) {
        return new Cond.Chance(p);
    }

    public static Cond gt(Num a, Num b) {
        return new Cond.Compare(a, Cond.Compare.Op.GT, b);
    }

    public static Cond lt(Num a, Num b) {
        return new Cond.Compare(a, Cond.Compare.Op.LT, b);
    }

    public static Cond is(Text t, String value) {
        return new Cond.TextIs(t, value);
    }

    public static Cond inPhase(String... phases) {
        return new Cond.InPhase(Set.of(phases));
    }

    public static Cond any(Cond... conds) {
        return new Cond.Any(List.of(conds));
    }

    public static Cond all(Cond... conds) {
        return new Cond.All(List.of(conds));
    }

    // ---- keys
    public static Rule.Key key(EntityKeys defaults, Rule.Scope scope) {
        return new Rule.Key(defaults, scope);
    }

    // ---- the %0Nd format, shared with EntityKeys.Formatted
    static Matcher parseFormat(String pattern) {
        Matcher m = FORMAT.matcher(pattern);
        if (!m.matches() || (!m.group(2).isEmpty() && m.group(3).isEmpty())) {
            throw new IllegalArgumentException("format '" + pattern + "' must hold exactly one %d or %0Nd");
        }
        return m;
    }

    static String formatted(String pattern, long n) {
        Matcher m = parseFormat(pattern);
        return padded(m.group(1), m.group(3).isEmpty() ? 0 : Integer.parseInt(m.group(3)), m.group(4), n);
    }

    static String padded(String prefix, int width, String suffix, long n) {
        if (n < 0) throw new IllegalArgumentException("formatted numbers are not negative, got " + n);
        String digits = Long.toString(n);
        StringBuilder b = new StringBuilder(prefix.length() + Math.max(width, digits.length()) + suffix.length()).append(prefix);
        for (int i = digits.length(); i < width; i++) b.append('0');
        return b.append(digits).append(suffix).toString();
    }
}
