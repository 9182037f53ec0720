package clxs.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.DemoCatalog;
import clxs.engine.LocalEngine;
import clxs.industries.Industries;
import clxs.model.Industry;
import clxs.model.Table;
import clxs.plan.labels.LabelModel;
import clxs.plan.labels.LabelModels;
import clxs.result.Measured;
import clxs.result.RunResult;
import clxs.settings.DqProfile;
import clxs.sql.Dialect;
import clxs.sql.PortableSql;
import clxs.support.Duck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ML labels of {@code --inject-anomalies}, measured on generated rows at two rates: the
 * positive rate is the one asked for, a simple score computed in SQL from the documented features
 * separates the classes (ROC AUC, computed here), the churn score ranks with its features
 * (Spearman), and the same seed gives the same labels.
 */
class MlLabelsTest {

    @TempDir
    static Path dir;

    static final List<Industry> LABELLED = List.of(Industries.FINANCIAL, Industries.TELECOM, Industries.HEALTHCARE, Industries.MANUFACTURING);
    static final DemoCatalog BASE = DemoCatalog.named("labels").industries(LABELLED).seed(7).dqProfile(DqProfile.CLEAN).medallion(false)
            .createVolumes(false).ucBestPractices(false).validateReferentialIntegrity(false);

    private static RunResult low;
    private static RunResult high;

    @BeforeAll
    static void generate() {
        low = BASE.catalog("labels_2pct").scale(0.002).injectAnomalies(0.02).generate(LocalEngine.in(dir).quiet());
        high = BASE.catalog("labels_20pct").scale(0.001).injectAnomalies(0.2).generate(LocalEngine.in(dir).quiet());
        assertTrue(low.succeeded(), low.toString());
        assertTrue(high.succeeded(), high.toString());
    }

    private static RunResult result(double rate) {
        return rate == 0.02 ? low : high;
    }

    private static Duck open(double rate) {
        return Duck.open(dir, rate == 0.02 ? "labels_2pct" : "labels_20pct");
    }

