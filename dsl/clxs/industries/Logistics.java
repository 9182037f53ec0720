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
 * Logistics: shipments, tracking scans and fleet telemetry over vehicles, drivers and warehouses.
 * Volume builds to the holiday peak season and moves on business days; odometers only go up.
 */
public final class Logistics {

    private Logistics() {}

    static final Seasonality PEAK_SEASON = Seasonality.Q4_SPIKE.withWeekdays(Seasonality.BUSINESS_DAYS);
    static final Seasonality DAY_SHIFT = Seasonality.NONE.withWeekdays(Seasonality.BUSINESS_DAYS).withHours(Seasonality.OFFICE_HOURS);

    static final Pool CARRIERS = Pool.of("carrier", "name", "mode")
            .row("Swiftline Freight", "LTL").row("BlueRoute Logistics", "FTL").row("Red Arrow Parcel", "PARCEL").row("Northern Star Trucking", "FTL")
            .row("Coastal Express", "PARCEL").row("PrimeHaul", "LTL").row("Atlas Cargo", "INTERMODAL").row("Skybridge Air Freight", "AIR")
            .popularity(Skew.power(1.3));

    /** Make, model, vehicle type, payload (kg). */
    static final Pool VEHICLES = Pool.of("vehicle_model", "make", "model", "type", "payload")
            .row("Freightliner", "Cascadia", "SEMI_TRACTOR", 20_000).row("Volvo", "VNL 760", "SEMI_TRACTOR", 20_000)
            .row("Isuzu", "NPR-HD", "BOX_TRUCK", 4_500).row("Ford", "Transit 350", "CARGO_VAN", 1_600)
            .row("Mercedes-Benz", "Sprinter 2500", "SPRINTER", 1_500).row("Hino", "L6", "BOX_TRUCK", 6_000)
            .row("Kenworth", "T680", "SEMI_TRACTOR", 20_000).row("Ram", "ProMaster 3500", "CARGO_VAN", 1_900)
            .row("International", "MV607", "REEFER", 7_500).row("Peterbilt", "567", "FLATBED", 18_000)
            .popularity(Skew.power(1.2));

    static final Pool FUEL_STATIONS = Pool.of("fuel_station", "name")
            .row("Roadway Travel Center").row("Interstate Fuel Stop").row("TruckPlaza").row("Fleet Fuel Depot").row("Crossroads Energy");

    public static final Industry INDUSTRY = define();

