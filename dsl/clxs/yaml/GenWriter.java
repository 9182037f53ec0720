package clxs.yaml;

import clxs.model.Gen;
import clxs.model.Pool;
import clxs.model.Seasonality;
import clxs.model.Skew;
import clxs.model.SqlType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Writes generators in the YAML form {@link Generators} reads, using the shortest spelling that
 * reads back to an equal generator ({@code fk: patients}, {@code person: email}, {@code amount}
 * for a log-normal decimal). Collects the pools and custom seasonalities the generators use.
 */
final class GenWriter {

    final Map<String, Pool> pools = new LinkedHashMap<>();
    final Map<String, List<Double>> seasonalities = new LinkedHashMap<>();

    /**
     * Puts {@code gen}'s keys into a column's mapping; {@code valueType} (the column's type) types
     * choice values. Generators holding others (template, derived) are laid out one part per line.
     */
    void put(YamlTree.Map out, Gen gen, SqlType valueType, String where) {
        put(out, gen, valueType, where, true);
    }

    private void put(YamlTree.Map out, Gen gen, SqlType valueType, String where, boolean column) {
        if (gen instanceof Gen.Nullable n) {
            if (n.inner() instanceof Gen.Nullable) throw new IllegalArgumentException(where + ": a NULL wrapper around another cannot be written in YAML");
            put(out, n.inner(), valueType, where, column);
            out.put("orNull", YamlTree.number(n.nullRate()));
            return;
        }
        if (gen instanceof Gen.Sequence) {
            out.put("sequence", YamlTree.Map.flow().node());
        } else if (gen instanceof Gen.IntRange r) {
            out.put("ints", skew(YamlTree.Map.flow().put("min", YamlTree.number(r.min())).put("max", YamlTree.number(r.max())), r.skew()).node());
        } else if (gen instanceof Gen.DecimalRange d) {
            out.put(decimalKey(d), decimal(d).node());
        } else if (gen instanceof Gen.Choice c) {
            valueType(c.values(), valueType, out, where);
            if (c.weights().stream().allMatch(w -> w == 1.0)) {
                out.put("oneOf", YamlTree.seq(c.values().stream().map(GenWriter::value).toList(), true));
            } else {
                if (c.values().stream().distinct().count() < c.values().size()) {
                    throw new IllegalArgumentException(where + ": a weighted choice lists a value twice, which YAML cannot key: " + c.values());
                }
                YamlTree.Map pairs = YamlTree.Map.flow();
                for (int i = 0; i < c.values().size(); i++) pairs.put(value(c.values().get(i)), YamlTree.number(c.weights().get(i)));
                out.put("weighted", pairs.node());
            }
        } else if (gen instanceof Gen.DateRange d) {
            out.put("dates", when(d.from(), d.to(), d.seasonality(), where).node());
        } else if (gen instanceof Gen.TimestampRange t) {
            out.put("timestamps", when(t.from(), t.to(), t.seasonality(), where).node());
        } else if (gen instanceof Gen.ForeignKey fk) {
            out.put("fk", fk.skew() instanceof Skew.Uniform ? YamlTree.text(fk.table())
                    : skew(YamlTree.Map.flow().put("table", YamlTree.text(fk.table())), fk.skew()).node());
        } else if (gen instanceof Gen.Lookup l) {
            out.put("lookup", YamlTree.Map.flow().text("via", l.viaColumn()).text("column", l.parentColumn()).node());
        } else if (gen instanceof Gen.Bool b) {
            out.put("bool", YamlTree.number(b.probability()));
        } else if (gen instanceof Gen.Template t) {
            out.put("template", new YamlTree.Map(!column).text("pattern", t.pattern()).put("parts", nestedList(t.parts(), where, !column)).node());
        } else if (gen instanceof Gen.Hash h) {
            out.put("sha256", nested(h.of(), where));
        } else if (gen instanceof Gen.Code c) {
            code(out, c, where);
        } else if (gen instanceof Gen.Person p) {
            out.put("person", field(p.field().name(), p.key(), "person"));
        } else if (gen instanceof Gen.Place p) {
            out.put("place", field(p.field().name(), p.key(), "place"));
        } else if (gen instanceof Gen.PoolField p) {
            pool(p.pool(), where);
            out.put("pool", p.key().equals(p.pool().name()) ? YamlTree.text(p.pool().name() + "." + p.field())
                    : YamlTree.Map.flow().text("name", p.pool().name()).text("field", p.field()).text("key", p.key()).node());
        } else if (gen instanceof Gen.Const c) {
            valueType(List.of(c.value()), valueType, out, where);
            out.put("constant", value(c.value()));
        } else if (gen instanceof Gen.Derived d) {
            out.put("derived", d.inputs().isEmpty() ? YamlTree.text(d.expression())
                    : new YamlTree.Map(!column).text("sql", d.expression()).put("inputs", nestedList(d.inputs(), where, !column)).node());
        } else if (gen instanceof Gen.RawSql r) {
            out.put("rawSql", r.localFallback() == null ? YamlTree.text(r.databricksSql())
                    : YamlTree.Map.flow().text("sql", r.databricksSql()).put("fallback", nested(r.localFallback(), where)).node());
        } else {
            throw new IllegalArgumentException(where + ": no YAML form for " + gen);
        }
    }

