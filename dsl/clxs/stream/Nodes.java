package clxs.stream;

/**
 * The interpreter's compiled rules: one small class per IR record, each doing exactly what the
 * record's comment says (and what {@code package-info} specifies for ports). {@code init} runs
 * when a device is created, children first (left to right), then the node's own draws.
 */
final class Nodes {

    private Nodes() {}

    static abstract class N {
        void init(Device d) {}

        abstract double eval(Device d);
    }

    static abstract class T {
        void init(Device d) {}

        abstract String eval(Device d);
    }

    static abstract class C {
        void init(Device d) {}

        abstract boolean eval(Device d);
    }

    /** {@code b < a ? b : a}: Python's {@code min(a, b)}, including which zero wins. */
    static double min(double a, double b) {
        return b < a ? b : a;
    }

    static double max(double a, double b) {
        return b > a ? b : a;
    }

    // ---------------------------------------------------------------- numbers

    static final class Const extends N {
        final double v;

        Const(double v) {
            this.v = v;
        }

        @Override
        double eval(Device d) {
            return v;
        }
    }

    static final class Uniform extends N {
        final double lo, hi;

        Uniform(double lo, double hi) {
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        double eval(Device d) {
            return lo + (hi - lo) * d.rng.nextDouble();
        }
    }

    static final class Bell extends N {
        final double lo, hi;

        Bell(double lo, double hi) {
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        double eval(Device d) {
            double s = d.rng.nextDouble();
            s = s + d.rng.nextDouble();
            s = s + d.rng.nextDouble();
            return lo + (hi - lo) * (s / 3.0);
        }
    }

    static final class IntBetween extends N {
        final long lo, n;

        IntBetween(long lo, long hi) {
            this.lo = lo;
            this.n = hi - lo + 1;
        }

        @Override
        double eval(Device d) {
            return (double) (lo + d.rng.index(n));
        }
    }

    static int pick(Device d, int[] cumulative) {
        long r = d.rng.index(cumulative[cumulative.length - 1]);
        int i = 0;
        while (r >= cumulative[i]) i++;
        return i;
    }

    static final class PickNum extends N {
        final double[] values;
        final int[] cumulative;

        PickNum(double[] values, int[] cumulative) {
            this.values = values;
            this.cumulative = cumulative;
        }

        @Override
        double eval(Device d) {
            return values[pick(d, cumulative)];
        }
    }

    static final class RefNum extends N {
        final int field;

        RefNum(int field) {
            this.field = field;
        }

        @Override
        double eval(Device d) {
            return d.refNum[field];
        }
    }

    static final class EventNumber extends N {
        @Override
        double eval(Device d) {
            return (double) d.eventId;
        }
    }

    static final class Level extends N {
        @Override
        double eval(Device d) {
            return d.level;
        }
    }

    static final class Op extends N {
        final Num.Op.Kind kind;
        final N a, b;

        Op(Num.Op.Kind kind, N a, N b) {
            this.kind = kind;
            this.a = a;
            this.b = b;
        }

        @Override
        void init(Device d) {
            a.init(d);
            b.init(d);
        }

        @Override
        double eval(Device d) {
            double x = a.eval(d);
            double y = b.eval(d);
            return switch (kind) {
                case ADD -> x + y;
                case SUB -> x - y;
                case MUL -> x * y;
                case DIV -> x / y;
                case MIN -> min(x, y);
                case MAX -> max(x, y);
            };
        }
    }

    static final class Unary extends N {
        final Num.Unary.Kind kind;
        final N x;

        Unary(Num.Unary.Kind kind, N x) {
            this.kind = kind;
            this.x = x;
        }

        @Override
        void init(Device d) {
            x.init(d);
        }

        @Override
        double eval(Device d) {
            double v = x.eval(d);
            return kind == Num.Unary.Kind.FLOOR ? Math.floor(v) : Math.sqrt(v);
        }
    }

    static final class IfNum extends N {
        final C test;
        final N then, otherwise;

        IfNum(C test, N then, N otherwise) {
            this.test = test;
            this.then = then;
            this.otherwise = otherwise;
        }

        @Override
        void init(Device d) {
            test.init(d);
            then.init(d);
            otherwise.init(d);
        }

        @Override
        double eval(Device d) {
            return test.eval(d) ? then.eval(d) : otherwise.eval(d);
        }
    }

    static final class StickyNum extends N {
        final N value;
        final int slot;

        StickyNum(N value, int slot) {
            this.value = value;
            this.slot = slot;
        }

        @Override
        void init(Device d) {
            value.init(d);
            d.nums[slot] = value.eval(d);
        }

        @Override
        double eval(Device d) {
            return d.nums[slot];
        }
    }

    static final class Walk extends N {
        final N start, step, reset;
        final boolean hasMin, hasMax;
        final double min, max;
        final int slot;

        Walk(N start, N step, Double min, Double max, N reset, int slot) {
            this.start = start;
            this.step = step;
            this.reset = reset;
            this.hasMin = min != null;
            this.hasMax = max != null;
            this.min = hasMin ? min : 0;
            this.max = hasMax ? max : 0;
            this.slot = slot;
        }

        @Override
        void init(Device d) {
            start.init(d);
            step.init(d);
            if (reset != null) reset.init(d);
            d.nums[slot] = start.eval(d);
        }

        @Override
        double eval(Device d) {
            double v = d.nums[slot] + step.eval(d);
            if (hasMax && v > max) v = reset != null ? reset.eval(d) : max;
            else if (hasMin && v < min) v = reset != null ? reset.eval(d) : min;
            d.nums[slot] = v;
            return v;
        }
    }

