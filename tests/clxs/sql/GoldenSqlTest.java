package clxs.sql;

import static clxs.model.Gen.bool;
import static clxs.model.Gen.code;
import static clxs.model.Gen.dates;
import static clxs.model.Gen.decimals;
import static clxs.model.Gen.derived;
import static clxs.model.Gen.fk;
import static clxs.model.Gen.ints;
import static clxs.model.Gen.lookup;
import static clxs.model.Gen.person;
import static clxs.model.Gen.place;
import static clxs.model.Gen.rawSql;
import static clxs.model.Gen.sequence;
import static clxs.model.Gen.sha256;
import static clxs.model.Gen.template;
import static clxs.model.Gen.timestamps;
import static clxs.model.Gen.weighted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.DemoCatalog;
import clxs.industries.Industries;
import clxs.model.Industry;
import clxs.model.PersonField;
import clxs.model.PlaceField;
import clxs.model.Seasonality;
import clxs.model.Skew;
import clxs.model.SqlType;
import clxs.model.Table;
import clxs.plan.Plan;
import clxs.plan.Step;
import clxs.support.Golden;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Golden text of representative steps for both dialects. */
class GoldenSqlTest {

    /** A small industry that uses every kind of generator. */
    static final Industry SHOP = Industry.named("shop").description("A shop")
            .table(Table.dimension("customers", 100).comment("People who buy")
                    .col("customer_id", sequence(), "Key")
                    .col("name", person(PersonField.FULL_NAME), "Full name")
                    .col("email", person(PersonField.EMAIL), "E-mail")
                    .col("city", place(PlaceField.CITY), "City")
                    .col("state", place(PlaceField.STATE), "State")
                    .col("tier", weighted("GOLD", 1, "SILVER", 3), "Loyalty tier")
                    .col("vip", bool(0.1), "VIP flag"))
            .table(Table.fact("orders", 1000).date("order_date").comment("Orders")
                    .col("order_id", sequence(), "Key")
                    .col("customer_id", fk("customers", Skew.power(1.5)), "Buyer")
                    .col("customer_tier", lookup("customer_id", "tier"), "Buyer's tier")
                    .col("qty", ints(1, 5), "Quantity")
                    .col("price", decimals(1, 100, Skew.logNormal(20, 0.5)), "Unit price")
                    .col("total", SqlType.decimal(12, 2), derived("qty * price"), "Total")
                    .col("order_date", dates(Seasonality.Q4_SPIKE), "Order date")
                    .col("placed_at", timestamps(Seasonality.NONE.withHours(Seasonality.EVENING_PEAK)), "Order time")
                    .col("sku", code("AA-999"), "Stock keeping unit")
                    .col("note", template("order {}", sequence()).orNull(0.1), "Note")
                    .col("digest", sha256(sequence()), "Hash of the id")
                    .col("trace", SqlType.STRING, rawSql("uuid()"), "Databricks-only trace id"))
            .view("v_orders_by_state", "Orders per state", """
                    SELECT c.state, count(*) AS orders, {{days_between(min(o.order_date), max(o.order_date))}} AS span_days
                    FROM {{orders}} o JOIN {{customers}} c ON c.customer_id = o.customer_id
                    GROUP BY c.state""")
            .udf(clxs.model.Udf.named("mask_email").masking().param("email", SqlType.STRING).returns(SqlType.STRING)
                    .body("{{regex_replace(email, '^(.)[^@]*@', '$1***@')}}").comment("Masked e-mail"))
            .build();

    private static final DemoCatalog DEMO = DemoCatalog.named("golden").industries(SHOP).scale(1).seed(2024)
            .owner("demo-admins").storageLocation("abfss://demo@acct.dfs.core.windows.net/golden").dropExisting(true)
            .medallion(false).createVolumes(false);

