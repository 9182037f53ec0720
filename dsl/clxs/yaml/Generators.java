package clxs.yaml;

import clxs.model.Gen;
import clxs.model.PersonField;
import clxs.model.PlaceField;
import clxs.model.Pool;
import clxs.model.Seasonality;
import clxs.model.Skew;
import clxs.model.SqlType;
import clxs.yaml.YamlForm.GenYaml;
import clxs.yaml.YamlForm.WeightsYaml;
import clxs.yaml.YamlForm.WhenYaml;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a generator as written in YAML ({@link GenYaml}) into the model's {@link Gen}, reporting what does not fit. */
final class Generators {

    /** The generator keys, named as the DSL's factories. */
    static final List<String> KEYS = List.of("sequence", "ints", "decimals", "amount", "normal", "weighted", "oneOf", "dates", "timestamps",
            "fk", "lookup", "bool", "template", "sha256", "code", "sharedCode", "person", "place", "pool", "constant", "derived", "rawSql");
    static final String NAMES = String.join(", ", KEYS);

    private final ReadContext cx;
    private final String table;

    Generators(ReadContext cx, String table) {
        this.cx = cx;
        this.table = table;
    }

    /** The generator keys set on {@code g}, in {@link #KEYS} order. */
    static Map<String, Object> present(GenYaml g) {
        Object[] values = {g.sequence(), g.ints(), g.decimals(), g.amount(), g.normal(), g.weighted(), g.oneOf(), g.dates(), g.timestamps(),
                g.fk(), g.lookup(), g.bool(), g.template(), g.sha256(), g.code(), g.sharedCode(), g.person(), g.place(), g.pool(), g.constant(),
                g.derived(), g.rawSql()};
        Map<String, Object> set = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) if (values[i] != null) set.put(KEYS.get(i), values[i]);
        return set;
    }

    /**
     * The generator at {@code at}, or null when it has problems (reported). {@code valueType}
     * types the values of weighted, oneOf and constant: the column's type, or the nested node's own.
     */
    Gen read(GenYaml g, KeyPath at, SqlType valueType) {
        if (g == null) {
            cx.problem(at, "missing generator; expected a mapping with one of: " + NAMES);
            return null;
        }
        Map<String, Object> set = present(g);
        if (set.isEmpty()) {
            cx.problem(at, "no generator; give exactly one of: " + NAMES);
            return null;
        }
        if (set.size() > 1) {
            cx.problem(at.key(set.keySet().toArray(String[]::new)[1]),
                    "more than one generator (" + String.join(", ", set.keySet()) + "); a column has exactly one");
            return null;
        }
        String key = set.keySet().iterator().next();
        Gen gen = one(key, set.get(key), at.key(key), valueType);
        if (gen == null || g.orNull() == null) return gen;
        Gen inner = gen;
        return cx.model(at.key("orNull"), () -> inner.orNull(g.orNull()));
    }

    /** A generator nested in another one (template part, derived input, code key, ...): typed by its own {@code type}, text by default. */
    Gen nested(GenYaml g, KeyPath at) {
        if (g == null) return read(null, at, SqlType.STRING);
        if (g.name() != null) cx.problem(at.key("name"), "a nested generator has no name; 'name' belongs to columns");
        if (g.comment() != null) cx.problem(at.key("comment"), "a nested generator has no comment; 'comment' belongs to columns");
        if (g.type() != null && g.weighted() == null && g.oneOf() == null && g.constant() == null) {
            cx.problem(at.key("type"), "a nested generator takes a type only for the values of weighted, oneOf or constant");
            return null;
        }
        SqlType type = g.type() == null ? SqlType.STRING : sqlType(g.type(), at.key("type"));
        return type == null ? null : read(g, at, type);
    }

    private Gen one(String key, Object v, KeyPath at, SqlType valueType) {
        return switch (key) {
            case "sequence" -> Gen.sequence();
            case "ints" -> {
                YamlForm.IntsYaml r = (YamlForm.IntsYaml) v;
                Long min = cx.require(r.min(), at, "min", "the smallest value");
                Long max = cx.require(r.max(), at, "max", "the largest value");
                Skew skew = skew(r.skew(), at.key("skew"));
                yield min == null || max == null || skew == null ? null : cx.model(at, () -> new Gen.IntRange(min, max, skew));
            }
            case "decimals" -> {
                YamlForm.DecimalsYaml r = (YamlForm.DecimalsYaml) v;
                Double min = cx.require(r.min(), at, "min", "the smallest value");
                Double max = cx.require(r.max(), at, "max", "the largest value");
                Skew skew = skew(r.skew(), at.key("skew"));
                int scale = r.scale() == null ? 2 : r.scale();
                yield min == null || max == null || skew == null ? null : cx.model(at, () -> new Gen.DecimalRange(min, max, scale, skew));
            }
            case "amount" -> {
                YamlForm.AmountYaml r = (YamlForm.AmountYaml) v;
                Double median = cx.require(r.median(), at, "median", "the typical amount");
                Double sigma = cx.require(r.sigma(), at, "sigma", "the spread of the log-normal, e.g. 1.1");
                Double min = cx.require(r.min(), at, "min", "the smallest amount");
                Double max = cx.require(r.max(), at, "max", "the largest amount");
                yield median == null || sigma == null || min == null || max == null ? null : cx.model(at, () -> Gen.amount(median, sigma, min, max));
            }
            case "normal" -> {
                YamlForm.NormalYaml r = (YamlForm.NormalYaml) v;
                Double mean = cx.require(r.mean(), at, "mean", "the average");
                Double sd = cx.require(r.sd(), at, "sd", "the standard deviation");
                Double min = cx.require(r.min(), at, "min", "the smallest value");
                Double max = cx.require(r.max(), at, "max", "the largest value");
                int scale = r.scale() == null ? 2 : r.scale();
                yield mean == null || sd == null || min == null || max == null ? null : cx.model(at, () -> Gen.normal(mean, sd, min, max, scale));
            }
            case "weighted" -> weighted(asWeights(v), at, valueType);
            case "oneOf" -> oneOf(asTexts(v), at, valueType);
            case "dates", "timestamps" -> when(key.equals("dates"), (WhenYaml) v, at);
            case "fk" -> {
                YamlForm.FkYaml r = (YamlForm.FkYaml) v;
                String parent = cx.require(r.table(), at, "table", "the table whose key this column holds");
                Skew skew = skew(r.skew(), at.key("skew"));
                if (parent == null || skew == null) yield null;
                cx.references.add(new ReadContext.Reference(at, table, parent, null, null));
                yield cx.model(at, () -> Gen.fk(parent, skew));
            }
            case "lookup" -> {
                YamlForm.LookupYaml r = (YamlForm.LookupYaml) v;
                String via = cx.require(r.via(), at, "via", "a foreign-key column of this table");
                String column = cx.require(r.column(), at, "column", "the column of the parent table to copy");
                if (via == null || column == null) yield null;
                cx.references.add(new ReadContext.Reference(at, table, null, via, column));
                yield Gen.lookup(via, column);
            }
            case "bool" -> cx.model(at, () -> Gen.bool((Double) v));
            case "template" -> {
                YamlForm.TemplateYaml r = (YamlForm.TemplateYaml) v;
                String pattern = cx.require(r.pattern(), at, "pattern", "text with {} where each part goes");
                List<Gen> parts = nestedList(r.parts(), at.key("parts"));
                yield pattern == null || parts == null ? null : cx.model(at, () -> new Gen.Template(pattern, parts));
            }
            case "sha256" -> {
                Gen of = nested((GenYaml) v, at);
                yield of == null ? null : Gen.sha256(of);
            }
            case "code", "sharedCode" -> code(key.equals("sharedCode"), (YamlForm.CodeYaml) v, at);
            case "person" -> {
                YamlForm.PersonYaml r = (YamlForm.PersonYaml) v;
                PersonField f = field(PersonField.class, cx.require(r.field(), at, "field", "which field of the person"), at);
                yield f == null ? null : Gen.person(f, r.key() == null ? "person" : r.key());
            }
            case "place" -> {
                YamlForm.PlaceYaml r = (YamlForm.PlaceYaml) v;
                PlaceField f = field(PlaceField.class, cx.require(r.field(), at, "field", "which field of the place"), at);
                yield f == null ? null : Gen.place(f, r.key() == null ? "place" : r.key());
            }
            case "pool" -> pool((YamlForm.PoolRefYaml) v, at);
            case "constant" -> {
                Object value = value((String) v, valueType, at);
                yield value == null ? null : Gen.constant(value);
            }
            case "derived" -> {
                YamlForm.DerivedYaml r = (YamlForm.DerivedYaml) v;
                String sql = cx.require(r.sql(), at, "sql", "a portable SQL expression over the row's columns and $0, $1, ... inputs");
                List<Gen> inputs = nestedList(r.inputs(), at.key("inputs"));
                if (sql == null || inputs == null) yield null;
                checkInputs(sql, inputs.size(), at.key("sql"));
                yield new Gen.Derived(sql, inputs);
            }
            case "rawSql" -> {
                YamlForm.RawSqlYaml r = (YamlForm.RawSqlYaml) v;
                String sql = cx.require(r.sql(), at, "sql", "a Databricks SQL expression");
                Gen fallback = r.fallback() == null ? null : nested(r.fallback(), at.key("fallback"));
                yield sql == null || (r.fallback() != null && fallback == null) ? null : Gen.rawSql(sql, fallback);
            }
            default -> throw new IllegalStateException(key);
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Double> asWeights(Object v) {
        return (Map<String, Double>) v;
    }

    @SuppressWarnings("unchecked")
    private static List<String> asTexts(Object v) {
        return (List<String>) v;
    }

    private Gen weighted(Map<String, Double> pairs, KeyPath at, SqlType type) {
        if (pairs.isEmpty()) {
            cx.problem(at, "no values; write value: weight pairs, e.g. {PAID: 60, DENIED: 10}");
            return null;
        }
        List<Object> values = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Map.Entry<String, Double> e : pairs.entrySet()) {
            Object value = value(e.getKey(), type, at.key(e.getKey()));
            if (e.getValue() == null) cx.problem(at.key(e.getKey()), "the weight of '" + e.getKey() + "' is missing; expected a number >= 0");
            if (value == null || e.getValue() == null) return null;
            values.add(value);
            weights.add(e.getValue());
        }
        return cx.model(at, () -> new Gen.Choice(values, weights));
    }

    private Gen oneOf(List<String> texts, KeyPath at, SqlType type) {
        if (texts.isEmpty()) {
            cx.problem(at, "no values; expected a list such as [UA, DL, AA]");
            return null;
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Object value = value(texts.get(i), type, at.index(i));
            if (value == null) return null;
            values.add(value);
        }
        return cx.model(at, () -> Gen.oneOf(values.toArray()));
    }

    private Gen when(boolean dates, WhenYaml w, KeyPath at) {
        LocalDate from = date(w.from(), at.key("from"));
        LocalDate to = date(w.to(), at.key("to"));
        if ((w.from() != null && from == null) || (w.to() != null && to == null)) return null;
        Seasonality s = seasonality(w, at);
        if (s == null) return null;
        return cx.model(at, () -> dates ? new Gen.DateRange(from, to, s) : new Gen.TimestampRange(from, to, s));
    }

    private Seasonality seasonality(WhenYaml w, KeyPath at) {
        String name = w.seasonality() == null ? "none" : w.seasonality();
        Seasonality s = Spellings.SEASONALITIES.get(name);
        if (s == null && cx.seasonalities.containsKey(name)) {
            s = cx.model(at.key("seasonality"), () -> new Seasonality(name, cx.seasonalities.get(name), null, null));
            if (s == null) return null;
        }
        if (s == null) {
            List<String> known = new ArrayList<>(Spellings.SEASONALITIES.keySet());
            known.addAll(cx.seasonalities.keySet());
            cx.problem(at.key("seasonality"), "unknown seasonality '" + name + "'; expected " + BindingErrors.join(known)
                    + " (or a pattern defined under 'seasonalities')");
            return null;
        }
        List<Double> weekdays = pattern(w.weekdays(), Spellings.WEEKDAYS, 7, at.key("weekdays"));
        List<Double> hours = pattern(w.hours(), Spellings.HOURS, 24, at.key("hours"));
        if ((w.weekdays() != null && weekdays == null) || (w.hours() != null && hours == null)) return null;
        Seasonality base = s;
        return cx.model(at, () -> {
            Seasonality r = base;
            if (weekdays != null) r = r.withWeekdays(weekdays);
            if (hours != null) r = r.withHours(hours);
            return r;
        });
    }

    private List<Double> pattern(WeightsYaml w, Map<String, List<Double>> named, int size, KeyPath at) {
        if (w == null) return null;
        if (w.weights() != null) {
            if (w.weights().size() != size || w.weights().contains(null)) {
                cx.problem(at, "expected " + size + " weights, got " + w.weights().size());
                return null;
            }
            return w.weights();
        }
        List<Double> weights = named.get(w.name());
        if (weights == null) {
            cx.problem(at, "unknown pattern '" + w.name() + "'; expected " + BindingErrors.join(named.keySet().stream().sorted().toList())
                    + " or a list of " + size + " weights");
        }
        return weights;
    }

    private Gen code(boolean shared, YamlForm.CodeYaml r, KeyPath at) {
        String pattern = cx.require(r.pattern(), at, "pattern", "A for a letter, 9 for a digit, X for either, e.g. 'AB-9999'");
        String namespace = shared ? cx.require(r.namespace(), at, "namespace", "the name shared by every table spelling the same codes") : null;
        if (!shared && r.namespace() != null) {
            cx.problem(at.key("namespace"), "a namespace makes a shared code; write sharedCode instead of code");
            return null;
        }
        Gen key = r.key() == null ? Gen.sequence() : nested(r.key(), at.key("key"));
        if (pattern == null || key == null || (shared && namespace == null)) return null;
        return cx.model(at, () -> new Gen.Code(pattern, key, namespace));
    }

    private Gen pool(YamlForm.PoolRefYaml r, KeyPath at) {
        String name = cx.require(r.name(), at, "name", "a pool defined under 'pools'");
        String field = cx.require(r.field(), at, "field", "a field of that pool");
        if (name == null || field == null) return null;
        Pool pool = cx.pools.get(name);
        if (pool == null && cx.brokenPools.contains(name)) return null;
        if (pool == null) {
            cx.problem(at, "unknown pool '" + name + "'; " + (cx.pools.isEmpty() ? "this file defines no pools" : "expected one of "
                    + BindingErrors.names(cx.pools.keySet())));
            return null;
        }
        return cx.model(at, () -> Gen.pool(pool, field, r.key() == null ? pool.name() : r.key()));
    }

    private List<Gen> nestedList(List<GenYaml> nodes, KeyPath at) {
        List<Gen> out = new ArrayList<>();
        if (nodes == null) return out;
        boolean ok = true;
        for (int i = 0; i < nodes.size(); i++) {
            Gen g = nested(nodes.get(i), at.index(i));
            ok &= g != null;
            out.add(g);
        }
        return ok ? out : null;
    }

    private void checkInputs(String sql, int inputs, KeyPath at) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$(\\d+)").matcher(sql);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (n >= inputs) cx.problem(at, "refers to $" + n + " but the generator has " + inputs + " input" + (inputs == 1 ? "" : "s") + " ($0..)");
        }
    }

    private <E extends Enum<E>> E field(Class<E> type, String text, KeyPath at) {
        if (text == null) return null;
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names = Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
            cx.problem(at, "unknown " + (type == PersonField.class ? "person" : "place") + " field '" + text + "'; expected " + BindingErrors.join(names));
            return null;
        }
    }

    SqlType sqlType(String text, KeyPath at) {
        return cx.model(at, () -> Spellings.sqlType(text));
    }

    private Skew skew(String text, KeyPath at) {
        return text == null ? Skew.UNIFORM : cx.model(at, () -> Spellings.skew(text));
    }

    private LocalDate date(String text, KeyPath at) {
        if (text == null) return null;
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            cx.problem(at, "'" + text + "' is not a date; expected YYYY-MM-DD");
            return null;
        }
    }

    /** A choice value, pool entry or constant typed by {@code type}; null after reporting a problem. */
    Object value(String text, SqlType type, KeyPath at) {
        if (text == null) {
            cx.problem(at, "a value is missing (NULL is not a value: use orNull; write '' for empty text)");
            return null;
        }
        try {
            return Values.parse(text, type);
        } catch (IllegalArgumentException e) {
            cx.problem(at, e.getMessage());
            return null;
        }
    }
}
