package clxs.model;

/**
 * A column or parameter type, independent of any engine. Each dialect spells it
 * ({@code STRING} on Databricks, {@code VARCHAR} on DuckDB).
 */
public record SqlType(Kind kind, int precision, int scale) {

    public enum Kind { BIGINT, INT, DOUBLE, DECIMAL, STRING, DATE, TIMESTAMP, BOOLEAN }

    public static final SqlType BIGINT = new SqlType(Kind.BIGINT, 0, 0);
    public static final SqlType INT = new SqlType(Kind.INT, 0, 0);
    public static final SqlType DOUBLE = new SqlType(Kind.DOUBLE, 0, 0);
    public static final SqlType STRING = new SqlType(Kind.STRING, 0, 0);
    public static final SqlType DATE = new SqlType(Kind.DATE, 0, 0);
    public static final SqlType TIMESTAMP = new SqlType(Kind.TIMESTAMP, 0, 0);
    public static final SqlType BOOLEAN = new SqlType(Kind.BOOLEAN, 0, 0);

    public SqlType {
        if (kind == Kind.DECIMAL && (precision < 1 || precision > 38 || scale < 0 || scale > precision)) {
            throw new IllegalArgumentException("DECIMAL(" + precision + "," + scale + ") is not a valid decimal type");
        }
    }

    /** {@code DECIMAL(precision, scale)}. */
    public static SqlType decimal(int precision, int scale) {
        return new SqlType(Kind.DECIMAL, precision, scale);
    }

    public boolean isNumeric() {
        return kind == Kind.BIGINT || kind == Kind.INT || kind == Kind.DOUBLE || kind == Kind.DECIMAL;
    }

    public boolean isIntegral() {
        return kind == Kind.BIGINT || kind == Kind.INT;
    }

    @Override
    public String toString() {
        return kind == Kind.DECIMAL ? "DECIMAL(" + precision + "," + scale + ")" : kind.name();
    }
}
