package clxs.industries;

import clxs.model.PiiRules;
import clxs.model.View;
import java.util.List;

/**
 * The {@code data_catalog} schema: views over the catalog's own metadata (Unity Catalog's
 * information_schema on Databricks, DuckDB's catalog locally), for governance demos.
 */
public final class DataCatalog {

    public static final String SCHEMA = "data_catalog";

    private DataCatalog() {}

    public static final List<View> VIEWS = List.of(
            View.of("table_inventory", "Every table and view of the catalog with its column count and comment", """
                    SELECT t.table_schema, t.table_name, t.table_type, t.comment, count(c.column_name) AS column_count
                    FROM {{catalog_tables()}} t
                    LEFT JOIN {{catalog_columns()}} c ON c.table_schema = t.table_schema AND c.table_name = t.table_name
                    WHERE t.table_schema NOT IN ('data_catalog', 'information_schema')
                    GROUP BY t.table_schema, t.table_name, t.table_type, t.comment
                    """),
            View.of("column_inventory", "Every column of every table and view, with type and comment", """
                    SELECT table_schema, table_name, column_name, data_type, ordinal_position, comment
                    FROM {{catalog_columns()}}
                    WHERE table_schema NOT IN ('data_catalog', 'information_schema')
                    """),
            View.of("schema_summary", "Tables, views and columns per schema", """
                    SELECT t.table_schema,
                           sum(CASE WHEN t.table_type = 'TABLE' THEN 1 ELSE 0 END) AS tables,
                           sum(CASE WHEN t.table_type = 'VIEW' THEN 1 ELSE 0 END) AS views,
                           sum(coalesce(c.columns, 0)) AS columns
                    FROM {{catalog_tables()}} t
                    LEFT JOIN (SELECT table_schema, table_name, count(*) AS columns FROM {{catalog_columns()}} GROUP BY table_schema, table_name) c
                      ON c.table_schema = t.table_schema AND c.table_name = t.table_name
                    WHERE t.table_schema NOT IN ('data_catalog', 'information_schema')
                    GROUP BY t.table_schema
                    """),
            View.of("pii_columns", "Columns of base tables holding personal data, with their kind and classification", """
                    SELECT table_schema, table_name, column_name, pii_type,
                    """ + PiiRules.sqlClassification("pii_type") + """
                     AS data_classification
                    FROM (SELECT table_schema, table_name, column_name,
                    """ + PiiRules.sqlCase() + """
                     AS pii_type
                          FROM (SELECT c.table_schema, c.table_name, c.column_name
                                FROM {{catalog_columns()}} c
                                JOIN {{catalog_tables()}} t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                                WHERE t.table_type = 'TABLE' AND c.table_schema NOT IN ('data_catalog', 'information_schema')) b) p
                    WHERE pii_type IS NOT NULL
                    """));
}
