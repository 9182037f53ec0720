package clxs.industries;

import clxs.model.CheckRule;
import clxs.model.TableChange;
import java.util.List;

/**
 * Per industry: the business rules enforced as CHECK constraints (33 across the ten; a rule over a
 * column that may be NULL says what NULL means, since Delta counts a NULL result as a violation,
 * unlike DuckDB and standard SQL), and the two
 * updates that give tables a version history. Generated data satisfies every rule; the updates
 * move statuses the way the business would (pending claims get paid), touching a share of rows
 * drawn from the key so every run changes the same ones.
 */
final class BusinessRules {

    private BusinessRules() {}

    private static TableChange change(String table, String description, String set, String key, String where, double share) {
        return new TableChange(table, description, set, where, key, share);
    }

    static final List<CheckRule> HEALTHCARE_CHECKS = List.of(
            new CheckRule("claims", "claim_amount_non_negative", "claim_amount >= 0"),
            new CheckRule("encounters", "encounter_duration_positive", "duration_minutes > 0"),
            new CheckRule("prescriptions", "days_supply_in_range", "days_supply BETWEEN 1 AND 365"),
            new CheckRule("claim_lines", "line_amount_non_negative", "line_amount >= 0"));

    static final List<TableChange> HEALTHCARE_CHANGES = List.of(
            change("claims", "half of the pending claims adjudicated and paid", "status = 'PAID'", "claim_id", "status = 'PENDING'", 0.5),
            change("lab_results", "preliminary lab results corrected", "status = 'CORRECTED'", "result_id", "status = 'PRELIMINARY'", 0.3));

    static final List<CheckRule> FINANCIAL_CHECKS = List.of(
            new CheckRule("transactions", "txn_amount_non_negative", "amount >= 0"),
            new CheckRule("customers", "credit_score_in_range", "credit_score BETWEEN 300 AND 850"),
            new CheckRule("loan_payments", "payment_total_adds_up", "total_amount = principal_amount + interest_amount"),
            new CheckRule("fraud_alerts", "risk_score_in_range", "risk_score BETWEEN 0 AND 1"));

    static final List<TableChange> FINANCIAL_CHANGES = List.of(
            change("transactions", "pending transactions posted", "status = 'POSTED'", "txn_id", "status = 'PENDING'", 0.5),
            change("accounts", "dormant accounts closed", "status = 'CLOSED'", "account_id", "status = 'DORMANT'", 0.2));

    static final List<CheckRule> RETAIL_CHECKS = List.of(
            new CheckRule("reviews", "rating_in_range", "rating BETWEEN 1 AND 5"),
            new CheckRule("order_items", "item_quantity_positive", "quantity > 0"),
            new CheckRule("order_items", "item_total_non_negative", "total >= 0"),
            new CheckRule("promotions", "promotion_ends_after_start", "end_date >= start_date"));

    static final List<TableChange> RETAIL_CHANGES = List.of(
            change("order_items", "shipped items delivered", "status = 'DELIVERED'", "item_id", "status = 'SHIPPED'", 0.6),
            change("reviews", "moderated reviews published", "status = 'PUBLISHED'", "review_id", "status = 'PENDING'", 0.7));

    static final List<CheckRule> TELECOM_CHECKS = List.of(
            new CheckRule("cdr_records", "call_duration_non_negative", "duration_seconds >= 0"),
            new CheckRule("billing", "bill_total_non_negative", "total_amount >= 0"),
            new CheckRule("churn_predictions", "churn_probability_in_range", "churn_probability BETWEEN 0 AND 1"));

    static final List<TableChange> TELECOM_CHANGES = List.of(
            change("billing", "pending bills paid", "payment_status = 'PAID'", "bill_id", "payment_status = 'PENDING'", 0.5),
            change("subscribers", "pending subscribers activated", "status = 'ACTIVE'", "subscriber_id", "status = 'PENDING'", 0.6));

    static final List<CheckRule> MANUFACTURING_CHECKS = List.of(
            new CheckRule("quality_checks", "spec_limits_ordered", "spec_min <= spec_max"),
            new CheckRule("work_orders", "scrap_within_produced", "quantity_scrapped <= quantity_produced"),
            new CheckRule("downtime_events", "downtime_duration_positive", "duration_minutes > 0"));

