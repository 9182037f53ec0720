package clxs.harness;

import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;

/**
 * Statements run on a real Spark 4 with Delta 4 in this JVM: Databricks SQL as the toolkit
 * renders it, with two adaptations, both stated here. Three-part names map to Spark databases
 * ({@link Names}); the catalog statements Spark lacks ({@code CREATE/DROP CATALOG},
 * {@code SHOW CATALOGS}, {@code SHOW SCHEMAS IN c}, {@code USE CATALOG}) are emulated on those
 * databases. {@code is_account_group_member} exists and answers false (Spark has no groups). The
 * kinds in {@link Recorded} are not run at all. Volumes are folders ({@link Volumes}): {@code SHOW
 * VOLUMES} and {@code DROP VOLUME} are answered from them, and quoted {@code /Volumes/...} paths in a
 * statement are replaced by their local folders before Spark sees it.
 */
final class SparkEngine implements Engine {

    private static final Pattern CREATE_CATALOG = Pattern.compile("^\\s*CREATE\\s+CATALOG\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?`([^`]+)`", Pattern.CASE_INSENSITIVE);
    private static final Pattern DROP_CATALOG = Pattern.compile("^\\s*DROP\\s+CATALOG\\s+(?:IF\\s+EXISTS\\s+)?`([^`]+)`", Pattern.CASE_INSENSITIVE);
    private static final Pattern SHOW_SCHEMAS = Pattern.compile("^\\s*SHOW\\s+SCHEMAS\\s+IN\\s+`([^`]+)`(?:\\s+LIKE\\s+'([^']*)')?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SHOW_CATALOGS = Pattern.compile("^\\s*SHOW\\s+CATALOGS(?:\\s+LIKE\\s+'([^']*)')?\\s*$", Pattern.CASE_INSENSITIVE);
    /** Unity Catalog's schema storage: Spark has none, so the location is remembered and answered by DESCRIBE SCHEMA EXTENDED. */
    private static final Pattern CREATE_SCHEMA_LOCATION = Pattern.compile("^(\\s*CREATE\\s+SCHEMA\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?`([^`]+)`\\.`([^`]+)`)(.*?)\\s+MANAGED\\s+LOCATION\\s+'([^']*)'(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ALTER_SCHEMA_LOCATION = Pattern.compile("^\\s*ALTER\\s+SCHEMA\\s+`([^`]+)`\\.`([^`]+)`\\s+SET\\s+MANAGED\\s+LOCATION\\s+'([^']*)'\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DESCRIBE_SCHEMA = Pattern.compile("^\\s*DESCRIBE\\s+SCHEMA\\s+EXTENDED\\s+`([^`]+)`\\.`([^`]+)`\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern USE_CATALOG = Pattern.compile("^\\s*USE\\s+CATALOG\\s+", Pattern.CASE_INSENSITIVE);

    private final SparkSession spark;
    private final Set<String> catalogs = ConcurrentHashMap.newKeySet();
    private final java.util.Map<String, String> schemaLocations = new ConcurrentHashMap<>();
    private final Volumes volumes;

    SparkEngine(Path warehouseDir, Path volumesDir) {
        spark = SparkSession.builder().master("local[4]").appName("clxs-local-warehouse")
                .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                .config("spark.sql.warehouse.dir", warehouseDir.toAbsolutePath().toString())
                // Spark's scratch (block manager, shuffle) beside the warehouse, not in /tmp: whoever removes the run's directory removes it all
                .config("spark.local.dir", warehouseDir.toAbsolutePath().resolveSibling("spark-local").toString())
                .config("spark.sql.sources.default", "delta")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.ansi.enabled", "true")
                // small tables, many statements: fewer tasks and no adaptive re-planning per query
                .config("spark.default.parallelism", "2")
                .config("spark.sql.adaptive.enabled", "false")
                .config("spark.databricks.delta.snapshotPartitions", "1")
                .config("spark.databricks.delta.stats.collect", "false")
                .config("spark.sql.autoBroadcastJoinThreshold", "104857600")
                // tests send thousands of statements over a few rows each: compiling generated code (Janino) for
                // each query costs more than interpreting its expressions over those rows
                .config("spark.sql.codegen.wholeStage", "false")
                .config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
                // without Hadoop's native library, the local file system starts a chmod process for each file written and a
                // readlink process for each rename through FileContext: permissions through java.nio, renames through FileSystem
                .config("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName())
                .config("spark.delta.logStore.file.impl", "io.delta.storage.LocalLogStore")
                .config("spark.sql.streaming.checkpointFileManagerClass", "org.apache.spark.sql.execution.streaming.FileSystemBasedCheckpointFileManager")
                .getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        // a persistent SQL function on the default search path, so persistent functions may call it
        spark.sql("CREATE OR REPLACE FUNCTION default.is_account_group_member(group_name STRING) RETURNS BOOLEAN RETURN false");
        volumes = new Volumes(volumesDir, (catalog, schema) -> catalogs.contains(catalog) && schemas(catalog).contains(schema));
    }

    Volumes volumes() {
        return volumes;
    }

    @Override
    public Result execute(String sql) {
        Matcher m;
        if ((m = CREATE_CATALOG.matcher(sql)).find()) {
            catalogs.add(m.group(1).toLowerCase(Locale.ROOT));
            return Result.empty();
        }
        if ((m = DROP_CATALOG.matcher(sql)).find()) {
            String catalog = m.group(1).toLowerCase(Locale.ROOT);
            for (String schema : schemas(catalog)) spark.sql("DROP DATABASE IF EXISTS `" + Names.database(catalog, schema) + "` CASCADE");
            catalogs.remove(catalog);
            volumes.dropCatalog(catalog);
            return Result.empty();
        }
        if ((m = SHOW_CATALOGS.matcher(sql)).find()) {
            String like = m.group(1);
            return Result.ok(List.of(new Column("catalog", "STRING", "STRING")),
                    catalogs().stream().filter(c -> like == null || likes(c, like)).map(List::of).toList());
        }
        if ((m = SHOW_SCHEMAS.matcher(sql)).find()) {
            String like = m.group(2);
            return Result.ok(List.of(new Column("databaseName", "STRING", "STRING")),
                    schemas(m.group(1).toLowerCase(Locale.ROOT)).stream().filter(s -> like == null || likes(s, like)).map(List::of).toList());
        }
        if ((m = CREATE_SCHEMA_LOCATION.matcher(sql)).find()) {
            schemaLocations.put((m.group(2) + "." + m.group(3)).toLowerCase(Locale.ROOT), m.group(5));
            return execute(m.group(1) + m.group(4) + m.group(6));
        }
        if ((m = ALTER_SCHEMA_LOCATION.matcher(sql)).find()) {
            schemaLocations.put((m.group(1) + "." + m.group(2)).toLowerCase(Locale.ROOT), m.group(3));
            return Result.empty();
        }
        if ((m = DESCRIBE_SCHEMA.matcher(sql)).find()) {
            String catalog = m.group(1).toLowerCase(Locale.ROOT);
            String schema = m.group(2).toLowerCase(Locale.ROOT);
            if (!catalogs.contains(catalog) || !schemas(catalog).contains(schema)) {
                return Result.error("SCHEMA_NOT_FOUND", "[SCHEMA_NOT_FOUND] The schema `" + catalog + "`.`" + schema + "` cannot be found.");
            }
            List<List<String>> rows = new ArrayList<>(List.of(List.of("Catalog Name", catalog), List.of("Namespace Name", schema)));
            String location = schemaLocations.get(catalog + "." + schema);
            if (location != null) rows.add(List.of("Managed Location", location));
            return Result.ok(List.of(new Column("database_description_item", "STRING", "STRING"), new Column("database_description_value", "STRING", "STRING")), rows);
        }
        if (USE_CATALOG.matcher(sql).find()) return Result.empty();
        Result volume = volumes.emulate(sql);
        if (volume != null) return volume;
        try {
            return rows(spark.sql(Names.rewrite(volumes.localPaths(sql))));
        } catch (Exception e) {
            return Result.error(errorCode(e), String.valueOf(e.getMessage()));
        }
    }

    /** SQL LIKE with {@code %} and {@code _}, case-insensitive, as SHOW ... LIKE matches names. */
    private static boolean likes(String name, String pattern) {
        String regex = "\\Q" + pattern.toLowerCase(Locale.ROOT).replace("%", "\\E.*\\Q").replace("_", "\\E.\\Q") + "\\E";
        return name.toLowerCase(Locale.ROOT).matches(regex);
    }

    private static String errorCode(Exception e) {
        String m = String.valueOf(e.getMessage());
        Matcher code = Pattern.compile("^\\[([A-Z_.]+)\\]").matcher(m);
        return code.find() ? code.group(1) : "BAD_REQUEST";
    }

    private static Result rows(Dataset<Row> ds) {
        List<Column> columns = new ArrayList<>();
        for (StructField f : ds.schema().fields()) columns.add(column(f));
        List<List<String>> rows = new ArrayList<>();
        for (Row r : ds.collectAsList()) {
            List<String> row = new ArrayList<>();
            for (int i = 0; i < r.size(); i++) row.add(r.isNullAt(i) ? null : String.valueOf(r.get(i)));
            rows.add(row);
        }
        return Result.ok(columns, rows);
    }

    private static Column column(StructField f) {
        DataType t = f.dataType();
        if (t instanceof DecimalType d) return new Column(f.name(), "DECIMAL", "DECIMAL(" + d.precision() + "," + d.scale() + ")");
        String type = switch (t.typeName()) {
            case "long" -> "LONG";
            case "integer" -> "INT";
            case "short" -> "SHORT";
            case "byte" -> "BYTE";
            case "double" -> "DOUBLE";
            case "float" -> "FLOAT";
            case "boolean" -> "BOOLEAN";
            case "date" -> "DATE";
            case "timestamp", "timestamp_ntz" -> "TIMESTAMP";
            default -> "STRING";
        };
        String text = switch (type) {
            case "LONG" -> "BIGINT";
            case "SHORT" -> "SMALLINT";
            case "BYTE" -> "TINYINT";
            default -> type;
        };
        return new Column(f.name(), type, text);
    }

    private boolean isView(String db, String table) {
        try {
            return spark.catalog().getTable(db, table).tableType().equalsIgnoreCase("VIEW");
        } catch (org.apache.spark.sql.AnalysisException e) {
            return false;
        }
    }

    @Override
    public List<String> catalogs() {
        return catalogs.stream().sorted().toList();
    }

    @Override
    public List<String> schemas(String catalog) {
        String prefix = catalog.toLowerCase(Locale.ROOT) + Names.SEPARATOR;
        List<String> out = new ArrayList<>();
        for (Row r : spark.sql("SHOW DATABASES").collectAsList()) {
            String db = r.getString(0);
            if (db.startsWith(prefix)) out.add(db.substring(prefix.length()));
        }
        out.sort(null);
        return out;
    }

    @Override
    public Map<String, Map.Entry<String, Map<String, String>>> tables(String catalog, String schema) {
        String db = Names.database(catalog, schema);
        Map<String, Map.Entry<String, Map<String, String>>> out = new LinkedHashMap<>();
        for (Row r : spark.sql("SHOW TABLES IN `" + db + "`").collectAsList()) {
            String table = r.getString(1);
            boolean view = isView(db, table);
            Map<String, String> props = new LinkedHashMap<>();
            if (!view) {
                for (Row p : spark.sql("SHOW TBLPROPERTIES `" + db + "`.`" + table + "`").collectAsList()) props.put(p.getString(0), p.getString(1));
            }
            out.put(table, new AbstractMap.SimpleEntry<>(view ? "VIEW" : "MANAGED", props));
        }
        return out;
    }
}
