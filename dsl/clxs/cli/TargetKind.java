package clxs.cli;

import clxs.databricks.DatabricksEngine;
import clxs.engine.LocalEngine;
import clxs.sql.Dialect;

/** The engines {@code --target} names; each knows the dialect its engine speaks, so a dry run needs no workspace. */
enum TargetKind {
    local(LocalEngine.DIALECT),
    databricks(DatabricksEngine.DIALECT);

    private final Dialect dialect;

    TargetKind(Dialect dialect) {
        this.dialect = dialect;
    }

    Dialect dialect() {
        return dialect;
    }
}
