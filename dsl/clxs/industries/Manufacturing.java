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
import static clxs.model.Gen.pool;
import static clxs.model.Gen.sequence;
import static clxs.model.Gen.template;
import static clxs.model.Gen.timestamps;
import static clxs.model.Gen.weighted;
import static clxs.model.SqlType.BIGINT;
import static clxs.model.SqlType.BOOLEAN;
import static clxs.model.SqlType.DATE;
import static clxs.model.SqlType.DOUBLE;
import static clxs.model.SqlType.INT;
import static clxs.model.SqlType.STRING;
import static clxs.model.SqlType.TIMESTAMP;

import clxs.model.Industry;
import clxs.model.PersonField;
import clxs.model.Pool;
import clxs.model.Seasonality;
import clxs.model.Skew;
import clxs.model.SqlType;
import clxs.model.Table;
import clxs.model.Udf;
import java.time.LocalDate;
import java.util.List;

/**
 * Manufacturing: machine sensor readings, production events and quality checks over equipment,
 * production lines, products and materials. Plants run around the clock, heavier on weekdays;
 * readings cross warning and alarm limits at realistic rates.
 */
public final class Manufacturing {

    private Manufacturing() {}

    /** Three shifts, weekdays busier than weekends. */
    static final Seasonality PLANT = Seasonality.NONE.withWeekdays(List.of(1.15, 1.15, 1.15, 1.15, 1.1, 0.75, 0.55));
    static final Seasonality WORKDAYS = Seasonality.NONE.withWeekdays(Seasonality.BUSINESS_DAYS);

    static final String SHIFT_OF_HOUR = "CASE WHEN hour(%1$s) < 6 OR hour(%1$s) >= 22 THEN 'NIGHT' WHEN hour(%1$s) < 14 THEN 'DAY' ELSE 'SWING' END";

    /** Sensor type, unit, normal mean and spread, warning and alarm limits. */
    static final Pool SENSORS = Pool.of("sensor", "type", "unit", "mean", "sd", "warn", "alarm")
            .row("TEMPERATURE", "degC", 68.0, 8.0, 85.0, 95.0)
            .row("VIBRATION", "mm/s", 4.5, 1.9, 9.0, 12.0)
            .row("PRESSURE", "bar", 6.2, 0.7, 7.8, 8.6)
            .row("CURRENT", "A", 32.0, 6.0, 45.0, 52.0)
            .row("RPM", "rpm", 1750.0, 110.0, 1990.0, 2100.0)
            .row("HUMIDITY", "%", 45.0, 8.0, 65.0, 75.0)
            .row("FLOW_RATE", "L/min", 120.0, 14.0, 152.0, 165.0);

    /** Check type, nominal, tolerance (+/-), unit. */
    static final Pool SPECS = Pool.of("spec", "check_type", "nominal", "tolerance")
            .row("DIMENSIONAL", 25.4, 0.05).row("WEIGHT", 500.0, 5.0).row("TORQUE", 45.0, 1.5).row("THICKNESS", 2.0, 0.04)
            .row("HARDNESS", 60.0, 2.0).row("LEAK_RATE", 0.5, 0.1)
            .popularity(Skew.power(1.3));

    static final Pool EQUIPMENT = Pool.of("equipment_type", "type", "label")
            .row("CNC_MILL", "CNC Mill").row("LATHE", "Lathe").row("PRESS", "Hydraulic Press").row("ROBOT", "Welding Robot")
            .row("CONVEYOR", "Conveyor").row("INJECTION_MOLDER", "Injection Molder").row("COMPRESSOR", "Air Compressor")
            .row("PAINT_BOOTH", "Paint Booth").row("OVEN", "Curing Oven").row("PACKAGER", "Packaging Machine")
            .popularity(Skew.power(1.2));

    static final Pool MAKERS = Pool.of("maker", "name")
            .row("Kessler Machine Works").row("Tanaka Industrial").row("Bergmann Automation").row("Atlas Robotics")
            .row("Norden Hydraulics").row("Vega Controls").row("Ridgeway Tooling");

    /** Material, type, unit, cost per unit (USD). */
    static final Pool MATERIALS = Pool.of("material", "name", "type", "unit", "cost")
            .row("Cold-rolled steel sheet", "METAL", "kg", 1.1).row("Aluminum 6061 bar", "METAL", "kg", 3.4)
            .row("ABS resin pellets", "PLASTIC", "kg", 2.2).row("Copper wire 12 AWG", "ELECTRICAL", "m", 0.9)
            .row("M8 hex bolt", "FASTENER", "ea", 0.08).row("Ball bearing 6204", "COMPONENT", "ea", 2.6)
            .row("PCB assembly", "ELECTRONIC", "ea", 18.0).row("Nitrile gasket", "RUBBER", "ea", 0.35)
            .row("Industrial adhesive", "CHEMICAL", "L", 14.0).row("Corrugated carton", "PACKAGING", "ea", 0.6)
            .row("Stainless tube 304", "METAL", "m", 7.5).row("Lithium cell 18650", "ELECTRONIC", "ea", 3.1)
            .popularity(Skew.power(1.2));

