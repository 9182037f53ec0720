package clxs.industries;

import clxs.model.View;
import java.util.List;

/**
 * The medallion gold layer of each industry: aggregated business views over the silver views
 * ({@code {{healthcare_silver.claims}}}: a tenth of each fact, cleaned) and the industry's
 * dimension tables. Figures are per sampled event, as a gold table built from a landing sample is.
 */
final class GoldViews {

    private GoldViews() {}

    static final List<View> HEALTHCARE = List.of(
            View.of("claims_by_month", "Claims, amounts billed and the denial rate per month", """
                    SELECT {{month_start(submitted_date)}} AS month, count(*) AS claims, round(sum(claim_amount), 2) AS billed,
                           round(avg(claim_amount), 2) AS avg_claim, round(avg(CASE WHEN status = 'DENIED' THEN 1.0 ELSE 0.0 END), 4) AS denial_rate
                    FROM {{healthcare_silver.claims}}
                    GROUP BY {{month_start(submitted_date)}}
                    """),
            View.of("provider_scorecard", "Claims, billing and denials per provider", """
                    SELECT p.provider_id, p.first_name || ' ' || p.last_name AS provider, p.specialty_code, count(*) AS claims,
                           round(sum(c.claim_amount), 2) AS billed, round(avg(CASE WHEN c.status = 'DENIED' THEN 1.0 ELSE 0.0 END), 4) AS denial_rate
                    FROM {{healthcare_silver.claims}} c JOIN {{providers}} p ON p.provider_id = c.provider_id
                    GROUP BY p.provider_id, p.first_name, p.last_name, p.specialty_code
                    """),
            View.of("facility_utilization", "Encounters, average length and emergency visits per facility", """
                    SELECT f.facility_id, f.name AS facility, f.facility_type, f.state, count(*) AS encounters,
                           round(avg(e.duration_minutes), 1) AS avg_minutes,
                           sum(CASE WHEN e.encounter_type = 'EMERGENCY' THEN 1 ELSE 0 END) AS emergency_visits
                    FROM {{healthcare_silver.encounters}} e JOIN {{facilities}} f ON f.facility_id = e.facility_id
                    GROUP BY f.facility_id, f.name, f.facility_type, f.state
                    """),
            View.of("top_drugs", "Fills, patients and average days supplied per drug", """
                    SELECT drug_name, count(*) AS fills, count(DISTINCT patient_id) AS patients, round(avg(days_supply), 1) AS avg_days_supply
                    FROM {{healthcare_silver.prescriptions}}
                    GROUP BY drug_name
                    """),
            View.of("lab_tests", "Results, average value and corrections per lab test", """
                    SELECT test_name, count(*) AS results, round(avg(result_value), 2) AS avg_value,
                           sum(CASE WHEN status = 'CORRECTED' THEN 1 ELSE 0 END) AS corrected
                    FROM {{healthcare_silver.lab_results}}
                    GROUP BY test_name
                    """));

    static final List<View> FINANCIAL = List.of(
            View.of("transactions_by_month", "Transactions, volume and the decline rate per month", """
                    SELECT {{month_start(txn_date)}} AS month, count(*) AS transactions, round(sum(amount), 2) AS volume,
                           round(avg(CASE WHEN status = 'DECLINED' THEN 1.0 ELSE 0.0 END), 4) AS decline_rate
                    FROM {{financial_silver.transactions}}
                    GROUP BY {{month_start(txn_date)}}
                    """),
            View.of("merchant_spend", "Spend per merchant and category", """
                    SELECT m.merchant_id, m.name AS merchant, m.category, count(*) AS transactions, round(sum(t.amount), 2) AS spend
                    FROM {{financial_silver.transactions}} t JOIN {{merchants}} m ON m.merchant_id = t.merchant_id
                    GROUP BY m.merchant_id, m.name, m.category
                    """),
            View.of("card_activity_by_country", "Card events and amounts per country and event type", """
                    SELECT country, event_type, count(*) AS events, round(sum(amount), 2) AS amount
                    FROM {{financial_silver.card_events}}
                    GROUP BY country, event_type
                    """),
            View.of("loan_delinquency", "Loan payments per month with the share late or missed", """
                    SELECT {{month_start(payment_date)}} AS month, count(*) AS payments,
                           round(avg(CASE WHEN status IN ('LATE', 'MISSED') THEN 1.0 ELSE 0.0 END), 4) AS delinquency_rate,
                           round(avg(days_late), 1) AS avg_days_late
                    FROM {{financial_silver.loan_payments}}
                    GROUP BY {{month_start(payment_date)}}
                    """),
            View.of("trading_summary", "Orders, fill rate and average price per symbol and side", """
                    SELECT symbol, side, count(*) AS orders, round(avg(CASE WHEN status = 'FILLED' THEN 1.0 ELSE 0.0 END), 4) AS fill_rate,
                           round(avg(price), 4) AS avg_price
                    FROM {{financial_silver.trading_orders}}
                    GROUP BY symbol, side
                    """));

