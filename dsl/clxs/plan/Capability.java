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