    static final Pool PLANTS = Pool.of("plant", "name")
            .row("Dayton Assembly").row("Greenville Fabrication").row("Fremont Electronics").row("Monterrey Components")
            .row("Columbus Stamping").row("Spartanburg Finishing").row("Tucson Plastics");

    static final Pool PRODUCT_FAMILIES = Pool.of("product_family", "family", "category", "weight", "cost")
            .row("Gear Motor", "DRIVETRAIN", 4.2, 85.0).row("Control Valve", "FLUID", 1.8, 60.0).row("Pump Housing", "FLUID", 6.5, 110.0)
            .row("Sensor Module", "ELECTRONICS", 0.3, 42.0).row("Battery Pack", "ELECTRONICS", 3.1, 210.0).row("Bracket Assembly", "STRUCTURAL", 0.9, 14.0)
            .row("Heat Exchanger", "THERMAL", 12.0, 340.0).row("Cable Harness", "ELECTRICAL", 0.7, 26.0)
            .popularity(Skew.power(1.2));

    /** Metric, unit, regulatory limit, typical value. */
    static final Pool ENVIRONMENT = Pool.of("env_metric", "type", "unit", "limit", "mean")
            .row("CO2_EMISSIONS", "t", 120.0, 95.0).row("NOX", "ppm", 50.0, 38.0).row("WATER_DISCHARGE", "m3", 900.0, 640.0)
            .row("PARTICULATES", "ug/m3", 35.0, 22.0).row("NOISE", "dB", 85.0, 76.0);

    public static final Industry INDUSTRY = define();

