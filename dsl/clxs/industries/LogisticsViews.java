package clxs.industries;

import clxs.model.View;
import java.util.List;

/** The twenty logistics views, in portable SQL. */
final class LogisticsViews {

    private LogisticsViews() {}

    static final List<View> ALL = List.of(
            View.of("v_shipment_summary", "Shipments, weight and status per carrier", """
                    SELECT carrier, status,
                           count(*) AS shipments,
                           round(sum(weight_kg), 2) AS total_kg,
                           round(avg(weight_kg), 2) AS avg_kg
                    FROM {{shipments}}
                    GROUP BY carrier, status
                    """),
            View.of("v_on_time_delivery", "Transit days and on-time rate (within 5 days) per carrier and month", """
                    SELECT carrier, {{month_start(ship_date)}} AS month,
                           count(*) AS delivered,
                           round(avg({{days_between(ship_date, delivery_date)}}), 2) AS avg_transit_days,
                           round(100.0 * sum(CASE WHEN {{days_between(ship_date, delivery_date)}} <= 5 THEN 1 ELSE 0 END) / count(*), 2) AS on_time_pct
                    FROM {{shipments}}
                    WHERE status = 'DELIVERED'
                    GROUP BY carrier, {{month_start(ship_date)}}
                    """),
            View.of("v_fleet_utilization", "Routes, miles and hours per vehicle", """
                    SELECT v.vehicle_id, v.plate, v.vehicle_type, v.status,
                           count(r.route_id) AS routes,
                           round(sum(r.total_distance_miles), 1) AS miles,
                           round(sum(r.actual_hours), 1) AS hours_driven
                    FROM {{vehicles}} v
                    JOIN {{route_plans}} r ON r.vehicle_id = v.vehicle_id
                    GROUP BY v.vehicle_id, v.plate, v.vehicle_type, v.status
                    """),
            View.of("v_warehouse_capacity", "Stock held per warehouse against its size", """
                    SELECT w.warehouse_id, w.name, w.state, w.warehouse_type, w.sqft,
                           count(i.inventory_id) AS sku_locations,
                           sum(i.quantity) AS units,
                           round(sum(i.weight_kg), 1) AS stored_kg
                    FROM {{warehouses_lg}} w
                    JOIN {{warehouse_inventory}} i ON i.warehouse_id = w.warehouse_id
                    GROUP BY w.warehouse_id, w.name, w.state, w.warehouse_type, w.sqft
                    """),
            View.of("v_route_efficiency", "Planned against actual hours, per driver", """
                    SELECT d.driver_id, d.first_name, d.last_name,
                           count(*) AS routes,
                           round(sum(r.estimated_hours), 1) AS planned_hours,
                           round(sum(r.actual_hours), 1) AS actual_hours,
                           round(100.0 * sum(r.actual_hours) / nullif(sum(r.estimated_hours), 0), 1) AS pct_of_plan
                    FROM {{route_plans}} r
                    JOIN {{drivers}} d ON d.driver_id = r.driver_id
                    WHERE r.status = 'COMPLETED'
                    GROUP BY d.driver_id, d.first_name, d.last_name
                    """),
            View.of("v_exception_analysis", "Exceptions by type and resolution with hours to resolve", """
                    SELECT exception_type, resolution,
                           count(*) AS exceptions,
                           round(avg({{seconds_between(reported_at, resolved_at)}}) / 3600.0, 1) AS avg_hours_to_resolve
                    FROM {{delivery_exceptions}}
                    GROUP BY exception_type, resolution
                    """),
            View.of("v_customs_processing", "Entries, duty and clearance days per origin country", """
                    SELECT origin_country, entry_type,
                           count(*) AS entries,
                           round(sum(declared_value), 2) AS declared_value,
                           round(sum(duty_amount), 2) AS duty,
                           round(avg({{days_between(filing_date, clearance_date)}}), 2) AS avg_days_to_clear
                    FROM {{customs_entries}}
                    GROUP BY origin_country, entry_type
                    """),
            View.of("v_fuel_costs", "Fuel spend and price per month and fuel type", """
                    SELECT {{month_start(purchase_date)}} AS month, fuel_type,
                           round(sum(gallons), 1) AS gallons,
                           round(sum(total_cost), 2) AS spend,
                           round(sum(total_cost) / sum(gallons), 3) AS avg_price_per_gallon
                    FROM {{fuel_purchases}}
                    GROUP BY {{month_start(purchase_date)}}, fuel_type
                    """),
            View.of("v_driver_safety", "Drivers ranked by safety score within their license class", """
                    SELECT driver_id, first_name, last_name, license_class, safety_score, total_miles,
                           rank() OVER (PARTITION BY license_class ORDER BY safety_score DESC, total_miles DESC) AS safety_rank
                    FROM {{drivers}}
                    WHERE status = 'ACTIVE'
                    """),
            View.of("v_rate_comparison", "Rate ranges per carrier and mode", """
                    SELECT carrier, mode,
                           count(*) AS lanes,
                           min(rate_per_kg) AS min_rate_per_kg,
                           round(avg(rate_per_kg), 4) AS avg_rate_per_kg,
                           max(rate_per_kg) AS max_rate_per_kg
                    FROM {{freight_rates}}
                    GROUP BY carrier, mode
                    """),
            View.of("v_tracking_timeline", "Scans of each shipment in order, with time since the previous scan", """
                    SELECT shipment_id, event_type, location, event_timestamp,
                           row_number() OVER (PARTITION BY shipment_id ORDER BY event_timestamp, event_id) AS scan_number,
                           {{seconds_between(lag(event_timestamp) OVER (PARTITION BY shipment_id ORDER BY event_timestamp, event_id), event_timestamp)}}
                               AS seconds_since_previous
                    FROM {{tracking_events}}
                    """),
            View.of("v_dock_utilization", "Appointments, no-shows and minutes per warehouse", """
                    SELECT warehouse_id,
                           count(*) AS appointments,
                           sum(CASE WHEN status = 'NO_SHOW' THEN 1 ELSE 0 END) AS no_shows,
                           round(avg({{seconds_between(scheduled_time, actual_time)}}) / 60.0, 1) AS avg_minutes_late,
                           sum(duration_minutes) AS door_minutes
                    FROM {{dock_schedules}}
                    GROUP BY warehouse_id
                    """),
            View.of("v_claims_overview", "Claims by type and status with amounts", """
                    SELECT claim_type, status,
                           count(*) AS claims,
                           round(sum(amount), 2) AS amount,
                           round(100.0 * sum(CASE WHEN carrier_liable THEN 1 ELSE 0 END) / count(*), 2) AS carrier_liable_pct
                    FROM {{claims_lg}}
                    GROUP BY claim_type, status
                    """),
            View.of("v_inventory_aging", "Stock by age band since receipt", """
                    SELECT CASE WHEN age_days < 30 THEN '0-29' WHEN age_days < 90 THEN '30-89' WHEN age_days < 180 THEN '90-179' ELSE '180+' END AS age_band,
                           count(*) AS locations,
                           sum(quantity) AS units
                    FROM (SELECT quantity, {{days_between(received_date, current_date)}} AS age_days FROM {{warehouse_inventory}}) i
                    GROUP BY CASE WHEN age_days < 30 THEN '0-29' WHEN age_days < 90 THEN '30-89' WHEN age_days < 180 THEN '90-179' ELSE '180+' END
                    """),
            View.of("v_package_analysis", "Packages by type with size and special handling", """
                    SELECT package_type,
                           count(*) AS packages,
                           round(avg(length_cm * width_cm * height_cm / 1000000.0), 4) AS avg_m3,
                           round(avg(weight_kg), 2) AS avg_kg,
                           sum(CASE WHEN is_fragile THEN 1 ELSE 0 END) AS fragile,
                           sum(CASE WHEN is_hazmat THEN 1 ELSE 0 END) AS hazmat
                    FROM {{packaging}}
                    GROUP BY package_type
                    """),
            View.of("v_return_reasons", "Returns by reason and condition", """
                    SELECT reason, condition,
                           count(*) AS returns,
                           round(sum(refund_amount), 2) AS refunded,
                           round(sum(restocking_fee), 2) AS restocking_fees
                    FROM {{returns_lg}}
                    GROUP BY reason, condition
                    """),
            View.of("v_telemetry_alerts", "Readings with speeding, overheating or low fuel", """
                    SELECT telemetry_id, vehicle_id, timestamp_utc, speed_mph, engine_temp_f, fuel_level_pct,
                           CASE WHEN speed_mph > 75 THEN 'SPEEDING' WHEN engine_temp_f > 220 THEN 'OVERHEATING' ELSE 'LOW_FUEL' END AS alert
                    FROM {{fleet_telemetry}}
                    WHERE speed_mph > 75 OR engine_temp_f > 220 OR fuel_level_pct < 10
                    """),
            View.of("v_monthly_volume", "Shipments and weight per month with a running total", """
                    SELECT month, shipments, tonnes,
                           sum(shipments) OVER (ORDER BY month) AS cumulative_shipments
                    FROM (SELECT {{month_start(ship_date)}} AS month, count(*) AS shipments, round(sum(weight_kg) / 1000, 2) AS tonnes
                          FROM {{shipments}} GROUP BY {{month_start(ship_date)}}) m
                    """),
            View.of("v_lane_analysis", "Busiest origin-destination lanes", """
                    SELECT origin, destination,
                           count(*) AS shipments,
                           round(sum(weight_kg), 1) AS kg,
                           dense_rank() OVER (ORDER BY count(*) DESC) AS lane_rank
                    FROM {{shipments}}
                    GROUP BY origin, destination
                    """),
            View.of("v_fleet_maintenance", "Service spend and downtime per vehicle type", """
                    SELECT v.vehicle_type, m.service_type,
                           count(*) AS services,
                           round(sum(m.cost), 2) AS cost,
                           round(sum(m.downtime_hours), 1) AS downtime_hours
                    FROM {{vehicle_maintenance}} m
                    JOIN {{vehicles}} v ON v.vehicle_id = m.vehicle_id
                    GROUP BY v.vehicle_type, m.service_type
                    """));
}
