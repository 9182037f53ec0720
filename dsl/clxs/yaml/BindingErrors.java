package clxs.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Turns Jackson's and SnakeYAML's exceptions into {@link Problem}s that say what was expected. */
final class BindingErrors {

    private static final Pattern FROM_VALUE = Pattern.compile("from (\\w+(?:-point)?) value");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

    private BindingErrors() {}

    static Problem problem(YamlDocument doc, JsonProcessingException e, KeyPath parserPath) {
        MarkedYAMLException yaml = cause(e, MarkedYAMLException.class);
        if (yaml != null) return malformed(doc, yaml, parserPath);
        Matcher dup = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        if (dup.find()) {
            KeyPath path = parserPath != null ? parserPath : pathOf(e).key(dup.group(1));
            String message = "key '" + dup.group(1) + "' appears twice; each key may appear once";
            JsonLocation second = e.getLocation();
            return second == null ? at(doc, path, e, message) : new Problem(doc.file, second.getLineNr(), second.getColumnNr(), path.toString(), message);
        }
        KeyPath path = pathOf(e);
        if (e instanceof UnrecognizedPropertyException u) return at(doc, path, e, unknownKey(u));
        if (e instanceof InvalidFormatException f) {
            return at(doc, path, e, "expected " + describe(f.getTargetType()) + ", got '" + f.getValue() + "'");
        }
        if (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            return at(doc, KeyPath.ROOT, e, "a second YAML document ('---'); a file holds one industry, so put each in its own file");
        }
        if (e instanceof MismatchedInputException m) return at(doc, path, e, "expected " + describe(m.getTargetType()) + got(m));
        return at(doc, path, e, String.valueOf(e.getOriginalMessage()));
    }

    static Problem problem(YamlDocument doc, JsonProcessingException e) {
        return problem(doc, e, null);
    }

    private static Problem malformed(YamlDocument doc, MarkedYAMLException e, KeyPath near) {
        Mark mark = e.getProblemMark();
        StringBuilder m = new StringBuilder("malformed YAML: ").append(e.getProblem());
        if (e.getContext() != null && e.getContextMark() != null) {
            m.append(" (").append(e.getContext()).append(" at line ").append(e.getContextMark().getLine() + 1).append(')');
        }
        m.append("; check the indentation, the colons after keys and the quotes");
        String path = near == null ? "" : near.toString();
        return new Problem(doc.file, mark == null ? 1 : mark.getLine() + 1, mark == null ? 1 : mark.getColumn() + 1, path, m.toString());
    }

    private static Problem at(YamlDocument doc, KeyPath path, JsonProcessingException e, String message) {
        if (path.segments().isEmpty() && e.getLocation() != null) {
            JsonLocation l = e.getLocation();
            return new Problem(doc.file, l.getLineNr(), l.getColumnNr(), "", message);
        }
        return doc.problem(path, message);
    }

    static KeyPath pathOf(JsonProcessingException e) {
        KeyPath path = KeyPath.ROOT;
        if (!(e instanceof JsonMappingException m)) return path;
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) path = path.key(r.getFieldName());
            else if (r.getIndex() >= 0) path = path.index(r.getIndex());
        }
        return path;
    }

    private static String unknownKey(UnrecognizedPropertyException u) {
        String name = u.getPropertyName();
        List<String> known = u.getKnownPropertyIds() == null ? List.of()
                : u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
        String suggestion = closest(name, known);
        String hint = suggestion == null ? "" : "; did you mean '" + suggestion + "'?";
        if (u.getReferringClass() == YamlForm.GenYaml.class) {
            return "unknown key '" + name + "'" + hint + " A column has name, type, comment, orNull and one generator: " + Generators.NAMES;
        }
        return "unknown key '" + name + "'" + hint + (hint.isEmpty() ? ";" : "") + " expected " + join(keysOf(u.getReferringClass(), known));
    }

    private static List<String> keysOf(Class<?> type, List<String> fallback) {
        if (type != null && type.isRecord()) {
            List<String> keys = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                com.fasterxml.jackson.annotation.JsonProperty p = c.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
                keys.add(p != null && !p.value().isEmpty() ? p.value() : c.getName());
            }
            return keys;
        }
        return fallback;
    }

    /** What a value of {@code type} looks like in YAML. */
    static String describe(Class<?> type) {
        if (type == null) return "another kind of value";
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) return "a whole number";
        if (type == Double.class || type == double.class) return "a number";
        if (type == String.class) return "a single value (text or a number)";
        if (Collection.class.isAssignableFrom(type)) return "a list";
        if (Map.class.isAssignableFrom(type)) return "a mapping of keys to values";
        if (type == YamlForm.WeightsYaml.class) return "a pattern name or a list of weights";
        if (type == YamlForm.SequenceYaml.class) return "{} (a sequence takes no settings)";
        if (type == YamlForm.GenYaml.class) return "a generator mapping such as {oneOf: [A, B]}";
        String shorthand = switch (type.getSimpleName()) {
            case "FkYaml" -> "a table name or ";
            case "CodeYaml" -> "a code pattern or ";
            case "PersonYaml" -> "a person field or ";
            case "PlaceYaml" -> "a place field or ";
            case "PoolRefYaml" -> "pool.field or ";
            case "DerivedYaml", "RawSqlYaml" -> "an SQL expression or ";
            default -> "";
        };
        if (type.isRecord()) return shorthand + "a mapping with keys " + join(keysOf(type, List.of()));
        return "a " + type.getSimpleName();
    }

    private static String got(MismatchedInputException m) {
        Matcher from = FROM_VALUE.matcher(String.valueOf(m.getOriginalMessage()));
        if (!from.find()) return "";
        String kind = switch (from.group(1)) {
            case "Array" -> "a list";
            case "Object" -> "a mapping";
            case "String" -> "text";
            case "Floating-point" -> "a number with a fraction";
            case "Integer" -> "a whole number";
            case "Boolean" -> "true/false";
            default -> from.group(1).toLowerCase();
        };
        return ", got " + kind;
    }

    static String join(List<String> words) {
        if (words.size() <= 1) return String.join("", words);
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    /** The known word closest to {@code word} (at most two edits, ignoring case), or null. */
    static String closest(String word, Collection<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String k : known) {
            int d = distance(word.toLowerCase(), k.toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) return type.cast(t);
            if (t.getCause() == t) break;
        }
        return null;
    }

    static String list(String... words) {
        return join(Arrays.asList(words));
    }

    static String names(Collection<String> words) {
        return words.stream().collect(Collectors.joining(", "));
    }
}
