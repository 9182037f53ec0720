package clxs.stream;

import clxs.format.Timestamps;
import clxs.model.RowSchema;
import clxs.model.SqlType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one interpreter of device profiles: compiles a {@link DeviceProfile} (with the run's key
 * bindings) into nodes, creates devices and makes their events. Field values are rounded as
 * {@code package-info} specifies, so the row holds exactly what every encoding writes.
 *
 * <p>Each stateful rule ({@link Num.Sticky}, {@link Num.Walk}, {@link Text.Sticky},
 * {@link Text.Session}, a STICKY or DEVICE {@link Rule.Key}) owns a slot named
 * {@code <field>#<n>}, {@code n} counting that field's stateful rules in creation order (children
 * before parents, left to right); the slots are what {@link DeviceState} saves.
 */
public final class DeviceProgram {

    enum SlotKind { NUM, TEXT, SESSION, KEY }

    record Slot(String name, SlotKind kind, int index, int second) {}

    private final DeviceProfile profile;
    private final RowSchema schema;
    private final String valueStream;
    private final String deliveryStream;
    private final Field[] fields;
    private final List<Slot> slots = new ArrayList<>();
    private int nums, texts, longs;
    private final double[] leave, target;
    private final double approach;

    // compile-time cursor
    private String field;
    private int fieldOrdinal;
    private final Map<String, Integer> fieldIndex = new LinkedHashMap<>();

    public DeviceProgram(DeviceProfile profile, Map<String, EntityKeys> keys) {
        this.profile = profile;
        this.schema = profile.schema(keys);
        this.valueStream = profile.name();
        this.deliveryStream = profile.name() + "/delivery";
        this.fields = new Field[profile.fields().size()];
        for (int i = 0; i < fields.length; i++) {
            DeviceProfile.FieldRule f = profile.fields().get(i);
            field = f.name();
            fieldOrdinal = 0;
            fields[i] = compileField(i, f, keys.getOrDefault(f.name(), f.rule() instanceof Rule.Key k ? k.defaults() : null));
            fieldIndex.put(f.name(), i);
        }
        Condition c = profile.condition();
        if (c != null) {
            leave = c.phases().stream().mapToDouble(Condition.Phase::leave).toArray();
            target = c.phases().stream().mapToDouble(Condition.Phase::level).toArray();
            approach = c.approach();
        } else {
            leave = target = null;
            approach = 0;
        }
    }

    public DeviceProfile profile() {
        return profile;
    }

    public RowSchema schema() {
        return schema;
    }

    /** A new device: generators seeded from (seed, profile, index), then every stateful rule drawn, field by field. */
    Device newDevice(long seed, int index) {
        Device d = new Device(index, SplitMix64.forDevice(seed, valueStream, index), SplitMix64.forDevice(seed, deliveryStream, index),
                nums, texts, longs, fields.length);
        for (Field f : fields) f.init(d);
        return d;
    }

