package clxs.databricks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.model.RowSchema;
import clxs.model.SqlType;
import clxs.plan.ObjectName;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The Zerobus table setup: its statements (golden), and how its run reacts to what a warehouse
 * answers, on a scripted JDBC connection. Running the statements on the local Spark warehouse
 * ({@code harness/}) through the real driver is the lead's integration test.
 */
class ZerobusTableSetupTest {

    static final RowSchema METER = RowSchema.of("smart_meter",
            RowSchema.field("event_id", SqlType.BIGINT, "Unique per event"),
            RowSchema.field("captured_at", SqlType.TIMESTAMP, "Event time"),
            RowSchema.field("kwh", SqlType.DOUBLE, "").asNullable());
    static final ObjectName TABLE = ObjectName.of("main", "iot", "smart_meter");
    static final String SP = "6a83b1a4-1234-5678-9012-3a4b5c6d7e8f";

    @Test
    void theStatementsCheckBeforeCreatingAndGrantEachPrivilegeOnItsOwn() {
        List<ZerobusTableSetup.Step> steps = ZerobusTableSetup.of(TABLE, METER).catalogLocation("s3://bucket/clxs").grantTo(SP).steps();
        List<String> sql = steps.stream().map(ZerobusTableSetup.Step::sql).toList();
        assertEquals(List.of(
                "CREATE CATALOG IF NOT EXISTS `main` MANAGED LOCATION 's3://bucket/clxs'",
                "CREATE SCHEMA IF NOT EXISTS `main`.`iot`",
                "DESCRIBE SCHEMA EXTENDED `main`.`iot`",
                "CREATE TABLE IF NOT EXISTS `main`.`iot`.`smart_meter` (\n"
                        + "  `event_id` BIGINT NOT NULL COMMENT 'Unique per event',\n"
                        + "  `captured_at` TIMESTAMP NOT NULL COMMENT 'Event time',\n"
                        + "  `kwh` DOUBLE\n"
                        + ") USING DELTA",
                "GRANT USE CATALOG ON CATALOG `main` TO `" + SP + "`",
                "GRANT USE SCHEMA ON SCHEMA `main`.`iot` TO `" + SP + "`",
                "GRANT CREATE TABLE ON SCHEMA `main`.`iot` TO `" + SP + "`",
                "GRANT MODIFY, SELECT ON TABLE `main`.`iot`.`smart_meter` TO `" + SP + "`"), sql);
        assertEquals("SHOW CATALOGS LIKE 'main'", ((ZerobusTableSetup.CreateIfMissing) steps.get(0)).check());
        assertEquals("SHOW SCHEMAS IN `main` LIKE 'iot'", ((ZerobusTableSetup.CreateIfMissing) steps.get(1)).check());
        assertFalse(sql.get(3).contains("LOCATION"), "a managed table");
        assertTrue(((ZerobusTableSetup.LocationCheck) steps.get(2)).remediation().contains("ALTER SCHEMA `main`.`iot` SET MANAGED LOCATION"));
        assertEquals(4, ZerobusTableSetup.of(TABLE, METER).steps().size(), "no grants without a principal");
        assertEquals("CREATE SCHEMA IF NOT EXISTS `main`.`iot` MANAGED LOCATION 'abfss://c@acct.dfs.core.windows.net/zb'",
                ZerobusTableSetup.of(TABLE, METER).schemaLocation("abfss://c@acct.dfs.core.windows.net/zb").steps().get(1).sql());
    }