    private static Industry define() {
        SqlType money = SqlType.decimal(12, 2);
        return Industry.named("manufacturing")
                .description("Discrete manufacturing: sensors, production events, quality checks, work orders, equipment, lines and materials")

                .table(Table.fact("sensor_readings", 100_000_000).date("reading_timestamp")
                        .comment("Machine sensor readings with warning and alarm levels")
                        .col("reading_id", sequence(), "Unique reading identifier")
                        .col("equipment_id", fk("equipment", Skew.power(1.2)), "Machine")
                        .col("sensor_type", pool(SENSORS, "type", "sensor"), "What is measured")
                        .col("value", DOUBLE, derived("round($0 + $1 * $2, 3)", pool(SENSORS, "mean", "sensor"), pool(SENSORS, "sd", "sensor"),
                                normal(0, 1, -6, 6, 4)), "Reading")
                        .col("unit", pool(SENSORS, "unit", "sensor"), "Unit")
                        .col("reading_timestamp", timestamps(PLANT), "Time of the reading")
                        .col("quality_flag", weighted("GOOD", 95, "SUSPECT", 3, "BAD", 2), "Signal quality")
                        .col("line_id", lookup("equipment_id", "line_id"), "Production line of the machine")
                        .col("shift", STRING, derived(String.format(SHIFT_OF_HOUR, "reading_timestamp")), "Shift of the reading")
                        .col("alert_level", STRING, derived("CASE WHEN value >= $1 THEN 'ALARM' WHEN value >= $0 THEN 'WARNING' ELSE 'NORMAL' END",
                                pool(SENSORS, "warn", "sensor"), pool(SENSORS, "alarm", "sensor")), "NORMAL, WARNING or ALARM against the sensor's limits"))

                .table(Table.fact("production_events", 50_000_000).date("event_timestamp")
                        .comment("Events of work orders on production lines")
                        .col("event_id", sequence(), "Unique event identifier")
                        .col("order_id", fk("work_orders", Skew.power(1.2)), "Work order")
                        .col("product_code", lookup("order_id", "product_code"), "Product of the work order")
                        .col("line_id", fk("production_lines", Skew.power(1.3)), "Line")
                        .col("event_type", weighted("COMPLETE", 45, "START", 20, "PAUSE", 10, "RESUME", 10, "REJECT", 8, "CHANGEOVER", 7), "Event")
                        .col("quantity", ints(1, 500, Skew.logNormal(40, 0.9)), "Units")
                        .col("event_timestamp", timestamps(PLANT), "When")
                        .col("operator_id", fk("operators", Skew.power(1.2)), "Operator")
                        .col("batch_id", code("B-99999999", ints(0, 99_999_999)), "Batch")
                        .col("cycle_time_seconds", SqlType.decimal(8, 2), decimals(5, 600, 2, Skew.logNormal(48, 0.4)), "Seconds per unit"))

                .table(Table.fact("quality_checks", 30_000_000).date("check_timestamp")
                        .comment("Inspections against specification limits")
                        .col("check_id", sequence(), "Unique check identifier")
                        .col("batch_id", code("B-99999999", ints(0, 99_999_999)), "Batch inspected")
                        .col("product_code", fk("products_mfg", Skew.power(1.3)), "Product")
                        .col("check_type", pool(SPECS, "check_type", "spec"), "Check")
                        .col("result", STRING, derived("CASE WHEN measurement BETWEEN spec_min AND spec_max THEN 'PASS' ELSE 'FAIL' END"), "PASS or FAIL")
                        .col("measurement", SqlType.decimal(12, 4), derived("round($0 + $1 / 2.6 * $2, 4)", pool(SPECS, "nominal", "spec"),
                                pool(SPECS, "tolerance", "spec"), normal(0, 1, -6, 6, 4)), "Measured value")
                        .col("spec_min", SqlType.decimal(12, 4), derived("$0 - $1", pool(SPECS, "nominal", "spec"), pool(SPECS, "tolerance", "spec")), "Lower limit")
                        .col("spec_max", SqlType.decimal(12, 4), derived("$0 + $1", pool(SPECS, "nominal", "spec"), pool(SPECS, "tolerance", "spec")), "Upper limit")
                        .col("inspector_id", ints(1, 5_000), "Inspector")
                        .col("check_timestamp", timestamps(PLANT), "When"))

                .table(Table.fact("work_orders", 5_000_000).date("start_date")
                        .comment("Production orders")
                        .col("order_id", sequence(), "Unique work order identifier")
                        .col("product_code", fk("products_mfg", Skew.power(1.3)), "Product to make")
                        .col("quantity_ordered", ints(50, 10_000, Skew.logNormal(600, 0.8)), "Units ordered")
                        .col("quantity_produced", INT, derived("CAST(floor(quantity_ordered * $0) AS INT)", decimals(0.7, 1.05, 3, Skew.normal(0.97, 0.05))),
                                "Units made")
                        .col("quantity_scrapped", INT, derived("CAST(floor(quantity_produced * $0) AS INT)", decimals(0, 0.08, 4, Skew.power(2.5))), "Units scrapped")
                        .col("start_date", dates(WORKDAYS), "Start")
                        .col("due_date", DATE, derived("{{add_days(start_date, $0)}}", ints(3, 30)), "Due")
                        .col("completion_date", DATE, derived("CASE WHEN status = 'COMPLETED' THEN {{add_days(start_date, $0)}} END", ints(2, 35)), "Completed")
                        .col("status", weighted("COMPLETED", 70, "IN_PROGRESS", 15, "RELEASED", 8, "ON_HOLD", 4, "CANCELLED", 3), "Status")
                        .col("priority", weighted("NORMAL", 65, "HIGH", 20, "LOW", 10, "RUSH", 5), "Priority"))

                .table(Table.fact("downtime_events", 5_000_000).date("start_time")
                        .comment("Machine stoppages")
                        .col("downtime_id", sequence(), "Unique downtime identifier")
                        .col("equipment_id", fk("equipment", Skew.power(1.5)), "Machine")
                        .col("line_id", lookup("equipment_id", "line_id"), "Line of the machine")
                        .col("reason", weighted("MECHANICAL_FAILURE", 22, "CHANGEOVER", 20, "PLANNED_MAINTENANCE", 18, "MATERIAL_SHORTAGE", 12, "ELECTRICAL_FAULT", 10,
                                "OPERATOR_UNAVAILABLE", 8, "QUALITY_HOLD", 10), "Reason")
                        .col("start_time", timestamps(PLANT), "Start")
                        .col("end_time", TIMESTAMP, derived("{{add_seconds(start_time, duration_minutes * 60)}}"), "End")
                        .col("duration_minutes", ints(5, 2_880, Skew.logNormal(45, 1.1)), "Minutes down")
                        .col("category", STRING, derived("CASE WHEN reason IN ('PLANNED_MAINTENANCE', 'CHANGEOVER') THEN 'PLANNED' "
                                + "WHEN reason IN ('MECHANICAL_FAILURE', 'ELECTRICAL_FAULT') THEN 'BREAKDOWN' ELSE 'OPERATIONAL' END"), "Loss category")
                        .col("planned", BOOLEAN, derived("reason IN ('PLANNED_MAINTENANCE', 'CHANGEOVER')"), "Planned stop")
                        .col("cost_impact", money, derived("round(duration_minutes * $0, 2)", decimals(15, 120, 2, Skew.logNormal(40, 0.4))), "Lost contribution in USD"))

                .table(Table.dimension("equipment", 1_000_000)
                        .comment("Machines on the shop floor")
                        .col("equipment_id", sequence(), "Unique machine identifier")
                        .col("name", template("{} {}", pool(EQUIPMENT, "label", "eq"), code("99", ints(1, 99))), "Machine name")
                        .col("equipment_type", pool(EQUIPMENT, "type", "eq"), "Machine type")
                        .col("manufacturer", pool(MAKERS, "name"), "Maker")
                        .col("model", code("AA-9999", ints(0, 5_000_000)), "Model")
                        .col("serial_number", code("SN-XXXXXXXX"), "Serial number")
                        .col("install_date", dates(LocalDate.of(2000, 1, 1), LocalDate.of(2024, 6, 30)), "Installed")
                        .col("line_id", fk("production_lines", Skew.power(1.1)), "Line")
                        .col("status", weighted("RUNNING", 75, "IDLE", 10, "MAINTENANCE", 8, "DOWN", 4, "RETIRED", 3), "Status")
                        .col("maintenance_interval_days", weighted(30, 20, 60, 25, 90, 30, 180, 15, 365, 10), "Preventive maintenance interval"))

                .table(Table.dimension("materials", 1_000_000)
                        .comment("Raw materials and purchased parts")
                        .col("material_id", sequence(), "Unique material identifier")
                        .col("name", pool(MATERIALS, "name", "mat"), "Material")
                        .col("material_type", pool(MATERIALS, "type", "mat"), "Type")
                        .col("unit", pool(MATERIALS, "unit", "mat"), "Unit of measure")
                        .col("unit_cost", SqlType.decimal(12, 4), derived("round($0 * $1, 4)", pool(MATERIALS, "cost", "mat"), decimals(0.7, 1.4, 3, Skew.UNIFORM)),
                                "Standard cost per unit")
                        .col("supplier_id", fk("suppliers_mfg", Skew.power(1.4)), "Preferred supplier")
                        .col("lead_time_days", ints(2, 90, Skew.logNormal(14, 0.6)), "Lead time")
                        .col("min_order_qty", weighted(1, 15, 10, 25, 100, 30, 500, 20, 1000, 10), "Minimum order")
                        .col("safety_stock", ints(0, 5_000, Skew.power(2.0)), "Safety stock"))

                .table(Table.dimension("suppliers_mfg", 1_000_000)
                        .comment("Material suppliers")
                        .col("supplier_id", sequence(), "Unique supplier identifier")
                        .col("name", template("{} {}", pool(MAKERS, "name"), weighted("Supply", 40, "Metals", 20, "Components", 25, "Polymers", 15)), "Supplier")
                        .col("country", weighted("US", 45, "MX", 15, "CN", 15, "DE", 8, "JP", 6, "CA", 6, "KR", 5), "Country")
                        .col("certification", weighted("ISO_9001", 50, "IATF_16949", 20, "AS9100", 8, "ISO_14001", 12, "NONE", 10), "Quality certification")
                        .col("quality_rating", SqlType.decimal(3, 2), decimals(1, 5, 2, Skew.normal(4.1, 0.5)), "Rating, 1-5")
                        .col("on_time_delivery_pct", SqlType.decimal(5, 1), decimals(55, 100, 1, Skew.normal(91, 6)), "On-time delivery")
                        .col("contact_email", template("orders{}@example.net", ints(1, 999_999)), "Order desk")
                        .col("lead_time_avg_days", ints(2, 60, Skew.logNormal(12, 0.5)), "Average lead time"))

                .table(Table.dimension("production_lines", 1_000_000)
                        .comment("Production lines in the plants")
                        .col("line_id", sequence(), "Unique line identifier")
                        .col("name", template("Line {}{}", code("A", ints(0, 25)), code("99", ints(1, 99))), "Line name")
                        .col("plant", pool(PLANTS, "name"), "Plant")
                        .col("capacity_per_hour", ints(50, 2_000, Skew.logNormal(300, 0.6)), "Rated units per hour")
                        .col("product_family", pool(PRODUCT_FAMILIES, "family", "family"), "Product family made")
                        .col("shift_pattern", weighted("3x8", 45, "2x12", 20, "2x8", 25, "1x8", 10), "Shift pattern")
                        .col("status", weighted("ACTIVE", 85, "IDLE", 8, "MAINTENANCE", 5, "DECOMMISSIONED", 2), "Status")
                        .col("oee_target", SqlType.decimal(4, 2), decimals(0.65, 0.9, 2, Skew.UNIFORM), "Engine overall equipment effectiveness"))

                .table(Table.dimension("products_mfg", 1_000_000)
                        .comment("Manufactured products")
                        .col("product_code", code("PRD-999999X"), "Product code")
                        .col("name", template("{} {}", pool(PRODUCT_FAMILIES, "family", "family"), code("AX-99", ints(0, 9_999))), "Product name")
                        .col("category", pool(PRODUCT_FAMILIES, "category", "family"), "Category")
                        .col("weight_kg", SqlType.decimal(8, 3), derived("round($0 * $1, 3)", pool(PRODUCT_FAMILIES, "weight", "family"),
                                decimals(0.7, 1.4, 3, Skew.UNIFORM)), "Weight")
                        .col("dimensions", template("{}x{}x{} cm", ints(5, 120), ints(5, 80), ints(2, 60)), "Length x width x height")
                        .col("bom_cost", money, derived("round($0 * $1, 2)", pool(PRODUCT_FAMILIES, "cost", "family"), decimals(0.7, 1.5, 3, Skew.UNIFORM)),
                                "Bill-of-materials cost")
                        .col("selling_price", money, derived("round(bom_cost * $0, 2)", decimals(1.15, 2.2, 3, Skew.normal(1.55, 0.2))), "List price")
                        .col("active", bool(0.9), "In production"))

                .table(Table.lookup("maintenance_logs", 500_000).date("start_time")
                        .comment("Maintenance work on machines")
                        .col("log_id", sequence(), "Unique log identifier")
                        .col("equipment_id", fk("equipment", Skew.power(1.4)), "Machine")
                        .col("maintenance_type", weighted("PREVENTIVE", 45, "CORRECTIVE", 25, "PREDICTIVE", 12, "CALIBRATION", 10, "INSPECTION", 8), "Type")
                        .col("description", weighted("Replaced worn bearings", 18, "Lubricated drive train", 20, "Recalibrated sensors", 15, "Replaced drive belt", 12,
                                "Cleared hydraulic leak", 10, "Updated controller firmware", 10, "Replaced filters", 15), "Work done")
                        .col("start_time", timestamps(WORKDAYS), "Start")
                        .col("end_time", TIMESTAMP, derived("{{add_seconds(start_time, $0)}}", ints(900, 86_400, Skew.logNormal(7_200, 0.8))), "End")
                        .col("cost", money, amount(650, 1.0, 20, 80_000), "Parts and labor")
                        .col("technician", template("tech_{}", ints(1, 600)), "Technician")
                        .col("parts_used", weighted("None", 30, "Bearing", 15, "Belt", 12, "Filter", 15, "Seal kit", 10, "Sensor", 10, "Motor", 8), "Main part"))

                .table(Table.lookup("scrap_records", 500_000).date("scrap_date")
                        .comment("Scrapped product")
                        .col("scrap_id", sequence(), "Unique scrap identifier")
                        .col("batch_id", code("B-99999999", ints(0, 99_999_999)), "Batch")
                        .col("product_code", fk("products_mfg", Skew.power(1.3)), "Product")
                        .col("quantity", ints(1, 500, Skew.power(3.0)), "Units scrapped")
                        .col("reason", weighted("DIMENSIONAL", 30, "SURFACE_DEFECT", 25, "MATERIAL_DEFECT", 15, "ASSEMBLY_ERROR", 15, "HANDLING_DAMAGE", 10,
                                "SETUP_SCRAP", 5), "Reason")
                        .col("scrap_date", dates(WORKDAYS), "Date")
                        .col("cost", money, amount(180, 1.1, 1, 50_000), "Scrap cost")
                        .col("disposition", weighted("RECYCLE", 45, "REWORK", 30, "DISPOSE", 20, "RETURN_TO_SUPPLIER", 5), "Disposition"))

                .table(Table.lookup("energy_consumption", 300_000).date("reading_date")
                        .comment("Energy use per line")
                        .col("record_id", sequence(), "Unique energy record identifier")
                        .col("line_id", fk("production_lines", Skew.power(1.2)), "Line")
                        .col("meter_type", weighted("ELECTRICITY", 70, "GAS", 15, "COMPRESSED_AIR", 10, "STEAM", 5), "Utility")
                        .col("value", SqlType.decimal(12, 2), decimals(10, 50_000, 2, Skew.logNormal(2_500, 0.7)), "Consumption")
                        .col("unit", STRING, derived("CASE meter_type WHEN 'ELECTRICITY' THEN 'kWh' WHEN 'GAS' THEN 'therm' WHEN 'COMPRESSED_AIR' THEN 'm3' "
                                + "ELSE 'kg' END"), "Unit")
                        .col("reading_date", dates(PLANT), "Date")
                        .col("shift", weighted("DAY", 40, "SWING", 35, "NIGHT", 25), "Shift")
                        .col("cost", money, derived("round(value * CASE meter_type WHEN 'ELECTRICITY' THEN 0.11 WHEN 'GAS' THEN 0.95 "
                                + "WHEN 'COMPRESSED_AIR' THEN 0.03 ELSE 0.04 END, 2)"), "Cost in USD"))

                .table(Table.lookup("safety_incidents", 200_000).date("incident_date")
                        .comment("Safety incidents and near misses")
                        .col("incident_id", sequence(), "Unique incident identifier")
                        .col("location", pool(PLANTS, "name"), "Plant")
                        .col("incident_type", weighted("NEAR_MISS", 45, "FIRST_AID", 25, "RECORDABLE", 15, "LOST_TIME", 8, "PROPERTY_DAMAGE", 7), "Type")
                        .col("severity", weighted("LOW", 55, "MEDIUM", 30, "HIGH", 12, "CRITICAL", 3), "Severity")
                        .col("incident_date", dates(WORKDAYS), "Date")
                        .col("description", weighted("Slip on wet floor", 20, "Pinch point contact", 15, "Forklift near miss", 15, "Lifting strain", 20,
                                "Hot surface contact", 10, "Eye exposure to debris", 10, "Unguarded machine", 10), "What happened")
                        .col("lost_time_hours", SqlType.decimal(8, 1), derived("CASE WHEN incident_type = 'LOST_TIME' THEN $0 ELSE 0 END",
                                decimals(4, 400, 1, Skew.logNormal(24, 1.0))), "Hours lost")
                        .col("osha_recordable", BOOLEAN, derived("incident_type IN ('RECORDABLE', 'LOST_TIME')"), "OSHA recordable"))

                .table(Table.lookup("inventory_mfg", 300_000).date("last_counted")
                        .comment("Material stock")
                        .col("inventory_id", sequence(), "Unique inventory record identifier")
                        .col("material_id", fk("materials", Skew.power(1.2)), "Material")
                        .col("warehouse", weighted("MAIN", 50, "OVERFLOW", 20, "LINE_SIDE", 20, "QUARANTINE", 10), "Storage area")
                        .col("quantity", ints(0, 20_000, Skew.power(2.2)), "On hand")
                        .col("unit", lookup("material_id", "unit"), "Unit of the material")
                        .col("last_counted", dates(), "Last count")
                        .col("min_level", ints(10, 2_000), "Reorder level")
                        .col("max_level", INT, derived("min_level * $0", ints(3, 8)), "Maximum level"))

                .table(Table.lookup("purchase_orders", 200_000).date("order_date")
                        .comment("Purchase orders for materials")
                        .col("po_id", sequence(), "Unique purchase order identifier")
                        .col("supplier_id", fk("suppliers_mfg", Skew.power(1.4)), "Supplier")
                        .col("material_id", fk("materials", Skew.power(1.2)), "Material")
                        .col("quantity", ints(10, 50_000, Skew.logNormal(800, 1.0)), "Quantity ordered")
                        .col("unit_price", lookup("material_id", "unit_cost"), "Price per unit")
                        .col("total", money, derived("round(quantity * unit_price, 2)"), "Order value")
                        .col("order_date", dates(WORKDAYS), "Ordered")
                        .col("delivery_date", DATE, derived("{{add_days(order_date, $0)}}", ints(2, 75, Skew.logNormal(14, 0.6))), "Delivered or promised")
                        .col("status", weighted("RECEIVED", 70, "IN_TRANSIT", 12, "OPEN", 10, "PARTIAL", 5, "CANCELLED", 3), "Status"))

                .table(Table.lookup("bom", 200_000)
                        .comment("Bills of materials")
                        .col("bom_id", sequence(), "Unique BOM line identifier")
                        .col("product_code", fk("products_mfg"), "Product")
                        .col("material_id", fk("materials", Skew.power(1.2)), "Component material")
                        .col("quantity_per_unit", SqlType.decimal(10, 3), decimals(0.01, 50, 3, Skew.logNormal(2, 1.0)), "Quantity per product")
                        .col("unit", lookup("material_id", "unit"), "Unit")
                        .col("level", weighted(1, 50, 2, 30, 3, 15, 4, 5), "BOM level")
                        .col("is_critical", bool(0.15), "Single-source or long lead time"))

                .table(Table.lookup("shift_schedules", 100_000).date("shift_date")
                        .comment("Operator shift assignments")
                        .col("schedule_id", sequence(), "Unique schedule identifier")
                        .col("operator_id", fk("operators"), "Operator")
                        .col("line_id", fk("production_lines", Skew.power(1.2)), "Line")
                        .col("shift_date", dates(WORKDAYS), "Date")
                        .col("shift", weighted("DAY", 40, "SWING", 35, "NIGHT", 25), "Shift")
                        .col("start_time", STRING, derived("CASE shift WHEN 'DAY' THEN '06:00' WHEN 'SWING' THEN '14:00' ELSE '22:00' END"), "Start, HH:MM")
                        .col("end_time", STRING, derived("CASE shift WHEN 'DAY' THEN '14:00' WHEN 'SWING' THEN '22:00' ELSE '06:00' END"), "End, HH:MM")
                        .col("status", weighted("COMPLETED", 80, "SCHEDULED", 12, "ABSENT", 4, "SWAPPED", 4), "Status"))

                .table(Table.lookup("environmental_metrics", 100_000).date("measurement_date")
                        .comment("Environmental monitoring against permit limits")
                        .col("metric_id", sequence(), "Unique metric identifier")
                        .col("plant", pool(PLANTS, "name"), "Plant")
                        .col("metric_type", pool(ENVIRONMENT, "type", "env"), "Metric")
                        .col("value", SqlType.decimal(10, 2), derived("round($0 * (1 + $1), 2)", pool(ENVIRONMENT, "mean", "env"), normal(0, 0.15, -0.6, 0.8, 4)),
                                "Measured value")
                        .col("unit", pool(ENVIRONMENT, "unit", "env"), "Unit")
                        .col("measurement_date", dates(), "Date")
                        .col("compliant", BOOLEAN, derived("value <= $0", pool(ENVIRONMENT, "limit", "env")), "Within the permit limit"))

                .table(Table.lookup("operators", 100_000).date("hire_date")
                        .comment("Machine operators (PII)")
                        .col("operator_id", sequence(), "Unique operator identifier")
                        .col("first_name", person(PersonField.FIRST_NAME), "Given name (PII)")
                        .col("last_name", person(PersonField.LAST_NAME), "Family name (PII)")
                        .col("certification_level", weighted("LEVEL_1", 30, "LEVEL_2", 35, "LEVEL_3", 25, "LEVEL_4", 10), "Certification")
                        .col("hire_date", dates(LocalDate.of(2000, 1, 1), LocalDate.of(2024, 12, 31)), "Hire date")
                        .col("line_id", fk("production_lines"), "Home line")
                        .col("shift", weighted("DAY", 40, "SWING", 35, "NIGHT", 25), "Regular shift"))

                .views(ManufacturingViews.ALL)
                .udfs(udfs())
                .gold(GoldViews.MANUFACTURING)
                .star(StarSchemas.MANUFACTURING)
                .checks(BusinessRules.MANUFACTURING_CHECKS)
                .changes(BusinessRules.MANUFACTURING_CHANGES)
                .build();
    }

