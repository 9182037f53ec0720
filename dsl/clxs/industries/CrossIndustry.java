package clxs.industries;

import clxs.model.View;
import java.util.List;

/**
 * Views joining two industries, in the {@code cross_industry} schema. Each is created only when
 * both of its industries are generated; they join on what the industries share (state, month).
 */
public final class CrossIndustry {

    public static final String SCHEMA = "cross_industry";

    /** A view and the two industries it reads. */
    public record CrossView(List<String> industries, View view) {}

    private CrossIndustry() {}

    public static final List<CrossView> VIEWS = List.of(
            new CrossView(List.of("healthcare", "insurance"), View.of("v_healthcare_insurance_claims_by_state",
                    "Medical claim spend (by facility state) beside property and casualty claims paid (by policyholder state)", """
                    SELECT h.state, h.medical_claims, h.medical_claim_amount, i.pc_claims, i.pc_claims_paid
                    FROM (SELECT f.state, count(*) AS medical_claims, round(sum(c.claim_amount), 2) AS medical_claim_amount
                          FROM {{healthcare.claims}} c JOIN {{healthcare.facilities}} f ON f.facility_id = c.facility_id
                          GROUP BY f.state) h
                    JOIN (SELECT ph.state, count(*) AS pc_claims, round(sum(ci.amount_paid), 2) AS pc_claims_paid
                          FROM {{insurance.claims_ins}} ci
                          JOIN {{insurance.policies}} p ON p.policy_id = ci.policy_id
                          JOIN {{insurance.policyholders}} ph ON ph.customer_id = p.customer_id
                          GROUP BY ph.state) i ON i.state = h.state
                    """)),
            new CrossView(List.of("retail", "logistics"), View.of("v_retail_orders_vs_shipments",
                    "Retail orders and revenue per month beside logistics shipments and tonnage", """
                    SELECT r.month, r.orders, r.revenue, l.shipments, l.tonnes,
                           round(l.shipments * 1.0 / r.orders, 3) AS shipments_per_order
                    FROM (SELECT {{month_start(order_date)}} AS month, count(*) AS orders, round(sum(total_amount), 2) AS revenue
                          FROM {{retail.orders}} GROUP BY {{month_start(order_date)}}) r
                    JOIN (SELECT {{month_start(ship_date)}} AS month, count(*) AS shipments, round(sum(weight_kg) / 1000, 2) AS tonnes
                          FROM {{logistics.shipments}} GROUP BY {{month_start(ship_date)}}) l ON l.month = r.month
                    """)),
            new CrossView(List.of("financial", "insurance"), View.of("v_deposits_vs_premiums_by_state",
                    "Bank deposits (by branch state) beside insurance premium written (by policyholder state)", """
                    SELECT f.state, f.accounts, f.deposits, i.policies, i.premium,
                           round(i.premium / f.deposits * 100, 3) AS premium_to_deposits_pct
                    FROM (SELECT b.state, count(*) AS accounts, round(sum(a.balance), 2) AS deposits
                          FROM {{financial.accounts}} a JOIN {{financial.branches}} b ON b.branch_id = a.branch_id
                          GROUP BY b.state) f
                    JOIN (SELECT ph.state, count(*) AS policies, round(sum(p.premium), 2) AS premium
                          FROM {{insurance.policies}} p JOIN {{insurance.policyholders}} ph ON ph.customer_id = p.customer_id
                          GROUP BY ph.state) i ON i.state = f.state
                    """)),
            new CrossView(List.of("energy", "manufacturing"), View.of("v_manufacturing_energy_vs_generation",
                    "Plant energy use and cost per month beside grid generation and wholesale price", """
                    SELECT m.month, m.plant_kwh, m.plant_energy_cost, g.generated_mwh, g.avg_price_per_mwh,
                           round(m.plant_kwh / 1000.0 / g.generated_mwh * 100, 4) AS plant_share_of_generation_pct
                    FROM (SELECT {{month_start(reading_date)}} AS month, round(sum(value), 2) AS plant_kwh, round(sum(cost), 2) AS plant_energy_cost
                          FROM {{manufacturing.energy_consumption}} WHERE meter_type = 'ELECTRICITY' GROUP BY {{month_start(reading_date)}}) m
                    JOIN (SELECT {{month_start(generation_date)}} AS month, round(sum(output_mwh), 2) AS generated_mwh, round(avg(price_per_mwh), 2) AS avg_price_per_mwh
                          FROM {{energy.generation_output}} GROUP BY {{month_start(generation_date)}}) g ON g.month = m.month
                    """)),
            new CrossView(List.of("telecom", "retail"), View.of("v_telecom_retail_footprint_by_state",
                    "Telecom stores and towers beside retail stores and staff, per state", """
                    SELECT t.state, t.mobile_stores, t.towers, r.retail_stores, r.retail_staff
                    FROM (SELECT s.state, count(DISTINCT s.store_id) AS mobile_stores, max(tw.towers) AS towers
                          FROM {{telecom.retail_stores}} s
                          LEFT JOIN (SELECT state, count(*) AS towers FROM {{telecom.towers}} GROUP BY state) tw ON tw.state = s.state
                          GROUP BY s.state) t
                    JOIN (SELECT st.state, count(DISTINCT st.store_id) AS retail_stores, count(e.employee_id) AS retail_staff
                          FROM {{retail.stores}} st LEFT JOIN {{retail.employees}} e ON e.store_id = st.store_id
                          GROUP BY st.state) r ON r.state = t.state
                    """)));
}