    /** The next event of {@code d}: event number {@code eventId}, event time {@code capturedAtMicros}. */
    Object[] next(Device d, long eventId, long capturedAtMicros) {
        d.eventId = eventId;
        d.capturedAtMicros = capturedAtMicros;
        if (leave != null) {
            if (d.rng.nextDouble() < leave[d.phase]) d.phase = (d.phase + 1) % leave.length;
            d.level = d.level + (target[d.phase] - d.level) * approach;
        }
        Object[] row = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) row[i] = fields[i].value(d);
        d.events++;
        return row;
    }

    // ---------------------------------------------------------------- state

    DeviceState save(Device d) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Slot s : slots) {
            values.put(s.name(), switch (s.kind()) {
                case NUM -> d.nums[s.index()];
                case TEXT -> d.texts[s.index()];
                case KEY -> d.longs[s.index()];
                case SESSION -> DeviceState.session(d.texts[s.index()], d.longs[s.second()]);
            });
        }
        String phase = profile.condition() == null ? null : profile.condition().phases().get(d.phase).name();
        return new DeviceState(d.index, SplitMix64.hex(d.rng.state()), SplitMix64.hex(d.delivery.state()), d.events, phase,
                profile.condition() == null ? null : d.level, values);
    }

    Device restore(DeviceState s) {
        Device d = new Device(s.device(), new SplitMix64(SplitMix64.parseHex(s.rng())), new SplitMix64(SplitMix64.parseHex(s.deliveryRng())),
                nums, texts, longs, fields.length);
        d.events = s.events();
        if (profile.condition() != null) {
            d.phase = profile.condition().indexOf(s.phase());
            if (d.phase < 0 || s.level() == null) throw new IllegalArgumentException("device " + s.device() + ": saved phase " + s.phase() + " is not one of " + profile.condition().name());
            d.level = s.level();
        }
        if (!s.slots().keySet().equals(slotNames())) {
            throw new IllegalArgumentException("device " + s.device() + ": saved slots " + s.slots().keySet() + " are not those of " + profile.name() + " " + slotNames());
        }
        for (Slot slot : slots) {
            Object v = s.slots().get(slot.name());
            switch (slot.kind()) {
                case NUM -> d.nums[slot.index()] = ((Number) v).doubleValue();
                case TEXT -> d.texts[slot.index()] = (String) v;
                case KEY -> d.longs[slot.index()] = ((Number) v).longValue();
                case SESSION -> {
                    DeviceState.Session session = DeviceState.session(v);
                    d.texts[slot.index()] = session.id();
                    d.longs[slot.second()] = session.left();
                }
            }
        }
        for (Field f : fields) f.restored(d);
        return d;
    }

    java.util.Set<String> slotNames() {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (Slot s : slots) names.add(s.name());
        return names;
    }

    // ---------------------------------------------------------------- fields

    private abstract static class Field {
        void init(Device d) {}

        void restored(Device d) {}

        abstract Object value(Device d);
    }

    private Field compileField(int i, DeviceProfile.FieldRule f, EntityKeys keys) {
        Rule r = f.rule();
        RowSchema.Field sf = f.field();
        if (r instanceof Rule.EventId) return new Field() {
            @Override
            Object value(Device d) {
                return d.eventId;
            }
        };
        if (r instanceof Rule.EventTime) return new Field() {
            @Override
            Object value(Device d) {
                return Timestamps.instant(d.capturedAtMicros);
            }
        };
        if (r instanceof Rule.Key k) return keyField(k, keys);
        if (r instanceof Num n) return numField(i, sf, num(n));
        if (r instanceof Text t) {
            Nodes.T node = text(t);
            return new Field() {
                @Override
                void init(Device d) {
                    node.init(d);
                }

                @Override
                Object value(Device d) {
                    String s = node.eval(d);
                    d.refText[i] = s;
                    return s;
                }
            };
        }
        Nodes.C node = cond((Cond) r);
        return new Field() {
            @Override
            void init(Device d) {
                node.init(d);
            }

            @Override
            Object value(Device d) {
                return node.eval(d);
            }
        };
    }

    private Field numField(int i, RowSchema.Field sf, Nodes.N node) {
        SqlType.Kind kind = sf.type().kind();
        double p = clxs.format.JsonBuffer.POWERS_OF_TEN[sf.decimals()];
        return new Field() {
            @Override
            void init(Device d) {
                node.init(d);
            }

            @Override
            Object value(Device d) {
                double x = node.eval(d);
                if (Double.isNaN(x)) {
                    d.refNum[i] = Double.NaN;
                    return null;
                }
                if (kind == SqlType.Kind.DOUBLE) {
                    double v = Math.floor(x * p + 0.5) / p;
                    d.refNum[i] = v;
                    return v;
                }
                double n = Math.floor(x + 0.5);
                d.refNum[i] = n;
                if (kind == SqlType.Kind.INT) {
                    if (n > Integer.MAX_VALUE || n < Integer.MIN_VALUE) throw new ArithmeticException(sf.name() + " = " + n + " does not fit an INT");
                    return (int) n;
                }
                return (long) n;
            }
        };
    }

    private Field keyField(Rule.Key k, EntityKeys keys) {
        long count = keys.count();
        if (k.scope() == Rule.Scope.EVENT) {
            return new Field() {
                @Override
                Object value(Device d) {
                    return keys.at(d.rng.index(count));
                }
            };
        }
        int slot = allocate(SlotKind.KEY, longs++, -1);
        return new Field() {
            @Override
            void init(Device d) {
                d.longs[slot] = k.scope() == Rule.Scope.DEVICE ? d.index % count : d.rng.index(count);
                restored(d);
            }

            @Override
            void restored(Device d) {
                d.keys[slot] = keys.at(d.longs[slot]);
            }

            @Override
            Object value(Device d) {
                return d.keys[slot];
            }
        };
    }

    private int allocate(SlotKind kind, int index, int second) {
        slots.add(new Slot(field + "#" + fieldOrdinal++, kind, index, second));
        return index;
    }

    private Nodes.N num(Num n) {
        if (n instanceof Num.Const c) return new Nodes.Const(c.value());
        if (n instanceof Num.Uniform u) return new Nodes.Uniform(u.lo(), u.hi());
        if (n instanceof Num.Bell b) return new Nodes.Bell(b.lo(), b.hi());
        if (n instanceof Num.IntBetween b) return new Nodes.IntBetween(b.lo(), b.hi());
        if (n instanceof Num.Pick p) return new Nodes.PickNum(p.values().stream().mapToDouble(Double::doubleValue).toArray(), Weights.cumulative(p.weights()));
        if (n instanceof Num.Ref r) return new Nodes.RefNum(fieldIndex.get(r.field()));
        if (n instanceof Num.EventNumber) return new Nodes.EventNumber();
        if (n instanceof Num.Level) return new Nodes.Level();
        if (n instanceof Num.Op o) return new Nodes.Op(o.kind(), num(o.a()), num(o.b()));
        if (n instanceof Num.Unary u) return new Nodes.Unary(u.kind(), num(u.x()));
        if (n instanceof Num.If i) return new Nodes.IfNum(cond(i.test()), num(i.then()), num(i.otherwise()));
        if (n instanceof Num.Null) return new Nodes.Const(Double.NaN);
        if (n instanceof Num.Sticky s) {
            Nodes.N value = num(s.value());
            return new Nodes.StickyNum(value, allocate(SlotKind.NUM, nums++, -1));
        }
        Num.Walk w = (Num.Walk) n;
        Nodes.N start = num(w.start());
        Nodes.N step = num(w.step());
        Nodes.N reset = w.reset() == null ? null : num(w.reset());
        return new Nodes.Walk(start, step, w.min(), w.max(), reset, allocate(SlotKind.NUM, nums++, -1));
    }

    private Nodes.T text(Text t) {
        if (t instanceof Text.Lit l) return new TextNodes.Lit(l.value());
        if (t instanceof Text.Pick p) return new TextNodes.PickText(p.values().toArray(String[]::new), Weights.cumulative(p.weights()));
        if (t instanceof Text.Format f) return new TextNodes.Format(f.prefix(), f.width(), f.suffix(), num(f.number()));
        if (t instanceof Text.Chars c) return new TextNodes.Chars(c.alphabet(), c.length());
        if (t instanceof Text.Hex64) return new TextNodes.Hex64();
        if (t instanceof Text.Concat c) return new TextNodes.Concat(c.parts().stream().map(this::text).toArray(Nodes.T[]::new));
        if (t instanceof Text.Ref r) return new TextNodes.RefText(fieldIndex.get(r.field()));
        if (t instanceof Text.If i) return new TextNodes.IfText(cond(i.test()), text(i.then()), text(i.otherwise()));
        if (t instanceof Text.Null) return new TextNodes.NullText();
        if (t instanceof Text.Sticky s) {
            Nodes.T value = text(s.value());
            return new TextNodes.StickyText(value, allocate(SlotKind.TEXT, texts++, -1));
        }
        Text.Session s = (Text.Session) t;
        Nodes.T id = text(s.id());
        int textSlot = texts++;
        int leftSlot = longs++;
        allocate(SlotKind.SESSION, textSlot, leftSlot);
        return new TextNodes.Session(s.events(), id, textSlot, leftSlot);
    }

    private Nodes.C cond(Cond c) {
        if (c instanceof Cond.Chance ch) return new TextNodes.Chance(ch.probability());
        if (c instanceof Cond.Compare cmp) return new TextNodes.Compare(num(cmp.a()), cmp.op(), num(cmp.b()));
        if (c instanceof Cond.TextIs ti) return new TextNodes.TextIs(text(ti.text()), ti.value());
        if (c instanceof Cond.InPhase ip) {
            boolean[] in = new boolean[profile.condition().phases().size()];
            for (String p : ip.phases()) in[profile.condition().indexOf(p)] = true;
            return new TextNodes.InPhase(in);
        }
        if (c instanceof Cond.Any a) return new TextNodes.AnyAll(a.conds().stream().map(this::cond).toArray(Nodes.C[]::new), true);
        Cond.All a = (Cond.All) c;
        return new TextNodes.AnyAll(a.conds().stream().map(this::cond).toArray(Nodes.C[]::new), false);
    }
}