    static final List<TableChange> MANUFACTURING_CHANGES = List.of(
            change("work_orders", "released work orders started", "status = 'IN_PROGRESS'", "order_id", "status = 'RELEASED'", 0.5),
            change("equipment", "equipment back from maintenance", "status = 'RUNNING'", "equipment_id", "status = 'MAINTENANCE'", 0.4));

    static final List<CheckRule> ENERGY_CHECKS = List.of(
            new CheckRule("generation_output", "capacity_factor_in_range", "capacity_factor BETWEEN 0 AND 1"),
            new CheckRule("grid_events", "affected_customers_non_negative", "affected_customers >= 0"),
            new CheckRule("meter_readings", "reading_non_negative", "value >= 0"));

    static final List<TableChange> ENERGY_CHANGES = List.of(
            change("meter_readings", "estimated readings replaced by actual reads", "quality = 'ACTUAL', is_estimated = false", "reading_id",
                    "quality = 'ESTIMATED'", 0.3),
            change("power_plants", "standby plants dispatched", "status = 'OPERATING'", "plant_id", "status = 'STANDBY'", 0.5));

    static final List<CheckRule> EDUCATION_CHECKS = List.of(
            new CheckRule("assessments", "score_within_max", "score <= max_score"),
            new CheckRule("students", "gpa_in_range", "gpa BETWEEN 0 AND 4"),
            new CheckRule("enrollments", "credits_positive", "credits > 0"));

    static final List<TableChange> EDUCATION_CHANGES = List.of(
            change("enrollments", "term ended: enrolled students completed", "status = 'COMPLETED'", "enrollment_id", "status = 'ENROLLED'", 0.4),
            change("students", "students back in good standing", "status = 'ENROLLED'", "student_id", "status = 'PROBATION'", 0.5));

    static final List<CheckRule> REAL_ESTATE_CHECKS = List.of(
            new CheckRule("listings", "list_price_non_negative", "list_price >= 0"),
            new CheckRule("showings", "feedback_score_in_range", "feedback_score BETWEEN 1 AND 5"),
            new CheckRule("leases", "lease_ends_after_start", "end_date > start_date"));

    static final List<TableChange> REAL_ESTATE_CHANGES = List.of(
            change("listings", "pending listings closed as sold", "status = 'SOLD'", "listing_id", "status = 'PENDING'", 0.6),
            change("offers", "pending offers accepted", "status = 'ACCEPTED'", "offer_id", "status = 'PENDING'", 0.3));

    static final List<CheckRule> LOGISTICS_CHECKS = List.of(
            new CheckRule("shipments", "shipment_weight_positive", "weight_kg > 0"),
            new CheckRule("shipments", "delivered_after_shipped", "delivery_date IS NULL OR delivery_date >= ship_date"),
            new CheckRule("fleet_telemetry", "fuel_level_in_range", "fuel_level_pct BETWEEN 0 AND 100"));

    static final List<TableChange> LOGISTICS_CHANGES = List.of(
            change("shipments", "shipments in transit out for delivery", "status = 'OUT_FOR_DELIVERY'", "shipment_id", "status = 'IN_TRANSIT'", 0.4),
            change("route_plans", "planned routes cancelled", "status = 'CANCELLED'", "route_id", "status = 'PLANNED'", 0.05));

    static final List<CheckRule> INSURANCE_CHECKS = List.of(
            new CheckRule("policies", "premium_non_negative", "premium >= 0"),
            new CheckRule("policies", "expiry_after_effective", "expiry_date > effective_date"),
            new CheckRule("claims_ins", "paid_within_claimed", "amount_paid <= amount_claimed"));

    static final List<TableChange> INSURANCE_CHANGES = List.of(
            change("claims_ins", "claims under review denied", "status = 'DENIED'", "claim_id", "status = 'IN_REVIEW'", 0.3),
            change("policies", "pending policies bound", "status = 'ACTIVE'", "policy_id", "status = 'PENDING'", 0.6));
}
