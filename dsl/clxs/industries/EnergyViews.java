package clxs.industries;

import clxs.model.View;
import java.util.List;

/** The twenty energy views, in portable SQL. */
final class EnergyViews {

    private EnergyViews() {}

    static final List<View> ALL = List.of(
            View.of("v_daily_generation", "Generation and emissions per day and fuel", """
                    SELECT generation_date, fuel_type,
                           round(sum(output_mwh), 2) AS mwh,
                           round(sum(co2_tons), 2) AS co2_tons,
                           round(avg(price_per_mwh), 2) AS avg_price
                    FROM {{generation_output}}
                    GROUP BY generation_date, fuel_type
                    """),
            View.of("v_outage_summary", "Outages by cause and status, with restoration time", """
                    SELECT cause, status,
                           count(*) AS outages,
                           sum(customers_affected) AS customers_affected,
                           round(avg({{seconds_between(report_time, actual_restoration)}}) / 3600.0, 2) AS avg_hours_to_restore
                    FROM {{outage_reports}}
                    GROUP BY cause, status
                    """),
            View.of("v_billing_summary", "Billed energy and revenue per month and customer class", """
                    SELECT b.billing_period, c.customer_type,
                           count(*) AS bills,
                           sum(b.usage_kwh) AS kwh,
                           round(sum(b.total), 2) AS revenue,
                           round(sum(b.total) / sum(b.usage_kwh), 4) AS revenue_per_kwh
                    FROM {{billing_energy}} b
                    JOIN {{customers_energy}} c ON c.customer_id = b.account_id
                    GROUP BY b.billing_period, c.customer_type
                    """),
            View.of("v_emissions_by_plant", "Reported emissions per plant and pollutant", """
                    SELECT p.plant_id, p.name, p.fuel_type, e.pollutant,
                           round(sum(e.amount_tons), 4) AS tons,
                           sum(CASE WHEN e.compliant THEN 0 ELSE 1 END) AS violations
                    FROM {{emissions}} e
                    JOIN {{power_plants}} p ON p.plant_id = e.plant_id
                    GROUP BY p.plant_id, p.name, p.fuel_type, e.pollutant
                    """),
            View.of("v_renewable_mix", "Renewable share of generation per month", """
                    SELECT {{month_start(generation_date)}} AS month,
                           round(sum(output_mwh), 2) AS total_mwh,
                           round(sum(CASE WHEN fuel_type IN ('SOLAR', 'WIND', 'HYDRO', 'GEOTHERMAL', 'BIOMASS', 'BATTERY') THEN output_mwh ELSE 0 END), 2) AS renewable_mwh,
                           round(100.0 * sum(CASE WHEN fuel_type IN ('SOLAR', 'WIND', 'HYDRO', 'GEOTHERMAL', 'BIOMASS', 'BATTERY') THEN output_mwh ELSE 0 END)
                                 / sum(output_mwh), 2) AS renewable_pct
                    FROM {{generation_output}}
                    GROUP BY {{month_start(generation_date)}}
                    """),
            View.of("v_ev_charging_trends", "Charging sessions and energy per month and connector", """
                    SELECT {{month_start(CAST(start_time AS DATE))}} AS month, connector_type,
                           count(*) AS sessions,
                           round(sum(energy_kwh), 2) AS kwh,
                           round(avg(duration_minutes), 1) AS avg_minutes,
                           round(sum(cost), 2) AS revenue
                    FROM {{ev_charging}}
                    GROUP BY {{month_start(CAST(start_time AS DATE))}}, connector_type
                    """),
            View.of("v_forecast_accuracy", "Mean absolute percentage error per region and model", """
                    SELECT region, model_version,
                           count(*) AS forecasts,
                           round(avg(abs(error_pct)), 3) AS mape,
                           round(avg(error_pct), 3) AS bias_pct
                    FROM {{demand_forecast}}
                    GROUP BY region, model_version
                    """),
            View.of("v_battery_fleet", "Battery capacity and health by technology", """
                    SELECT technology, status,
                           count(*) AS batteries,
                           round(sum(capacity_mwh), 2) AS capacity_mwh,
                           round(sum(power_mw), 2) AS power_mw,
                           round(avg(degradation_pct), 2) AS avg_degradation_pct
                    FROM {{battery_storage}}
                    GROUP BY technology, status
                    """),
            View.of("v_carbon_portfolio", "Offset credits held and retired per project type and vintage", """
                    SELECT project_type, vintage_year, registry,
                           round(sum(tons_co2), 2) AS tons,
                           round(sum(tons_co2 * price_per_ton), 2) AS value,
                           round(sum(CASE WHEN status = 'RETIRED' THEN tons_co2 ELSE 0 END), 2) AS retired_tons
                    FROM {{carbon_credits}}
                    GROUP BY project_type, vintage_year, registry
                    """),
            View.of("v_customer_by_type", "Customers per state, class and rate", """
                    SELECT state, customer_type, rate_class,
                           count(*) AS customers
                    FROM {{customers_energy}}
                    GROUP BY state, customer_type, rate_class
                    """),
            View.of("v_grid_reliability", "SAIFI and SAIDI style indicators per substation type", """
                    SELECT s.station_type,
                           count(*) AS events,
                           sum(g.affected_customers) AS customer_interruptions,
                           round(sum(g.affected_customers * g.duration_minutes) * 1.0 / nullif(sum(g.affected_customers), 0), 2) AS avg_interruption_minutes
                    FROM {{grid_events}} g
                    JOIN {{substations}} s ON s.station_id = g.station_id
                    GROUP BY s.station_type
                    """),
            View.of("v_solar_performance", "Solar fleet by manufacturer and install year with expected capacity today", """
                    SELECT manufacturer, year(install_date) AS install_year,
                           count(*) AS panels,
                           round(sum(capacity_kw), 2) AS nameplate_kw,
                           round(sum(capacity_kw * pow(1 - degradation_rate, {{years_between(install_date, current_date)}})), 2) AS expected_kw_today
                    FROM {{solar_panels}}
                    WHERE status <> 'REMOVED'
                    GROUP BY manufacturer, year(install_date)
                    """),
            View.of("v_demand_response_performance", "Achieved against targeted reduction per program", """
                    SELECT program,
                           count(*) AS events,
                           round(sum(target_reduction_mw), 2) AS target_mw,
                           round(sum(actual_reduction_mw), 2) AS actual_mw,
                           round(100.0 * sum(actual_reduction_mw) / sum(target_reduction_mw), 2) AS achievement_pct
                    FROM {{demand_response}}
                    GROUP BY program
                    """),
            View.of("v_tariff_comparison", "Price range per rate class and time of use", """
                    SELECT rate_class, time_of_use,
                           count(*) AS rates,
                           min(price_per_kwh) AS min_price,
                           round(avg(price_per_kwh), 4) AS avg_price,
                           max(price_per_kwh) AS max_price
                    FROM {{tariff_rates}}
                    GROUP BY rate_class, time_of_use
                    """),
            View.of("v_thermostat_savings", "Energy saved by thermostat mode and demand-response enrollment", """
                    SELECT mode, is_dr_enrolled,
                           count(*) AS readings,
                           round(sum(energy_saved_kwh), 2) AS kwh_saved,
                           round(avg(actual_temp_f - set_temp_f), 2) AS avg_offset_f
                    FROM {{smart_thermostats}}
                    GROUP BY mode, is_dr_enrolled
                    """),
            View.of("v_cert_market", "Certificate volume and price per type and vintage", """
                    SELECT cert_type, vintage_year,
                           count(*) AS certificates,
                           round(sum(mwh_generated), 2) AS mwh,
                           round(avg(price), 2) AS avg_price,
                           round({{percentile(price, 0.5)}}, 2) AS median_price
                    FROM {{renewable_certificates}}
                    GROUP BY cert_type, vintage_year
                    """),
            View.of("v_transmission_age", "Transmission miles by voltage and decade built", """
                    SELECT voltage_kv, {{int_div(year_built, 10)}} * 10 AS decade_built,
                           count(*) AS lines,
                           round(sum(length_miles), 1) AS miles,
                           sum(capacity_mw) AS capacity_mw
                    FROM {{transmission_lines}}
                    GROUP BY voltage_kv, {{int_div(year_built, 10)}} * 10
                    """),
            View.of("v_meter_quality", "Read quality per customer class (meters joined by meter id)", """
                    SELECT c.customer_type, r.quality,
                           count(*) AS reads,
                           round(100.0 * count(*) / sum(count(*)) OVER (PARTITION BY c.customer_type), 3) AS pct_of_class
                    FROM {{meter_readings}} r
                    JOIN {{customers_energy}} c ON c.meter_id = r.meter_id
                    GROUP BY c.customer_type, r.quality
                    """),
            View.of("v_plant_utilization", "Output against capacity per plant", """
                    SELECT p.plant_id, p.name, p.fuel_type, p.capacity_mw,
                           round(sum(g.output_mwh), 2) AS mwh,
                           round(avg(g.capacity_factor), 4) AS avg_capacity_factor,
                           rank() OVER (PARTITION BY p.fuel_type ORDER BY sum(g.output_mwh) DESC) AS rank_in_fuel
                    FROM {{power_plants}} p
                    JOIN {{generation_output}} g ON g.plant_id = p.plant_id
                    GROUP BY p.plant_id, p.name, p.fuel_type, p.capacity_mw
                    """),
            View.of("v_substation_load", "Meter volume and grid events per substation", """
                    SELECT s.station_id, s.name, s.voltage_kv, s.capacity_mva,
                           count(*) AS readings,
                           round(sum(CASE WHEN r.reading_type = 'INTERVAL_KWH' THEN r.value ELSE 0 END), 2) AS kwh
                    FROM {{substations}} s
                    JOIN {{meter_readings}} r ON r.location_id = s.station_id
                    GROUP BY s.station_id, s.name, s.voltage_kv, s.capacity_mva
                    """));
}
