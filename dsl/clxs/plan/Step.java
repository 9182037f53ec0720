package clxs.plan;

import clxs.model.SqlType;
import clxs.model.Udf;
import java.util.List;
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

    /** {@code CREATE OR REPLACE TABLE}, so a re-run replaces rather than duplicates. */
    record CreateTable(ObjectName table, List<ColumnDef> columns, String comment, String industry) implements Step {
        public CreateTable {
            columns = List.copyOf(columns);
        }
        public String label() { return "create table " + table.shortName(); }
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
    }

    /** A portable SQL text whose {@code {{table}}} references resolve in {@code catalog.schema}. */
    record PortableSql(String text, String catalog, String schema) {}

    record CreateView(ObjectName view, PortableSql sql, String comment, String industry) implements Step {
        public String label() { return "create view " + view.shortName(); }
    }

    record CreateFunction(ObjectName function, List<Udf.Param> params, SqlType returns, PortableSql body, String comment,
                          String industry) implements Step {
        public CreateFunction {
            params = List.copyOf(params);
        }
        public String label() { return "create function " + function.shortName(); }
        public Set<Capability> requires() { return Set.of(Capability.SQL_FUNCTIONS); }
    }

    /**
     * The referential-integrity audit of one foreign key: a sampled LEFT JOIN counting child
     * values with no parent row. Returns {@code (child_sampled, orphans)}.
     */
    record CheckForeignKey(String industry, clxs.model.ForeignKey fk, ObjectName child, ObjectName parent, long sample) implements Step {
        public String label() { return "audit " + industry + "." + fk; }
        public boolean returnsRow() { return true; }
    }
}