    private static Industry define() {
        SqlType money = SqlType.decimal(12, 2);
        return Industry.named("logistics")
                .description("Freight and parcel logistics: shipments, tracking, fleet telemetry, routes, vehicles, drivers, warehouses and customs")

                .table(Table.fact("shipments", 100_000_000).date("ship_date")
                        .comment("Shipments from origin to destination")
                        .col("shipment_id", sequence(), "Unique shipment identifier")
                        .col("order_id", ints(1, 50_000_000), "Customer order")
                        .col("origin", template("{}, {}", place(PlaceField.CITY, "origin"), place(PlaceField.STATE, "origin")), "Origin city")
                        .col("destination", template("{}, {}", place(PlaceField.CITY, "destination"), place(PlaceField.STATE, "destination")), "Destination city")
                        .col("carrier", pool(CARRIERS, "name", "carrier"), "Carrier")
                        .col("weight_kg", SqlType.decimal(10, 2), decimals(0.1, 20_000, 2, Skew.logNormal(12, 1.4)), "Weight")
                        .col("volume_m3", SqlType.decimal(10, 3), derived("round(weight_kg / $0, 3)", decimals(80, 400, 1, Skew.UNIFORM)), "Volume")
                        .col("ship_date", dates(PEAK_SEASON), "Shipped")
                        .col("delivery_date", DATE, derived("CASE WHEN status IN ('DELIVERED', 'RETURNED') THEN {{add_days(ship_date, $0)}} END",
                                ints(1, 12, Skew.logNormal(3, 0.5))), "Delivered, NULL while in transit")
                        .col("status", weighted("DELIVERED", 85, "IN_TRANSIT", 8, "EXCEPTION", 3, "OUT_FOR_DELIVERY", 2, "RETURNED", 2), "Status"))

                .table(Table.fact("tracking_events", 50_000_000).date("event_timestamp")
                        .comment("Tracking scans")
                        .col("event_id", sequence(), "Unique scan identifier")
                        .col("shipment_id", fk("shipments"), "Shipment scanned")
                        .col("event_type", weighted("ARRIVED_FACILITY", 25, "DEPARTED_FACILITY", 25, "PICKED_UP", 15, "OUT_FOR_DELIVERY", 15, "DELIVERED", 15,
                                "EXCEPTION", 5), "Scan")
                        .col("location", template("{}, {}", place(PlaceField.CITY), place(PlaceField.STATE)), "Where")
                        .col("event_timestamp", timestamps(PEAK_SEASON.withHours(Seasonality.OFFICE_HOURS)), "When")
                        .col("description", STRING, derived("CASE event_type WHEN 'ARRIVED_FACILITY' THEN 'Arrived at sort facility' "
                                + "WHEN 'DEPARTED_FACILITY' THEN 'Departed sort facility' WHEN 'PICKED_UP' THEN 'Picked up from shipper' "
                                + "WHEN 'OUT_FOR_DELIVERY' THEN 'Out for delivery' WHEN 'DELIVERED' THEN 'Delivered' ELSE 'Delivery exception' END"), "Scan text")
                        .col("latitude", place(PlaceField.LATITUDE), "Latitude")
                        .col("longitude", place(PlaceField.LONGITUDE), "Longitude")
                        .col("facility_id", fk("warehouses_lg", Skew.power(1.3)), "Facility")
                        .col("handler", template("handler_{}", ints(1, 20_000)), "Scanning employee"))

                .table(Table.fact("fleet_telemetry", 30_000_000).date("timestamp_utc")
                        .comment("Vehicle telemetry; odometers only increase over time for a vehicle")
                        .col("telemetry_id", sequence(), "Unique telemetry identifier")
                        .col("vehicle_id", fk("vehicles", Skew.power(1.1)), "Vehicle")
                        .col("latitude", place(PlaceField.LATITUDE), "Latitude")
                        .col("longitude", place(PlaceField.LONGITUDE), "Longitude")
                        .col("speed_mph", SqlType.decimal(5, 1), decimals(0, 85, 1, Skew.normal(42, 20)), "Speed")
                        .col("fuel_level_pct", SqlType.decimal(5, 1), decimals(3, 100, 1, Skew.UNIFORM), "Fuel level")
                        .col("engine_temp_f", SqlType.decimal(5, 1), decimals(140, 260, 1, Skew.normal(196, 11)), "Coolant temperature")
                        // at least 80 miles a day, at most 3 per hour of the day: midnight never goes backwards
                        .col("odometer_miles", BIGINT, derived("20000 + (vehicle_id * 7919) % 90000 + {{days_between(DATE '2019-01-01', CAST(timestamp_utc AS DATE))}} "
                                + "* (80 + (vehicle_id * 31) % 220) + hour(timestamp_utc) * 3"), "Odometer, non-decreasing per vehicle")
                        .col("timestamp_utc", timestamps(DAY_SHIFT), "Reading time (UTC)")
                        .col("idle_minutes", ints(0, 240, Skew.power(3.0)), "Idle time since last reading"))

                .table(Table.fact("warehouse_inventory", 5_000_000).date("received_date")
                        .comment("Stock held in warehouses")
                        .col("inventory_id", sequence(), "Unique inventory record identifier")
                        .col("warehouse_id", fk("warehouses_lg", Skew.power(1.3)), "Warehouse")
                        .col("sku", code("SKU-XXXXXXX", ints(0, 2_000_000_000)), "SKU")
                        .col("quantity", ints(0, 10_000, Skew.power(2.5)), "Units")
                        .col("location_code", template("{}{}-{}-{}", code("A", ints(0, 25)), ints(1, 40), ints(1, 12), ints(1, 6)), "Aisle-bay-level")
                        .col("received_date", dates(PEAK_SEASON), "Received")
                        .col("expiry_date", DATE, derived("CASE WHEN $0 < 0.2 THEN {{add_days(received_date, $1)}} END", decimals(0, 1, 3, Skew.UNIFORM),
                                ints(30, 720)), "Best before, NULL when not perishable")
                        .col("lot_number", code("LOT-XXXXXX", ints(0, 2_000_000_000)), "Lot")
                        .col("status", weighted("AVAILABLE", 80, "RESERVED", 10, "QUARANTINE", 3, "DAMAGED", 2, "IN_TRANSFER", 5), "Status")
                        .col("weight_kg", SqlType.decimal(10, 2), decimals(0.1, 1_500, 2, Skew.logNormal(8, 1.2)), "Weight of the stock"))

                .table(Table.fact("route_plans", 5_000_000).date("planned_date")
                        .comment("Planned and driven routes")
                        .col("route_id", sequence(), "Unique route identifier")
                        .col("vehicle_id", fk("vehicles", Skew.power(1.1)), "Vehicle")
                        .col("driver_id", fk("drivers", Skew.power(1.1)), "Driver")
                        .col("planned_date", dates(PEAK_SEASON), "Date")
                        .col("stops", ints(2, 45, Skew.logNormal(14, 0.5)), "Stops")
                        .col("total_distance_miles", SqlType.decimal(8, 1), decimals(5, 700, 1, Skew.logNormal(85, 0.7)), "Distance")
                        .col("estimated_hours", SqlType.decimal(6, 2), derived("round(total_distance_miles / 38 + stops * 0.15, 2)"), "Planned duration")
                        .col("actual_hours", SqlType.decimal(6, 2), derived("CASE WHEN status = 'COMPLETED' THEN round(estimated_hours * $0, 2) END",
                                decimals(0.75, 1.6, 3, Skew.normal(1.05, 0.1))), "Driven duration")
                        .col("fuel_cost", money, derived("round(total_distance_miles / $0 * 3.9, 2)", decimals(5, 25, 1, Skew.normal(9, 2.5))), "Fuel cost")
                        .col("status", weighted("COMPLETED", 85, "IN_PROGRESS", 5, "PLANNED", 6, "CANCELLED", 4), "Status"))

                .table(Table.dimension("vehicles", 1_000_000)
                        .comment("Fleet vehicles")
                        .col("vehicle_id", sequence(), "Unique vehicle identifier")
                        .col("plate", code("AAA-9999"), "License plate")
                        .col("vehicle_type", pool(VEHICLES, "type", "vm"), "Type")
                        .col("make", pool(VEHICLES, "make", "vm"), "Make")
                        .col("model", pool(VEHICLES, "model", "vm"), "Model")
                        .col("year", ints(2012, 2025, Skew.power(0.7)), "Model year")
                        .col("capacity_kg", pool(VEHICLES, "payload", "vm"), "Payload capacity")
                        .col("fuel_type", weighted("DIESEL", 75, "GASOLINE", 12, "ELECTRIC", 8, "CNG", 5), "Fuel")
                        .col("status", weighted("ACTIVE", 85, "MAINTENANCE", 8, "OUT_OF_SERVICE", 4, "RETIRED", 3), "Status")
                        .col("last_service_date", dates(), "Last service"))

                .table(Table.dimension("drivers", 1_000_000)
                        .comment("Drivers (PII)")
                        .col("driver_id", sequence(), "Unique driver identifier")
                        .col("first_name", person(PersonField.FIRST_NAME), "Given name (PII)")
                        .col("last_name", person(PersonField.LAST_NAME), "Family name (PII)")
                        .col("license_class", weighted("CDL_A", 55, "CDL_B", 25, "CLASS_C", 20), "License class")
                        .col("hire_date", dates(LocalDate.of(2000, 1, 1), LocalDate.of(2024, 12, 31)), "Hire date")
                        .col("status", weighted("ACTIVE", 82, "ON_LEAVE", 5, "TERMINATED", 10, "SUSPENDED", 3), "Status")
                        .col("total_miles", ints(1_000, 3_000_000, Skew.logNormal(250_000, 1.0)), "Career miles")
                        .col("safety_score", ints(40, 100, Skew.normal(87, 7)), "Safety score")
                        .col("home_base", template("{}, {}", place(PlaceField.CITY), place(PlaceField.STATE)), "Home terminal")
                        .col("certifications", weighted("NONE", 50, "HAZMAT", 20, "TANKER", 10, "HAZMAT;TANKER", 10, "DOUBLES_TRIPLES", 10), "Endorsements"))

                .table(Table.dimension("warehouses_lg", 1_000_000)
                        .comment("Warehouses and sort facilities")
                        .col("warehouse_id", sequence(), "Unique warehouse identifier")
                        .col("name", template("{} {}", place(PlaceField.CITY), weighted("Fulfillment Center", 40, "Sort Hub", 25, "Cross-Dock", 20, "Cold Store", 15)),
                                "Name")
                        .col("address", place(PlaceField.ADDRESS), "Street address")
                        .col("city", place(PlaceField.CITY), "City")
                        .col("state", place(PlaceField.STATE), "State")
                        .col("sqft", ints(20_000, 2_000_000, Skew.logNormal(250_000, 0.7)), "Floor area")
                        .col("warehouse_type", weighted("FULFILLMENT", 40, "CROSS_DOCK", 25, "COLD_STORAGE", 12, "RETURNS", 13, "BONDED", 10), "Type")
                        .col("temperature_controlled", BOOLEAN, derived("warehouse_type = 'COLD_STORAGE' OR $0 < 0.08", decimals(0, 1, 3, Skew.UNIFORM)),
                                "Has temperature control")
                        .col("dock_doors", ints(4, 150, Skew.logNormal(30, 0.6)), "Dock doors")
                        .col("status", weighted("OPERATIONAL", 92, "EXPANDING", 4, "CLOSED", 4), "Status"))

                .table(Table.dimension("carriers", 50_000)
                        .comment("Carriers and their service levels")
                        .col("carrier_id", sequence(), "Unique carrier identifier")
                        .col("name", pool(CARRIERS, "name", "carrier"), "Carrier")
                        .col("mode", pool(CARRIERS, "mode", "carrier"), "Mode")
                        .col("scac", code("AAAA", ints(0, 456_975)), "Standard carrier alpha code")
                        .col("on_time_pct", SqlType.decimal(5, 1), decimals(70, 99.5, 1, Skew.normal(92, 4)), "On-time performance")
                        .col("rating", SqlType.decimal(2, 1), decimals(1, 5, 1, Skew.normal(4.0, 0.5)), "Shipper rating")
                        .col("hq_state", place(PlaceField.STATE), "Headquarters state"))

                .table(Table.dimension("shippers", 200_000)
                        .comment("Shipping customers")
                        .col("shipper_id", sequence(), "Unique shipper identifier")
                        .col("company_name", template("{} {}", pool(Financial.MERCHANT_WORDS, "word"), weighted("Supply Co", 30, "Manufacturing", 25, "Goods", 25,
                                "Distributors", 20)), "Company")
                        .col("industry", weighted("RETAIL", 35, "MANUFACTURING", 25, "FOOD", 15, "HEALTHCARE", 10, "AUTOMOTIVE", 10, "OTHER", 5), "Industry")
                        .col("contact_name", person(PersonField.FULL_NAME), "Contact (PII)")
                        .col("email", person(PersonField.EMAIL), "E-mail (PII)")
                        .col("city", place(PlaceField.CITY), "City")
                        .col("state", place(PlaceField.STATE), "State")
                        .col("account_tier", weighted("STANDARD", 55, "SILVER", 25, "GOLD", 15, "ENTERPRISE", 5), "Tier"))

                .table(Table.lookup("customs_entries", 500_000).date("filing_date")
                        .comment("Customs entries")
                        .col("entry_id", sequence(), "Unique customs entry identifier")
                        .col("shipment_id", fk("shipments"), "Shipment")
                        .col("entry_type", weighted("FORMAL", 55, "INFORMAL", 30, "IN_BOND", 10, "TEMPORARY_IMPORT", 5), "Entry type")
                        .col("hs_code", code("9999.99.99", ints(0, 99_999_999)), "Harmonized System code")
                        .col("declared_value", money, amount(8_500, 1.2, 50, 5_000_000), "Declared value")
                        .col("duty_amount", money, derived("round(declared_value * $0, 2)", weighted(0.0, 30, 0.025, 25, 0.05, 20, 0.1, 15, 0.25, 10)), "Duty")
                        .col("origin_country", weighted("CN", 35, "MX", 20, "CA", 12, "DE", 8, "VN", 8, "JP", 6, "IN", 6, "KR", 5), "Country of origin")
                        .col("dest_country", weighted("US", 90, "CA", 6, "MX", 4), "Destination country")
                        .col("filing_date", dates(PEAK_SEASON), "Filed")
                        .col("clearance_date", DATE, derived("{{add_days(filing_date, $0)}}", ints(0, 14, Skew.power(2.5))), "Cleared"))

                .table(Table.lookup("freight_rates", 500_000).date("effective_date")
                        .comment("Contract freight rates per lane")
                        .col("rate_id", sequence(), "Unique rate identifier")
                        .col("origin", place(PlaceField.CITY, "origin"), "Origin city")
                        .col("destination", place(PlaceField.CITY, "destination"), "Destination city")
                        .col("carrier", pool(CARRIERS, "name", "carrier"), "Carrier")
                        .col("mode", pool(CARRIERS, "mode", "carrier"), "Mode")
                        .col("rate_per_kg", SqlType.decimal(8, 4), decimals(0.05, 6, 4, Skew.logNormal(0.45, 0.5)), "Rate per kg")
                        .col("rate_per_m3", SqlType.decimal(8, 2), decimals(5, 600, 2, Skew.logNormal(60, 0.5)), "Rate per cubic meter")
                        .col("min_charge", money, amount(75, 0.5, 15, 1_500), "Minimum charge")
                        .col("effective_date", dates(), "Effective")
                        .col("currency", weighted("USD", 90, "CAD", 5, "MXN", 3, "EUR", 2), "Currency"))

                .table(Table.lookup("delivery_exceptions", 300_000).date("reported_at")
                        .comment("Delivery exceptions")
                        .col("exception_id", sequence(), "Unique exception identifier")
                        .col("shipment_id", fk("shipments"), "Shipment")
                        .col("exception_type", weighted("RECIPIENT_UNAVAILABLE", 30, "ADDRESS_ISSUE", 20, "WEATHER_DELAY", 18, "DAMAGED", 12, "MISROUTED", 10,
                                "CUSTOMS_HOLD", 6, "LOST", 4), "Exception")
                        .col("description", STRING, derived("CASE exception_type WHEN 'RECIPIENT_UNAVAILABLE' THEN 'No one available to sign' "
                                + "WHEN 'ADDRESS_ISSUE' THEN 'Address incomplete or incorrect' WHEN 'WEATHER_DELAY' THEN 'Severe weather on the route' "
                                + "WHEN 'DAMAGED' THEN 'Package damaged in transit' WHEN 'MISROUTED' THEN 'Sent to the wrong facility' "
                                + "WHEN 'CUSTOMS_HOLD' THEN 'Held by customs' ELSE 'Package cannot be located' END"), "Description")
                        .col("reported_at", timestamps(PEAK_SEASON), "Reported")
                        .col("resolved_at", TIMESTAMP, derived("CASE WHEN resolution <> 'PENDING' THEN {{add_seconds(reported_at, $0)}} END",
                                ints(1_800, 864_000, Skew.logNormal(86_400, 0.9))), "Resolved")
                        .col("impact", weighted("LOW", 50, "MEDIUM", 35, "HIGH", 15), "Impact")
                        .col("resolution", weighted("REDELIVERED", 55, "RETURNED_TO_SENDER", 12, "CLAIM_FILED", 10, "RESOLVED_OTHER", 13, "PENDING", 10), "Resolution"))

                .table(Table.lookup("fuel_purchases", 300_000).date("purchase_date")
                        .comment("Fuel purchases")
                        .col("purchase_id", sequence(), "Unique fuel purchase identifier")
                        .col("vehicle_id", fk("vehicles"), "Vehicle")
                        .col("fuel_type", lookup("vehicle_id", "fuel_type"), "Fuel of the vehicle")
                        .col("gallons", SqlType.decimal(8, 2), decimals(5, 300, 2, Skew.logNormal(60, 0.6)), "Gallons")
                        .col("price_per_gallon", SqlType.decimal(6, 3), decimals(2.5, 6.5, 3, Skew.normal(3.9, 0.45)), "Price per gallon")
                        .col("total_cost", money, derived("round(gallons * price_per_gallon, 2)"), "Total")
                        .col("station", pool(FUEL_STATIONS, "name"), "Station")
                        .col("purchase_date", dates(PEAK_SEASON), "Date")
                        .col("odometer", ints(5_000, 1_200_000, Skew.logNormal(180_000, 0.7)), "Odometer"))

                .table(Table.lookup("dock_schedules", 200_000).date("scheduled_time")
                        .comment("Dock appointments")
                        .col("schedule_id", sequence(), "Unique dock appointment identifier")
                        .col("warehouse_id", fk("warehouses_lg", Skew.power(1.3)), "Warehouse")
                        .col("dock_number", ints(1, 60), "Dock door")
                        .col("carrier", pool(CARRIERS, "name", "carrier"), "Carrier")
                        .col("scheduled_time", timestamps(DAY_SHIFT), "Appointment")
                        .col("actual_time", TIMESTAMP, derived("{{add_seconds(scheduled_time, $0)}}", ints(-1_800, 10_800, Skew.normal(600, 1_500))), "Arrival")
                        .col("load_type", weighted("INBOUND", 45, "OUTBOUND", 45, "CROSS_DOCK", 10), "Load")
                        .col("status", weighted("COMPLETED", 82, "NO_SHOW", 6, "RESCHEDULED", 7, "IN_PROGRESS", 5), "Status")
                        .col("duration_minutes", ints(15, 240, Skew.logNormal(55, 0.5)), "Minutes at the door"))

                .table(Table.lookup("claims_lg", 200_000).date("filed_date")
                        .comment("Freight claims")
                        .col("claim_id", sequence(), "Unique freight claim identifier")
                        .col("shipment_id", fk("shipments"), "Shipment")
                        .col("claim_type", weighted("DAMAGE", 45, "LOSS", 20, "SHORTAGE", 15, "DELAY", 12, "CONCEALED_DAMAGE", 8), "Claim type")
                        .col("amount", money, amount(650, 1.1, 10, 250_000), "Amount claimed")
                        .col("filed_date", dates(PEAK_SEASON), "Filed")
                        .col("resolved_date", DATE, derived("CASE WHEN status IN ('PAID', 'DENIED') THEN {{add_days(filed_date, $0)}} END", ints(5, 120)), "Resolved")
                        .col("status", weighted("PAID", 50, "DENIED", 20, "OPEN", 20, "IN_REVIEW", 10), "Status")
                        .col("evidence", weighted("Photos", 40, "Photos; BOL", 30, "Inspection report", 15, "None", 15), "Evidence")
                        .col("carrier_liable", bool(0.6), "Carrier found liable"))

                .table(Table.lookup("packaging", 100_000)
                        .comment("Packages of shipments")
                        .col("package_id", sequence(), "Unique package identifier")
                        .col("shipment_id", fk("shipments"), "Shipment")
                        .col("package_type", weighted("BOX", 60, "ENVELOPE", 15, "PALLET", 12, "TUBE", 5, "CRATE", 8), "Type")
                        .col("length_cm", INT, derived("CASE package_type WHEN 'PALLET' THEN 120 WHEN 'ENVELOPE' THEN 32 WHEN 'TUBE' THEN 60 + $0 % 60 "
                                + "ELSE 20 + $0 % 80 END", ints(0, 999_999)), "Length")
                        .col("width_cm", INT, derived("CASE package_type WHEN 'PALLET' THEN 100 WHEN 'ENVELOPE' THEN 24 WHEN 'TUBE' THEN 10 ELSE 15 + $0 % 60 END",
                                ints(0, 999_999)), "Width")
                        .col("height_cm", INT, derived("CASE package_type WHEN 'PALLET' THEN 100 + $0 % 80 WHEN 'ENVELOPE' THEN 1 WHEN 'TUBE' THEN 10 "
                                + "ELSE 10 + $0 % 60 END", ints(0, 999_999)), "Height")
                        .col("weight_kg", SqlType.decimal(8, 2), decimals(0.05, 900, 2, Skew.logNormal(5, 1.3)), "Weight")
                        .col("is_fragile", bool(0.12), "Fragile")
                        .col("is_hazmat", bool(0.02), "Hazardous materials"))

                .table(Table.lookup("returns_lg", 100_000).date("return_date")
                        .comment("Returned shipments")
                        .col("return_id", sequence(), "Unique return identifier")
                        .col("shipment_id", fk("shipments"), "Original shipment")
                        .col("reason", weighted("REFUSED", 25, "UNDELIVERABLE", 25, "DAMAGED", 20, "CUSTOMER_RETURN", 30), "Reason")
                        .col("return_date", dates(PEAK_SEASON), "Returned")
                        .col("condition", weighted("GOOD", 55, "DAMAGED", 25, "UNSELLABLE", 20), "Condition")
                        .col("refund_amount", money, amount(60, 1.0, 1, 10_000), "Refund")
                        .col("restocking_fee", money, derived("CASE WHEN reason = 'CUSTOMER_RETURN' THEN round(refund_amount * 0.15, 2) ELSE 0 END"), "Restocking fee")
                        .col("status", weighted("PROCESSED", 70, "IN_TRANSIT", 15, "RECEIVED", 15), "Status"))

                .table(Table.lookup("vehicle_maintenance", 200_000).date("service_date")
                        .comment("Vehicle service records")
                        .col("maintenance_id", sequence(), "Unique service record identifier")
                        .col("vehicle_id", fk("vehicles", Skew.power(1.2)), "Vehicle")
                        .col("service_type", weighted("OIL_CHANGE", 30, "INSPECTION", 20, "TIRE_ROTATION", 18, "BRAKE_SERVICE", 15, "ENGINE_REPAIR", 10,
                                "TRANSMISSION", 7), "Service")
                        .col("service_date", dates(), "Date")
                        .col("cost", money, amount(450, 1.0, 30, 40_000), "Cost")
                        .col("odometer", ints(5_000, 1_200_000, Skew.logNormal(180_000, 0.7)), "Odometer")
                        .col("downtime_hours", SqlType.decimal(6, 1), decimals(0.5, 240, 1, Skew.logNormal(6, 1.0)), "Out of service")
                        .col("vendor", weighted("In-house shop", 50, "Dealer service", 25, "Roadside service", 10, "Tire center", 15), "Vendor"))

                .table(Table.lookup("proof_of_delivery", 300_000).date("delivered_at")
                        .comment("Proof of delivery")
                        .col("pod_id", sequence(), "Unique proof of delivery identifier")
                        .col("shipment_id", fk("shipments"), "Shipment")
                        .col("delivered_at", timestamps(PEAK_SEASON.withHours(Seasonality.OFFICE_HOURS)), "Delivered")
                        .col("signed_by", person(PersonField.FULL_NAME), "Signer (PII)")
                        .col("signature_captured", bool(0.85), "Signature captured")
                        .col("photo_captured", bool(0.9), "Photo captured")
                        .col("delivery_location", weighted("FRONT_DOOR", 45, "RECEPTION", 20, "MAILROOM", 15, "LOADING_DOCK", 15, "NEIGHBOR", 5), "Left at")
                        .col("latitude", place(PlaceField.LATITUDE), "Latitude")
                        .col("longitude", place(PlaceField.LONGITUDE), "Longitude"))

                .views(LogisticsViews.ALL)
                .udfs(udfs())
                .gold(GoldViews.LOGISTICS)
                .star(StarSchemas.LOGISTICS)
                .checks(BusinessRules.LOGISTICS_CHECKS)
                .changes(BusinessRules.LOGISTICS_CHANGES)
                .build();
    }