    private static List<Udf> udfs() {
        return List.of(
                Udf.named("oee_calculate").business().param("availability", DOUBLE).param("performance", DOUBLE).param("quality", DOUBLE).returns(DOUBLE)
                        .body("round(availability * performance * quality, 4)")
                        .comment("Overall equipment effectiveness = availability x performance x quality")
                        .example("0.8, 0.9, 0.95", "0.684"),
                Udf.named("sensor_status").business().param("value", DOUBLE).param("warn_limit", DOUBLE).param("alarm_limit", DOUBLE).returns(STRING)
                        .body("CASE WHEN value >= alarm_limit THEN 'ALARM' WHEN value >= warn_limit THEN 'WARNING' ELSE 'NORMAL' END")
                        .comment("Alert level of a reading against its limits")
                        .example("88, 85, 95", "'WARNING'"),
                Udf.named("cycle_time_efficiency").business().param("ideal_seconds", DOUBLE).param("actual_seconds", DOUBLE).returns(DOUBLE)
                        .body("CASE WHEN actual_seconds > 0 THEN round(ideal_seconds / actual_seconds * 100, 1) END")
                        .comment("Ideal over actual cycle time, in percent")
                        .example("45, 50", "90.0"),
                Udf.named("scrap_rate").business().param("scrapped", INT).param("produced", INT).returns(DOUBLE)
                        .body("CASE WHEN produced > 0 THEN round(scrapped * 100.0 / produced, 2) END")
                        .comment("Scrap in percent of production")
                        .example("12, 400", "3.0"),
                Udf.named("yield_rate").business().param("good", INT).param("total", INT).returns(DOUBLE)
                        .body("CASE WHEN total > 0 THEN round(good * 100.0 / total, 2) END")
                        .comment("First-pass yield in percent")
                        .example("485, 500", "97.0"),
                Udf.named("maintenance_urgency").business().param("days_since_service", INT).param("interval_days", INT).returns(STRING)
                        .body("CASE WHEN days_since_service >= interval_days THEN 'OVERDUE' WHEN days_since_service >= interval_days * 0.9 THEN 'DUE_SOON' "
                                + "ELSE 'OK' END")
                        .comment("Preventive maintenance state")
                        .example("95, 90", "'OVERDUE'").example("82, 90", "'DUE_SOON'"),
                Udf.named("downtime_cost_per_hour").business().param("cost", DOUBLE).param("minutes", INT).returns(DOUBLE)
                        .body("CASE WHEN minutes > 0 THEN round(cost / (minutes / 60.0), 2) END")
                        .comment("Cost of downtime per hour")
                        .example("1500, 90", "1000.0"),
                Udf.named("format_duration_mfg").formatting().param("minutes", INT).returns(STRING)
                        .body("CAST({{int_div(minutes, 60)}} AS STRING) || 'h ' || lpad(CAST(minutes % 60 AS STRING), 2, '0') || 'm'")
                        .comment("Minutes as 'Xh MMm'")
                        .example("135", "'2h 15m'"),
                Udf.named("safety_severity_score").business().param("incident_type", STRING).returns(INT)
                        .body("CASE incident_type WHEN 'LOST_TIME' THEN 5 WHEN 'RECORDABLE' THEN 4 WHEN 'PROPERTY_DAMAGE' THEN 3 WHEN 'FIRST_AID' THEN 2 ELSE 1 END")
                        .comment("Severity score of an incident type, 1-5")
                        .example("'RECORDABLE'", "4"),
                Udf.named("inventory_health").business().param("quantity", INT).param("min_level", INT).param("max_level", INT).returns(STRING)
                        .body("CASE WHEN quantity <= 0 THEN 'STOCKOUT' WHEN quantity < min_level THEN 'LOW' WHEN quantity > max_level THEN 'EXCESS' ELSE 'HEALTHY' END")
                        .comment("Stock state against min and max levels")
                        .example("5, 10, 100", "'LOW'").example("150, 10, 100", "'EXCESS'"),
                Udf.named("energy_cost_per_unit").business().param("energy_cost", DOUBLE).param("units_produced", INT).returns(DOUBLE)
                        .body("CASE WHEN units_produced > 0 THEN round(energy_cost / units_produced, 4) END")
                        .comment("Energy cost per unit produced")
                        .example("250, 1000", "0.25"),
                Udf.named("supplier_grade").business().param("quality_rating", DOUBLE).param("on_time_pct", DOUBLE).returns(STRING)
                        .body("CASE WHEN quality_rating >= 4.5 AND on_time_pct >= 95 THEN 'A' WHEN quality_rating >= 4 AND on_time_pct >= 90 THEN 'B' "
                                + "WHEN quality_rating >= 3 AND on_time_pct >= 80 THEN 'C' ELSE 'D' END")
                        .comment("Supplier scorecard grade")
                        .example("4.6, 97", "'A'").example("3.5, 70", "'D'"),
                Udf.named("batch_traceability").formatting().param("plant", STRING).param("line_id", BIGINT).param("batch_id", STRING).returns(STRING)
                        .body("upper(substr(plant, 1, 3)) || '-L' || CAST(line_id AS STRING) || '-' || batch_id")
                        .comment("Traceability code of a batch")
                        .example("'Dayton Assembly', 7, 'B-00001234'", "'DAY-L7-B-00001234'"),
                Udf.named("is_overdue_po").validation().param("delivery_date", DATE).param("status", STRING).returns(BOOLEAN)
                        .body("status IN ('OPEN', 'IN_TRANSIT', 'PARTIAL') AND delivery_date < current_date")
                        .comment("Undelivered and past its delivery date")
                        .example("DATE '2020-01-01', 'OPEN'", "true").example("DATE '2020-01-01', 'RECEIVED'", "false"),
                Udf.named("shift_label").formatting().param("ts", TIMESTAMP).returns(STRING)
                        .body(String.format(SHIFT_OF_HOUR, "ts"))
                        .comment("Shift of a timestamp: DAY 6-14, SWING 14-22, NIGHT 22-6")
                        .example("TIMESTAMP '2024-05-01 23:30:00'", "'NIGHT'").example("TIMESTAMP '2024-05-01 09:00:00'", "'DAY'"),
                Udf.named("environmental_rating").business().param("value", DOUBLE).param("limit_value", DOUBLE).returns(STRING)
                        .body("CASE WHEN value > limit_value THEN 'EXCEEDED' WHEN value > limit_value * 0.9 THEN 'NEAR_LIMIT' ELSE 'COMPLIANT' END")
                        .comment("Measurement against a permit limit")
                        .example("95, 100", "'NEAR_LIMIT'"),
                Udf.named("mask_serial").masking().param("serial", STRING).returns(STRING)
                        .body("substr(serial, 1, 3) || repeat('*', greatest(length(serial) - 5, 0)) || right(serial, 2)")
                        .comment("Serial number with its middle hidden")
                        .example("'SN-AB12CD34'", "'SN-******34'"),
                Udf.named("production_status").business().param("produced", INT).param("ordered", INT).returns(STRING)
                        .body("CASE WHEN produced >= ordered THEN 'COMPLETE' WHEN produced >= ordered * 0.9 THEN 'NEARLY_COMPLETE' WHEN produced > 0 THEN 'IN_PROGRESS' "
                                + "ELSE 'NOT_STARTED' END")
                        .comment("Progress of a work order")
                        .example("95, 100", "'NEARLY_COMPLETE'"),
                Udf.named("quality_cpk").business().param("mean_value", DOUBLE).param("std_dev", DOUBLE).param("lsl", DOUBLE).param("usl", DOUBLE).returns(DOUBLE)
                        .body("CASE WHEN std_dev > 0 THEN round(least(usl - mean_value, mean_value - lsl) / (3 * std_dev), 3) END")
                        .comment("Process capability index Cpk")
                        .example("10, 0.01, 9.95, 10.05", "1.667"),
                Udf.named("anonymize_operator").masking().param("operator_id", BIGINT).returns(STRING)
                        .body("'OP-' || substr({{sha256(operator_id)}}, 1, 6)")
                        .comment("A stable pseudonym for an operator id")
                        .example("1", "'OP-6b86b2'"));
    }
}
