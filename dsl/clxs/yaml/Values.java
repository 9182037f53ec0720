package clxs.yaml;

import clxs.model.SqlType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Choice values, pool entries and constants: written as text, typed by an SQL type when read.
 * A DECIMAL column keeps whole numbers whole ({@code 5}) and fractions as doubles ({@code 5.0}),
 * so the text says which it is.
 */
final class Values {

    private static final Pattern WHOLE = Pattern.compile("[-+]?\\d+");

    private Values() {}

    /** {@code text} as a value of {@code type}; throws with what was expected. */
    static Object parse(String text, SqlType type) {
        String t = text.trim();
        try {
            return switch (type.kind()) {
                case STRING -> text;
                case INT -> Integer.parseInt(t);
                case BIGINT -> Long.parseLong(t);
                case DOUBLE -> Double.parseDouble(t);
                case DECIMAL -> WHOLE.matcher(t).matches() ? whole(t) : Double.parseDouble(t);
                case BOOLEAN -> switch (t.toLowerCase(Locale.ROOT)) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw new IllegalArgumentException("'" + text + "' is not a BOOLEAN value; expected true or false");
                };
                case DATE -> LocalDate.parse(t);
                case TIMESTAMP -> LocalDateTime.parse(t.replace(' ', 'T'));
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not " + article(type) + " value; expected " + expected(type)
                    + (type.kind() == SqlType.Kind.STRING ? "" : " (or give the column another type)"));
        }
    }

    private static Object whole(String t) {
        long v = Long.parseLong(t);
        return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? (Object) (int) v : (Object) v;
    }

    private static String article(SqlType type) {
        return (type.kind() == SqlType.Kind.INT ? "an " : "a ") + type;
    }

    private static String expected(SqlType type) {
        return switch (type.kind()) {
            case INT, BIGINT -> "a whole number";
            case DOUBLE, DECIMAL -> "a number";
            case DATE -> "a date, YYYY-MM-DD";
            case TIMESTAMP -> "a timestamp, YYYY-MM-DD HH:MM:SS";
            default -> "text";
        };
    }

    /** The text of a value, the inverse of {@link #parse}. */
    static String text(Object v) {
        if (v instanceof Double d) return Spellings.decimalNumber(d);
        if (v instanceof String || v instanceof Integer || v instanceof Long || v instanceof Boolean || v instanceof LocalDate
                || v instanceof LocalDateTime) {
            return v.toString();
        }
        throw new IllegalArgumentException("cannot write a " + (v == null ? "null" : v.getClass().getSimpleName()) + " value in YAML");
    }

    /** The SQL type that reads {@code values} back as they are (same Java classes), for values with no column type to follow. */
    static SqlType typeOf(List<Object> values) {
        Class<?> c = values.get(0).getClass();
        boolean same = values.stream().allMatch(v -> v.getClass() == c);
        SqlType type;
        if (same && c == String.class) type = SqlType.STRING;
        else if (same && c == Integer.class) type = SqlType.INT;
        else if (same && c == Long.class) type = SqlType.BIGINT;
        else if (same && c == Double.class) type = SqlType.DOUBLE;
        else if (same && c == Boolean.class) type = SqlType.BOOLEAN;
        else if (same && c == LocalDate.class) type = SqlType.DATE;
        else if (same && c == LocalDateTime.class) type = SqlType.TIMESTAMP;
        else if (values.stream().allMatch(v -> v instanceof Integer || v instanceof Double)) type = SqlType.decimal(38, 10);
        else throw new IllegalArgumentException("cannot write values of mixed types in YAML: " + values);
        requireReadableAs(values, type);
        return type;
    }

    /** Throws when a value would not read back equal under {@code type}. */
    static void requireReadableAs(List<Object> values, SqlType type) {
        for (Object v : values) {
            Object back = parse(text(v), type);
            if (!back.equals(v)) {
                throw new IllegalArgumentException("value " + v + " (" + v.getClass().getSimpleName() + ") would read back as " + back + " ("
                        + back.getClass().getSimpleName() + ") in a " + type + " column");
            }
        }
    }
}