    private static List<LabelModel> models() {
        List<LabelModel> out = new ArrayList<>();
        for (Industry i : LABELLED) {
            for (Table t : i.tables()) LabelModels.of(i, t, BASE.settings().endDate()).ifPresent(out::add);
        }
        assertEquals(4, out.size());
        return out;
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.02, 0.2})
    void thePositiveRateIsTheAnomalyRate(double rate) {
        try (Duck db = open(rate)) {
            for (LabelModel m : models()) {
                String value = m.kind() == LabelModel.Kind.BOOLEAN ? "avg(CASE WHEN " + m.column() + " THEN 1.0 ELSE 0.0 END)" : "avg(" + m.column() + ")";
                double measured = db.doubleValue("SELECT " + value + " FROM " + m.industry() + "." + m.table());
                long rows = db.longValue("SELECT count(*) FROM " + m.industry() + "." + m.table());
                assertTrue(rows >= 1000, m.qualifiedColumn() + " rows: " + rows);
                System.out.printf("%s at %s: positive rate %.4f over %d rows%n", m.qualifiedColumn(), rate, measured, rows);
                assertEquals(rate, measured, rate * 0.15, m.qualifiedColumn() + " positive rate over " + rows + " rows");
                Measured.Anomaly reported = result(rate).measured().anomalies().stream().filter(a -> a.column().equals(m.column())
                        && a.table().equals(m.table())).findFirst().orElseThrow(() -> new AssertionError("no anomalies entry for " + m.qualifiedColumn()));
                assertEquals(measured, reported.positiveRate(), 1e-6, "the summary reports the measured rate");
                assertEquals(rate, reported.anomalyRate());
                assertEquals(m.type().toString(), reported.sqlType());
            }
            assertTrue(db.doubleValue("SELECT min(churn_risk) FROM telecom.subscribers") >= 0);
            assertTrue(db.doubleValue("SELECT max(churn_risk) FROM telecom.subscribers") <= 1.0);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.02, 0.2})
    void aSimpleScoreOfTheDocumentedFeaturesSeparatesEachBooleanLabel(double rate) {
        try (Duck db = open(rate)) {
            for (LabelModel m : models()) {
                if (m.kind() != LabelModel.Kind.BOOLEAN) continue;
                List<double[]> scored = scores(db, m, rate);
                long positives = scored.stream().filter(s -> s[1] == 1).count();
                assertTrue(positives >= 100, m.qualifiedColumn() + ": " + positives + " positives");
                double auc = auc(scored);
                System.out.printf("%s at %s: ROC AUC %.3f over %d rows%n", m.qualifiedColumn(), rate, auc, scored.size());
                assertTrue(auc >= 0.75, m.qualifiedColumn() + " at rate " + rate + ": ROC AUC " + auc);
                assertTrue(auc < 0.99, m.qualifiedColumn() + " is not trivially separable: ROC AUC " + auc);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.02, 0.2})
    void churnRiskRanksWithItsFeatures(double rate) {
        try (Duck db = open(rate)) {
            LabelModel churn = models().stream().filter(m -> m.column().equals("churn_risk")).findFirst().orElseThrow();
            List<double[]> scored = scores(db, churn, rate);
            assertTrue(scored.size() >= 1000, "subscribers: " + scored.size());
            double rho = spearman(scored);
            System.out.printf("churn_risk at %s: Spearman %.3f over %d rows%n", rate, rho, scored.size());
            assertTrue(rho >= 0.4, "Spearman of churn_risk with its features' score: " + rho);
        }
    }

    @Test
    void theSameSeedGivesTheSameLabelsAndEveryDialectRendersThemFromOneDefinition() {
        DemoCatalog small = BASE.catalog("labels_again").industries(Industries.FINANCIAL).scale(0.0005).injectAnomalies(0.05);
        assertTrue(small.generate(LocalEngine.in(dir.resolve("a")).quiet()).succeeded());
        assertTrue(small.generate(LocalEngine.in(dir.resolve("b")).quiet()).succeeded());
        assertTrue(small.seed(8).catalog("labels_other").generate(LocalEngine.in(dir.resolve("b")).quiet()).succeeded());
        try (Duck a = Duck.open(dir.resolve("a"), "labels_again"); Duck b = Duck.open(dir.resolve("b"), "labels_again");
             Duck other = Duck.open(dir.resolve("b"), "labels_other")) {
            String q = "(SELECT txn_id, is_fraud, txn_hour FROM financial.transactions)";
            assertEquals(a.checksum(q), b.checksum(q));
            assertNotEquals(a.checksum(q), other.checksum(q));
        }
        for (Dialect d : Dialect.ALL) {
            String sql = small.sql(d);
            assertTrue(sql.contains("is_fraud") && sql.contains("exp(-least(40, greatest(-40, "), d.name() + " renders the label model");
            assertFalse(sql.toLowerCase().contains("rand("), d.name() + " draws no rand()");
        }
        assertEquals(small.sql(Dialect.DUCKDB), small.sql(Dialect.DUCKDB), "the plan (and its solved intercepts) is a function of the seed");
    }

    @Test
    void onlyTheFourTablesGainColumnsAndOnlyWithTheFlag() {
        java.util.Map<String, List<String>> plain = columns(BASE.scale(0.001));
        java.util.Map<String, List<String>> labelled = columns(BASE.scale(0.001).injectAnomalies(0.02));
        assertEquals(plain.keySet(), labelled.keySet());
        java.util.Map<String, List<String>> added = new java.util.TreeMap<>();
        plain.forEach((table, cols) -> {
            List<String> extra = new ArrayList<>(labelled.get(table));
            assertEquals(cols, extra.subList(0, cols.size()), table + " keeps its columns in order");
            if (extra.size() > cols.size()) added.put(table, extra.subList(cols.size(), extra.size()));
        });
        assertEquals(java.util.Map.of("financial.transactions", List.of("txn_hour", "is_fraud"),
                "telecom.subscribers", List.of("support_calls_90d", "avg_monthly_data_gb", "churn_risk"),
                "healthcare.encounters", List.of("total_cost", "is_anomaly"),
                "manufacturing.sensor_readings", List.of("is_anomaly")), added);
    }

    private static java.util.Map<String, List<String>> columns(DemoCatalog d) {
        java.util.Map<String, List<String>> out = new java.util.TreeMap<>();
        for (clxs.plan.Step.CreateTable t : d.plan().steps(clxs.plan.Step.CreateTable.class)) {
            if (LABELLED.stream().anyMatch(i -> i.name().equals(t.table().schema()))) {
                out.put(t.table().schema() + "." + t.table().name(), t.columns().stream().map(clxs.plan.Step.ColumnDef::name).toList());
            }
        }
        return out;
    }

    /** Rows of (score, label) with the score {@code Σ wᵢ·fᵢ} computed in SQL from the model's feature query. */
    private static List<double[]> scores(Duck db, LabelModel m, double rate) {
        String features = PortableSql.render(Dialect.DUCKDB, m.featureQuery(), rate == 0.02 ? "labels_2pct" : "labels_20pct", m.industry());
        String score = m.features().stream().map(f -> f.weight() + " * " + f.name()).collect(Collectors.joining(" + "));
        String label = m.kind() == LabelModel.Kind.BOOLEAN ? "CASE WHEN label THEN 1 ELSE 0 END" : "label";
        List<double[]> out = new ArrayList<>();
        for (List<Object> r : db.rows("SELECT " + score + " AS score, " + label + " AS y FROM (" + features + ") f")) {
            out.add(new double[] {((Number) r.get(0)).doubleValue(), ((Number) r.get(1)).doubleValue()});
        }
        return out;
    }

    /** Mann-Whitney: the chance a positive row scores above a negative one (ties count half). */
    static double auc(List<double[]> scored) {
        double[] ranks = ranks(scored.stream().mapToDouble(s -> s[0]).toArray());
        double positives = 0, rankSum = 0;
        for (int i = 0; i < scored.size(); i++) {
            if (scored.get(i)[1] == 1) {
                positives++;
                rankSum += ranks[i];
            }
        }
        double negatives = scored.size() - positives;
        return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
    }

    static double spearman(List<double[]> scored) {
        double[] x = ranks(scored.stream().mapToDouble(s -> s[0]).toArray());
        double[] y = ranks(scored.stream().mapToDouble(s -> s[1]).toArray());
        double mx = Arrays.stream(x).average().orElseThrow(), my = Arrays.stream(y).average().orElseThrow();
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /** 1-based ranks, ties given their average rank. */
    private static double[] ranks(double[] v) {
        Integer[] order = IntStream.range(0, v.length).boxed().sorted(Comparator.comparingDouble(i -> v[i])).toArray(Integer[]::new);
        double[] r = new double[v.length];
        for (int i = 0; i < order.length; ) {
            int j = i;
            while (j + 1 < order.length && v[order[j + 1]] == v[order[i]]) j++;
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) r[order[k]] = rank;
            i = j + 1;
        }
        return r;
    }
}