    /** A generator inside another one, as a flow mapping that states its value type when not text. */
    private Node nested(Gen gen, String where) {
        YamlTree.Map m = YamlTree.Map.flow();
        put(m, gen, null, where, false);
        return m.node();
    }

    private Node nestedList(List<Gen> gens, String where, boolean flow) {
        List<Node> items = new ArrayList<>();
        for (Gen g : gens) items.add(nested(g, where));
        return YamlTree.seq(items, flow);
    }

    /** Checks values read back under the column's type; nested values get a {@code type} key unless text. */
    private static void valueType(List<Object> values, SqlType columnType, YamlTree.Map out, String where) {
        try {
            if (columnType != null) {
                Values.requireReadableAs(values, columnType);
                return;
            }
            SqlType type = Values.typeOf(values);
            if (!type.equals(SqlType.STRING)) out.put("type", YamlTree.text(Spellings.sqlType(type)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    static Node value(Object v) {
        String text = Values.text(v);
        return v instanceof String ? YamlTree.text(text) : YamlTree.plain(text);
    }

    private static String decimalKey(Gen.DecimalRange d) {
        if (d.skew() instanceof Skew.LogNormal && d.scale() == 2) return "amount";
        return d.skew() instanceof Skew.Normal ? "normal" : "decimals";
    }

    private static YamlTree.Map decimal(Gen.DecimalRange d) {
        YamlTree.Map m = YamlTree.Map.flow();
        if (d.skew() instanceof Skew.LogNormal l && d.scale() == 2) {
            return m.put("median", YamlTree.number(l.median())).put("sigma", YamlTree.number(l.sigma()))
                    .put("min", YamlTree.number(d.min())).put("max", YamlTree.number(d.max()));
        }
        if (d.skew() instanceof Skew.Normal n) {
            m.put("mean", YamlTree.number(n.mean())).put("sd", YamlTree.number(n.sd()));
        }
        m.put("min", YamlTree.number(d.min())).put("max", YamlTree.number(d.max()));
        if (d.scale() != 2) m.put("scale", YamlTree.number(d.scale()));
        return d.skew() instanceof Skew.Normal ? m : skew(m, d.skew());
    }

    private static YamlTree.Map skew(YamlTree.Map m, Skew skew) {
        return skew instanceof Skew.Uniform ? m : m.put("skew", YamlTree.text(Spellings.skew(skew)));
    }

    private YamlTree.Map when(java.time.LocalDate from, java.time.LocalDate to, Seasonality s, String where) {
        YamlTree.Map m = YamlTree.Map.flow();
        if (from != null) m.put("from", YamlTree.plain(from.toString()));
        if (to != null) m.put("to", YamlTree.plain(to.toString()));
        Seasonality builtIn = Spellings.SEASONALITIES.get(s.name());
        if (builtIn == null || !builtIn.monthWeights().equals(s.monthWeights())) {
            if (builtIn != null) throw new IllegalArgumentException(where + ": seasonality '" + s.name() + "' has the name of a built-in one but other months");
            List<Double> known = seasonalities.putIfAbsent(s.name(), s.monthWeights());
            if (known != null && !known.equals(s.monthWeights())) {
                throw new IllegalArgumentException(where + ": two seasonalities are named '" + s.name() + "' with different months");
            }
        }
        if (!s.name().equals(Seasonality.NONE.name())) m.put("seasonality", YamlTree.text(s.name()));
        if (s.weekdayWeights() != null) m.put("weekdays", pattern(Spellings.WEEKDAYS, s.weekdayWeights()));
        if (s.hourWeights() != null) m.put("hours", pattern(Spellings.HOURS, s.hourWeights()));
        return m;
    }

    private static Node pattern(Map<String, List<Double>> named, List<Double> weights) {
        String name = Spellings.patternName(named, weights);
        return name != null ? YamlTree.text(name) : YamlTree.numbers(weights);
    }

    private void code(YamlTree.Map out, Gen.Code c, String where) {
        boolean rowId = c.key() instanceof Gen.Sequence;
        if (c.namespace() == null && rowId) {
            out.put("code", YamlTree.text(c.pattern()));
            return;
        }
        YamlTree.Map m = YamlTree.Map.flow();
        if (c.namespace() != null) m.text("namespace", c.namespace());
        m.text("pattern", c.pattern());
        if (!rowId) m.put("key", nested(c.key(), where));
        out.put(c.namespace() == null ? "code" : "sharedCode", m.node());
    }

    private static Node field(String enumName, String key, String defaultKey) {
        String field = enumName.toLowerCase(Locale.ROOT);
        return key.equals(defaultKey) ? YamlTree.text(field) : YamlTree.Map.flow().text("field", field).text("key", key).node();
    }

    private void pool(Pool pool, String where) {
        Pool known = pools.putIfAbsent(pool.name(), pool);
        if (known != null && !known.equals(pool)) throw new IllegalArgumentException(where + ": two different pools are named '" + pool.name() + "'");
    }
}
