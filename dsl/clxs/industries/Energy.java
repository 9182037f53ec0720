package clxs.industries;

import static clxs.model.Gen.amount;
import static clxs.model.Gen.bool;
import static clxs.model.Gen.code;
import static clxs.model.Gen.dates;
import static clxs.model.Gen.decimals;
import static clxs.model.Gen.derived;
import static clxs.model.Gen.fk;
import static clxs.model.Gen.ints;
import static clxs.model.Gen.lookup;
import static clxs.model.Gen.normal;
import static clxs.model.Gen.person;
import static clxs.model.Gen.place;
import static clxs.model.Gen.pool;
import static clxs.model.Gen.sequence;
import static clxs.model.Gen.sharedCode;
import static clxs.model.Gen.template;
import static clxs.model.Gen.timestamps;
import static clxs.model.Gen.weighted;
import static clxs.model.SqlType.BOOLEAN;
import static clxs.model.SqlType.DATE;
import static clxs.model.SqlType.DOUBLE;
import static clxs.model.SqlType.INT;
import static clxs.model.SqlType.STRING;
import static clxs.model.SqlType.TIMESTAMP;

import clxs.model.Industry;
import clxs.model.PersonField;
import clxs.model.PlaceField;
import clxs.model.Pool;
import clxs.model.Seasonality;
import clxs.model.Skew;
import clxs.model.SqlType;
import clxs.model.Table;
import clxs.model.Udf;
import java.time.LocalDate;
import java.util.List;

/**
 * Energy and utilities: smart meter readings, grid events and plant generation over customers,
 * power plants and substations. Demand peaks with summer air conditioning in the late afternoon.
 */
public final class Energy {

    private Energy() {}

    /** Late-afternoon and evening load. */
    static final List<Double> LOAD_HOURS = List.of(
            0.55, 0.5, 0.48, 0.47, 0.5, 0.6, 0.8, 0.95, 1.0, 1.02, 1.05, 1.1,
            1.15, 1.22, 1.3, 1.38, 1.45, 1.55, 1.6, 1.5, 1.3, 1.05, 0.8, 0.65);
    static final Seasonality SUMMER_LOAD = Seasonality.SUMMER_PEAK.withHours(LOAD_HOURS);

    static final String METER_PATTERN = "MTR-99999999";

    /** Fuel, capacity factor, emission rate (t CO2 per MWh), renewable, typical plant size (MW). */
    static final Pool FUELS = Pool.of("fuel", "fuel", "capacity_factor", "co2_rate", "renewable", "size")
            .row("SOLAR", 0.25, 0.0, true, 80.0).row("WIND", 0.35, 0.0, true, 150.0).row("GAS", 0.55, 0.41, false, 450.0)
            .row("HYDRO", 0.4, 0.0, true, 200.0).row("BATTERY", 0.15, 0.0, true, 60.0).row("COAL", 0.5, 1.0, false, 700.0)
            .row("BIOMASS", 0.6, 0.05, true, 40.0).row("NUCLEAR", 0.92, 0.0, false, 1100.0).row("GEOTHERMAL", 0.75, 0.03, true, 60.0)
            .popularity(Skew.power(1.4));

    static final Pool OPERATORS = Pool.of("grid_operator", "name")
            .row("Sunridge Power").row("Northwind Energy").row("Cascade Utilities").row("Prairie Generation").row("Bayline Electric")
            .row("Granite Peak Power").row("Tidewater Energy");

    static final Pool POLLUTANTS = Pool.of("pollutant", "name", "scale")
            .row("CO2", 12_000.0).row("NOX", 18.0).row("SO2", 9.0).row("PM25", 2.5).row("MERCURY", 0.002);

    public static final Industry INDUSTRY = define();

