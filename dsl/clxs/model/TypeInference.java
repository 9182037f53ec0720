package clxs.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Infers a column's SQL type from its generator when the definition does not state one. */
final class TypeInference {

    private final String industry;
    private final Map<String, Table.Builder> tables;
    private final Set<String> inProgress = new HashSet<>();

    TypeInference(String industry, Map<String, Table.Builder> tables) {
        this.industry = industry;
        this.tables = tables;
    }

    SqlType typeOf(Table.Builder table, Table.ColumnSpec spec) {
        if (spec.type() != null) return spec.type();
        String where = industry + "." + table.name() + "." + spec.name();
        if (!inProgress.add(where)) throw new IllegalArgumentException(where + ": its type depends on itself");
        try {
            return infer(table, spec.gen(), where);
        } finally {
            inProgress.remove(where);
        }
    }

    private SqlType infer(Table.Builder table, Gen gen, String where) {
        if (gen instanceof Gen.Sequence) return SqlType.BIGINT;
        if (gen instanceof Gen.IntRange r) {
            return (r.min() >= Integer.MIN_VALUE && r.max() <= Integer.MAX_VALUE) ? SqlType.INT : SqlType.BIGINT;
        }
        if (gen instanceof Gen.DecimalRange d) {
            long magnitude = (long) Math.ceil(Math.max(Math.abs(d.min()), Math.abs(d.max())));
            int digits = Long.toString(Math.max(1, magnitude)).length();
            return d.scale() == 0 ? SqlType.BIGINT : SqlType.decimal(Math.max(10, digits + d.scale() + 1), d.scale());
        }
        if (gen instanceof Gen.Choice c) return typeOfValues(c.values(), where);
        if (gen instanceof Gen.DateRange) return SqlType.DATE;
        if (gen instanceof Gen.TimestampRange) return SqlType.TIMESTAMP;
        if (gen instanceof Gen.ForeignKey fk) {
            Table.Builder parent = parent(fk.table(), where);
            return typeOf(parent, primaryKey(parent, where));
        }
        if (gen instanceof Gen.Lookup l) {
            Table.ColumnSpec via = spec(table, l.viaColumn(), where);
            Gen.ForeignKey fk = Industry.foreignKeyOf(via.gen()).orElseThrow(() ->
                    new IllegalArgumentException(where + ": lookup via " + l.viaColumn() + ", which is not a foreign key"));
            Table.Builder parent = parent(fk.table(), where);
            return typeOf(parent, spec(parent, l.parentColumn(), where));
        }
        if (gen instanceof Gen.Bool) return SqlType.BOOLEAN;
        if (gen instanceof Gen.Nullable n) return infer(table, n.inner(), where);
        if (gen instanceof Gen.Template || gen instanceof Gen.Hash || gen instanceof Gen.Code || gen instanceof Gen.Person) {
            return SqlType.STRING;
        }
        if (gen instanceof Gen.Place p) return p.field().type();
        if (gen instanceof Gen.PoolField p) return typeOfValues(p.pool().column(p.field()), where);
        if (gen instanceof Gen.Const c) return typeOfValues(List.of(c.value()), where);
        // Derived and RawSql expressions are opaque here.
        throw new IllegalArgumentException(where + ": a " + (gen instanceof Gen.Derived ? "derived" : "raw SQL")
                + " column needs an explicit SQL type");
    }

    static SqlType typeOfValues(List<Object> values, String where) {
        SqlType type = null;
        for (Object v : values) {
            SqlType t = typeOfValue(v, where);
            if (type == null || type.equals(t)) type = t;
            else if (type.isNumeric() && t.isNumeric()) type = widen(type, t);
            else throw new IllegalArgumentException(where + ": values mix " + type + " and " + t);
        }
        return type;
    }

    private static SqlType typeOfValue(Object v, String where) {
        if (v instanceof String) return SqlType.STRING;
        if (v instanceof Boolean) return SqlType.BOOLEAN;
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) return SqlType.INT;
        if (v instanceof Long) return SqlType.BIGINT;
        if (v instanceof Double || v instanceof Float) return SqlType.DOUBLE;
        if (v instanceof LocalDate) return SqlType.DATE;
        if (v instanceof LocalDateTime) return SqlType.TIMESTAMP;
        throw new IllegalArgumentException(where + ": cannot store a " + (v == null ? "null" : v.getClass().getSimpleName()) + " value");
    }

    private static SqlType widen(SqlType a, SqlType b) {
        if (a.kind() == SqlType.Kind.DOUBLE || b.kind() == SqlType.Kind.DOUBLE) return SqlType.DOUBLE;
        return SqlType.BIGINT;
    }

    private Table.Builder parent(String name, String where) {
        Table.Builder parent = tables.get(name);
        if (parent == null) throw new IllegalArgumentException(where + ": foreign key to unknown table '" + name + "' (tables: " + tables.keySet() + ")");
        return parent;
    }

    private static Table.ColumnSpec primaryKey(Table.Builder table, String where) {
        return table.specs().stream()
                .filter(s -> Table.isRowKey(s.gen()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(where + ": table " + table.name() + " has no key column to reference"));
    }

    private static Table.ColumnSpec spec(Table.Builder table, String column, String where) {
        return table.specs().stream().filter(s -> s.name().equals(column)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(where + ": table " + table.name() + " has no column '" + column + "'"));
    }
}