    @ParameterizedTest
    @ValueSource(strings = {"databricks", "duckdb"})
    void representativeSteps(String dialectName) {
        Dialect dialect = Dialect.of(dialectName);
        Plan plan = DEMO.plan();
        List<String> parts = new ArrayList<>();
        for (Step step : plan.steps()) {
            Rendering r = new StepRenderer(dialect).render(step);
            parts.add("-- " + step.label() + (r.isSkipped() ? "\n-- skipped: " + r.skipReason() : ""));
            r.notes().forEach(n -> parts.add("-- note: " + n));
            r.statements().forEach(s -> parts.add(s + ";"));
        }
        Golden.assertMatches("shop-" + dialectName + ".sql", String.join("\n", parts) + "\n");
    }

    /**
     * The first step of each kind in each schema a layer adds (medallion, star schema, volumes,
     * the clone), so every overlay statement has golden text on both dialects.
     */
    @ParameterizedTest
    @ValueSource(strings = {"databricks", "duckdb"})
    void overlayStepsOfEachKind(String dialectName) {
        Dialect dialect = Dialect.of(dialectName);
        Plan plan = DemoCatalog.named("demo").industries(Industries.HEALTHCARE).scale(0.01).seed(1).starSchema().destCatalog("demo_copy").plan();
        StepRenderer renderer = new StepRenderer(dialect, FileLayout.under(java.nio.file.Path.of("/data/clxs")));
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String> parts = new ArrayList<>();
        for (Step step : plan.steps()) {
            if (step instanceof Step.InsertRows || step instanceof Step.CheckForeignKeys) continue;
            clxs.plan.ObjectName on = step.object() != null ? step.object() : step instanceof Step.CreateSchema cs ? cs.schema() : null;
            String kind = step.getClass().getSimpleName() + (on == null ? "" : " " + on.catalog() + "." + on.schema().replaceAll("^[a-z]+(_|$)", "*$1"));
            if (!seen.add(kind)) continue;
            Rendering r = renderer.render(step);
            parts.add("-- " + step.label() + (r.isSkipped() ? "\n-- skipped: " + r.skipReason() : ""));
            r.notes().forEach(n -> parts.add("-- note: " + n));
            r.files().forEach(f -> parts.add("-- file: " + f.describe()));
            if (r.doneBy() != null) parts.add("-- done by " + r.doneBy());
            r.statements().forEach(s -> parts.add(s + ";"));
        }
        Golden.assertMatches("overlays-" + dialectName + ".sql", String.join("\n", parts) + "\n");
    }

    @Test
    void healthcareDdlAndFunctionsForDatabricks() {
        Plan plan = DemoCatalog.named("demo").industries(Industries.HEALTHCARE).scale(0.01).seed(1).plan();
        StepRenderer r = new StepRenderer(Dialect.DATABRICKS);
        String claims = only(plan, s -> s instanceof Step.CreateTable t && t.table().name().equals("claims"), r);
        String age = only(plan, s -> s instanceof Step.CreateFunction f && f.function().name().equals("calculate_age"), r);
        String monthly = only(plan, s -> s instanceof Step.CreateView v && v.view().name().equals("v_monthly_claims"), r);
        Golden.assertMatches("healthcare-databricks-ddl.sql", claims + ";\n" + age + ";\n" + monthly + ";\n");
    }

    @Test
    void rawSqlRunsOnDatabricksOnlyAndSaysSoElsewhere() {
        Step.InsertRows orders = DEMO.plan().steps(Step.InsertRows.class).stream().filter(i -> i.table().name().equals("orders")).findFirst().orElseThrow();
        Rendering duck = new StepRenderer(Dialect.DUCKDB).render(orders);
        assertEquals(List.of("trace: raw generator SQL is Databricks SQL and runs on Databricks only; NULL on duckdb"), duck.notes());
        assertTrue(new StepRenderer(Dialect.DATABRICKS).render(orders).statements().get(0).contains("(uuid()) AS `trace`"));
    }

    private static String only(Plan plan, Predicate<Step> which, StepRenderer r) {
        List<Step> steps = plan.steps().stream().filter(which).toList();
        assertEquals(1, steps.size());
        return String.join(";\n", r.render(steps.get(0)).statements());
    }
}
