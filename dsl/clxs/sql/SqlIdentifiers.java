package clxs.sql;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * The bare identifiers of a SQL text: words outside string literals and {@code {{...}}} markers
 * that are neither qualified ({@code t.col}) nor called ({@code fn(}). Used to type macro
 * parameters and to find which columns a derived column reads.
 */
public final class SqlIdentifiers {

    private SqlIdentifiers() {}

    /** {@code sql} with each bare identifier replaced by {@code replace.apply(word)}, or kept when that is null. */
    public static String rewrite(String sql, Function<String, String> replace) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'') {
                int end = sql.indexOf('\'', i + 1);
                while (end >= 0 && end + 1 < sql.length() && sql.charAt(end + 1) == '\'') end = sql.indexOf('\'', end + 2);
                end = end < 0 ? sql.length() - 1 : end;
                out.append(sql, i, end + 1);
                i = end + 1;
            } else if (sql.startsWith("{{", i)) {
                // markers are rendered later; their arguments may hold identifiers too
                int close = sql.indexOf("}}", i);
                int open = sql.indexOf('(', i);
                if (open > 0 && open < (close < 0 ? sql.length() : close)) {
                    out.append(sql, i, open + 1);
                    i = open + 1;
                } else {
                    int end = close < 0 ? sql.length() : close + 2;
                    out.append(sql, i, end);
                    i = end;
                }
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) end++;
                String word = sql.substring(i, end);
                boolean qualified = i > 0 && sql.charAt(i - 1) == '.';
                boolean call = sql.substring(end).stripLeading().startsWith("(");
                String replacement = qualified || call ? null : replace.apply(word);
                out.append(replacement == null ? word : replacement);
                i = end;
            } else if (Character.isDigit(c)) {
                int end = i;
                while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '.')) end++;
                out.append(sql, i, end);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The bare identifiers of {@code sql}, in order of first appearance. */
    public static Set<String> of(String sql) {
        Set<String> words = new LinkedHashSet<>();
        rewrite(sql, w -> {
            words.add(w);
            return null;
        });
        return words;
    }
}