    private static List<Udf> udfs() {
        return List.of(
                Udf.named("format_weight").formatting().param("kg", DOUBLE).returns(STRING)
                        .body("CASE WHEN kg >= 1000 THEN CAST(round(kg / 1000, 2) AS STRING) || ' t' ELSE CAST(round(kg, 1) AS STRING) || ' kg' END")
                        .comment("Weight in kg or tonnes")
                        .example("2500", "'2.5 t'").example("12.34", "'12.3 kg'"),
                Udf.named("format_distance").formatting().param("miles", DOUBLE).returns(STRING)
                        .body("CAST(round(miles, 1) AS STRING) || ' mi (' || CAST(round(miles * 1.609344, 1) AS STRING) || ' km)'")
                        .comment("Distance in miles and kilometers")
                        .example("10", "'10.0 mi (16.1 km)'"),
                Udf.named("delivery_status_label").formatting().param("status", STRING).returns(STRING)
                        .body("CASE status WHEN 'DELIVERED' THEN 'Delivered' WHEN 'IN_TRANSIT' THEN 'On its way' WHEN 'OUT_FOR_DELIVERY' THEN 'Out for delivery' "
                                + "WHEN 'EXCEPTION' THEN 'Delayed' WHEN 'RETURNED' THEN 'Returned to sender' ELSE 'Unknown' END")
                        .comment("Customer-facing shipment status")
                        .example("'EXCEPTION'", "'Delayed'"),
                Udf.named("transit_time_sla").business().param("ship_date", DATE).param("delivery_date", DATE).param("service_days", INT).returns(STRING)
                        .body("CASE WHEN delivery_date IS NULL THEN 'PENDING' WHEN {{days_between(ship_date, delivery_date)}} <= service_days THEN 'MET' ELSE 'MISSED' END")
                        .comment("Whether a delivery met its service commitment")
                        .example("DATE '2024-03-01', DATE '2024-03-04', 3", "'MET'").example("DATE '2024-03-01', DATE '2024-03-08', 3", "'MISSED'"),
                Udf.named("dim_weight").business().param("length_cm", INT).param("width_cm", INT).param("height_cm", INT).returns(DOUBLE)
                        .body("round(length_cm * width_cm * height_cm / 5000.0, 2)")
                        .comment("Dimensional weight in kg (divisor 5000)")
                        .example("50, 40, 30", "12.0"),
                Udf.named("fuel_efficiency").business().param("miles", DOUBLE).param("gallons", DOUBLE).returns(DOUBLE)
                        .body("CASE WHEN gallons > 0 THEN round(miles / gallons, 2) END")
                        .comment("Miles per gallon")
                        .example("650, 100", "6.5"),
                Udf.named("driver_hours_remaining").business().param("hours_driven_today", DOUBLE).returns(DOUBLE)
                        .body("greatest(0, 11 - hours_driven_today)")
                        .comment("Driving hours left under the 11-hour rule")
                        .example("8.5", "2.5").example("12", "0.0"),
                Udf.named("mask_plate").masking().param("plate", STRING).returns(STRING)
                        .body("substr(plate, 1, 2) || repeat('*', greatest(length(plate) - 2, 0))")
                        .comment("License plate with all but two characters hidden")
                        .example("'ABC-1234'", "'AB******'"),
                Udf.named("is_overweight").validation().param("weight_kg", DOUBLE).param("capacity_kg", DOUBLE).returns(BOOLEAN)
                        .body("weight_kg > capacity_kg")
                        .comment("Load heavier than the vehicle's capacity")
                        .example("5000, 4500", "true"),
                Udf.named("customs_duty_rate").business().param("duty_amount", DOUBLE).param("declared_value", DOUBLE).returns(DOUBLE)
                        .body("CASE WHEN declared_value > 0 THEN round(duty_amount / declared_value * 100, 2) END")
                        .comment("Effective duty rate in percent")
                        .example("250, 10000", "2.5"),
                Udf.named("exception_priority").business().param("exception_type", STRING).param("impact", STRING).returns(INT)
                        .body("CASE WHEN exception_type IN ('LOST', 'DAMAGED') OR impact = 'HIGH' THEN 1 WHEN impact = 'MEDIUM' THEN 2 ELSE 3 END")
                        .comment("Triage priority of an exception (1 first)")
                        .example("'LOST', 'LOW'", "1").example("'WEATHER_DELAY', 'LOW'", "3"),
                Udf.named("warehouse_zone").business().param("location_code", STRING).returns(STRING)
                        .body("CASE WHEN substr(location_code, 1, 1) IN ('A', 'B', 'C') THEN 'FAST_PICK' WHEN substr(location_code, 1, 1) IN ('X', 'Y', 'Z') "
                                + "THEN 'RESERVE' ELSE 'STANDARD' END")
                        .comment("Zone of a storage location")
                        .example("'B12-3-1'", "'FAST_PICK'"),
                Udf.named("cargo_class").business().param("weight_kg", DOUBLE).returns(STRING)
                        .body("CASE WHEN weight_kg < 30 THEN 'PARCEL' WHEN weight_kg < 4500 THEN 'LTL' ELSE 'FTL' END")
                        .comment("Service class implied by weight")
                        .example("12", "'PARCEL'").example("9000", "'FTL'"),
                Udf.named("rate_per_mile").business().param("cost", DOUBLE).param("miles", DOUBLE).returns(DOUBLE)
                        .body("CASE WHEN miles > 0 THEN round(cost / miles, 2) END")
                        .comment("Cost per mile")
                        .example("1250, 500", "2.5"),
                Udf.named("anonymize_shipment").masking().param("shipment_id", BIGINT).returns(STRING)
                        .body("'SHP-' || substr({{sha256(shipment_id)}}, 1, 10)")
                        .comment("A stable pseudonym for a shipment id")
                        .example("1", "'SHP-6b86b273ff'"),
                Udf.named("claim_severity").business().param("amount", DOUBLE).returns(STRING)
                        .body("CASE WHEN amount >= 25000 THEN 'SEVERE' WHEN amount >= 2500 THEN 'MODERATE' ELSE 'MINOR' END")
                        .comment("Severity of a freight claim")
                        .example("3000", "'MODERATE'"),
                Udf.named("dock_utilization_pct").business().param("busy_minutes", INT).param("doors", INT).param("shift_minutes", INT).returns(DOUBLE)
                        .body("CASE WHEN doors > 0 AND shift_minutes > 0 THEN round(busy_minutes * 100.0 / (doors * shift_minutes), 1) END")
                        .comment("Share of door time in use")
                        .example("2400, 10, 480", "50.0"),
                Udf.named("package_volume_m3").business().param("length_cm", INT).param("width_cm", INT).param("height_cm", INT).returns(DOUBLE)
                        .body("round(length_cm * width_cm * height_cm / 1000000.0, 4)")
                        .comment("Package volume in cubic meters")
                        .example("100, 50, 40", "0.2"),
                Udf.named("eta_status").business().param("eta", DATE).param("delivered", DATE).returns(STRING)
                        .body("CASE WHEN delivered IS NULL AND eta < current_date THEN 'LATE' WHEN delivered IS NULL THEN 'ON_TRACK' WHEN delivered <= eta THEN 'ON_TIME' "
                                + "ELSE 'DELIVERED_LATE' END")
                        .comment("Delivery against its estimate")
                        .example("DATE '2024-05-10', DATE '2024-05-09'", "'ON_TIME'").example("DATE '2020-01-01', NULL", "'LATE'"),
                Udf.named("format_tracking_id").formatting().param("carrier", STRING).param("shipment_id", BIGINT).returns(STRING)
                        .body("upper(substr(carrier, 1, 3)) || lpad(CAST(shipment_id AS STRING), 12, '0')")
                        .comment("Tracking id for display")
                        .example("'Swiftline Freight', 42", "'SWI000000000042'"));
    }
}
