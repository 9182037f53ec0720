package clxs.sql;

import clxs.model.RowSchema;
import clxs.plan.ObjectName;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.StringJoiner;

/**
 * A {@link RowSchema} in SQL, for either dialect: the table a stream lands in, the column list a
 * file reader is given (so it never infers types), and rows as {@code VALUES} literals.
 *
 * <pre>{@code
 * RowSchemaSql.createTable(Dialect.DATABRICKS, name, schema)
 *   -- CREATE TABLE IF NOT EXISTS `demo`.`iot`.`bronze_smart_meter` (`meter_id` STRING NOT NULL COMMENT '...', ...)
 * RowSchemaSql.columnList(Dialect.DATABRICKS, schema)   -- meter_id STRING, kwh_cumulative DOUBLE, ...
 * }</pre>
 */
public final class RowSchemaSql {

    private RowSchemaSql() {}

    /** {@code CREATE TABLE IF NOT EXISTS} with every field, its type, nullability and (where the dialect inlines them) comment. */
    public static String createTable(Dialect d, ObjectName table, RowSchema schema) {
        StringJoiner cols = new StringJoiner(",\n  ", "(\n  ", "\n)");
        for (RowSchema.Field f : schema.fields()) {
            String c = d.quote(f.name()) + " " + d.typeName(f.type()) + (f.nullable() ? "" : " NOT NULL");
            if (d.inlineComments() && !f.comment().isEmpty()) c += " COMMENT " + d.stringLiteral(f.comment());
            cols.add(c);
        }
        return "CREATE TABLE IF NOT EXISTS " + d.qualified(table) + " " + cols;
    }

    /** {@code name TYPE, ...}: the schema string of Databricks {@code read_files(schema => ...)}. */
    public static String columnList(Dialect d, RowSchema schema) {
        StringJoiner cols = new StringJoiner(", ");
        for (RowSchema.Field f : schema.fields()) cols.add(f.name() + " " + d.typeName(f.type()));
        return cols.toString();
    }

    /** {@code {'name': 'TYPE', ...}}: the {@code columns} struct of DuckDB's {@code read_json}. */
    public static String duckDbColumnsStruct(RowSchema schema) {
        StringJoiner cols = new StringJoiner(", ", "{", "}");
        for (RowSchema.Field f : schema.fields()) {
            cols.add(Dialect.DUCKDB.stringLiteral(f.name()) + ": " + Dialect.DUCKDB.stringLiteral(Dialect.DUCKDB.typeName(f.type())));
        }
        return cols.toString();
    }

    /** One row as a parenthesised list of literals, in field order. */
    public static String valuesRow(Dialect d, RowSchema schema, Object[] row) {
        StringJoiner out = new StringJoiner(", ", "(", ")");
        for (int i = 0; i < row.length; i++) out.add(literal(d, schema.field(i), row[i]));
        return out.toString();
    }

    /** A value of {@code field} as a literal of {@code d}. */
    public static String literal(Dialect d, RowSchema.Field field, Object v) {
        if (v == null) return "NULL";
        return switch (field.type().kind()) {
            case BIGINT, INT -> v.toString();
            case DOUBLE -> {
                double x = (Double) v;
                if (Double.isNaN(x) || Double.isInfinite(x)) throw new IllegalArgumentException(field.name() + " is not a finite number: " + x);
                yield d.doubleLiteral(x);
            }
            case DECIMAL -> ((BigDecimal) v).toPlainString();
            case STRING -> d.stringLiteral((String) v);
            case BOOLEAN -> ((Boolean) v) ? "TRUE" : "FALSE";
            case DATE -> d.dateLiteral((LocalDate) v);
            case TIMESTAMP -> d.timestampLiteral(LocalDateTime.ofInstant((Instant) v, ZoneOffset.UTC));
        };
    }
}
