package clxs.plan;

import clxs.model.SqlType;
import clxs.model.Udf;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One unit of work in a {@link Plan}: dialect-free, rendered to SQL by a dialect and run by a
 * target. Steps of one phase do not depend on each other and may run in parallel.
 */
public sealed interface Step {

    /** A short human description, e.g. {@code "insert healthcare.claims rows 1..100000"}. */
    String label();

    /** The industry this step belongs to, or null for catalog-wide steps. */
    String industry();

    /** What the engine must support to run this step. */
    default Set<Capability> requires() {
        return Set.of();
    }

    /** Rows this step writes (0 for DDL). */
    default long rows() {
        return 0;
    }

    /** Whether the step is a query whose first row the target reports (audits). */
    default boolean returnsRow() {
        return false;
    }

    /** The table this step creates (and whose rows the summary reports), or null. */
    default ObjectName createdTable() {
        return null;
    }

    /** The object this step works on, so a failure upstream can skip it; null for none. */
    default ObjectName object() {
        return createdTable();
    }

    /**
     * Whether a failure of this step is only a warning: governance and tuning enrichments (a grant
     * to a group the workspace lacks, say) must not fail a catalog whose data is complete.
     */
    default boolean optional() {
        return false;
    }

    /**
     * Whether the step changes its table's definition or rewrites it, so that other such steps on
     * the same table must not run at the same time (Delta refuses concurrent protocol changes).
     */
    default boolean exclusive() {
        return false;
    }

    /** The post-generation enrichment this step belongs to ({@code tags}, {@code data_quality}, ...), or null. */
    default String enrichment() {
        return null;
    }

    record CreateCatalog(String catalog, String storageLocation, boolean dropExisting) implements Step {
        public String label() { return "create catalog " + catalog; }
        public String industry() { return null; }
    }

    record SetCatalogOwner(String catalog, String owner) implements Step {
        public String label() { return "set owner of catalog " + catalog + " to " + owner; }
        public String industry() { return null; }
        public Set<Capability> requires() { return Set.of(Capability.OWNERSHIP); }
    }

    record DropCatalog(String catalog) implements Step {
        public String label() { return "drop catalog " + catalog; }
        public String industry() { return null; }
    }

    record CreateSchema(ObjectName schema, String comment, String industry) implements Step {
        public String label() { return "create schema " + schema.shortName(); }
    }

    /** A column of a {@link CreateTable}. */
    record ColumnDef(String name, SqlType type, String comment) {}

    /** A named CHECK condition in portable SQL over the table's columns. */
    record Check(String name, String condition) {}

    /**
     * {@code CREATE OR REPLACE TABLE}, so a re-run replaces rather than duplicates.
     * {@code partitionBy} (a column, or null) applies where the engine partitions tables;
     * {@code checks} are declared here on engines that only take CHECKs at creation (DuckDB) and
     * added by {@link AddCheck} after the data on the others.
     */
    record CreateTable(ObjectName table, List<ColumnDef> columns, String comment, String industry, String partitionBy,
                       List<Check> checks) implements Step {
        public CreateTable {
            columns = List.copyOf(columns);
            checks = List.copyOf(checks);
        }
        public CreateTable(ObjectName table, List<ColumnDef> columns, String comment, String industry) {
            this(table, columns, comment, industry, null, List.of());
        }
        public String label() { return "create table " + table.shortName(); }
        public ObjectName createdTable() { return table; }
    }

    /**
     * {@code CREATE OR REPLACE TABLE ... AS <query>}: medallion bronze tables, star-schema
     * dimensions and facts. {@code empty} keeps only the shape (schema-only runs).
     */
    record CreateTableAs(ObjectName table, PortableQuery query, String comment, String industry, boolean empty, Copy copy) implements Step {
        /** A table made by a query that is not a copy of a generated one (a dimension, {@code dim_date}). */
        public CreateTableAs(ObjectName table, PortableQuery query, String comment, String industry, boolean empty) {
            this(table, query, comment, industry, empty, null);
        }
        public String label() { return "create table " + table.shortName() + (empty ? " (shape only)" : ""); }
        public ObjectName createdTable() { return table; }
    }

    /** A column of an {@link InsertRows}: its name and the expression that computes it. */
    record ColumnValue(String name, Expr value) {}

    /** Inserts rows with ids {@code firstId..lastId} (inclusive), computed by {@code projection} from {@code range()}. */
    record InsertRows(ObjectName table, Projection projection, long firstId, long lastId, String industry) implements Step {
        public InsertRows {
            if (firstId < 1 || lastId < firstId) throw new IllegalArgumentException("bad id range " + firstId + ".." + lastId);
        }
        public String label() { return "insert " + table.shortName() + " rows " + firstId + ".." + lastId; }
        public long rows() { return lastId - firstId + 1; }
        public ObjectName object() { return table; }
    }

