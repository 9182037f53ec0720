package clxs.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.function.Function;

/**
 * Reading portable SQL text (the SQL of views, functions and derived columns, with
 * {@code {{...}}} markers) without rendering it: its bare identifiers (words outside string literals
 * and markers that are neither qualified, {@code t.col}, nor called, {@code fn(}), used to type macro
 * parameters and find which columns a derived column reads; and the tables its markers name. The
 * dialects render the same text in {@code clxs.sql.PortableSql}.
 */
public final class PortableSqlText {

    /** A marker that is a call: {@code days_between(a, b)}. */
    public static final Pattern CALL = Pattern.compile("(?s)([a-z_][a-z0-9_]*)\\((.*)\\)");

    private PortableSqlText() {}

    /** The table markers of {@code text} ({@code claims}, {@code insurance.policies}), including those inside function markers. */
    public static List<String> tableReferences(String text) {
        List<String> refs = new ArrayList<>();
        int i = 0;
        while (true) {
            int open = text.indexOf("{{", i);
            if (open < 0) return refs;
            int close = matchingClose(text, open);
            String inner = text.substring(open + 2, close).trim();
            Matcher call = CALL.matcher(inner);
            if (call.matches()) {
                for (String arg : splitArguments(call.group(2))) refs.addAll(tableReferences(arg));
            } else {
                refs.add(inner);
            }
            i = close + 2;
        }
    }

    /** The index of the {@code }}} closing the marker opened at {@code open}. */
    public static int matchingClose(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length() - 1; i++) {
            if (text.startsWith("{{", i)) {
                depth++;
                i++;
            } else if (text.startsWith("}}", i)) {
                depth--;
                if (depth == 0) return i;
                i++;
            }
        }
        throw new IllegalArgumentException("unclosed '{{' in: " + text);
    }

    /** Splits on commas outside parentheses, brackets and string literals. */
    public static List<String> splitArguments(String args) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < args.length(); i++) {
            char c = args.charAt(i);
            if (c == '\'') quoted = !quoted;
            else if (!quoted && (c == '(' || c == '[')) depth++;
            else if (!quoted && (c == ')' || c == ']')) depth--;
            else if (!quoted && depth == 0 && c == ',') {
                out.add(args.substring(start, i));
                start = i + 1;
            }
        }
        if (!args.isBlank()) out.add(args.substring(start));
        return out;
    }

    /** {@code sql} with each bare identifier replaced by {@code replace.apply(word)}, or kept when that is null. */
    public static String rewriteIdentifiers(String sql, Function<String, String> replace) {
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
    public static Set<String> identifiers(String sql) {
        Set<String> words = new LinkedHashSet<>();
        rewriteIdentifiers(sql, w -> {
            words.add(w);
            return null;
        });
        return words;
    }
}