    static final List<View> RETAIL = List.of(
            View.of("revenue_by_month", "Units, revenue and discounts per month", """
                    SELECT {{month_start(shipped_date)}} AS month, sum(quantity) AS units, round(sum(total), 2) AS revenue,
                           round(sum(discount), 2) AS discounts
                    FROM {{retail_silver.order_items}}
                    GROUP BY {{month_start(shipped_date)}}
                    """),
            View.of("product_performance", "Units and revenue per product", """
                    SELECT p.product_id, p.name AS product, p.category, sum(i.quantity) AS units, round(sum(i.total), 2) AS revenue
                    FROM {{retail_silver.order_items}} i JOIN {{products}} p ON p.product_id = i.product_id
                    GROUP BY p.product_id, p.name, p.category
                    """),
            View.of("ratings_by_category", "Reviews and average rating per product category", """
                    SELECT p.category, count(*) AS reviews, round(avg(r.rating), 2) AS avg_rating,
                           round(avg(CASE WHEN r.verified_purchase THEN 1.0 ELSE 0.0 END), 4) AS verified_share
                    FROM {{retail_silver.reviews}} r JOIN {{products}} p ON p.product_id = r.product_id
                    GROUP BY p.category
                    """),
            View.of("traffic_by_device", "Events, sessions and shoppers per device", """
                    SELECT device_type, count(*) AS events, count(DISTINCT session_id) AS sessions, count(DISTINCT customer_id) AS customers
                    FROM {{retail_silver.clickstream}}
                    GROUP BY device_type
                    """),
            View.of("cart_actions", "Cart events per action with their share", """
                    SELECT action, count(*) AS events, round(count(*) * 1.0 / sum(count(*)) OVER (), 4) AS share
                    FROM {{retail_silver.cart_events}}
                    GROUP BY action
                    """));

    static final List<View> TELECOM = List.of(
            View.of("call_quality_by_month", "Calls and the dropped-call rate per month", """
                    SELECT {{month_start(start_time)}} AS month, count(*) AS calls,
                           round(avg(CASE WHEN status = 'DROPPED' THEN 1.0 ELSE 0.0 END), 4) AS dropped_rate
                    FROM {{telecom_silver.cdr_records}}
                    GROUP BY {{month_start(start_time)}}
                    """),
            View.of("data_by_app", "Sessions and gigabytes downloaded per app category", """
                    SELECT app_category, count(*) AS sessions, round(sum(bytes_downloaded) / 1e9, 2) AS gb_downloaded
                    FROM {{telecom_silver.data_usage}}
                    GROUP BY app_category
                    """),
            View.of("revenue_by_plan", "Bills and revenue per plan", """
                    SELECT p.plan_id, p.name AS plan, p.plan_type, count(*) AS bills, round(sum(b.total_amount), 2) AS revenue
                    FROM {{telecom_silver.billing}} b
                    JOIN {{subscribers}} s ON s.subscriber_id = b.subscriber_id
                    JOIN {{plans}} p ON p.plan_id = s.plan_id
                    GROUP BY p.plan_id, p.name, p.plan_type
                    """),
            View.of("tower_incidents", "Network events and critical events per state", """
                    SELECT t.state, count(*) AS events, sum(CASE WHEN e.severity = 'CRITICAL' THEN 1 ELSE 0 END) AS critical_events,
                           sum(e.affected_subscribers) AS affected_subscribers
                    FROM {{telecom_silver.network_events}} e JOIN {{towers}} t ON t.tower_id = e.tower_id
                    GROUP BY t.state
                    """),
            View.of("ticket_resolution", "Tickets, resolution rate and satisfaction per category", """
                    SELECT category, count(*) AS tickets,
                           round(avg(CASE WHEN status IN ('RESOLVED', 'CLOSED') THEN 1.0 ELSE 0.0 END), 4) AS resolution_rate,
                           round(avg(satisfaction_score), 2) AS avg_satisfaction
                    FROM {{telecom_silver.service_tickets}}
                    GROUP BY category
                    """));

