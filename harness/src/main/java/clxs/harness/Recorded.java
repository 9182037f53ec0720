package clxs.harness;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The statement kinds OSS Spark with Delta cannot run, which the local warehouse records without
 * executing (and says so): Unity Catalog's securables and governance, informational keys, DEEP
 * CLONE, and views over {@code information_schema}. Everything else runs for real.
 */
enum Recorded {
    CREATE_VOLUME("CREATE\\s+VOLUME"),
    /** Streaming tables (Lakeflow, over Auto Loader's {@code STREAM read_files}) exist on Databricks only. */
    STREAMING_TABLE("CREATE\\s+(?:OR\\s+REFRESH\\s+)?STREAMING\\s+TABLE"),
    SET_TAGS("SET\\s+TAGS"),
    COLUMN_MASK("SET\\s+MASK"),
    ROW_FILTER("SET\\s+ROW\\s+FILTER"),
    PRIMARY_KEY("PRIMARY\\s+KEY\\s*\\(.*\\)\\s*NOT\\s+ENFORCED"),
    /** Delta outside Databricks cannot make an existing column NOT NULL (a primary key needs it). */
    SET_NOT_NULL("ALTER\\s+COLUMN\\s+\\S+\\s+SET\\s+NOT\\s+NULL"),
    FOREIGN_KEY("FOREIGN\\s+KEY\\s*\\(.*\\)\\s*REFERENCES"),
    GRANT("^\\s*GRANT\\s"),
    DEEP_CLONE("DEEP\\s+CLONE"),
    CATALOG_OWNER("ALTER\\s+CATALOG\\s+.*\\s+OWNER\\s+TO"),
    INFORMATION_SCHEMA("\\binformation_schema\\b");

    private final Pattern pattern;

    Recorded(String regex) {
        this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    }

    /** The kind of an unsupported statement, or null when Spark runs it. */
    static Recorded of(String sql) {
        for (Recorded r : values()) {
            if (r.pattern.matcher(sql).find()) return r;
        }
        return null;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static List<String> labels() {
        return java.util.Arrays.stream(values()).map(Recorded::label).toList();
    }
}