    // ---------------------------------------------------------------- text

    static final class Lit extends T {
        final String v;

        Lit(String v) {
            this.v = v;
        }

        @Override
        String eval(Device d) {
            return v;
        }
    }

    static final class PickText extends T {
        final String[] values;
        final int[] cumulative;

        PickText(String[] values, int[] cumulative) {
            this.values = values;
            this.cumulative = cumulative;
        }

        @Override
        String eval(Device d) {
            return values[pick(d, cumulative)];
        }
    }

    static final class Format extends T {
        final String prefix, suffix;
        final int width;
        final N number;

        Format(String prefix, int width, String suffix, N number) {
            this.prefix = prefix;
            this.width = width;
            this.suffix = suffix;
            this.number = number;
        }

        @Override
        void init(Device d) {
            number.init(d);
        }

        @Override
        String eval(Device d) {
            double x = number.eval(d);
            if (Double.isNaN(x)) return null;
            return Rules.padded(prefix, width, suffix, (long) Math.floor(x + 0.5));
        }
    }

    static final class Chars extends T {
        final String alphabet;
        final int length;

        Chars(String alphabet, int length) {
            this.alphabet = alphabet;
            this.length = length;
        }

        @Override
        String eval(Device d) {
            char[] out = new char[length];
            for (int i = 0; i < length; i++) out[i] = alphabet.charAt((int) d.rng.index(alphabet.length()));
            return new String(out);
        }
    }

    static final class Hex64 extends T {
        @Override
        String eval(Device d) {
            return SplitMix64.hex(d.rng.nextLong());
        }
    }

    static final class Concat extends T {
        final T[] parts;

        Concat(T[] parts) {
            this.parts = parts;
        }

        @Override
        void init(Device d) {
            for (T p : parts) p.init(d);
        }

        @Override
        String eval(Device d) {
            StringBuilder b = new StringBuilder();
            boolean isNull = false;
            for (T p : parts) {
                String s = p.eval(d); // every part is evaluated (and draws) even after a null
                if (s == null) isNull = true;
                else b.append(s);
            }
            return isNull ? null : b.toString();
        }
    }

    static final class RefText extends T {
        final int field;

        RefText(int field) {
            this.field = field;
        }

        @Override
        String eval(Device d) {
            return d.refText[field];
        }
    }

    static final class IfText extends T {
        final C test;
        final T then, otherwise;

        IfText(C test, T then, T otherwise) {
            this.test = test;
            this.then = then;
            this.otherwise = otherwise;
        }

        @Override
        void init(Device d) {
            test.init(d);
            then.init(d);
            otherwise.init(d);
        }

        @Override
        String eval(Device d) {
            return test.eval(d) ? then.eval(d) : otherwise.eval(d);
        }
    }

    static final class NullText extends T {
        @Override
        String eval(Device d) {
            return null;
        }
    }

    static final class StickyText extends T {
        final T value;
        final int slot;

        StickyText(T value, int slot) {
            this.value = value;
            this.slot = slot;
        }

        @Override
        void init(Device d) {
            value.init(d);
            d.texts[slot] = value.eval(d);
        }

        @Override
        String eval(Device d) {
            return d.texts[slot];
        }
    }

    static final class Session extends T {
        final int events;
        final T id;
        final int textSlot, leftSlot;

        Session(int events, T id, int textSlot, int leftSlot) {
            this.events = events;
            this.id = id;
            this.textSlot = textSlot;
            this.leftSlot = leftSlot;
        }

        @Override
        void init(Device d) {
            id.init(d);
            d.texts[textSlot] = null;
            d.longs[leftSlot] = 0;
        }

        @Override
        String eval(Device d) {
            if (d.longs[leftSlot] == 0) {
                d.texts[textSlot] = id.eval(d);
                d.longs[leftSlot] = events;
            }
            d.longs[leftSlot]--;
            return d.texts[textSlot];
        }
    }

    // ---------------------------------------------------------------- conditions

    static final class Chance extends C {
        final double p;

        Chance(double p) {
            this.p = p;
        }

        @Override
        boolean eval(Device d) {
            return d.rng.nextDouble() < p;
        }
    }

    static final class Compare extends C {
        final N a, b;
        final Cond.Compare.Op op;

        Compare(N a, Cond.Compare.Op op, N b) {
            this.a = a;
            this.op = op;
            this.b = b;
        }

        @Override
        void init(Device d) {
            a.init(d);
            b.init(d);
        }

        @Override
        boolean eval(Device d) {
            double x = a.eval(d);
            double y = b.eval(d);
            return switch (op) {
                case GT -> x > y;
                case GE -> x >= y;
                case LT -> x < y;
                case LE -> x <= y;
            };
        }
    }

    static final class TextIs extends C {
        final T text;
        final String value;

        TextIs(T text, String value) {
            this.text = text;
            this.value = value;
        }

        @Override
        void init(Device d) {
            text.init(d);
        }

        @Override
        boolean eval(Device d) {
            return value.equals(text.eval(d));
        }
    }

    static final class InPhase extends C {
        final boolean[] phases;

        InPhase(boolean[] phases) {
            this.phases = phases;
        }

        @Override
        boolean eval(Device d) {
            return phases[d.phase];
        }
    }

    static final class AnyAll extends C {
        final C[] conds;
        final boolean any;

        AnyAll(C[] conds, boolean any) {
            this.conds = conds;
            this.any = any;
        }

        @Override
        void init(Device d) {
            for (C c : conds) c.init(d);
        }

        @Override
        boolean eval(Device d) {
            for (C c : conds) if (c.eval(d) == any) return any;
            return !any;
        }
    }
}
