package clxs.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small reference list whose entries keep their fields together, e.g. lab tests with
 * their code, name, unit and normal range. Columns drawn from one pool with the same key in a
 * row come from the same entry. Entries earlier in the list can be made more popular with a
 * {@link Skew.Power} skew.
 *
 * <pre>{@code
 * Pool LAB_TESTS = Pool.of("lab_test", "code", "name", "unit")
 *     .row("2345-7", "Glucose", "mg/dL")
 *     .row("718-7", "Hemoglobin", "g/dL");
 * }</pre>
 */
public record Pool(String name, List<String> fields, List<List<Object>> rows, Skew popularity) {

    public Pool {
        fields = List.copyOf(fields);
        rows = rows.stream().map(r -> List.copyOf(r)).toList();
        if (fields.isEmpty()) throw new IllegalArgumentException("pool " + name + " needs at least one field");
        for (List<Object> r : rows) {
            if (r.size() != fields.size()) {
                throw new IllegalArgumentException("pool " + name + ": entry " + r + " has " + r.size() + " values for " + fields.size() + " fields");
            }
        }
        if (popularity == null) popularity = Skew.UNIFORM;
    }

    /** Starts an empty pool with these field names. */
    public static Pool of(String name, String... fields) {
        return new Pool(name, Arrays.asList(fields), List.of(), Skew.UNIFORM);
    }

    /** A copy with one more entry. */
    public Pool row(Object... values) {
        List<List<Object>> next = new ArrayList<>(rows);
        next.add(Arrays.asList(values));
        return new Pool(name, fields, next, popularity);
    }

    /** A copy in which earlier entries are drawn more often. */
    public Pool popularity(Skew skew) {
        return new Pool(name, fields, rows, skew);
    }

    public int size() {
        return rows.size();
    }

    public int fieldIndex(String field) {
        int i = fields.indexOf(field);
        if (i < 0) throw new IllegalArgumentException("pool " + name + " has no field '" + field + "' (fields: " + fields + ")");
        return i;
    }

    /** All values of one field, in entry order. */
    public List<Object> column(String field) {
        int i = fieldIndex(field);
        return rows.stream().map(r -> r.get(i)).toList();
    }

    /** Field name to values, handy for tests. */
    public Map<String, List<Object>> columns() {
        Map<String, List<Object>> m = new LinkedHashMap<>();
        for (String f : fields) m.put(f, column(f));
        return m;
    }
}
