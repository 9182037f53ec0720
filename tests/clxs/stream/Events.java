package clxs.stream;

import clxs.model.RowSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows of one stream, by field name and by device, for assertions. */
final class Events {

    final RowSchema schema;
    final List<Object[]> rows;

    Events(RowSchema schema, List<Object[]> rows) {
        if (rows.isEmpty()) throw new AssertionError("the stream made no rows");
        this.schema = schema;
        this.rows = rows;
    }

    static Events of(StreamSettings s) {
        return new Events(s.schema(), Streams.run(s).rows);
    }

    int index(String field) {
        int i = schema.indexOf(field);
        if (i < 0) throw new AssertionError(schema.name() + " has no field " + field);
        return i;
    }

    /** Rows per device id, each list in emission order. */
    Map<Object, List<Object[]>> byDevice() {
        Map<Object, List<Object[]>> out = new LinkedHashMap<>();
        for (Object[] r : rows) out.computeIfAbsent(r[1], k -> new ArrayList<>()).add(r);
        return out;
    }

    double num(Object[] row, String field) {
        Object v = row[index(field)];
        if (v == null) throw new AssertionError(field + " is null in " + java.util.Arrays.toString(row));
        return ((Number) v).doubleValue();
    }

    String text(Object[] row, String field) {
        return (String) row[index(field)];
    }

    Object value(Object[] row, String field) {
        return row[index(field)];
    }

    long count(java.util.function.Predicate<Object[]> p) {
        return rows.stream().filter(p).count();
    }

    double share(java.util.function.Predicate<Object[]> p) {
        return (double) count(p) / rows.size();
    }
}
