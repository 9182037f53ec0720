package clxs.yaml;

import static clxs.model.Gen.constant;
import static clxs.model.Gen.derived;
import static clxs.model.Gen.ints;
import static clxs.model.Gen.oneOf;
import static clxs.model.Gen.rawSql;
import static clxs.model.Gen.sequence;
import static clxs.model.Gen.weighted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.DemoCatalog;
import clxs.industries.Industries;
import clxs.model.Gen;
import clxs.model.Industry;
import clxs.model.Seasonality;
import clxs.model.SqlType;
import clxs.model.Table;
import clxs.sql.Dialect;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every built-in industry written as YAML reads back equal to itself, so it compiles to the same plan. */
class YamlRoundTripTest {

    @TestFactory
    List<DynamicTest> everyBuiltInIndustryReadsBackEqual() {
        return Industries.all().stream().map(i -> DynamicTest.dynamicTest(i.name(), () -> {
            String yaml = YamlIndustries.write(i);
            Industry back = YamlIndustries.parse(yaml, i.name() + ".yaml").industry();
            assertEquals(i, back, i.name() + " differs after a round trip");
            assertEquals(yaml, YamlIndustries.write(back), "writing is deterministic");
            assertTrue(yaml.lines().count() > 500 && yaml.contains("\n    columns:\n"), "one column per block: " + yaml.lines().count());
        })).toList();
    }

    @TestFactory
    List<DynamicTest> aReadBackIndustryCompilesToTheSameSqlOnBothDialects() {
        return Industries.all().stream().map(i -> DynamicTest.dynamicTest(i.name(), () -> {
            Industry back = YamlIndustries.parse(YamlIndustries.write(i), "x").industry();
            for (Dialect d : List.of(Dialect.DATABRICKS, Dialect.DUCKDB)) {
                DemoCatalog built = DemoCatalog.named("rt").industries(i).scale(0.001).seed(5).starSchema();
                assertEquals(built.sql(d), built.industries(back).sql(d), i.name() + " on " + d.name());
            }
        })).toList();
    }

    @Test
    void choiceValuesKeepTheTextAsWritten() {
        String yaml = """
                name: texts
                tables:
                  - name: answers
                    rows: 10
                    columns:
                      - {name: id, sequence: {}}
                      - {name: answer, oneOf: [NO, yes, 01234, 1.10, ~x, 'null', 0x1F, 2020-01-01, .inf]}
                      - {name: code, weighted: {NO: 1, 007: 2, 1.10: 3, '': 4}}
                      - {name: fixed, constant: 010}
                      - {name: level, type: INT, weighted: {'01': 1, '2': 1.5}}
                      - {name: ratio, type: DOUBLE, oneOf: [1.10, '2']}
                """;
        Table t = YamlIndustries.parse(yaml, "texts.yaml").industry().requireTable("answers");
        assertEquals(List.of("NO", "yes", "01234", "1.10", "~x", "null", "0x1F", "2020-01-01", ".inf"), values(t, "answer"));
        assertEquals(List.of("NO", "007", "1.10", ""), values(t, "code"));
        assertEquals(List.of(1.0, 2.0, 3.0, 4.0), ((Gen.Choice) t.column("code").orElseThrow().gen()).weights());
        assertEquals(new Gen.Const("010"), t.column("fixed").orElseThrow().gen());
        assertEquals(SqlType.STRING, t.column("answer").orElseThrow().type(), "choice values are text unless the column says otherwise");
        assertEquals(List.of(1, 2), values(t, "level"));
        assertEquals(List.of(1.1, 2.0), values(t, "ratio"));
    }

    @Test
    void everyGeneratorAndTrickyTextSurviveARoundTrip() {
        Industry custom = Industry.named("tricky").description("quotes ' \" \\ and: colons # hashes\nand a second line")
                .table(Table.fact("events", 1_000).date("day").comment("  leading spaces, trailing tab\t")
                        .col("id", sequence(), "key: the row id")
                        .col("label", oneOf("NO", "yes", "01234", "1.10", "", " padded ", "a, b", "[x]", "{y}", "#z", "- dash", "it's", "\"q\"", "tab\there",
                                "line\nbreak", "ünïcødé", "null", "~", "true"), null)
                        .col("level", weighted(1, 2.5, 2, 1.0, 3, 0.5), "ints")
                        .col("price", SqlType.decimal(10, 2), weighted(5, 1, 7.5, 2, 1_000_000_000_000L, 1), "mixed numbers in a DECIMAL column")
                        .col("day", Gen.dates(LocalDate.of(2021, 2, 3), LocalDate.of(2022, 4, 5)), null)
                        .col("at", Gen.timestamps(Seasonality.monthly("custom_peak", 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3)
                                .withWeekdays(List.of(1.0, 1.0, 1.0, 1.0, 1.0, 2.0, 2.0)).withHours(Seasonality.EVENING_PEAK)), null)
                        .col("fixed_date", constant(LocalDate.of(2020, 1, 1)), null)
                        .col("flag", constant(true), null)
                        .col("score", SqlType.DOUBLE, derived("$0 * 1.5 + $1", weighted(1, 1, 2, 3), oneOf(0.25, 0.5)).orNull(0.1), null)
                        .col("raw", SqlType.STRING, rawSql("concat('a', ':', 'b')", constant("fallback")), null))
                .build();
        Industry back = YamlIndustries.parse(YamlIndustries.write(custom), "tricky.yaml").industry();
        assertEquals(custom, back, YamlIndustries.write(custom));
    }

    private static List<Object> values(Table t, String column) {
        return ((Gen.Choice) t.column(column).orElseThrow().gen()).values();
    }
}
