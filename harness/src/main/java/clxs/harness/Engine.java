package clxs.harness;

import java.util.List;
import java.util.Map;

/** What runs the statements the local warehouse receives. */
interface Engine {

    /** A column of a result: its name and Databricks type name ({@code LONG}, {@code STRING}, ...). */
    record Column(String name, String typeName, String typeText) {}

    /** Rows as strings (JSON_ARRAY format), or an error the way Databricks reports one. */
    record Result(List<Column> columns, List<List<String>> rows, String errorCode, String message) {
        static Result ok(List<Column> columns, List<List<String>> rows) {
            return new Result(columns, rows, null, null);
        }

        static Result empty() {
            return ok(List.of(), List.of());
        }

        static Result error(String code, String message) {
            return new Result(List.of(), List.of(), code, message);
        }

        boolean failed() {
            return errorCode != null;
        }
    }

    /** Runs one statement. */
    Result execute(String sql);

    /** Unity Catalog listings for the REST API: catalog names. */
    List<String> catalogs();

    /** Schemas of a catalog. */
    List<String> schemas(String catalog);

    /** Tables and views of a schema: name to {@code (table_type, properties)}. */
    Map<String, Map.Entry<String, Map<String, String>>> tables(String catalog, String schema);
}