    static final List<View> MANUFACTURING = List.of(
            View.of("sensor_health", "Readings and the share flagged bad per equipment type", """
                    SELECT e.equipment_type, count(*) AS readings,
                           round(avg(CASE WHEN r.quality_flag = 'BAD' THEN 1.0 ELSE 0.0 END), 4) AS bad_share,
                           sum(CASE WHEN r.alert_level = 'ALARM' THEN 1 ELSE 0 END) AS alarms
                    FROM {{manufacturing_silver.sensor_readings}} r JOIN {{equipment}} e ON e.equipment_id = r.equipment_id
                    GROUP BY e.equipment_type
                    """),
            View.of("line_output", "Units completed and rejected per production line", """
                    SELECT l.line_id, l.name AS line, l.plant,
                           sum(CASE WHEN p.event_type = 'COMPLETE' THEN p.quantity ELSE 0 END) AS units_completed,
                           sum(CASE WHEN p.event_type = 'REJECT' THEN p.quantity ELSE 0 END) AS units_rejected
                    FROM {{manufacturing_silver.production_events}} p JOIN {{production_lines}} l ON l.line_id = p.line_id
                    GROUP BY l.line_id, l.name, l.plant
                    """),
            View.of("quality_pass_rate", "Checks and the in-spec rate per check type", """
                    SELECT check_type, count(*) AS checks,
                           round(avg(CASE WHEN measurement BETWEEN spec_min AND spec_max THEN 1.0 ELSE 0.0 END), 4) AS pass_rate
                    FROM {{manufacturing_silver.quality_checks}}
                    GROUP BY check_type
                    """),
            View.of("downtime_by_reason", "Downtime events, minutes and cost per reason", """
                    SELECT reason, count(*) AS events, sum(duration_minutes) AS minutes, round(sum(cost_impact), 2) AS cost
                    FROM {{manufacturing_silver.downtime_events}}
                    GROUP BY reason
                    """),
            View.of("work_order_status", "Work orders, units produced and scrap rate per status", """
                    SELECT status, count(*) AS orders, sum(quantity_produced) AS produced,
                           round(sum(quantity_scrapped) * 1.0 / greatest(sum(quantity_produced), 1), 4) AS scrap_rate
                    FROM {{manufacturing_silver.work_orders}}
                    GROUP BY status
                    """));

    static final List<View> ENERGY = List.of(
            View.of("consumption_by_month", "Metered kWh per month", """
                    SELECT {{month_start(reading_timestamp)}} AS month, count(*) AS readings, round(sum(value), 1) AS kwh
                    FROM {{energy_silver.meter_readings}}
                    WHERE reading_type = 'INTERVAL_KWH'
                    GROUP BY {{month_start(reading_timestamp)}}
                    """),
            View.of("generation_by_fuel", "Generation, emissions and capacity factor per fuel", """
                    SELECT fuel_type, round(sum(output_mwh), 1) AS mwh, round(sum(co2_tons), 1) AS co2_tons,
                           round(avg(capacity_factor), 4) AS avg_capacity_factor
                    FROM {{energy_silver.generation_output}}
                    GROUP BY fuel_type
                    """),
            View.of("grid_reliability", "Grid events, customers affected and average duration per cause", """
                    SELECT cause, count(*) AS events, sum(affected_customers) AS customers_affected, round(avg(duration_minutes), 1) AS avg_minutes
                    FROM {{energy_silver.grid_events}}
                    GROUP BY cause
                    """),
            View.of("billing_by_period", "Bills, revenue and average usage per billing period", """
                    SELECT billing_period, count(*) AS bills, round(sum(total), 2) AS revenue, round(avg(usage_kwh), 1) AS avg_kwh
                    FROM {{energy_silver.billing_energy}}
                    GROUP BY billing_period
                    """),
            View.of("forecast_accuracy", "Mean absolute forecast error per region and model", """
                    SELECT region, model_version, count(*) AS forecasts, round(avg(abs(error_pct)), 3) AS mape
                    FROM {{energy_silver.demand_forecast}}
                    GROUP BY region, model_version
                    """));

