package clxs.industries;

import clxs.model.View;
import java.util.List;

/** The twenty telecom views, in portable SQL. */
final class TelecomViews {

    private TelecomViews() {}

    static final List<View> ALL = List.of(
            View.of("v_subscriber_usage", "Calls, minutes and data per subscriber", """
                    SELECT s.subscriber_id, s.first_name, s.last_name, s.status,
                           coalesce(c.calls, 0) AS calls,
                           coalesce(c.voice_minutes, 0) AS voice_minutes,
                           coalesce(d.gb_downloaded, 0) AS gb_downloaded
                    FROM {{subscribers}} s
                    LEFT JOIN (SELECT subscriber_id, count(*) AS calls, round(sum(duration_seconds) / 60.0, 1) AS voice_minutes
                               FROM {{cdr_records}} WHERE call_type = 'VOICE' GROUP BY subscriber_id) c ON c.subscriber_id = s.subscriber_id
                    LEFT JOIN (SELECT subscriber_id, round(sum(bytes_downloaded) / 1073741824.0, 3) AS gb_downloaded
                               FROM {{data_usage}} GROUP BY subscriber_id) d ON d.subscriber_id = s.subscriber_id
                    """),
            View.of("v_monthly_revenue_telecom", "Billed revenue per month with a three-month moving average", """
                    SELECT billing_period, bills, revenue,
                           round(avg(revenue) OVER (ORDER BY billing_period ROWS BETWEEN 2 PRECEDING AND CURRENT ROW), 2) AS revenue_3m_avg
                    FROM (SELECT billing_period, count(*) AS bills, round(sum(total_amount), 2) AS revenue
                          FROM {{billing}} GROUP BY billing_period) b
                    """),
            View.of("v_network_health", "Network events and outage minutes per tower technology and severity", """
                    SELECT t.technology, e.severity,
                           count(*) AS events,
                           round(sum({{seconds_between(e.start_time, e.end_time)}}) / 60.0, 1) AS outage_minutes,
                           sum(e.affected_subscribers) AS subscribers_affected
                    FROM {{network_events}} e
                    JOIN {{towers}} t ON t.tower_id = e.tower_id
                    GROUP BY t.technology, e.severity
                    """),
            View.of("v_churn_risk", "Subscribers most likely to leave, with their plan", """
                    SELECT s.subscriber_id, s.first_name, s.last_name, p.name AS plan, cp.churn_probability, cp.risk_factors
                    FROM {{churn_predictions}} cp
                    JOIN {{subscribers}} s ON s.subscriber_id = cp.subscriber_id
                    JOIN {{plans}} p ON p.plan_id = s.plan_id
                    WHERE cp.churn_probability >= 0.5
                    """),
            View.of("v_data_consumption", "Data volume by app category and network, with share of traffic", """
                    SELECT app_category, network_type,
                           count(*) AS sessions,
                           round(sum(bytes_downloaded + bytes_uploaded) / 1073741824.0, 2) AS total_gb,
                           round(100.0 * sum(bytes_downloaded + bytes_uploaded) / sum(sum(bytes_downloaded + bytes_uploaded)) OVER (), 2) AS pct_of_traffic
                    FROM {{data_usage}}
                    GROUP BY app_category, network_type
                    """),
            View.of("v_billing_overdue", "Overdue bills with days past due", """
                    SELECT b.bill_id, b.subscriber_id, s.first_name, s.last_name, b.total_amount, b.due_date,
                           {{days_between(b.due_date, current_date)}} AS days_past_due
                    FROM {{billing}} b
                    JOIN {{subscribers}} s ON s.subscriber_id = b.subscriber_id
                    WHERE b.payment_status = 'OVERDUE'
                    """),
            View.of("v_tower_load", "Calls and sessions per tower against capacity, ranked within the state", """
                    SELECT t.tower_id, t.tower_name, t.state, t.capacity,
                           count(*) AS calls,
                           round(count(*) * 1.0 / t.capacity, 3) AS calls_per_capacity_unit,
                           rank() OVER (PARTITION BY t.state ORDER BY count(*) DESC) AS busiest_in_state
                    FROM {{towers}} t
                    JOIN {{cdr_records}} c ON c.cell_tower_id = t.tower_id
                    GROUP BY t.tower_id, t.tower_name, t.state, t.capacity
                    """),
            View.of("v_device_distribution", "Devices by make, model and OS with 5G share", """
                    SELECT make, model, os,
                           count(*) AS devices,
                           round(100.0 * count(*) / sum(count(*)) OVER (), 2) AS pct_of_base,
                           sum(CASE WHEN is_5g_capable THEN 1 ELSE 0 END) AS five_g_devices
                    FROM {{devices}}
                    GROUP BY make, model, os
                    """),
            View.of("v_roaming_revenue", "Roaming revenue by country and service", """
                    SELECT country, roaming_type,
                           count(DISTINCT subscriber_id) AS travellers,
                           round(sum(data_mb) / 1024.0, 2) AS data_gb,
                           sum(voice_minutes) AS voice_minutes,
                           round(sum(cost), 2) AS revenue
                    FROM {{roaming_usage}}
                    GROUP BY country, roaming_type
                    """),
            View.of("v_plan_popularity", "Subscribers and revenue run-rate per plan", """
                    SELECT p.plan_id, p.name, p.plan_type, p.monthly_cost,
                           count(s.subscriber_id) AS subscribers,
                           round(count(s.subscriber_id) * p.monthly_cost, 2) AS monthly_run_rate
                    FROM {{plans}} p
                    JOIN {{subscribers}} s ON s.plan_id = p.plan_id
                    WHERE s.status = 'ACTIVE'
                    GROUP BY p.plan_id, p.name, p.plan_type, p.monthly_cost
                    """),
            View.of("v_ticket_resolution", "Time to resolve and satisfaction by category and channel", """
                    SELECT category, channel,
                           count(*) AS tickets,
                           round(avg({{days_between(created_date, resolved_date)}}), 2) AS avg_days_to_resolve,
                           round(avg(satisfaction_score), 2) AS avg_csat
                    FROM {{service_tickets}}
                    GROUP BY category, channel
                    """),
            View.of("v_port_in_out", "Numbers won from and lost to each carrier", """
                    SELECT carrier, sum(ports_in) AS ports_in, sum(ports_out) AS ports_out, sum(ports_in) - sum(ports_out) AS net
                    FROM (SELECT to_carrier AS carrier, count(*) AS ports_in, 0 AS ports_out FROM {{number_portability}} WHERE status = 'COMPLETED' GROUP BY to_carrier
                          UNION ALL
                          SELECT from_carrier AS carrier, 0 AS ports_in, count(*) AS ports_out FROM {{number_portability}} WHERE status = 'COMPLETED' GROUP BY from_carrier) p
                    GROUP BY carrier
                    """),
            View.of("v_coverage_gaps", "Zip codes with weak or no coverage", """
                    SELECT zip_code, city, state, coverage_type, signal_strength, last_tested
                    FROM {{coverage_areas}}
                    WHERE coverage_type IN ('3G', 'NONE') OR signal_strength < -100
                    """),
            View.of("v_maintenance_costs", "Maintenance spend per state and work type", """
                    SELECT t.state, m.maintenance_type,
                           count(*) AS jobs,
                           round(sum(m.cost), 2) AS total_cost,
                           round(avg({{days_between(m.scheduled_date, m.completed_date)}}), 1) AS avg_days_late
                    FROM {{tower_maintenance}} m
                    JOIN {{towers}} t ON t.tower_id = m.tower_id
                    GROUP BY t.state, m.maintenance_type
                    """),
            View.of("v_vas_revenue", "Active add-ons and their monthly revenue", """
                    SELECT service_name,
                           count(*) AS active_subscriptions,
                           round(sum(monthly_fee), 2) AS monthly_revenue
                    FROM {{value_added_services}}
                    WHERE status = 'ACTIVE'
                    GROUP BY service_name
                    """),
            View.of("v_sim_inventory", "SIMs by type and status, assigned or not", """
                    SELECT sim_type, status,
                           count(*) AS sims,
                           sum(CASE WHEN subscriber_id IS NULL THEN 1 ELSE 0 END) AS unassigned
                    FROM {{sim_cards}}
                    GROUP BY sim_type, status
                    """),
            View.of("v_call_quality", "Dropped and failed call rates per tower technology and hour", """
                    SELECT t.technology, hour(c.start_time) AS hour_of_day,
                           count(*) AS calls,
                           round(100.0 * sum(CASE WHEN c.status = 'DROPPED' THEN 1 ELSE 0 END) / count(*), 2) AS dropped_pct,
                           round(100.0 * sum(CASE WHEN c.status = 'FAILED' THEN 1 ELSE 0 END) / count(*), 2) AS failed_pct
                    FROM {{cdr_records}} c
                    JOIN {{towers}} t ON t.tower_id = c.cell_tower_id
                    WHERE c.call_type IN ('VOICE', 'VIDEO', 'CONFERENCE')
                    GROUP BY t.technology, hour(c.start_time)
                    """),
            View.of("v_spectrum_utilization", "Spectrum held per band and technology", """
                    SELECT band, technology, frequency_mhz,
                           count(*) AS licenses,
                           sum(bandwidth_mhz) AS total_bandwidth_mhz,
                           min(license_expiry) AS next_expiry
                    FROM {{spectrum_allocation}}
                    GROUP BY band, technology, frequency_mhz
                    """),
            View.of("v_promo_performance", "Redemptions and value per offer type and eligibility", """
                    SELECT promo_type, eligibility,
                           count(*) AS offers,
                           sum(redemptions) AS redemptions,
                           round(sum(redemptions * discount_amount), 2) AS value_given
                    FROM {{promotions_telecom}}
                    GROUP BY promo_type, eligibility
                    """),
            View.of("v_subscriber_360", "One row per subscriber: plan, devices, tickets and spend", """
                    SELECT s.subscriber_id, s.first_name, s.last_name, s.status, p.name AS plan,
                           coalesce(d.devices, 0) AS devices,
                           coalesce(t.tickets, 0) AS tickets,
                           coalesce(b.billed, 0) AS total_billed
                    FROM {{subscribers}} s
                    JOIN {{plans}} p ON p.plan_id = s.plan_id
                    LEFT JOIN (SELECT subscriber_id, count(*) AS devices FROM {{devices}} GROUP BY subscriber_id) d ON d.subscriber_id = s.subscriber_id
                    LEFT JOIN (SELECT subscriber_id, count(*) AS tickets FROM {{service_tickets}} GROUP BY subscriber_id) t ON t.subscriber_id = s.subscriber_id
                    LEFT JOIN (SELECT subscriber_id, round(sum(total_amount), 2) AS billed FROM {{billing}} GROUP BY subscriber_id) b
                      ON b.subscriber_id = s.subscriber_id
                    """));
}
