package clxs.sql;

import clxs.model.PortableSqlText;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortableSqlTest {

    @Test
    void tableMarkersBecomeQuotedThreePartNames() {
        String sql = "SELECT * FROM {{claims}} c JOIN {{insurance.policies}} p ON 1 = 1";
        assertEquals("SELECT * FROM `demo`.`healthcare`.`claims` c JOIN `demo`.`insurance`.`policies` p ON 1 = 1",
                PortableSql.render(Dialect.DATABRICKS, sql, "demo", "healthcare"));
        assertEquals("SELECT * FROM \"demo\".\"healthcare\".\"claims\" c JOIN \"demo\".\"insurance\".\"policies\" p ON 1 = 1",
                PortableSql.render(Dialect.DUCKDB, sql, "demo", "healthcare"));
        assertEquals(List.of("claims", "insurance.policies"), PortableSqlText.tableReferences(sql));
    }

    @Test
    void functionMarkersTakeNestedArgumentsAndCommasInsideParentheses() {
        String sql = "{{days_between({{add_days(d, 3)}}, coalesce(e, f))}}";
        assertEquals("datediff(coalesce(e, f), date_add(d, 3))", PortableSql.render(Dialect.DATABRICKS, sql, null, null));
        assertEquals("date_diff('day', (d + CAST(3 AS INTEGER)), coalesce(e, f))", PortableSql.render(Dialect.DUCKDB, sql, null, null));
    }

    @Test
    void stringLiteralsAreStandardSqlAndEachDialectEscapesThem() {
        String sql = "SELECT 'Walker''s paradise', 'C:\\temp', 'plain'";
        assertEquals("SELECT 'Walker\\'s paradise', 'C:\\\\temp', 'plain'", PortableSql.render(Dialect.DATABRICKS, sql, null, null));
        assertEquals(sql, PortableSql.render(Dialect.DUCKDB, sql, null, null));
    }

    @Test
    void mistakesAreReportedClearly() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PortableSql.render(Dialect.DUCKDB, "{{nope(1)}}", null, null))
                .getMessage().contains("unknown portable function"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PortableSql.render(Dialect.DUCKDB, "{{add_days(1)}}", null, null))
                .getMessage().contains("takes 2 arguments"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PortableSql.render(Dialect.DUCKDB, "SELECT {{claims", "c", "s"))
                .getMessage().contains("unclosed"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PortableSql.render(Dialect.DUCKDB, "{{claims}}", null, null))
                .getMessage().contains("not allowed"));
    }

    /** Each portable function gives the same answer it documents, on DuckDB (Databricks is checked by the Spark harness). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{{add_days(DATE '2024-02-27', 3)}}                          | 2024-03-01",
            "{{days_between(DATE '2024-01-01', DATE '2024-03-01')}}      | 60",
            "{{years_between(DATE '2000-06-15', DATE '2024-06-14')}}     | 23",
            "{{years_between(DATE '2000-06-15', DATE '2024-06-15')}}     | 24",
            "{{month_start(DATE '2024-03-15')}}                          | 2024-03-01",
            "{{year_month(DATE '2024-03-15')}}                           | 2024-03",
            "{{format_date(DATE '2024-03-05', 'MMM dd, yyyy')}}          | Mar 05, 2024",
            "{{format_number(1234567.891, 2)}}                           | 1,234,567.89",
            "{{initcap('hello wide world')}}                             | Hello Wide World",
            "{{regex_replace('a1b22c', '([0-9]+)', '<$1>')}}             | a<1>b<22>c",
            "{{matches('1234567893', '^[12][0-9]{9}$')}}                 | true",
            "{{day_of_week(DATE '2024-01-07')}}                          | 1",
            "{{int_div(17, 5)}}                                          | 3",
            "{{seconds_between(TIMESTAMP '2024-01-01 00:00:00', TIMESTAMP '2024-01-01 01:00:30')}} | 3630",
            "{{sha256('1')}} = '6b86b273ff34fce19d6b804eff5a3f5747ada4eaa22f1d49c01e52ddb7875b4b' | true",
    })
    void portableFunctionsOnDuckdb(String expression, String expected) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + PortableSql.render(Dialect.DUCKDB, expression, null, null))) {
            rs.next();
            assertEquals(expected, rs.getString(1));
        }
    }
}