    static final List<View> EDUCATION = List.of(
            View.of("enrollment_by_term", "Enrollments, students and completion rate per term", """
                    SELECT semester, count(*) AS enrollments, count(DISTINCT student_id) AS students,
                           round(avg(CASE WHEN status = 'COMPLETED' THEN 1.0 ELSE 0.0 END), 4) AS completion_rate
                    FROM {{education_silver.enrollments}}
                    GROUP BY semester
                    """),
            View.of("course_performance", "Assessments and the average score (share of the maximum) per department", """
                    SELECT c.department, count(*) AS assessments, round(avg(a.score * 1.0 / a.max_score), 4) AS avg_score_share
                    FROM {{education_silver.assessments}} a JOIN {{courses}} c ON c.course_id = a.course_id
                    GROUP BY c.department
                    """),
            View.of("engagement_by_device", "Learning events and hours per device", """
                    SELECT device, count(*) AS events, round(sum(duration_seconds) / 3600.0, 1) AS hours
                    FROM {{education_silver.learning_events}}
                    GROUP BY device
                    """),
            View.of("attendance_rate", "Classes and the attendance rate per department", """
                    SELECT c.department, count(*) AS classes,
                           round(avg(CASE WHEN a.status IN ('PRESENT', 'LATE') THEN 1.0 ELSE 0.0 END), 4) AS attendance_rate
                    FROM {{education_silver.attendance}} a JOIN {{courses}} c ON c.course_id = a.course_id
                    GROUP BY c.department
                    """),
            View.of("tuition_collected", "Tuition posted per term and payment method", """
                    SELECT semester, method, count(*) AS payments, round(sum(amount), 2) AS collected
                    FROM {{education_silver.tuition_payments}}
                    WHERE status = 'POSTED'
                    GROUP BY semester, method
                    """));

    static final List<View> REAL_ESTATE = List.of(
            View.of("listing_inventory", "Listings and average list price per status and property type", """
                    SELECT status, property_type, count(*) AS listings, round(avg(list_price), 0) AS avg_list_price
                    FROM {{real_estate_silver.listings}}
                    GROUP BY status, property_type
                    """),
            View.of("sales_by_month", "Sales, average price and days on market per month", """
                    SELECT {{month_start(closing_date)}} AS month, count(*) AS sales, round(avg(sale_price), 0) AS avg_price,
                           round(avg(days_on_market), 1) AS avg_days_on_market
                    FROM {{real_estate_silver.transactions_re}}
                    GROUP BY {{month_start(closing_date)}}
                    """),
            View.of("agent_leaderboard", "Listings and sales per agent", """
                    SELECT a.agent_id, a.first_name || ' ' || a.last_name AS agent, a.brokerage, count(*) AS listings,
                           sum(CASE WHEN l.status = 'SOLD' THEN 1 ELSE 0 END) AS sold
                    FROM {{real_estate_silver.listings}} l JOIN {{agents}} a ON a.agent_id = l.agent_id
                    GROUP BY a.agent_id, a.first_name, a.last_name, a.brokerage
                    """),
            View.of("engagement_funnel", "Views, saves and inquiries per traffic source", """
                    SELECT source, count(*) AS views, sum(CASE WHEN saved THEN 1 ELSE 0 END) AS saves,
                           sum(CASE WHEN inquired THEN 1 ELSE 0 END) AS inquiries
                    FROM {{real_estate_silver.property_views}}
                    GROUP BY source
                    """),
            View.of("offer_outcomes", "Offers per financing type and status", """
                    SELECT financing_type, status, count(*) AS offers, round(avg(offer_price), 0) AS avg_offer
                    FROM {{real_estate_silver.offers}}
                    GROUP BY financing_type, status
                    """));

