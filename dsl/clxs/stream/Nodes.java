package clxs.stream;

/**
 * The interpreter's compiled number rules (text and conditions are in {@link TextNodes}): one small class per IR record, each doing exactly what the
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
}