    /**
     * The rows a {@link CreateTableAs} copies from a generated table (bronze a tenth of a fact, a star
     * fact all of it), with that table's columns: what estimates count for the copies layers make.
     */
    record Copy(ObjectName from, long rows) {}

    /** A portable SQL text whose {@code {{table}}} references resolve in {@code catalog.schema}. */
    record PortableQuery(String text, String catalog, String schema) {}

    record CreateView(ObjectName view, PortableQuery sql, String comment, String industry) implements Step {
        public String label() { return "create view " + view.shortName(); }
        public ObjectName object() { return view; }
    }

    record CreateFunction(ObjectName function, List<Udf.Param> params, SqlType returns, PortableQuery body, String comment,
                          String industry) implements Step {
        public CreateFunction {
            params = List.copyOf(params);
        }
        public String label() { return "create function " + function.shortName(); }
        public Set<Capability> requires() { return Set.of(Capability.SQL_FUNCTIONS); }
        public ObjectName object() { return function; }
    }

    /**
     * The referential-integrity audit of one industry's foreign keys, in one statement: a sampled
     * LEFT JOIN per key, counting child values with no parent row. One statement per industry rather
     * than per key, because each statement costs a round trip and a job on a warehouse (185 keys in
     * the ten industries). Returns one row: {@code (child_sampled, orphans)} per key, in order.
     */
    record CheckForeignKeys(String industry, List<KeyCheck> keys, long sample) implements Step {
        /** One key's check: the child table and column, the parent table and key. */
        public record KeyCheck(clxs.model.ForeignKey fk, ObjectName child, ObjectName parent) {}

        public CheckForeignKeys {
            keys = List.copyOf(keys);
            if (keys.isEmpty()) throw new IllegalArgumentException("an audit of " + industry + " needs at least one foreign key");
        }
        public String label() { return "audit " + industry + " (" + keys.size() + (keys.size() == 1 ? " foreign key)" : " foreign keys)"); }
        public boolean returnsRow() { return true; }
    }

    /**
     * A query over the generated data whose one row the summary reports: measured data-quality rates
     * ({@code kind} {@code data_quality}) and label positive rates ({@code anomalies}). {@code fields} name
     * the row's values, in order; {@code facts} say what was measured (the column, the stated rate, ...).
     */
    record Measure(ObjectName table, PortableQuery query, List<String> fields, String kind, Map<String, String> facts, String industry)
            implements Step {
        public Measure {
            fields = List.copyOf(fields);
            facts = Map.copyOf(facts);
        }
        public String label() { return "measure " + kind + " in " + table.shortName(); }
        public boolean returnsRow() { return true; }
        public ObjectName object() { return table; }
        public boolean optional() { return true; }
    }

    // ------------------------------------------------------------------ data changes after generation

    /** {@code UPDATE table SET <set> WHERE <where>}: data-quality issues and version history. */
    record UpdateRows(ObjectName table, PortableQuery set, PortableQuery where, String what, String enrichment, String industry) implements Step {
        public boolean exclusive() { return true; }
        public String label() { return what + " in " + table.shortName(); }
        public ObjectName object() { return table; }
    }

    /** {@code INSERT INTO table <query>}: rows copied again, as duplicates. */
    record InsertSelect(ObjectName table, PortableQuery query, String what, String enrichment, String industry) implements Step {
        public boolean exclusive() { return true; }
        public String label() { return what + " in " + table.shortName(); }
        public ObjectName object() { return table; }
    }

    // ------------------------------------------------------------------ constraints and governance

    /** Primary key on the key column; NOT ENFORCED (informational) where the engine has such keys. */
    record AddPrimaryKey(ObjectName table, String column, boolean duplicatesExpected, String industry) implements Step {
        public String enrichment() { return "primary_keys"; }
        public boolean exclusive() { return true; }
        public String label() { return "primary key " + table.shortName() + "(" + column + ")"; }
        public ObjectName object() { return table; }
        public boolean optional() { return true; }
    }

    /** Informational foreign key. */
    record AddForeignKey(clxs.model.ForeignKey fk, ObjectName child, ObjectName parent, String industry) implements Step {
        public String enrichment() { return "foreign_keys"; }
        public boolean exclusive() { return true; }
        public String label() { return "foreign key " + industry + "." + fk; }
        public Set<Capability> requires() { return Set.of(Capability.INFORMATIONAL_CONSTRAINTS); }
        public ObjectName object() { return child; }
        public boolean optional() { return true; }
    }

    /** A CHECK constraint added to a populated table (see {@link CreateTable#checks()}). */
    record AddCheck(ObjectName table, Check check, String industry) implements Step {
        public String enrichment() { return "check_constraints"; }
        public boolean exclusive() { return true; }
        public String label() { return "check " + table.shortName() + "." + check.name(); }
        public ObjectName object() { return table; }
        public boolean optional() { return true; }
    }

