package clxs.harness;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A local stand-in for a Databricks SQL warehouse, for tests: real Spark 4 + Delta 4 behind the
 * REST API databricks-jdbc and databricks-sdk-java speak. It is not Databricks: what it adapts
 * (names, catalog statements) is in {@link SparkEngine}, what it only records in {@link Recorded}.
 *
 * <pre>
 * java -cp target/classes:$(cat target/classpath.txt) clxs.harness.LocalWarehouse [port] [token] [warehouse-dir]
 * </pre>
 * Prints {@code local warehouse listening on http://127.0.0.1:PORT} when ready.
 */
public final class LocalWarehouse {

    private LocalWarehouse() {}

    public static void main(String... args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        String token = args.length > 1 ? args[1] : "local-token";
        Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("clxs-local-warehouse");
        SparkEngine engine = new SparkEngine(dir.resolve("warehouse"), dir.resolve("volumes"));
        engine.execute("SELECT 1");
        SeaServer server = new SeaServer(engine, engine.volumes(), port, token);
        System.out.println("local warehouse listening on http://127.0.0.1:" + server.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
