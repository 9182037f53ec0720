package clxs.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Where a value sits in a YAML document, printed as {@code tables[0].columns[3].fk}. */
record KeyPath(List<Object> segments) {

    static final KeyPath ROOT = new KeyPath(List.of());
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    KeyPath {
        segments = List.copyOf(segments);
    }

    KeyPath key(String name) {
        return with(name);
    }

    KeyPath index(int i) {
        return with(i);
    }

    KeyPath parent() {
        return segments.isEmpty() ? this : new KeyPath(segments.subList(0, segments.size() - 1));
    }

    private KeyPath with(Object segment) {
        List<Object> next = new ArrayList<>(segments);
        next.add(segment);
        return new KeyPath(next);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Object s : segments) {
            if (s instanceof Integer i) b.append('[').append(i).append(']');
            else if (PLAIN_KEY.matcher((String) s).matches()) b.append(b.length() == 0 ? "" : ".").append(s);
            else b.append("[\"").append(((String) s).replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
        }
        return b.toString();
    }
}
