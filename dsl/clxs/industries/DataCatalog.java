package clxs.industries;

import clxs.model.View;
import java.util.List;

/**
 * The {@code data_catalog} schema: views over the catalog's own metadata (Unity Catalog's
 * information_schema on Databricks, DuckDB's catalog locally), for governance demos.
 */
public final class DataCatalog {

    public static final String SCHEMA = "data_catalog";

    /** Column names that hold personal data, with their kind and classification. */
    static final String PII_KIND = """
            CASE WHEN lower(column_name) IN ('first_name', 'last_name', 'full_name', 'name', 'buyer_name', 'signed_by', 'tenant_name', 'contact_name',
                                             'manager', 'technician', 'investigator')
                      AND table_name NOT IN ('merchants', 'stores', 'warehouses', 'facilities', 'pharmacies', 'branches', 'products', 'plans',
                                             'courses', 'power_plants', 'substations', 'ev_stations', 'retail_stores', 'warehouses_lg', 'equipment',
                                             'materials', 'suppliers', 'suppliers_mfg', 'production_lines', 'products_mfg', 'departments',
                                             'facilities_edu', 'neighborhoods', 'brokerages', 'carriers', 'categories', 'drug_catalog') THEN 'NAME'
                 WHEN lower(column_name) LIKE '%email%' THEN 'EMAIL'
                 WHEN lower(column_name) LIKE '%phone%' AND lower(column_name) <> 'phone_number_type' THEN 'PHONE'
                 WHEN lower(column_name) LIKE '%ssn%' THEN 'GOVERNMENT_ID'
                 WHEN lower(column_name) IN ('date_of_birth', 'dob') THEN 'BIRTH_DATE'
                 WHEN lower(column_name) = 'address' AND table_name IN ('customers', 'policyholders', 'properties', 'customers_energy') THEN 'ADDRESS'
                 WHEN lower(column_name) LIKE '%card_number%' OR lower(column_name) LIKE '%account_number%' OR lower(column_name) = 'iccid'
                      OR lower(column_name) = 'imei' THEN 'FINANCIAL_OR_DEVICE_ID'
            END""";

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
                           CASE WHEN pii_type IN ('GOVERNMENT_ID', 'FINANCIAL_OR_DEVICE_ID', 'BIRTH_DATE') THEN 'pii_high' ELSE 'confidential' END
                               AS data_classification
                    FROM (SELECT table_schema, table_name, column_name,
                    """ + PII_KIND + """
                     AS pii_type
                          FROM (SELECT c.table_schema, c.table_name, c.column_name
                                FROM {{catalog_columns()}} c
                                JOIN {{catalog_tables()}} t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                                WHERE t.table_type = 'TABLE' AND c.table_schema NOT IN ('data_catalog', 'information_schema')) b) p
                    WHERE pii_type IS NOT NULL
                    """));
}
