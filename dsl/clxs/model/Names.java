package clxs.model;

import java.util.regex.Pattern;

/** The one rule for every catalog, schema, table, column, view and function name. */
public final class Names {

    /** Letters, digits and underscores, not starting with a digit. */
    public static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    public static final int MAX_LENGTH = 255;

    private Names() {}

    public static boolean isValid(String name) {
        return name != null && name.length() <= MAX_LENGTH && IDENTIFIER.matcher(name).matches();
    }

    /** Why {@code name} is not a valid identifier, or null when it is. */
    public static String problem(String name) {
        if (name == null || name.isEmpty()) return "must not be empty";
        if (name.length() > MAX_LENGTH) return "is " + name.length() + " characters long; the limit is " + MAX_LENGTH;
        if (Character.isDigit(name.charAt(0))) return "must not start with a digit";
        if (!IDENTIFIER.matcher(name).matches()) {
            return "may contain only letters, digits and underscores (found " + describe(firstBad(name)) + ")";
        }
        return null;
    }

    /** Throws when {@code name} is not a valid identifier; {@code what} names it in the message. */
    public static String require(String what, String name) {
        String problem = problem(name);
        if (problem != null) throw new IllegalArgumentException(what + " '" + name + "' " + problem);
        return name;
    }

    private static char firstBad(String name) {
        for (char c : name.toCharArray()) {
            if (!(Character.isLetterOrDigit(c) && c < 128) && c != '_') return c;
        }
        return '?';
    }

    private static String describe(char c) {
        return switch (c) {
            case ' ' -> "a space";
            case '\'' -> "a quote";
            case '"' -> "a double quote";
            case '`' -> "a backtick";
            case ';' -> "a semicolon";
            default -> "'" + c + "'";
        };
    }
}
