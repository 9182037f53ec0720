package clxs.model;

import static clxs.model.Gen.fk;
import static clxs.model.Gen.lookup;
import static clxs.model.Gen.sequence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.industries.Industries;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IndustryModelTest {

    private static final Industry HC = Industries.HEALTHCARE;

    @Test
    void healthcareMatchesTheReferenceTablesAndRowCounts() {
        assertEquals(20, HC.tables().size());
        assertEquals(198_500_000, HC.tables().stream().mapToLong(Table::rows).sum());
        assertEquals(List.of("claim_id", "patient_id", "provider_id", "diagnosis_code", "procedure_code", "claim_amount", "submitted_date",
                "status", "payer_id", "facility_id"), HC.requireTable("claims").columns().stream().map(Column::name).toList());
        assertEquals(List.of("patient_id", "first_name", "last_name", "date_of_birth", "gender", "zip_code", "insurance_plan_id", "email",
                "phone", "created_at"), HC.requireTable("patients").columns().stream().map(Column::name).toList());
        assertEquals(3, HC.tables().stream().filter(t -> t.rows() >= 30_000_000).count());
    }

    @Test
    void foreignKeysFollowFromGeneratorsAndIncludeTheReferenceRelationships() {
        Set<String> fks = HC.foreignKeys().stream().map(ForeignKey::toString).collect(Collectors.toSet());
        for (String expected : List.of("claims.patient_id -> patients.patient_id", "claims.provider_id -> providers.provider_id",
                "encounters.patient_id -> patients.patient_id", "encounters.provider_id -> providers.provider_id",
                "prescriptions.patient_id -> patients.patient_id", "lab_results.patient_id -> patients.patient_id",
                "claims.facility_id -> facilities.facility_id", "claims.diagnosis_code -> diagnosis_codes.code")) {
            assertTrue(fks.contains(expected), expected + " not among " + fks);
        }
    }

    @Test
    void typesAreInferredFromGeneratorsAndForeignKeysTakeTheParentKeyType() {
        Table claims = HC.requireTable("claims");
        assertEquals(SqlType.BIGINT, claims.column("patient_id").orElseThrow().type());
        assertEquals(SqlType.STRING, claims.column("diagnosis_code").orElseThrow().type());
        assertEquals(SqlType.DATE, claims.column("submitted_date").orElseThrow().type());
        assertEquals(SqlType.BOOLEAN, HC.requireTable("providers").column("active").orElseThrow().type());
    }

    @Test
    void brokenReferencesFailWhenTheIndustryIsBuilt() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> Industry.named("x")
                .table(Table.fact("events", 10).col("event_id", sequence(), "").col("user_id", fk("users"), "")).build());
        assertTrue(unknown.getMessage().contains("users"), unknown.getMessage());
        IllegalArgumentException notFk = assertThrows(IllegalArgumentException.class, () -> Industry.named("x")
                .table(Table.dimension("users", 10).col("user_id", sequence(), "").col("name", Gen.person(PersonField.FIRST_NAME), ""))
                .table(Table.fact("events", 10).col("event_id", sequence(), "").col("user_name", lookup("event_id", "name"), "")).build());
        assertTrue(notFk.getMessage().contains("not a foreign key"), notFk.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Industry.named("x")
                .table(Table.dimension("t", 10).col("v", Gen.derived("1 + 1"), "")).build(), "derived columns need a type");
    }

    @Test
    void generatorFactoriesCheckTheirArguments() {
        assertThrows(IllegalArgumentException.class, () -> Gen.weighted("A", 1, "B"));
        assertThrows(IllegalArgumentException.class, () -> Gen.weighted("A", "heavy"));
        assertThrows(IllegalArgumentException.class, () -> Gen.ints(5, 1));
        assertThrows(IllegalArgumentException.class, () -> Gen.bool(1.5));
        assertThrows(IllegalArgumentException.class, () -> Gen.template("{}-{}", Gen.sequence()));
        assertEquals(26L * 10 * 36, Gen.Code.capacity("A9-X"));
    }

    @Test
    void seasonalPresetsPeakWhereTheirNameSays() {
        assertTrue(Seasonality.WINTER_PEAK.monthWeight(1) > 1.3 * average(Seasonality.WINTER_PEAK));
        assertTrue(Seasonality.Q4_SPIKE.monthWeight(12) > 1.3 * average(Seasonality.Q4_SPIKE));
        assertThrows(IllegalArgumentException.class, () -> Seasonality.monthly("short", 1, 2, 3));
    }

    private static double average(Seasonality s) {
        return s.monthWeights().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }
}