    @Test
    void existingObjectsAreNotCreatedAMissingLocationAndFailedGrantsAreWarnings() throws SQLException {
        Warehouse w = new Warehouse();
        w.answers.put("SHOW CATALOGS LIKE 'main'", List.<String[]>of(new String[] {"main"}));
        w.answers.put("SHOW SCHEMAS IN `main` LIKE 'iot'", List.of());
        w.answers.put("DESCRIBE SCHEMA EXTENDED `main`.`iot`", List.of(new String[] {"Catalog Name", "main"}, new String[] {"Namespace Name", "iot"},
                new String[] {"Location", ""}, new String[] {"Owner", "me@example.com"}));
        w.fail = sql -> sql.startsWith("GRANT USE CATALOG") ? "[PERMISSION_DENIED] User does not have MANAGE on Catalog 'main'.\n  at ..." : null;
        ZerobusTableSetup.Result r = ZerobusTableSetup.of(TABLE, METER).grantTo(SP).run(w::connect);
        assertEquals(List.of("CREATE CATALOG IF NOT EXISTS `main`"), r.skipped());
        assertTrue(r.executed().contains("CREATE SCHEMA IF NOT EXISTS `main`.`iot`"));
        assertTrue(r.executed().stream().anyMatch(s -> s.startsWith("CREATE TABLE IF NOT EXISTS `main`.`iot`.`smart_meter`")));
        assertEquals(3, r.executed().stream().filter(s -> s.startsWith("GRANT")).count(), "the other grants still ran");
        assertEquals(2, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).contains("default storage") && r.warnings().get(0).contains("4024"), r.warnings().get(0));
        assertEquals("GRANT USE CATALOG ON CATALOG `main` TO `" + SP + "` failed ([PERMISSION_DENIED] User does not have MANAGE on Catalog 'main'.); "
                + "someone who manages the object must run it", r.warnings().get(1));
        assertTrue(w.closed, "the connection is closed");
        // the order the warehouse saw: checks before creates, the location check before the table
        assertEquals(List.of("SHOW CATALOGS LIKE 'main'", "SHOW SCHEMAS IN `main` LIKE 'iot'", "CREATE SCHEMA IF NOT EXISTS `main`.`iot`",
                "DESCRIBE SCHEMA EXTENDED `main`.`iot`"), w.seen.subList(0, 4));
    }

    @Test
    void aSchemaWithItsOwnLocationGivesNoWarningAndAFailedCheckStillCreates() throws SQLException {
        Warehouse w = new Warehouse();
        w.answers.put("DESCRIBE SCHEMA EXTENDED `main`.`iot`", List.<String[]>of(new String[] {"Location", "s3://bucket/iot"}));
        w.fail = sql -> sql.startsWith("SHOW CATALOGS") ? "SHOW CATALOGS is not allowed" : null;
        ZerobusTableSetup.Result r = ZerobusTableSetup.of(TABLE, METER).run(w::connect);
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
        assertTrue(r.executed().contains("CREATE CATALOG IF NOT EXISTS `main`"));
        assertTrue(r.skipped().isEmpty());
    }

    @Test
    void aTableThatCannotBeCreatedFailsTheSetupNamingIt() {
        Warehouse w = new Warehouse();
        w.fail = sql -> sql.startsWith("CREATE TABLE") ? "[UC_RESOURCE_QUOTA_EXCEEDED] Cannot create 1 Table(s)" : null;
        SQLException e = assertThrows(SQLException.class, () -> ZerobusTableSetup.of(TABLE, METER).run(w::connect));
        assertEquals("cannot create table main.iot.smart_meter: [UC_RESOURCE_QUOTA_EXCEEDED] Cannot create 1 Table(s)", e.getMessage());
    }

    @Test
    void locationsAndPrincipalsAreCheckedBeforeTheyAreInlined() {
        assertThrows(IllegalArgumentException.class, () -> ZerobusTableSetup.of(TABLE, METER).catalogLocation("s3://b/x' OR 1=1 --"));
        assertThrows(IllegalArgumentException.class, () -> ZerobusTableSetup.of(TABLE, METER).schemaLocation("/tmp/local"));
        assertThrows(IllegalArgumentException.class, () -> ZerobusTableSetup.of(TABLE, METER).grantTo("sp`; DROP TABLE x; --"));
        assertEquals("GRANT USE CATALOG ON CATALOG `main` TO `data engineers`", ZerobusTableSetup.of(TABLE, METER).grantTo("data engineers").steps().get(4).sql());
    }

    /** A scripted warehouse: canned rows per query, failures by statement, everything it saw. */
    static final class Warehouse {
        final Map<String, List<String[]>> answers = new HashMap<>();
        Function<String, String> fail = sql -> null;
        final List<String> seen = new ArrayList<>();
        boolean closed;

        Connection connect() {
            Statement st = proxy(Statement.class, (name, args) -> switch (name) {
                case "execute" -> {
                    run((String) args[0]);
                    yield false;
                }
                case "executeQuery" -> {
                    run((String) args[0]);
                    yield rows(answers.getOrDefault((String) args[0], List.of()));
                }
                default -> null;
            });
            return proxy(Connection.class, (name, args) -> switch (name) {
                case "createStatement" -> st;
                case "close" -> {
                    closed = true;
                    yield null;
                }
                default -> null;
            });
        }

        private void run(String sql) throws SQLException {
            seen.add(sql);
            String error = fail.apply(sql);
            if (error != null) throw new SQLException(error);
        }

        static ResultSet rows(List<String[]> rows) {
            int[] at = {-1};
            ResultSetMetaData meta = proxy(ResultSetMetaData.class, (name, args) -> name.equals("getColumnCount") ? (rows.isEmpty() ? 1 : rows.get(0).length) : null);
            return proxy(ResultSet.class, (name, args) -> switch (name) {
                case "next" -> ++at[0] < rows.size();
                case "getString" -> rows.get(at[0])[(Integer) args[0] - 1];
                case "getMetaData" -> meta;
                default -> null;
            });
        }
    }

    interface Call {
        Object on(String method, Object[] args) throws Exception;
    }

    @SuppressWarnings("unchecked")
    static <T> T proxy(Class<T> type, Call call) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
            Object out = call.on(m.getName(), args);
            if (out == null && m.getReturnType() == boolean.class) return false;
            if (out == null && m.getReturnType() == int.class) return 0;
            return out;
        });
    }
}
