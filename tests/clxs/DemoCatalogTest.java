package clxs;

import clxs.settings.DqProfile;
import clxs.settings.InvalidDefinitionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.industries.Industries;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoCatalogTest {

    @Test
    void defaultsMatchTheSeedApi() {
        DemoCatalog d = DemoCatalog.named("demo");
        assertEquals(1.0, d.scale());
        assertEquals(LocalDate.of(2020, 1, 1), d.settings().startDate());
        assertEquals(LocalDate.of(2025, 1, 1), d.settings().endDate());
        assertEquals(5_000_000, d.settings().batchSize());
        assertEquals(4, d.settings().maxWorkers());
        assertEquals(Industries.all(), d.industries());
        assertTrue(d.settings().medallion() && d.settings().createFunctions() && d.settings().createVolumes());
        assertFalse(d.settings().dropExisting());
        assertNull(d.seed());
    }

    @Test
    void settersReturnNewDefinitionsAndLeaveTheOriginalAlone() {
        DemoCatalog base = DemoCatalog.named("demo");
        DemoCatalog small = base.scale(0.01).seed(7);
        assertEquals(1.0, base.scale());
        assertNull(base.seed());
        assertEquals(0.01, small.scale());
        assertEquals(7L, small.seed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"my catalog", "cat'alog", "cat;drop", "cat`x", "1catalog", "", "cat-alog", "cat\"x"})
    void rejectsCatalogNamesThatAreNotIdentifiers(String name) {
        InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class, () -> DemoCatalog.named(name));
        assertEquals("catalog_name", e.field());
    }

    @Test
    void rejectsOverlongCatalogNames() {
        InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class, () -> DemoCatalog.named("c".repeat(256)));
        assertEquals("catalog_name", e.field());
        assertTrue(e.problem().contains("255"), e.problem());
        assertEquals(255, DemoCatalog.named("c".repeat(255)).catalogName().length());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -1.0, 10.000001, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsScalesOutsideTheRange(double scale) {
        InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class, () -> DemoCatalog.named("demo").scale(scale));
        assertEquals("scale_factor", e.field());
    }

    @Test
    void acceptsTheScaleBounds() {
        assertEquals(10.0, DemoCatalog.named("demo").scale(10).scale());
        assertEquals(1e-6, DemoCatalog.named("demo").scale(1e-6).scale());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020/01/01", "01-01-2020", "2020-1-1", "2020-02-30", "yesterday"})
    void rejectsDatesNotInIsoForm(String text) {
        InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class, () -> DemoCatalog.named("demo").dates(text, "2025-01-01"));
        assertEquals("start_date", e.field());
        assertTrue(e.problem().contains("YYYY-MM-DD"), e.problem());
    }

    @Test
    void rejectsAnEndBeforeTheStart() {
        InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class, () -> DemoCatalog.named("demo").dates("2024-01-02", "2024-01-01"));
        assertEquals("end_date", e.field());
    }

    @Test
    void unknownIndustriesListTheValidOnes() {
        InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class, () -> DemoCatalog.named("demo").industries("aerospace"));
        assertEquals("industries", e.field());
        assertTrue(e.problem().contains("aerospace") && e.problem().contains("healthcare"), e.problem());
    }

    @Test
    void rejectsBadBatchSizesWorkersOwnersAndLocations() {
        assertEquals("batch_size", assertThrows(InvalidDefinitionException.class, () -> DemoCatalog.named("d").batchSize(0)).field());
        assertEquals("max_workers", assertThrows(InvalidDefinitionException.class, () -> DemoCatalog.named("d").maxWorkers(0)).field());
        assertEquals("owner", assertThrows(InvalidDefinitionException.class, () -> DemoCatalog.named("d").owner("a`b")).field());
        assertEquals("storage_location", assertThrows(InvalidDefinitionException.class, () -> DemoCatalog.named("d").storageLocation("not a uri")).field());
        assertEquals("industries", assertThrows(InvalidDefinitionException.class, () -> DemoCatalog.named("d").industries(List.of())).field());
    }

    @Test
    void jsonRoundTripKeepsEverySetting() {
        DemoCatalog d = DemoCatalog.named("demo_x").industries(Industries.HEALTHCARE).scale(0.25).dates("2021-03-01", "2023-06-30").seed(99)
                .batchSize(1234).maxWorkers(3).owner("team@company.com").storageLocation("abfss://c@a.dfs.core.windows.net/demo")
                .dropExisting(true).medallion(false).createFunctions(false).createVolumes(false).starSchema().schemaOnly()
                .dqProfile(DqProfile.DIRTY).ucBestPractices(false).destCatalog("demo_x_copy").validateReferentialIntegrity(false);
        String json = d.toJson();
        for (String field : DemoCatalogJson.FIELDS) {
            // custom_industries is written only when files are set
            if (!field.equals("custom_industries")) assertTrue(json.contains("\"" + field + "\""), field + " missing from " + json);
        }
        assertEquals(d, DemoCatalog.fromJson(json));
    }

    @Test
    void jsonWithoutSeedRoundTripsWithoutSeed() {
        DemoCatalog d = DemoCatalog.named("demo").scale(0.5);
        assertFalse(d.toJson().contains("\"seed\""));
        assertEquals(d, DemoCatalog.fromJson(d.toJson()));
    }

    @Test
    void readsThePeerApiRequestAndReportsFieldsItDoesNotKnow() {
        DemoCatalogJson.Parsed p = DemoCatalogJson.parse("""
                {"catalog_name": "demo_source", "industries": ["healthcare"], "scale_factor": 0.01, "generate_notebook": true}""");
        assertEquals("demo_source", p.definition().catalogName());
        assertEquals(0.01, p.definition().scale());
        assertEquals(List.of("generate_notebook"), p.ignoredFields());
    }

    @Test
    void badJsonValuesNameTheirField() {
        assertEquals("scale_factor", assertThrows(InvalidDefinitionException.class,
                () -> DemoCatalog.fromJson("{\"catalog_name\": \"d\", \"scale_factor\": \"big\"}")).field());
        assertEquals("seed", assertThrows(InvalidDefinitionException.class,
                () -> DemoCatalog.fromJson("{\"catalog_name\": \"d\", \"seed\": 1.5}")).field());
        assertEquals("config", assertThrows(InvalidDefinitionException.class, () -> DemoCatalog.fromJson("{\"catalog_name\": ")).field());
        assertEquals("config", assertThrows(InvalidDefinitionException.class, () -> DemoCatalog.fromJson("[1, 2]")).field());
    }

    @Test
    void aMissingSeedIsDrawnPerPlanAndAGivenSeedIsKept() {
        DemoCatalog d = DemoCatalog.named("demo").industries(Industries.HEALTHCARE).scale(0.001);
        assertNotEquals(d.plan().seed(), d.plan().seed());
        assertEquals(5L, d.seed(5).plan().seed());
    }
}
