package clxs.stream;

import clxs.stream.Nodes.C;
import clxs.stream.Nodes.N;
import clxs.stream.Nodes.T;

/** The compiled text and condition rules (see {@link Nodes}). */
final class TextNodes {

    private TextNodes() {}

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
            return values[Nodes.pick(d, cumulative)];
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
