package clxs.plan;

/**
 * Something a step needs from the engine. Each dialect declares the capabilities it has; a step
 * needing one it lacks is reported as skipped with the capability's reason, never dropped quietly.
 */
public enum Capability {
    CATALOGS("catalogs are created by the target"),
    OWNERSHIP("the engine has no object owners"),
    MANAGED_LOCATION("the engine has no managed storage locations"),
    SCHEMA_COMMENTS("the engine has no COMMENT ON SCHEMA"),
    SQL_FUNCTIONS("the engine has no SQL functions"),
    TAGS("the engine has no Unity Catalog tags"),
    TABLE_PROPERTIES("the engine has no table properties"),
    GRANTS("the engine has no principals to grant to"),
    COLUMN_MASKS("the engine has no column masks"),
    ROW_FILTERS("the engine has no row filters"),
    INFORMATIONAL_CONSTRAINTS("the engine cannot add a foreign key to an existing table (it has no informational constraints)"),
    /** CHECK constraints added to a populated table; engines without it declare them at CREATE TABLE. */
    ADD_CHECK("the engine takes CHECK constraints only at CREATE TABLE"),
    OPTIMIZE("the engine has no OPTIMIZE ... ZORDER BY"),
    PARTITIONING("the engine does not partition tables"),
    TIME_TRAVEL("the engine keeps no table versions (the updates are applied, without history)"),
    DEEP_CLONE("the engine has no DEEP CLONE (tables are copied)"),
    /** Raw SQL generator expressions ({@code Gen.rawSql}) are Databricks SQL. */
    DATABRICKS_SQL("raw generator SQL is Databricks SQL and runs on Databricks only");

    private final String missingReason;

    Capability(String missingReason) {
        this.missingReason = missingReason;
    }

    /** Why a step needing this capability is skipped on an engine without it. */
    public String missingReason() {
        return missingReason;
    }
}
