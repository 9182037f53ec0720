package clxs.industries;

import clxs.model.View;
import java.util.List;

/** The twenty manufacturing views, in portable SQL. */
final class ManufacturingViews {

    private ManufacturingViews() {}

    static final List<View> ALL = List.of(
            View.of("v_oee_by_line", "Availability, performance, quality and OEE per line", """
                    SELECT line_id, name, plant, oee_target, availability, performance, quality,
                           round(availability * performance * quality, 4) AS oee
                    FROM (SELECT l.line_id, l.name, l.plant, l.oee_target,
                                 round(1 - least(coalesce(d.downtime_minutes, 0) / (1826.0 * 24 * 60), 1), 4) AS availability,
                                 round(least(coalesce(p.units, 0) * 1.0 / nullif(p.units + p.rejects, 0), 1), 4) AS performance,
                                 round(coalesce(q.pass_rate, 1), 4) AS quality
                          FROM {{production_lines}} l
                          JOIN (SELECT line_id, sum(CASE WHEN event_type = 'COMPLETE' THEN quantity ELSE 0 END) AS units,
                                       sum(CASE WHEN event_type = 'REJECT' THEN quantity ELSE 0 END) AS rejects
                                FROM {{production_events}} GROUP BY line_id) p ON p.line_id = l.line_id
                          LEFT JOIN (SELECT line_id, sum(duration_minutes) AS downtime_minutes FROM {{downtime_events}} GROUP BY line_id) d
                            ON d.line_id = l.line_id
                          CROSS JOIN (SELECT avg(CASE WHEN result = 'PASS' THEN 1.0 ELSE 0.0 END) AS pass_rate FROM {{quality_checks}}) q) o
                    """),
            View.of("v_quality_summary", "Pass rate and spread of measurements per check type", """
                    SELECT check_type,
                           count(*) AS checks,
                           round(100.0 * sum(CASE WHEN result = 'PASS' THEN 1 ELSE 0 END) / count(*), 3) AS pass_pct,
                           round(avg(measurement), 4) AS avg_measurement,
                           round(stddev(measurement), 4) AS stddev_measurement
                    FROM {{quality_checks}}
                    GROUP BY check_type
                    """),
            View.of("v_equipment_health", "Alarms, warnings and downtime per machine", """
                    SELECT e.equipment_id, e.name, e.equipment_type, e.status,
                           sum(CASE WHEN r.alert_level = 'ALARM' THEN 1 ELSE 0 END) AS alarms,
                           sum(CASE WHEN r.alert_level = 'WARNING' THEN 1 ELSE 0 END) AS warnings,
                           count(*) AS readings,
                           round(100.0 * sum(CASE WHEN r.alert_level <> 'NORMAL' THEN 1 ELSE 0 END) / count(*), 3) AS abnormal_pct
                    FROM {{equipment}} e
                    JOIN {{sensor_readings}} r ON r.equipment_id = e.equipment_id
                    GROUP BY e.equipment_id, e.name, e.equipment_type, e.status
                    """),
            View.of("v_sensor_alerts", "Readings in warning or alarm", """
                    SELECT reading_id, equipment_id, line_id, sensor_type, value, unit, alert_level, reading_timestamp, shift
                    FROM {{sensor_readings}}
                    WHERE alert_level IN ('WARNING', 'ALARM') AND quality_flag = 'GOOD'
                    """),
            View.of("v_work_order_status", "Work orders by status and priority, with on-time rate", """
                    SELECT status, priority,
                           count(*) AS orders,
                           sum(quantity_ordered) AS units_ordered,
                           sum(quantity_produced) AS units_produced,
                           round(100.0 * sum(CASE WHEN completion_date <= due_date THEN 1 ELSE 0 END) / count(*), 2) AS on_time_pct
                    FROM {{work_orders}}
                    GROUP BY status, priority
                    """),
            View.of("v_scrap_analysis", "Scrap quantity and cost by reason and product category", """
                    SELECT p.category, s.reason,
                           sum(s.quantity) AS units_scrapped,
                           round(sum(s.cost), 2) AS scrap_cost,
                           round(100.0 * sum(s.cost) / sum(sum(s.cost)) OVER (PARTITION BY p.category), 2) AS pct_of_category_cost
                    FROM {{scrap_records}} s
                    JOIN {{products_mfg}} p ON p.product_code = s.product_code
                    GROUP BY p.category, s.reason
                    """),
            View.of("v_maintenance_schedule", "Last service and next due date per machine", """
                    SELECT e.equipment_id, e.name, e.maintenance_interval_days,
                           max(CAST(m.end_time AS DATE)) AS last_service,
                           {{add_days(max(CAST(m.end_time AS DATE)), e.maintenance_interval_days)}} AS next_due
                    FROM {{equipment}} e
                    JOIN {{maintenance_logs}} m ON m.equipment_id = e.equipment_id
                    GROUP BY e.equipment_id, e.name, e.maintenance_interval_days
                    """),
            View.of("v_supplier_performance", "Supplier scorecards with purchase volume", """
                    SELECT s.supplier_id, s.name, s.country, s.certification, s.quality_rating, s.on_time_delivery_pct,
                           count(po.po_id) AS purchase_orders,
                           round(sum(po.total), 2) AS spend,
                           dense_rank() OVER (ORDER BY sum(po.total) DESC) AS spend_rank
                    FROM {{suppliers_mfg}} s
                    JOIN {{purchase_orders}} po ON po.supplier_id = s.supplier_id
                    GROUP BY s.supplier_id, s.name, s.country, s.certification, s.quality_rating, s.on_time_delivery_pct
                    """),
            View.of("v_energy_by_line", "Energy use and cost per line and utility", """
                    SELECT l.line_id, l.name, l.plant, e.meter_type,
                           round(sum(e.value), 2) AS consumption,
                           round(sum(e.cost), 2) AS cost
                    FROM {{energy_consumption}} e
                    JOIN {{production_lines}} l ON l.line_id = e.line_id
                    GROUP BY l.line_id, l.name, l.plant, e.meter_type
                    """),
            View.of("v_safety_dashboard", "Incidents, recordables and lost hours per plant and year", """
                    SELECT location AS plant, year(incident_date) AS year,
                           count(*) AS incidents,
                           sum(CASE WHEN osha_recordable THEN 1 ELSE 0 END) AS recordables,
                           round(sum(lost_time_hours), 1) AS lost_time_hours
                    FROM {{safety_incidents}}
                    GROUP BY location, year(incident_date)
                    """),
            View.of("v_production_daily", "Units completed and rejected per day with a 7-day average", """
                    SELECT day, completed, rejected,
                           round(avg(completed) OVER (ORDER BY day ROWS BETWEEN 6 PRECEDING AND CURRENT ROW), 1) AS completed_7d_avg
                    FROM (SELECT CAST(event_timestamp AS DATE) AS day,
                                 sum(CASE WHEN event_type = 'COMPLETE' THEN quantity ELSE 0 END) AS completed,
                                 sum(CASE WHEN event_type = 'REJECT' THEN quantity ELSE 0 END) AS rejected
                          FROM {{production_events}}
                          GROUP BY CAST(event_timestamp AS DATE)) d
                    """),
            View.of("v_material_usage", "Materials in bills of materials, by type", """
                    SELECT m.material_type, m.unit,
                           count(DISTINCT b.product_code) AS products_using,
                           round(sum(b.quantity_per_unit), 2) AS total_quantity_per_unit,
                           round(avg(m.unit_cost), 4) AS avg_unit_cost
                    FROM {{bom}} b
                    JOIN {{materials}} m ON m.material_id = b.material_id
                    GROUP BY m.material_type, m.unit
                    """),
            View.of("v_inventory_status", "Stock against min and max levels", """
                    SELECT i.inventory_id, m.name AS material, i.warehouse, i.quantity, i.unit, i.min_level, i.max_level,
                           CASE WHEN i.quantity <= 0 THEN 'STOCKOUT' WHEN i.quantity < i.min_level THEN 'LOW'
                                WHEN i.quantity > i.max_level THEN 'EXCESS' ELSE 'HEALTHY' END AS stock_state
                    FROM {{inventory_mfg}} i
                    JOIN {{materials}} m ON m.material_id = i.material_id
                    """),
            View.of("v_downtime_pareto", "Downtime minutes by reason with cumulative share (Pareto)", """
                    SELECT reason, minutes,
                           round(100.0 * minutes / sum(minutes) OVER (), 2) AS pct,
                           round(100.0 * sum(minutes) OVER (ORDER BY minutes DESC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
                                 / sum(minutes) OVER (), 2) AS cumulative_pct
                    FROM (SELECT reason, sum(duration_minutes) AS minutes FROM {{downtime_events}} GROUP BY reason) r
                    """),
            View.of("v_product_profitability", "Margin per product and units ordered", """
                    SELECT p.product_code, p.name, p.category, p.bom_cost, p.selling_price,
                           round(p.selling_price - p.bom_cost, 2) AS unit_margin,
                           round(100.0 * (p.selling_price - p.bom_cost) / p.selling_price, 2) AS margin_pct,
                           sum(w.quantity_ordered) AS units_ordered
                    FROM {{products_mfg}} p
                    JOIN {{work_orders}} w ON w.product_code = p.product_code
                    GROUP BY p.product_code, p.name, p.category, p.bom_cost, p.selling_price
                    """),
            View.of("v_po_delivery", "Purchase order lead times by supplier country", """
                    SELECT s.country, po.status,
                           count(*) AS orders,
                           round(avg({{days_between(po.order_date, po.delivery_date)}}), 1) AS avg_lead_days,
                           round(sum(po.total), 2) AS value
                    FROM {{purchase_orders}} po
                    JOIN {{suppliers_mfg}} s ON s.supplier_id = po.supplier_id
                    GROUP BY s.country, po.status
                    """),
            View.of("v_shift_productivity", "Units and events per shift", """
                    SELECT shift,
                           count(*) AS readings,
                           sum(CASE WHEN alert_level = 'ALARM' THEN 1 ELSE 0 END) AS alarms,
                           round(100.0 * sum(CASE WHEN alert_level = 'ALARM' THEN 1 ELSE 0 END) / count(*), 3) AS alarm_pct
                    FROM {{sensor_readings}}
                    GROUP BY shift
                    """),
            View.of("v_environmental_compliance", "Measurements and exceedances per plant and metric", """
                    SELECT plant, metric_type, unit,
                           count(*) AS measurements,
                           sum(CASE WHEN compliant THEN 0 ELSE 1 END) AS exceedances,
                           round(avg(value), 2) AS avg_value,
                           max(value) AS max_value
                    FROM {{environmental_metrics}}
                    GROUP BY plant, metric_type, unit
                    """),
            View.of("v_critical_bom_items", "Critical components and the products that depend on them", """
                    SELECT b.product_code, p.name AS product, m.name AS material, b.quantity_per_unit, b.unit, m.lead_time_days
                    FROM {{bom}} b
                    JOIN {{products_mfg}} p ON p.product_code = b.product_code
                    JOIN {{materials}} m ON m.material_id = b.material_id
                    WHERE b.is_critical
                    """),
            View.of("v_equipment_lifecycle", "Machines by type and age band", """
                    SELECT equipment_type,
                           CASE WHEN age_years < 5 THEN '0-4' WHEN age_years < 10 THEN '5-9' WHEN age_years < 15 THEN '10-14' ELSE '15+' END AS age_band,
                           count(*) AS machines,
                           sum(CASE WHEN status IN ('DOWN', 'MAINTENANCE') THEN 1 ELSE 0 END) AS out_of_service
                    FROM (SELECT equipment_type, status, {{years_between(install_date, current_date)}} AS age_years FROM {{equipment}}) e
                    GROUP BY equipment_type,
                             CASE WHEN age_years < 5 THEN '0-4' WHEN age_years < 10 THEN '5-9' WHEN age_years < 15 THEN '10-14' ELSE '15+' END
                    """));
}
