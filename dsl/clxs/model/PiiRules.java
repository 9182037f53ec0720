package clxs.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which columns hold personal data, by name: the single source of the rules used by the
 * {@code data_catalog.pii_columns} view (rendered as a SQL {@code CASE}), the Unity Catalog
 * {@code data_classification} tags and the column masks. A {@code name} column is a person's
 * name except in tables of things (stores, products, plants, ...).
 */
public final class PiiRules {

    /** What a personal-data column holds; the first three are {@code pii_high}, the rest {@code confidential}. */
    public enum Kind {
        GOVERNMENT_ID, FINANCIAL_OR_DEVICE_ID, BIRTH_DATE, NAME, EMAIL, PHONE, ADDRESS;

        public String classification() {
            return ordinal() <= BIRTH_DATE.ordinal() ? PII_HIGH : CONFIDENTIAL;
        }
    }

    public static final String PII_HIGH = "pii_high";
    public static final String CONFIDENTIAL = "confidential";
    public static final String PUBLIC = "public";

    static final List<String> NAME_COLUMNS = List.of("first_name", "last_name", "full_name", "name", "buyer_name", "signed_by", "tenant_name",
            "contact_name", "manager", "technician", "investigator");

    /** Tables whose {@code name} (or manager, ...) column names a thing or a business, not a person. */
    static final List<String> TABLES_OF_THINGS = List.of("merchants", "stores", "warehouses", "facilities", "pharmacies", "branches", "products",
            "plans", "courses", "power_plants", "substations", "ev_stations", "retail_stores", "warehouses_lg", "equipment", "materials", "suppliers",
            "suppliers_mfg", "production_lines", "products_mfg", "departments", "facilities_edu", "neighborhoods", "brokerages", "carriers",
            "categories", "drug_catalog", "promotions_telecom");

    static final List<String> ADDRESS_TABLES = List.of("customers", "policyholders", "properties", "customers_energy");

    private PiiRules() {}

    /** The kind of personal data in {@code table.column}, if any. */
    public static Optional<Kind> kind(String table, String column) {
        String c = column.toLowerCase(Locale.ROOT);
        if (NAME_COLUMNS.contains(c) && !TABLES_OF_THINGS.contains(table)) return Optional.of(Kind.NAME);
        if (c.contains("email")) return Optional.of(Kind.EMAIL);
        if (c.contains("phone") && !c.equals("phone_number_type")) return Optional.of(Kind.PHONE);
        if (c.contains("ssn")) return Optional.of(Kind.GOVERNMENT_ID);
        if (c.equals("date_of_birth") || c.equals("dob")) return Optional.of(Kind.BIRTH_DATE);
        if (c.equals("address") && ADDRESS_TABLES.contains(table)) return Optional.of(Kind.ADDRESS);
        if (c.contains("card_number") || c.contains("account_number") || c.equals("iccid") || c.equals("imei")) {
            return Optional.of(Kind.FINANCIAL_OR_DEVICE_ID);
        }
        return Optional.empty();
    }

    /** The table's {@code data_classification}: its most sensitive column's, or {@code public}. */
    public static String classification(Table table) {
        String result = PUBLIC;
        for (Column c : table.columns()) {
            Optional<Kind> k = kind(table.name(), c.name());
            if (k.isEmpty()) continue;
            if (k.get().classification().equals(PII_HIGH)) return PII_HIGH;
            result = CONFIDENTIAL;
        }
        return result;
    }

    /** The same rules as a SQL {@code CASE} over {@code table_name} and {@code column_name}, yielding the kind or NULL. */
    public static String sqlCase() {
        return "CASE WHEN lower(column_name) IN (" + quoted(NAME_COLUMNS) + ")\n"
                + "          AND table_name NOT IN (" + quoted(TABLES_OF_THINGS) + ") THEN 'NAME'\n"
                + "     WHEN lower(column_name) LIKE '%email%' THEN 'EMAIL'\n"
                + "     WHEN lower(column_name) LIKE '%phone%' AND lower(column_name) <> 'phone_number_type' THEN 'PHONE'\n"
                + "     WHEN lower(column_name) LIKE '%ssn%' THEN 'GOVERNMENT_ID'\n"
                + "     WHEN lower(column_name) IN ('date_of_birth', 'dob') THEN 'BIRTH_DATE'\n"
                + "     WHEN lower(column_name) = 'address' AND table_name IN (" + quoted(ADDRESS_TABLES) + ") THEN 'ADDRESS'\n"
                + "     WHEN lower(column_name) LIKE '%card_number%' OR lower(column_name) LIKE '%account_number%' OR lower(column_name) = 'iccid'\n"
                + "          OR lower(column_name) = 'imei' THEN 'FINANCIAL_OR_DEVICE_ID'\n"
                + "END";
    }

    /** {@code CASE} yielding the classification of a kind column named {@code kindColumn}. */
    public static String sqlClassification(String kindColumn) {
        return "CASE WHEN " + kindColumn + " IN ('GOVERNMENT_ID', 'FINANCIAL_OR_DEVICE_ID', 'BIRTH_DATE') THEN '" + PII_HIGH + "' ELSE '"
                + CONFIDENTIAL + "' END";
    }

    private static String quoted(List<String> names) {
        return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
    }
}
