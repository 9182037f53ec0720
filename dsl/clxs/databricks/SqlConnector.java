package clxs.databricks;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens a connection to a SQL warehouse ({@link Workspace#connect()} is one). */
@FunctionalInterface
public interface SqlConnector {

    Connection connect() throws SQLException;
}