    static final List<View> LOGISTICS = List.of(
            View.of("shipments_by_month", "Shipments, tonnage and delivered share per month", """
                    SELECT {{month_start(ship_date)}} AS month, count(*) AS shipments, round(sum(weight_kg) / 1000, 1) AS tonnes,
                           round(avg(CASE WHEN status = 'DELIVERED' THEN 1.0 ELSE 0.0 END), 4) AS delivered_share
                    FROM {{logistics_silver.shipments}}
                    GROUP BY {{month_start(ship_date)}}
                    """),
            View.of("carrier_performance", "Shipments and average transit days per carrier", """
                    SELECT carrier, count(*) AS shipments, round(avg({{days_between(ship_date, delivery_date)}}), 2) AS avg_transit_days
                    FROM {{logistics_silver.shipments}}
                    GROUP BY carrier
                    """),
            View.of("fleet_efficiency", "Telemetry per vehicle type: speed, fuel and idle time", """
                    SELECT v.vehicle_type, count(*) AS readings, round(avg(t.speed_mph), 1) AS avg_mph, round(avg(t.fuel_level_pct), 1) AS avg_fuel_pct,
                           sum(t.idle_minutes) AS idle_minutes
                    FROM {{logistics_silver.fleet_telemetry}} t JOIN {{vehicles}} v ON v.vehicle_id = t.vehicle_id
                    GROUP BY v.vehicle_type
                    """),
            View.of("warehouse_stock", "SKUs and units in stock per warehouse", """
                    SELECT w.warehouse_id, w.name AS warehouse, w.state, count(DISTINCT i.sku) AS skus, sum(i.quantity) AS units
                    FROM {{logistics_silver.warehouse_inventory}} i JOIN {{warehouses_lg}} w ON w.warehouse_id = i.warehouse_id
                    GROUP BY w.warehouse_id, w.name, w.state
                    """),
            View.of("route_variance", "Routes and planned against actual hours per status", """
                    SELECT status, count(*) AS routes, round(avg(estimated_hours), 2) AS avg_planned_hours, round(avg(actual_hours), 2) AS avg_actual_hours
                    FROM {{logistics_silver.route_plans}}
                    GROUP BY status
                    """));

    static final List<View> INSURANCE = List.of(
            View.of("premium_by_line", "Policies and written premium per line of business", """
                    SELECT policy_type, count(*) AS policies, round(sum(premium), 2) AS written_premium, round(avg(premium), 2) AS avg_premium
                    FROM {{insurance_silver.policies}}
                    GROUP BY policy_type
                    """),
            View.of("claims_by_type", "Claims, amounts claimed and paid, and the paid ratio per claim type", """
                    SELECT claim_type, count(*) AS claims, round(sum(amount_claimed), 2) AS claimed, round(sum(amount_paid), 2) AS paid,
                           round(sum(amount_paid) / sum(amount_claimed), 4) AS paid_ratio
                    FROM {{insurance_silver.claims_ins}}
                    GROUP BY claim_type
                    """),
            View.of("claims_by_month", "Claims and payments per month", """
                    SELECT {{month_start(claim_date)}} AS month, count(*) AS claims, round(sum(amount_paid), 2) AS paid
                    FROM {{insurance_silver.claims_ins}}
                    GROUP BY {{month_start(claim_date)}}
                    """),
            View.of("underwriting_decisions", "Decisions and average risk score per risk class", """
                    SELECT risk_class, decision, count(*) AS decisions, round(avg(risk_score), 2) AS avg_risk_score
                    FROM {{insurance_silver.underwriting}}
                    GROUP BY risk_class, decision
                    """),
            View.of("agent_production", "Policies and premium written per agent", """
                    SELECT a.agent_id, a.first_name || ' ' || a.last_name AS agent, a.agency, count(*) AS policies, round(sum(p.premium), 2) AS premium
                    FROM {{insurance_silver.policies}} p JOIN {{agents_ins}} a ON a.agent_id = p.agent_id
                    GROUP BY a.agent_id, a.first_name, a.last_name, a.agency
                    """));
}