    private static Industry define() {
        SqlType money = SqlType.decimal(12, 2);
        return Industry.named("energy")
                .description("Electric utility: smart meters, grid events, generation, billing, plants, substations, renewables and EV charging")

                .table(Table.fact("meter_readings", 100_000_000).date("reading_timestamp")
                        .comment("Interval readings from smart meters")
                        .col("reading_id", sequence(), "Unique reading identifier")
                        .col("meter_id", sharedCode("meter", METER_PATTERN, fk("customers_energy", Skew.power(1.1))), "Meter (customers_energy.meter_id)")
                        .col("reading_type", weighted("INTERVAL_KWH", 85, "DEMAND_KW", 10, "VOLTAGE", 5), "What was read")
                        .col("value", SqlType.decimal(12, 3), derived("round(CASE reading_type WHEN 'VOLTAGE' THEN 240 + $0 * 4 WHEN 'DEMAND_KW' THEN $1 * 4 "
                                + "ELSE $1 END, 3)", normal(0, 1, -5, 5, 4), decimals(0.02, 30, 3, Skew.logNormal(1.1, 0.8))), "Reading value")
                        .col("unit", STRING, derived("CASE reading_type WHEN 'VOLTAGE' THEN 'V' WHEN 'DEMAND_KW' THEN 'kW' ELSE 'kWh' END"), "Unit")
                        .col("reading_timestamp", timestamps(SUMMER_LOAD), "End of the interval")
                        .col("quality", weighted("ACTUAL", 94, "ESTIMATED", 4, "EDITED", 1.5, "MISSING", 0.5), "Validation state")
                        .col("tariff_code", weighted("RES-STD", 45, "RES-TOU", 30, "COM-GEN", 15, "IND-DMD", 5, "EV-TOU", 5), "Tariff")
                        .col("is_estimated", BOOLEAN, derived("quality = 'ESTIMATED'"), "Estimated read")
                        .col("location_id", fk("substations", Skew.power(1.2)), "Feeding substation"))

                .table(Table.fact("grid_events", 50_000_000).date("event_timestamp")
                        .comment("Grid disturbances and outages")
                        .col("event_id", sequence(), "Unique grid event identifier")
                        .col("station_id", fk("substations", Skew.power(1.5)), "Substation")
                        .col("event_type", weighted("VOLTAGE_SAG", 30, "RECLOSER_OPERATION", 22, "FREQUENCY_DEVIATION", 15, "BREAKER_TRIP", 13,
                                "TRANSFORMER_OVERLOAD", 12, "OUTAGE", 8), "Event")
                        .col("severity", weighted("LOW", 55, "MEDIUM", 30, "HIGH", 12, "CRITICAL", 3), "Severity")
                        .col("duration_minutes", ints(1, 2_880, Skew.logNormal(12, 1.3)), "Minutes")
                        .col("affected_customers", ints(0, 80_000, Skew.power(3.5)), "Customers affected")
                        .col("event_timestamp", timestamps(SUMMER_LOAD), "Start")
                        .col("cause", weighted("WEATHER", 30, "EQUIPMENT", 25, "VEGETATION", 15, "OVERLOAD", 12, "ANIMAL", 8, "UNKNOWN", 10), "Cause")
                        .col("restoration_time", TIMESTAMP, derived("{{add_seconds(event_timestamp, duration_minutes * 60)}}"), "Restored")
                        .col("outage_mw", SqlType.decimal(10, 2), decimals(0, 500, 2, Skew.power(3.0)), "Load lost"))

                .table(Table.fact("generation_output", 30_000_000).date("generation_date")
                        .comment("Daily plant output")
                        .col("output_id", sequence(), "Unique output identifier")
                        .col("plant_id", fk("power_plants", Skew.power(1.2)), "Plant")
                        .col("fuel_type", lookup("plant_id", "fuel_type"), "Fuel of the plant")
                        .col("output_mwh", SqlType.decimal(12, 2), decimals(1, 30_000, 2, Skew.logNormal(1_500, 1.0)), "Energy produced")
                        .col("capacity_factor", SqlType.decimal(5, 4), derived("round(least(1, greatest(0, CASE fuel_type WHEN 'SOLAR' THEN 0.25 "
                                + "WHEN 'WIND' THEN 0.35 WHEN 'NUCLEAR' THEN 0.92 WHEN 'GAS' THEN 0.55 WHEN 'COAL' THEN 0.5 WHEN 'HYDRO' THEN 0.4 "
                                + "WHEN 'GEOTHERMAL' THEN 0.75 ELSE 0.3 END + $0)), 4)", normal(0, 0.06, -0.3, 0.3, 4)), "Output over nameplate")
                        .col("co2_tons", SqlType.decimal(12, 2), derived("round(output_mwh * CASE fuel_type WHEN 'COAL' THEN 1.0 WHEN 'GAS' THEN 0.41 "
                                + "WHEN 'BIOMASS' THEN 0.05 WHEN 'GEOTHERMAL' THEN 0.03 ELSE 0 END, 2)"), "CO2 emitted")
                        .col("generation_date", dates(Seasonality.SUMMER_PEAK), "Day")
                        .col("price_per_mwh", SqlType.decimal(10, 2), decimals(-20, 900, 2, Skew.logNormal(45, 0.5)), "Wholesale price")
                        .col("dispatch_order", ints(1, 50), "Merit-order position")
                        .col("availability", SqlType.decimal(5, 4), decimals(0.7, 1, 4, Skew.power(0.3)), "Share of the day available"))

                .table(Table.fact("billing_energy", 5_000_000)
                        .comment("Monthly utility bills")
                        .col("bill_id", sequence(), "Unique bill identifier")
                        .col("account_id", fk("customers_energy", Skew.power(1.1)), "Customer account")
                        .col("billing_period", STRING, derived("{{year_month($0)}}", dates(Seasonality.SUMMER_PEAK)), "Month billed, YYYY-MM")
                        .col("usage_kwh", INT, derived("CAST(round($0 * CASE WHEN CAST(substr(billing_period, 6, 2) AS INT) IN (6, 7, 8) THEN 1.45 "
                                + "WHEN CAST(substr(billing_period, 6, 2) AS INT) IN (12, 1, 2) THEN 1.15 ELSE 1 END) AS INT)",
                                ints(80, 40_000, Skew.logNormal(850, 0.6))), "Energy used, higher in summer")
                        .col("demand_kw", SqlType.decimal(10, 2), decimals(1, 800, 2, Skew.logNormal(7, 0.9)), "Peak demand")
                        .col("base_charge", money, weighted(12.5, 50, 15.0, 25, 20.0, 15, 45.0, 10), "Customer charge")
                        .col("usage_charge", money, derived("round(usage_kwh * 0.142, 2)"), "Energy charge")
                        .col("demand_charge", money, derived("CASE WHEN demand_kw > 50 THEN round(demand_kw * 8.5, 2) ELSE 0 END"), "Demand charge")
                        .col("taxes", money, derived("round((base_charge + usage_charge + demand_charge) * 0.06, 2)"), "Taxes")
                        .col("total", money, derived("base_charge + usage_charge + demand_charge + taxes"), "Amount due"))

                .table(Table.fact("demand_forecast", 5_000_000).date("forecast_date")
                        .comment("Hourly load forecasts and actuals")
                        .col("forecast_id", sequence(), "Unique forecast identifier")
                        .col("region", weighted("ERCOT", 20, "PJM", 20, "CAISO", 15, "MISO", 15, "NYISO", 10, "ISO-NE", 8, "SPP", 12), "Balancing authority")
                        .col("forecast_date", dates(Seasonality.SUMMER_PEAK), "Day")
                        .col("hour", ints(0, 23), "Hour of the day")
                        .col("predicted_mw", SqlType.decimal(12, 1), derived("round(actual_mw * (1 + $0), 1)", normal(0, 0.04, -0.25, 0.25, 4)), "Forecast load")
                        .col("actual_mw", SqlType.decimal(12, 1), derived("round($0 * CASE WHEN hour BETWEEN 14 AND 19 THEN 1.35 WHEN hour BETWEEN 0 AND 5 THEN 0.7 "
                                + "ELSE 1 END, 1)", decimals(2_000, 90_000, 1, Skew.logNormal(25_000, 0.5))), "Metered load")
                        .col("temperature_f", SqlType.decimal(5, 1), decimals(-10, 115, 1, Skew.normal(68, 16)), "Temperature")
                        .col("model_version", weighted("lstm-2.3", 45, "gbm-1.8", 35, "arima-0.9", 20), "Model")
                        .col("error_pct", SqlType.decimal(8, 3), derived("round((predicted_mw - actual_mw) * 100.0 / actual_mw, 3)"), "Forecast error")
                        .col("confidence", SqlType.decimal(4, 3), decimals(0.7, 0.99, 3, Skew.UNIFORM), "Model confidence"))

                .table(Table.dimension("customers_energy", 1_000_000)
                        .comment("Utility customers (PII for residential)")
                        .col("customer_id", sequence(), "Unique customer identifier")
                        .col("name", STRING, derived("CASE WHEN customer_type = 'RESIDENTIAL' THEN $0 ELSE $1 || ' ' || $2 END", person(PersonField.FULL_NAME),
                                pool(Financial.MERCHANT_WORDS, "word"), weighted("Holdings", 30, "Industries", 25, "Logistics", 20, "Foods", 25)),
                                "Customer name (PII for residential)")
                        .col("customer_type", weighted("RESIDENTIAL", 85, "COMMERCIAL", 12, "INDUSTRIAL", 3), "Customer class")
                        .col("address", place(PlaceField.ADDRESS), "Service address")
                        .col("city", place(PlaceField.CITY), "City")
                        .col("state", place(PlaceField.STATE), "State")
                        .col("zip", place(PlaceField.ZIP), "Zip code")
                        .col("rate_class", STRING, derived("CASE customer_type WHEN 'RESIDENTIAL' THEN CASE WHEN $0 < 0.35 THEN 'RES_TOU' ELSE 'RES' END "
                                + "WHEN 'COMMERCIAL' THEN 'SMALL_COM' ELSE 'LARGE_COM' END", decimals(0, 1, 3, Skew.UNIFORM)), "Rate class")
                        .col("meter_id", sharedCode("meter", METER_PATTERN, sequence()), "Meter")
                        .col("enrolled_date", dates(LocalDate.of(2000, 1, 1), LocalDate.of(2024, 12, 31)), "Service start"))

                .table(Table.dimension("power_plants", 1_000_000)
                        .comment("Generating plants")
                        .col("plant_id", sequence(), "Unique plant identifier")
                        .col("name", template("{} {} Station", place(PlaceField.CITY), pool(FUELS, "fuel", "fuel")), "Plant name")
                        .col("fuel_type", pool(FUELS, "fuel", "fuel"), "Fuel")
                        .col("capacity_mw", SqlType.decimal(10, 1), derived("round($0 * $1, 1)", pool(FUELS, "size", "fuel"), decimals(0.1, 4, 3, Skew.logNormal(1, 0.6))),
                                "Nameplate capacity")
                        .col("location", place(PlaceField.CITY), "Nearest city")
                        .col("state", place(PlaceField.STATE), "State")
                        .col("commissioned", dates(LocalDate.of(1960, 1, 1), LocalDate.of(2024, 12, 31)), "Commissioning date")
                        .col("status", weighted("OPERATING", 88, "STANDBY", 5, "MAINTENANCE", 4, "RETIRED", 3), "Status")
                        .col("operator", pool(OPERATORS, "name"), "Operator")
                        .col("emission_rate", SqlType.decimal(6, 3), pool(FUELS, "co2_rate", "fuel"), "t CO2 per MWh"))

                .table(Table.dimension("renewable_certificates", 1_000_000).date("created_date")
                        .comment("Renewable energy certificates")
                        .col("cert_id", sequence(), "Unique certificate identifier")
                        .col("plant_id", fk("power_plants", Skew.power(1.3)), "Generating plant")
                        .col("cert_type", weighted("REC", 60, "SREC", 20, "WREC", 12, "GO", 8), "Certificate type")
                        .col("mwh_generated", SqlType.decimal(10, 2), decimals(1, 5_000, 2, Skew.logNormal(120, 0.9)), "MWh certified")
                        .col("vintage_year", ints(2018, 2024), "Vintage")
                        .col("state", place(PlaceField.STATE), "State of generation")
                        .col("status", weighted("ACTIVE", 45, "RETIRED", 35, "TRANSFERRED", 15, "PENDING", 5), "Status")
                        .col("price", SqlType.decimal(8, 2), decimals(0.5, 400, 2, Skew.logNormal(8, 1.0)), "Price per MWh")
                        .col("buyer_id", ints(1, 50_000).orNull(0.4), "Buyer, NULL while unsold")
                        .col("created_date", dates(), "Issued"))

                .table(Table.dimension("substations", 500_000).date("last_inspection")
                        .comment("Substations")
                        .col("station_id", sequence(), "Unique substation identifier")
                        .col("name", template("{} Substation {}", place(PlaceField.CITY), code("99", ints(1, 99))), "Name")
                        .col("voltage_kv", weighted(69, 20, 115, 25, 138, 20, 230, 18, 345, 12, 500, 5), "High-side voltage")
                        .col("station_type", weighted("DISTRIBUTION", 60, "TRANSMISSION", 25, "SWITCHING", 10, "COLLECTOR", 5), "Type")
                        .col("latitude", place(PlaceField.LATITUDE), "Latitude")
                        .col("longitude", place(PlaceField.LONGITUDE), "Longitude")
                        .col("capacity_mva", ints(10, 2_000, Skew.logNormal(120, 0.8)), "Transformer capacity")
                        .col("status", weighted("IN_SERVICE", 93, "MAINTENANCE", 5, "OUT_OF_SERVICE", 2), "Status")
                        .col("last_inspection", dates(), "Last inspection")
                        .col("transformer_count", ints(1, 12, Skew.power(2.0)), "Transformers"))

                .table(Table.dimension("tariff_rates", 500_000).date("effective_date")
                        .comment("Tariff prices")
                        .col("rate_id", sequence(), "Unique rate identifier")
                        .col("rate_class", weighted("RES", 35, "RES_TOU", 20, "SMALL_COM", 20, "LARGE_COM", 15, "EV", 10), "Rate class")
                        .col("rate_type", weighted("FLAT", 30, "TIERED", 30, "TOU", 30, "DEMAND", 10), "Structure")
                        .col("price_per_kwh", SqlType.decimal(6, 4), decimals(0.05, 0.6, 4, Skew.normal(0.16, 0.05)), "Energy price")
                        .col("effective_date", dates(), "Effective")
                        .col("season", weighted("SUMMER", 35, "WINTER", 35, "ALL_YEAR", 30), "Season")
                        .col("time_of_use", weighted("PEAK", 30, "OFF_PEAK", 40, "SHOULDER", 15, "ALL_DAY", 15), "Period")
                        .col("tier", ints(1, 3), "Tier"))

                .table(Table.lookup("outage_reports", 300_000).date("report_time")
                        .comment("Outage reports and restorations")
                        .col("report_id", sequence(), "Unique report identifier")
                        .col("station_id", fk("substations", Skew.power(1.4)), "Substation")
                        .col("reported_by", weighted("SMART_METER", 40, "CUSTOMER_CALL", 25, "SCADA", 20, "APP", 10, "FIELD_CREW", 5), "Source")
                        .col("report_time", timestamps(SUMMER_LOAD), "Reported")
                        .col("cause", weighted("WEATHER", 35, "EQUIPMENT", 25, "VEGETATION", 15, "VEHICLE", 8, "ANIMAL", 7, "UNKNOWN", 10), "Cause")
                        .col("customers_affected", ints(1, 50_000, Skew.power(3.0)), "Customers out")
                        .col("estimated_restoration", TIMESTAMP, derived("{{add_seconds(report_time, $0)}}", ints(1_800, 172_800, Skew.logNormal(10_800, 0.8))),
                                "Estimated restoration")
                        .col("actual_restoration", TIMESTAMP, derived("CASE WHEN status = 'RESTORED' THEN {{add_seconds(report_time, $0)}} END",
                                ints(600, 259_200, Skew.logNormal(9_000, 1.0))), "Restored, NULL while open")
                        .col("status", weighted("RESTORED", 88, "IN_PROGRESS", 8, "ASSIGNED", 4), "Status"))

                .table(Table.lookup("emissions", 300_000).date("measurement_date")
                        .comment("Plant emissions reports")
                        .col("emission_id", sequence(), "Unique emission record identifier")
                        .col("plant_id", fk("power_plants", Skew.power(1.3)), "Plant")
                        .col("pollutant", pool(POLLUTANTS, "name", "p"), "Pollutant")
                        .col("amount_tons", SqlType.decimal(14, 4), derived("round($0 * $1, 4)", pool(POLLUTANTS, "scale", "p"), decimals(0.05, 4, 3, Skew.logNormal(1, 0.6))),
                                "Amount emitted")
                        .col("measurement_date", dates(Seasonality.SUMMER_PEAK), "Measured")
                        .col("reporting_period", STRING, derived("CAST(year(measurement_date) AS STRING) || '-Q' || CAST(quarter(measurement_date) AS STRING)"),
                                "Quarter reported")
                        .col("method", weighted("CEMS", 55, "CALCULATED", 35, "STACK_TEST", 10), "Measurement method")
                        .col("compliant", bool(0.96), "Within permit"))

                .table(Table.lookup("ev_charging", 200_000).date("start_time")
                        .comment("EV charging sessions")
                        .col("session_id", sequence(), "Unique charging session identifier")
                        .col("station_id", fk("ev_stations", Skew.power(1.3)), "Charging station")
                        .col("connector_type", weighted("J1772", 40, "CCS", 35, "NACS", 20, "CHADEMO", 5), "Connector")
                        .col("energy_kwh", SqlType.decimal(8, 2), decimals(1, 150, 2, Skew.logNormal(22, 0.6)), "Energy delivered")
                        .col("duration_minutes", INT, derived("CAST(round(energy_kwh / $0 * 60) AS INT)", decimals(6, 150, 2, Skew.logNormal(11, 1.0))), "Plugged-in time")
                        .col("cost", money, derived("round(energy_kwh * 0.38, 2)"), "Price paid")
                        .col("start_time", timestamps(Seasonality.NONE.withHours(Seasonality.EVENING_PEAK)), "Start")
                        .col("vehicle_type", weighted("SEDAN", 45, "SUV", 35, "TRUCK", 10, "VAN", 5, "MOTORCYCLE", 5), "Vehicle")
                        .col("payment_method", weighted("APP", 55, "CARD", 30, "RFID", 15), "Payment"))

                .table(Table.lookup("solar_panels", 200_000).date("install_date")
                        .comment("Installed solar panels")
                        .col("panel_id", sequence(), "Unique panel identifier")
                        .col("installation_id", code("INST-999999", ints(0, 999_999)), "Installation")
                        .col("manufacturer", weighted("Helios Solar", 30, "BrightCell", 25, "SunForge", 20, "Photonix", 15, "Aurora PV", 10), "Manufacturer")
                        .col("capacity_kw", SqlType.decimal(5, 3), decimals(0.3, 0.6, 3, Skew.normal(0.41, 0.05)), "Rated capacity")
                        .col("efficiency", SqlType.decimal(5, 4), decimals(0.16, 0.24, 4, Skew.normal(0.205, 0.012)), "Module efficiency")
                        .col("install_date", dates(LocalDate.of(2010, 1, 1), LocalDate.of(2024, 12, 31)), "Installed")
                        .col("warranty_expiry", DATE, derived("{{add_days(install_date, 9131)}}"), "25-year warranty end")
                        .col("degradation_rate", SqlType.decimal(5, 4), decimals(0.002, 0.009, 4, Skew.normal(0.005, 0.001)), "Annual degradation")
                        .col("status", weighted("ACTIVE", 93, "DEGRADED", 4, "FAULTED", 2, "REMOVED", 1), "Status"))

                .table(Table.lookup("battery_storage", 200_000).date("install_date")
                        .comment("Grid battery systems")
                        .col("battery_id", sequence(), "Unique battery identifier")
                        .col("site_id", code("BESS-99999", ints(0, 99_999)), "Site")
                        .col("technology", weighted("LFP", 60, "NMC", 30, "FLOW", 7, "NAS", 3), "Chemistry")
                        .col("capacity_mwh", SqlType.decimal(8, 2), decimals(0.5, 800, 2, Skew.logNormal(40, 1.0)), "Energy capacity")
                        .col("power_mw", SqlType.decimal(8, 2), derived("round(capacity_mwh / $0, 2)", weighted(2, 30, 4, 60, 8, 10)), "Power rating")
                        .col("soc_pct", SqlType.decimal(5, 1), decimals(5, 100, 1, Skew.UNIFORM), "State of charge")
                        .col("cycles", ints(0, 6_000, Skew.power(1.5)), "Full cycles")
                        .col("install_date", dates(LocalDate.of(2015, 1, 1), LocalDate.of(2024, 12, 31)), "Installed")
                        .col("status", weighted("ONLINE", 85, "CHARGING", 5, "DISCHARGING", 5, "OFFLINE", 5), "Status")
                        .col("degradation_pct", SqlType.decimal(5, 2), derived("round(least(40, cycles * 0.004), 2)"), "Capacity lost"))

                .table(Table.lookup("transmission_lines", 100_000)
                        .comment("High-voltage lines between substations")
                        .col("line_id", sequence(), "Unique line identifier")
                        .col("from_station", fk("substations"), "From substation")
                        .col("to_station", fk("substations"), "To substation")
                        .col("voltage_kv", weighted(115, 25, 138, 20, 230, 25, 345, 20, 500, 8, 765, 2), "Voltage")
                        .col("length_miles", SqlType.decimal(8, 1), decimals(0.5, 400, 1, Skew.logNormal(22, 0.9)), "Length")
                        .col("capacity_mw", INT, derived("CAST(voltage_kv * $0 AS INT)", weighted(1.5, 40, 2.5, 40, 4.0, 20)), "Thermal rating")
                        .col("conductor_type", weighted("ACSR", 60, "ACSS", 15, "AAAC", 15, "HTLS", 10), "Conductor")
                        .col("year_built", ints(1950, 2024), "Year built")
                        .col("status", weighted("IN_SERVICE", 94, "DERATED", 3, "OUT_OF_SERVICE", 3), "Status"))

                .table(Table.lookup("smart_thermostats", 100_000).date("reading_time")
                        .comment("Connected thermostats")
                        .col("device_id", sequence(), "Unique thermostat identifier")
                        .col("customer_id", fk("customers_energy"), "Customer")
                        .col("set_temp_f", ints(62, 78), "Set point")
                        .col("actual_temp_f", SqlType.decimal(5, 1), derived("round(set_temp_f + $0, 1)", normal(0, 1.5, -8, 8, 2)), "Room temperature")
                        .col("mode", weighted("COOL", 40, "HEAT", 25, "AUTO", 20, "ECO", 10, "OFF", 5), "Mode")
                        .col("reading_time", timestamps(SUMMER_LOAD), "Reading time")
                        .col("energy_saved_kwh", SqlType.decimal(8, 2), decimals(0, 40, 2, Skew.logNormal(3, 0.8)), "Savings that day")
                        .col("is_dr_enrolled", bool(0.35), "Enrolled in demand response"))

                .table(Table.lookup("demand_response", 100_000).date("event_date")
                        .comment("Demand response events")
                        .col("event_id", sequence(), "Unique demand response event identifier")
                        .col("program", weighted("PEAK_SAVER", 40, "SMART_AC", 25, "C_AND_I_CURTAILMENT", 20, "EV_MANAGED_CHARGING", 15), "Program")
                        .col("event_date", dates(Seasonality.SUMMER_PEAK), "Date")
                        .col("start_hour", ints(13, 18), "Start hour")
                        .col("end_hour", INT, derived("start_hour + $0", ints(1, 4)), "End hour")
                        .col("target_reduction_mw", SqlType.decimal(8, 2), decimals(1, 500, 2, Skew.logNormal(40, 0.8)), "Engine")
                        .col("actual_reduction_mw", SqlType.decimal(8, 2), derived("round(target_reduction_mw * $0, 2)", decimals(0.4, 1.3, 3, Skew.normal(0.93, 0.12))),
                                "Achieved")
                        .col("participants", ints(10, 100_000, Skew.logNormal(3_000, 1.0)), "Participants")
                        .col("compensation_per_mw", SqlType.decimal(10, 2), decimals(50, 2_000, 2, Skew.logNormal(300, 0.5)), "Payment per MW"))

                .table(Table.lookup("carbon_credits", 100_000)
                        .comment("Carbon offset credits")
                        .col("credit_id", sequence(), "Unique credit identifier")
                        .col("project_type", weighted("FORESTRY", 35, "RENEWABLE", 25, "METHANE_CAPTURE", 20, "COOKSTOVES", 12, "DIRECT_AIR_CAPTURE", 8), "Project")
                        .col("vintage_year", ints(2015, 2024), "Vintage")
                        .col("tons_co2", SqlType.decimal(12, 2), decimals(1, 100_000, 2, Skew.logNormal(1_000, 1.2)), "Tonnes")
                        .col("price_per_ton", SqlType.decimal(8, 2), derived("round(CASE project_type WHEN 'DIRECT_AIR_CAPTURE' THEN 450 ELSE 12 END * $0, 2)",
                                decimals(0.2, 5, 3, Skew.logNormal(1, 0.5))), "Price")
                        .col("registry", weighted("Verra", 45, "Gold Standard", 25, "American Carbon Registry", 15, "Climate Action Reserve", 15), "Registry")
                        .col("status", weighted("ISSUED", 45, "RETIRED", 35, "LISTED", 20), "Status")
                        .col("buyer", template("{} {}", pool(Financial.MERCHANT_WORDS, "word"), weighted("Holdings", 30, "Industries", 25, "Airlines", 20, "Foods", 25)),
                                "Buyer")
                        .col("retirement_date", DATE, derived("CASE WHEN status = 'RETIRED' THEN {{add_days(DATE '2020-01-01', $0)}} END", ints(0, 1_800)),
                                "Retired, NULL while held"))

                .table(Table.lookup("ev_stations", 100_000)
                        .comment("Public charging stations")
                        .col("station_id", sequence(), "Unique station identifier")
                        .col("name", template("{} Charging Hub {}", place(PlaceField.CITY), code("99", ints(1, 99))), "Name")
                        .col("city", place(PlaceField.CITY), "City")
                        .col("state", place(PlaceField.STATE), "State")
                        .col("ports", ints(2, 24, Skew.power(1.8)), "Charging ports")
                        .col("network_type", weighted("LEVEL_2", 60, "DC_FAST", 40), "Charger level")
                        .col("operator", pool(OPERATORS, "name"), "Operator")
                        .col("opened_date", dates(LocalDate.of(2015, 1, 1), LocalDate.of(2024, 12, 31)), "Opened"))

                .views(EnergyViews.ALL)
                .udfs(udfs())
                .gold(GoldViews.ENERGY)
                .star(StarSchemas.ENERGY)
                .checks(BusinessRules.ENERGY_CHECKS)
                .changes(BusinessRules.ENERGY_CHANGES)
                .build();
    }

