package clxs.stream;

import clxs.settings.DqProfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.DemoCatalog;
import clxs.industries.Industries;
import clxs.sink.DuckDbTableSink;
import clxs.engine.LocalEngine;
import clxs.result.RunResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streams whose entity ids are keys of the batch catalog join their dimension with no orphans. */
class CatalogJoinTest {

    @Test
    void fiveProfilesJoinTheirDimensionsWithZeroOrphans(@TempDir Path dir) throws Exception {
        RunResult catalog = DemoCatalog.named("joined")
                .industries(Industries.RETAIL, Industries.ENERGY, Industries.FINANCIAL, Industries.HEALTHCARE, Industries.LOGISTICS)
                .scale(0.001).seed(1).medallion(false).createVolumes(false)
                .generate(LocalEngine.in(dir).quiet());
        assertTrue(catalog.succeeded(), catalog::toString);
        Path file = dir.resolve("joined.duckdb");

        List<DeviceProfile> joined = new ArrayList<>();
        for (DeviceProfile p : DeviceProfiles.all()) if (!p.links().isEmpty()) joined.add(p);
        assertTrue(joined.size() >= 5, "at least five profiles can join the catalog");

        for (DeviceProfile p : joined) {
            Map<String, EntityKeys> keys = new HashMap<>();
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
                for (EntityLink link : p.links()) {
                    List<Object> column = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery(link.keyQuery("joined"))) {
                        while (rs.next()) column.add(rs.getObject(1));
                    }
                    keys.put(link.field(), link.keys(column));
                }
            }
            StreamSettings settings = StreamSettings.of(p).numDevices(50).eventsPerBatch(2_000).totalDurationSeconds(20).seed(3L);
            for (Map.Entry<String, EntityKeys> k : keys.entrySet()) settings = settings.key(k.getKey(), k.getValue());
            try (DuckDbTableSink sink = DuckDbTableSink.inCatalogFile(file, "iot", "bronze_" + p.name(), settings.schema())) {
                StreamSummary summary = Streams.summary(settings, sink);
                assertEquals(8_000, summary.eventsWritten());
            }
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
                for (EntityLink link : p.links()) {
                    String join = " FROM joined.iot.bronze_" + p.name() + " e LEFT JOIN joined." + link.industry() + "." + link.table()
                            + " d ON e." + link.field() + " = d." + link.column();
                    assertEquals(0, count(s, "SELECT count(*)" + join + " WHERE d." + link.column() + " IS NULL"),
                            p.name() + "." + link.field() + " → " + link.parent() + ": no orphans");
                    // the catalog's default data-quality profile duplicates some dimension rows: count events, not joined rows
                    assertEquals(8_000, count(s, "SELECT count(*) FROM joined.iot.bronze_" + p.name() + " e WHERE EXISTS (SELECT 1 FROM joined."
                            + link.industry() + "." + link.table() + " d WHERE d." + link.column() + " = e." + link.field() + ")"));
                    long distinct = count(s, "SELECT count(DISTINCT e." + link.field() + ") FROM joined.iot.bronze_" + p.name() + " e");
                    assertTrue(distinct >= 20, p.name() + "." + link.field() + " uses many keys: " + distinct);
                }
            }
        }
        assertEquals(List.of("car_obd2", "smart_meter", "wearable_health", "pos_terminal", "atm_transaction"), joined.stream().map(DeviceProfile::name).toList());
    }

    static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