    /** Unity Catalog tags on a table, or on one of its columns when {@code column} is set. */
    record SetTags(ObjectName table, String column, Map<String, String> tags, String industry) implements Step {
        public SetTags {
            tags = Map.copyOf(tags);
        }
        public String enrichment() { return "tags"; }
        public boolean exclusive() { return true; }
        public String label() { return "tags on " + table.shortName() + (column == null ? "" : "." + column); }
        public Set<Capability> requires() { return Set.of(Capability.TAGS); }
        public ObjectName object() { return table; }
        public boolean optional() { return true; }
    }

    /** Table properties (owner team, refresh frequency, SLA tier, ...). */
    record SetProperties(ObjectName table, Map<String, String> properties, String industry) implements Step {
        public SetProperties {
            properties = Map.copyOf(properties);
        }
        public String enrichment() { return "table_properties"; }
        public boolean exclusive() { return true; }
        public String label() { return "properties of " + table.shortName(); }
        public Set<Capability> requires() { return Set.of(Capability.TABLE_PROPERTIES); }
        public ObjectName object() { return table; }
        public boolean optional() { return true; }
    }

    /** {@code GRANT <privileges> ON CATALOG <catalog> TO <principal>}. */
    record Grant(String catalog, List<String> privileges, String principal) implements Step {
        public Grant {
            privileges = List.copyOf(privileges);
        }
        public String enrichment() { return "grants"; }
        public String label() { return "grant " + String.join(", ", privileges) + " on " + catalog + " to " + principal; }
        public String industry() { return null; }
        public Set<Capability> requires() { return Set.of(Capability.GRANTS); }
        public boolean optional() { return true; }
    }

    /** A column mask: the column reads through {@code function}. */
    record SetColumnMask(ObjectName table, String column, ObjectName function, String industry) implements Step {
        public String enrichment() { return "column_masks"; }
        public boolean exclusive() { return true; }
        public String label() { return "mask " + table.shortName() + "." + column; }
        public Set<Capability> requires() { return Set.of(Capability.COLUMN_MASKS); }
        public ObjectName object() { return table; }
        public boolean optional() { return true; }
    }

    /** A row filter: rows are visible where {@code function(column)} is true. */
    record SetRowFilter(ObjectName table, ObjectName function, String column, String industry) implements Step {
        public String enrichment() { return "row_filters"; }
        public boolean exclusive() { return true; }
        public String label() { return "row filter on " + table.shortName(); }
        public Set<Capability> requires() { return Set.of(Capability.ROW_FILTERS); }
        public ObjectName object() { return table; }
        public boolean optional() { return true; }
    }

    /** {@code OPTIMIZE table ZORDER BY (columns)}. */
    record Optimize(ObjectName table, List<String> zorderBy, String industry) implements Step {
        public Optimize {
            zorderBy = List.copyOf(zorderBy);
        }
        public String enrichment() { return "zorder"; }
        public boolean exclusive() { return true; }
        public String label() { return "optimize " + table.shortName() + " zorder by " + String.join(", ", zorderBy); }
        public Set<Capability> requires() { return Set.of(Capability.OPTIMIZE); }
        public ObjectName object() { return table; }
        public boolean optional() { return true; }
    }

    // ------------------------------------------------------------------ volumes, files and clones

    /** A managed volume ({@code catalog.schema.volume}); a folder on the local engine. */
    record CreateVolume(ObjectName volume, String comment, String industry) implements Step {
        public String enrichment() { return "volumes"; }
        public boolean optional() { return true; }
        public String label() { return "create volume " + volume.shortName(); }
        public ObjectName object() { return volume; }
    }

    /** The first {@code limit} rows of a table as a sample beside it (a table on Databricks, Parquet in the volume locally). */
    record WriteSample(ObjectName source, ObjectName volume, long limit, String industry) implements Step {
        public String enrichment() { return "volumes"; }
        public boolean optional() { return true; }
        public String label() { return "sample of " + source.shortName() + " in " + volume.shortName(); }
        public ObjectName object() { return source; }
    }

    /** A text file written by the machine running clxs ({@code path} relative to the target's file area). */
    record WriteFile(String path, String content, String what) implements Step {
        public String enrichment() { return "clone_template"; }
        public String label() { return "write " + what + " " + path; }
        public String industry() { return null; }
    }

    /** The catalog a clone goes into (created on Databricks, a second database file locally). */
    record CreateCloneCatalog(String catalog, String source) implements Step {
        public String enrichment() { return "clone"; }
        public String label() { return "create clone catalog " + catalog; }
        public String industry() { return null; }
    }

    /** {@code DEEP CLONE} of a table into the clone catalog (a copy on engines without clones). */
    record CloneTable(ObjectName source, ObjectName dest, String industry) implements Step {
        public String enrichment() { return "clone"; }
        public String label() { return "clone " + source + " to " + dest; }
        public ObjectName object() { return source; }
    }
}