    private static List<Udf> udfs() {
        return List.of(
                Udf.named("format_mwh").formatting().param("mwh", DOUBLE).returns(STRING)
                        .body("CASE WHEN mwh >= 1000000 THEN CAST(round(mwh / 1000000, 2) AS STRING) || ' TWh' WHEN mwh >= 1000 THEN CAST(round(mwh / 1000, 2) AS STRING) "
                                + "|| ' GWh' ELSE CAST(round(mwh, 1) AS STRING) || ' MWh' END")
                        .comment("Energy in MWh, GWh or TWh")
                        .example("2500", "'2.5 GWh'"),
                Udf.named("carbon_intensity").business().param("co2_tons", DOUBLE).param("mwh", DOUBLE).returns(DOUBLE)
                        .body("CASE WHEN mwh > 0 THEN round(co2_tons * 1000 / mwh, 1) END")
                        .comment("kg CO2 per MWh")
                        .example("410, 1000", "410.0"),
                Udf.named("rate_class_label").formatting().param("rate_class", STRING).returns(STRING)
                        .body("CASE rate_class WHEN 'RES' THEN 'Residential' WHEN 'RES_TOU' THEN 'Residential time-of-use' WHEN 'SMALL_COM' THEN 'Small commercial' "
                                + "WHEN 'LARGE_COM' THEN 'Large commercial' WHEN 'EV' THEN 'Electric vehicle' ELSE 'Other' END")
                        .comment("Display label of a rate class")
                        .example("'RES_TOU'", "'Residential time-of-use'"),
                Udf.named("grid_frequency_status").business().param("hz", DOUBLE).returns(STRING)
                        .body("CASE WHEN abs(hz - 60) <= 0.05 THEN 'NORMAL' WHEN abs(hz - 60) <= 0.2 THEN 'ALERT' ELSE 'EMERGENCY' END")
                        .comment("State of a 60 Hz grid frequency reading")
                        .example("59.98", "'NORMAL'").example("59.7", "'EMERGENCY'"),
                Udf.named("solar_degradation").business().param("capacity_kw", DOUBLE).param("annual_rate", DOUBLE).param("years", INT).returns(DOUBLE)
                        .body("round(capacity_kw * pow(1 - annual_rate, years), 4)")
                        .comment("Capacity left after compound degradation")
                        .example("0.4, 0.005, 10", "0.3804"),
                Udf.named("battery_soh").business().param("degradation_pct", DOUBLE).returns(STRING)
                        .body("CASE WHEN degradation_pct < 10 THEN 'GOOD' WHEN degradation_pct < 20 THEN 'FAIR' WHEN degradation_pct < 30 THEN 'POOR' "
                                + "ELSE 'REPLACE' END")
                        .comment("State of health of a battery")
                        .example("12.5", "'FAIR'"),
                Udf.named("peak_pricing").business().param("base_price", DOUBLE).param("hour_of_day", INT).returns(DOUBLE)
                        .body("round(base_price * CASE WHEN hour_of_day BETWEEN 16 AND 20 THEN 2.0 WHEN hour_of_day BETWEEN 7 AND 15 THEN 1.2 ELSE 0.8 END, 4)")
                        .comment("Time-of-use price for an hour")
                        .example("0.15, 18", "0.3").example("0.15, 2", "0.12"),
                Udf.named("emission_compliance").validation().param("amount", DOUBLE).param("permit_limit", DOUBLE).returns(BOOLEAN)
                        .body("amount <= permit_limit")
                        .comment("Within the permit")
                        .example("95, 100", "true"),
                Udf.named("ev_charge_cost").business().param("kwh", DOUBLE).param("price_per_kwh", DOUBLE).param("minutes", INT).returns(DOUBLE)
                        .body("round(kwh * price_per_kwh + CASE WHEN minutes > 240 THEN (minutes - 240) * 0.4 ELSE 0 END, 2)")
                        .comment("Energy cost plus idle fee after four hours")
                        .example("30, 0.4, 300", "36.0"),
                Udf.named("thermostat_mode_icon").formatting().param("mode", STRING).returns(STRING)
                        .body("CASE mode WHEN 'COOL' THEN 'snowflake' WHEN 'HEAT' THEN 'flame' WHEN 'AUTO' THEN 'arrows' WHEN 'ECO' THEN 'leaf' ELSE 'power-off' END")
                        .comment("Icon for a thermostat mode")
                        .example("'ECO'", "'leaf'"),
                Udf.named("outage_severity").business().param("customers_affected", INT).param("minutes", INT).returns(STRING)
                        .body("CASE WHEN customers_affected >= 10000 OR minutes >= 1440 THEN 'MAJOR' WHEN customers_affected >= 1000 OR minutes >= 240 THEN 'SIGNIFICANT' "
                                + "ELSE 'MINOR' END")
                        .comment("Severity class of an outage")
                        .example("1500, 30", "'SIGNIFICANT'"),
                Udf.named("voltage_level").business().param("kv", INT).returns(STRING)
                        .body("CASE WHEN kv >= 345 THEN 'EXTRA_HIGH' WHEN kv >= 115 THEN 'HIGH' WHEN kv >= 35 THEN 'SUBTRANSMISSION' ELSE 'DISTRIBUTION' END")
                        .comment("Voltage class")
                        .example("230", "'HIGH'"),
                Udf.named("fuel_color").formatting().param("fuel", STRING).returns(STRING)
                        .body("CASE fuel WHEN 'SOLAR' THEN '#F5B700' WHEN 'WIND' THEN '#4CB5F5' WHEN 'HYDRO' THEN '#1F77B4' WHEN 'NUCLEAR' THEN '#9467BD' "
                                + "WHEN 'GAS' THEN '#FF7F0E' WHEN 'COAL' THEN '#4D4D4D' ELSE '#2CA02C' END")
                        .comment("Chart color of a fuel")
                        .example("'WIND'", "'#4CB5F5'"),
                Udf.named("capacity_factor_grade").business().param("capacity_factor", DOUBLE).returns(STRING)
                        .body("CASE WHEN capacity_factor >= 0.8 THEN 'BASELOAD' WHEN capacity_factor >= 0.4 THEN 'INTERMEDIATE' ELSE 'PEAKING_OR_VARIABLE' END")
                        .comment("Operating role implied by a capacity factor")
                        .example("0.92", "'BASELOAD'"),
                Udf.named("format_co2").formatting().param("tons", DOUBLE).returns(STRING)
                        .body("{{format_number(tons, 1)}} || ' tCO2'")
                        .comment("Tonnes of CO2 for display")
                        .example("12345.67", "'12,345.7 tCO2'"),
                Udf.named("is_renewable").validation().param("fuel", STRING).returns(BOOLEAN)
                        .body("upper(fuel) IN ('SOLAR', 'WIND', 'HYDRO', 'GEOTHERMAL', 'BIOMASS', 'BATTERY')")
                        .comment("Renewable fuel (storage counted as renewable)")
                        .example("'wind'", "true").example("'COAL'", "false"),
                Udf.named("demand_response_savings").business().param("reduction_mw", DOUBLE).param("hours", INT).param("price_per_mwh", DOUBLE).returns(DOUBLE)
                        .body("round(reduction_mw * hours * price_per_mwh, 2)")
                        .comment("Value of load reduced during an event")
                        .example("20, 3, 150", "9000.0"),
                Udf.named("line_loss_estimate").business().param("mw", DOUBLE).param("miles", DOUBLE).param("kv", INT).returns(DOUBLE)
                        .body("round(mw * miles * 0.0001 * (345.0 / kv), 3)")
                        .comment("Rough resistive losses of a line (MW)")
                        .example("500, 100, 345", "5.0"),
                Udf.named("meter_read_quality").business().param("quality", STRING).returns(INT)
                        .body("CASE quality WHEN 'ACTUAL' THEN 100 WHEN 'EDITED' THEN 80 WHEN 'ESTIMATED' THEN 60 ELSE 0 END")
                        .comment("Quality score of a read")
                        .example("'ESTIMATED'", "60"),
                Udf.named("anonymize_meter").masking().param("meter_id", STRING).returns(STRING)
                        .body("'MTR-****' || right(meter_id, 4)")
                        .comment("Meter id showing only its last four digits")
                        .example("'MTR-12345678'", "'MTR-****5678'"));
    }
}
