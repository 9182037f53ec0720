package clxs.databricks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import clxs.plan.Expr;
import clxs.plan.Op;
import clxs.sql.Dialect;
import clxs.sql.ExprRenderer;
import clxs.support.LocalWarehouse;
import clxs.support.UsesLocalWarehouse;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two functions codes are spelled with ({@link Op#BASE36}, {@link Op#AFFINE_MOD}) give the
 * answer Java's BigInteger gives, in DuckDB and in Spark SQL. The Spark side is the LOCAL
 * warehouse ({@code harness/}: Spark 4 through databricks-jdbc), not Databricks. The two engines
 * hash rows differently, so generated tables cannot be compared value for value; these functions
 * of given numbers can.
 */
@UsesLocalWarehouse
class CodeFunctionsOnSparkTest {

    /** Numbers at the edges of each width: 0, the largest, and around each power of 36. */
    private static final long[][] BASE36 = {
        {0, 1}, {35, 1}, {0, 4}, {35, 4}, {36, 4}, {1295, 4}, {1296, 4}, {1679615, 4},
        {123456789, 8}, {2821109907455L, 8}, {4738381338321616895L, 12}, {60466176, 12},
    };

    /** {x, a, b, m}: products far past 64 bits, as the code scramble makes them. */
    private static final long[][] AFFINE = {
        {2_000_000_000L, 1579460446428159071L, 806696111L, 4738381338321616896L},
        {1, 1579460446428159071L, 806696111L, 4738381338321616896L},
        {1_999_999_999L, 4321365157117L, 1603725239L, 12960000000000L},
        {77, 155520001253171081L, 112779898L, 466560000000000000L},
    };

    @Test
    void codesAreSpelledAsBigIntegerSpellsThemInDuckdbAndSpark() throws Exception {
        List<String> expected = new ArrayList<>();
        for (long[] c : BASE36) {
            String digits = BigInteger.valueOf(c[0]).toString(36).toUpperCase(java.util.Locale.ROOT);
            expected.add("0".repeat((int) c[1] - digits.length()) + digits);
        }
        for (long[] c : AFFINE) {
            expected.add(BigInteger.valueOf(c[0]).multiply(BigInteger.valueOf(c[1])).add(BigInteger.valueOf(c[2])).mod(BigInteger.valueOf(c[3])).toString());
        }
        assertEquals(BASE36.length + AFFINE.length, expected.size());

        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            assertEquals(expected, row(duck, select(Dialect.DUCKDB)), "DuckDB");
        }
        DatabricksEngine spark = DatabricksEngine.connect(LocalWarehouse.shared().workspace()).quiet();
        List<Object> sparkRow = spark.query(null, select(Dialect.DATABRICKS)).rows().get(0);
        assertEquals(expected, sparkRow.stream().map(String::valueOf).toList(), "Spark");
    }

    /** One row: each BASE36 case, then each AFFINE_MOD case, rendered by {@code dialect}. */
    private static String select(Dialect dialect) {
        ExprRenderer r = new ExprRenderer(dialect, "0", new ArrayList<>(), "test");
        List<String> columns = new ArrayList<>();
        for (long[] c : BASE36) columns.add(r.render(new Expr.Call(Op.BASE36, List.of(new Expr.Lit(c[0]), new Expr.Lit(c[1])))));
        for (long[] c : AFFINE) {
            columns.add("CAST(" + r.render(new Expr.Call(Op.AFFINE_MOD, List.of(new Expr.Lit(c[0]), new Expr.Lit(c[1]), new Expr.Lit(c[2]), new Expr.Lit(c[3]))))
                    + " AS STRING)");
        }
        List<String> named = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) named.add(columns.get(i) + " AS c" + i);
        return "SELECT " + String.join(", ", named);
    }

    private static List<String> row(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            List<String> out = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) out.add(rs.getString(i));
            return out;
        }
    }
}
