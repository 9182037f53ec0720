package clxs.industries;

import clxs.model.StarSchema;

/**
 * The star-schema registry: each industry's facts and dimensions for {@code data_model:
 * star_schema}, following the seed's registry (facts are the three largest event tables).
 * Joins come from the industries' foreign keys, so a dimension here joins every fact that
 * references its table.
 */
final class StarSchemas {

    private StarSchemas() {}

    static final StarSchema HEALTHCARE = StarSchema.facts("claims", "encounters", "prescriptions")
            .dim("dim_patient", "patients").dim("dim_provider", "providers").dim("dim_facility", "facilities")
            .derived("dim_diagnosis", "claims", "diagnosis_code");

    static final StarSchema FINANCIAL = StarSchema.facts("transactions", "card_events", "loan_payments")
            .dim("dim_customer", "customers").dim("dim_account", "accounts").dim("dim_branch", "branches")
            .dim("dim_merchant", "merchants").dim("dim_card", "cards").dim("dim_loan", "loans");

    static final StarSchema RETAIL = StarSchema.facts("order_items", "reviews", "orders")
            .dim("dim_customer", "customers").dim("dim_product", "products").dim("dim_store", "stores").dim("dim_warehouse", "warehouses");

    static final StarSchema TELECOM = StarSchema.facts("cdr_records", "data_usage", "billing")
            .dim("dim_subscriber", "subscribers").dim("dim_plan", "plans").dim("dim_tower", "towers").dim("dim_device", "devices")
            .derived("dim_app_category", "data_usage", "app_category");

    static final StarSchema MANUFACTURING = StarSchema.facts("sensor_readings", "production_events", "quality_checks")
            .dim("dim_equipment", "equipment").dim("dim_production_line", "production_lines").dim("dim_material", "materials")
            .dim("dim_product", "products_mfg").derived("dim_sensor_type", "sensor_readings", "sensor_type");

    static final StarSchema ENERGY = StarSchema.facts("meter_readings", "generation_output", "billing_energy")
            .dim("dim_customer", "customers_energy").dim("dim_power_plant", "power_plants").dim("dim_substation", "substations");

    static final StarSchema EDUCATION = StarSchema.facts("enrollments", "learning_events", "assessments")
            .dim("dim_student", "students").dim("dim_course", "courses").dim("dim_instructor", "instructors");

    static final StarSchema REAL_ESTATE = StarSchema.facts("listings", "transactions_re", "property_views")
            .dim("dim_property", "properties").dim("dim_agent", "agents").dim("dim_listing", "listings");

    static final StarSchema LOGISTICS = StarSchema.facts("shipments", "tracking_events", "fleet_telemetry")
            .dim("dim_vehicle", "vehicles").dim("dim_driver", "drivers").dim("dim_warehouse", "warehouses_lg")
            .derived("dim_carrier", "shipments", "carrier");

    static final StarSchema INSURANCE = StarSchema.facts("policies", "claims_ins", "underwriting")
            .dim("dim_policyholder", "policyholders").dim("dim_agent", "agents_ins").dim("dim_adjuster", "adjusters")
            .dim("dim_underwriter", "underwriters").dim("dim_policy", "policies");
}
