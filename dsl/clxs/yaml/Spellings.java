package clxs.yaml;

import clxs.model.Seasonality;
import clxs.model.Skew;
import clxs.model.SqlType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How model values are spelled in YAML, both ways: SQL types, skews, built-in seasonalities and
 * weekday/hour patterns, numbers. The reader parses with these and the writer formats with them,
 * so the two cannot drift apart. Parsing failures throw {@link IllegalArgumentException} with
 * what was expected.
 */
final class Spellings {

    private Spellings() {}

    // ------------------------------------------------------------------ SQL types

    private static final Pattern DECIMAL = Pattern.compile("DECIMAL\\s*\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*\\)");
    static final String SQL_TYPES = "BIGINT, INT, DOUBLE, DECIMAL(precision,scale), STRING, DATE, TIMESTAMP or BOOLEAN";

    static SqlType sqlType(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        Matcher d = DECIMAL.matcher(t);
        if (d.matches()) return SqlType.decimal(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)));
        return switch (t) {
            case "BIGINT", "LONG" -> SqlType.BIGINT;
            case "INT", "INTEGER" -> SqlType.INT;
            case "DOUBLE" -> SqlType.DOUBLE;
            case "STRING" -> SqlType.STRING;
            case "DATE" -> SqlType.DATE;
            case "TIMESTAMP" -> SqlType.TIMESTAMP;
            case "BOOLEAN" -> SqlType.BOOLEAN;
            default -> throw new IllegalArgumentException("unknown SQL type '" + text + "'; expected " + SQL_TYPES);
        };
    }

    static String sqlType(SqlType type) {
        return type.toString();
    }

    // ------------------------------------------------------------------ skews

    private static final Pattern CALL = Pattern.compile("([A-Za-z_]+)\\s*(?:\\((.*)\\))?");
    static final String SKEWS = "uniform, power(exponent), logNormal(median, sigma) or normal(mean, sd)";

    static Skew skew(String text) {
        Matcher m = CALL.matcher(text.trim());
        if (!m.matches()) throw new IllegalArgumentException("'" + text + "' is not a skew; expected " + SKEWS);
        String name = m.group(1).toLowerCase(Locale.ROOT).replace("_", "");
        List<Double> args = numbers(m.group(2), text);
        return switch (name) {
            case "uniform" -> { arity(text, args, 0, "uniform"); yield Skew.UNIFORM; }
            case "power" -> { arity(text, args, 1, "power(exponent)"); yield Skew.power(args.get(0)); }
            case "lognormal" -> { arity(text, args, 2, "logNormal(median, sigma)"); yield Skew.logNormal(args.get(0), args.get(1)); }
            case "normal" -> { arity(text, args, 2, "normal(mean, sd)"); yield Skew.normal(args.get(0), args.get(1)); }
            default -> throw new IllegalArgumentException("unknown skew '" + m.group(1) + "'; expected " + SKEWS);
        };
    }

    static String skew(Skew skew) {
        if (skew instanceof Skew.Power p) return "power(" + number(p.exponent()) + ")";
        if (skew instanceof Skew.LogNormal l) return "logNormal(" + number(l.median()) + ", " + number(l.sigma()) + ")";
        if (skew instanceof Skew.Normal n) return "normal(" + number(n.mean()) + ", " + number(n.sd()) + ")";
        return "uniform";
    }

    private static List<Double> numbers(String args, String text) {
        List<Double> out = new ArrayList<>();
        if (args == null || args.isBlank()) return out;
        for (String a : args.split(",")) {
            try {
                out.add(Double.parseDouble(a.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + a.trim() + "' in skew '" + text + "' is not a number");
            }
        }
        return out;
    }

    private static void arity(String text, List<Double> args, int n, String form) {
        if (args.size() != n) throw new IllegalArgumentException("skew '" + text + "' takes " + n + " number" + (n == 1 ? "" : "s") + ": " + form);
    }

    // ------------------------------------------------------------------ seasonality

    /** The built-in month patterns, by the name they carry. */
    static final Map<String, Seasonality> SEASONALITIES = byName(Seasonality.NONE, Seasonality.WINTER_PEAK, Seasonality.Q4_SPIKE,
            Seasonality.SUMMER_PEAK, Seasonality.FALL_TERM, Seasonality.SPRING_PEAK);
    static final Map<String, List<Double>> WEEKDAYS = Map.of("business_days", Seasonality.BUSINESS_DAYS, "weekend_heavy", Seasonality.WEEKEND_HEAVY);
    static final Map<String, List<Double>> HOURS = Map.of("office_hours", Seasonality.OFFICE_HOURS, "evening_peak", Seasonality.EVENING_PEAK);

    private static Map<String, Seasonality> byName(Seasonality... all) {
        Map<String, Seasonality> m = new LinkedHashMap<>();
        for (Seasonality s : all) m.put(s.name(), s);
        return m;
    }

    /** The name of a built-in pattern equal to {@code weights}, or null. */
    static String patternName(Map<String, List<Double>> patterns, List<Double> weights) {
        return patterns.entrySet().stream().filter(e -> e.getValue().equals(weights)).map(Map.Entry::getKey).sorted().findFirst().orElse(null);
    }

    // ------------------------------------------------------------------ numbers

    /** A double as short plain text that reads back as the same double: {@code 1.15}, {@code 85000}. */
    static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) throw new IllegalArgumentException("cannot write " + d);
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** A double as text that also says it is a double ({@code 5.0}, not {@code 5}). */
    static String decimalNumber(double d) {
        String s = BigDecimal.valueOf(d).toPlainString();
        return s.contains(".") ? s : s + ".0";
    }
}
