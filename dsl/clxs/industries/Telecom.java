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
import static clxs.model.Gen.oneOf;
import static clxs.model.Gen.person;
import static clxs.model.Gen.place;
import static clxs.model.Gen.pool;
import static clxs.model.Gen.sequence;
import static clxs.model.Gen.sha256;
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
 * Telecom: call detail records, data sessions and bills over subscribers, plans, towers and
 * devices. Traffic peaks in the evening; roaming peaks with summer travel.
 */
public final class Telecom {

    private Telecom() {}

    static final Seasonality TRAFFIC = Seasonality.NONE.withHours(Seasonality.EVENING_PEAK);
    static final Seasonality TRAVEL = Seasonality.SUMMER_PEAK;
    static final Seasonality OFFICE = Seasonality.NONE.withWeekdays(Seasonality.BUSINESS_DAYS);

    /** Plan family, monthly cost, data GB, voice minutes (-1 unlimited), SMS (-1 unlimited), unlimited data. */
    static final Pool PLANS = Pool.of("plan_family", "family", "cost", "data_gb", "minutes", "sms", "unlimited")
            .row("Unlimited Plus", 85.0, 0, -1, -1, true).row("Unlimited Essential", 65.0, 0, -1, -1, true)
            .row("Connect 15", 45.0, 15, -1, -1, false).row("Connect 5", 35.0, 5, 1000, -1, false)
            .row("Prepaid Basic", 25.0, 3, 500, 1000, false).row("Family Share", 140.0, 50, -1, -1, false)
            .row("Business Pro", 95.0, 0, -1, -1, true).row("Senior Value", 30.0, 4, -1, -1, false)
            .popularity(Skew.power(1.3));

    /** Make, model, operating system, OS version, 5G capable. */
    static final Pool DEVICES = Pool.of("device", "make", "model", "os", "os_version", "five_g")
            .row("Apple", "iPhone 15", "iOS", "17.4", true).row("Samsung", "Galaxy S24", "Android", "14", true)
            .row("Apple", "iPhone 13", "iOS", "16.7", true).row("Google", "Pixel 8", "Android", "14", true)
            .row("Samsung", "Galaxy A54", "Android", "13", true).row("Apple", "iPhone SE", "iOS", "17.1", true)
            .row("Motorola", "Moto G Power", "Android", "13", false).row("Samsung", "Galaxy S21", "Android", "13", true)
            .row("OnePlus", "12R", "Android", "14", true).row("Apple", "iPhone 11", "iOS", "15.8", false)
            .popularity(Skew.power(1.4));

    static final Pool CARRIERS = Pool.of("carrier", "name")
            .row("Northstar Wireless").row("Bluewave Mobile").row("Pinnacle Telecom").row("Vertex Cellular").row("Coastline Mobile");

    static final Pool SERVICES = Pool.of("vas", "name", "fee")
            .row("Device Protection", 15.0).row("International Calling", 10.0).row("Streaming Bundle", 12.0).row("Hotspot Add-on", 10.0)
            .row("Cloud Storage 200GB", 2.99).row("Caller ID Plus", 4.0).row("Visual Voicemail", 3.0).row("Roaming Pass", 5.0)
            .popularity(Skew.power(1.3));

    /** Band, frequency (MHz), technology. */
    static final Pool BANDS = Pool.of("band", "band", "frequency", "technology")
            .row("n71", 600, "5G").row("B12", 700, "LTE").row("B4", 1700, "LTE").row("B66", 1700, "LTE").row("B2", 1900, "LTE")
            .row("n41", 2500, "5G").row("n77", 3700, "5G").row("n260", 39000, "5G_MMWAVE");

    public static final Industry INDUSTRY = define();

    private static Industry define() {
        SqlType money = SqlType.decimal(12, 2);
        return Industry.named("telecom")
                .description("Mobile network operator: call records, data sessions, billing, subscribers, plans, towers and devices")

                .table(Table.fact("cdr_records", 100_000_000).date("start_time")
                        .comment("Call detail records for voice, SMS and video")
                        .col("cdr_id", sequence(), "Unique call record identifier")
                        .col("subscriber_id", fk("subscribers", Skew.power(1.3)), "Calling subscriber")
                        .col("call_type", weighted("VOICE", 55, "SMS", 30, "VIDEO", 5, "VOICEMAIL", 4, "MMS", 3, "CONFERENCE", 3), "Kind of record")
                        .col("called_number", code("(999) 555-9999", ints(0, 2_000_000_000)), "Number called")
                        .col("duration_seconds", INT, derived("CASE WHEN call_type IN ('SMS', 'MMS') THEN 0 ELSE $0 END", ints(5, 7_200, Skew.logNormal(110, 1.1))),
                                "Call length, 0 for messages")
                        .col("start_time", timestamps(TRAFFIC), "Start of the call")
                        .col("end_time", TIMESTAMP, derived("{{add_seconds(start_time, duration_seconds)}}"), "End of the call")
                        .col("cell_tower_id", fk("towers", Skew.power(1.4)), "Serving tower")
                        .col("cost", SqlType.decimal(10, 4), derived("round(CASE call_type WHEN 'SMS' THEN 0.01 WHEN 'MMS' THEN 0.05 "
                                + "ELSE duration_seconds / 60.0 * CASE call_type WHEN 'VIDEO' THEN 0.04 ELSE 0.02 END END, 4)"), "Rated cost in USD")
                        .col("status", weighted("COMPLETED", 92, "BUSY", 3, "DROPPED", 3, "FAILED", 2), "Call outcome"))

                .table(Table.fact("data_usage", 50_000_000).date("session_start")
                        .comment("Mobile data sessions")
                        .col("usage_id", sequence(), "Unique session identifier")
                        .col("subscriber_id", fk("subscribers", Skew.power(1.3)), "Subscriber")
                        .col("session_start", timestamps(TRAFFIC), "Session start")
                        .col("session_end", TIMESTAMP, derived("{{add_seconds(session_start, $0)}}", ints(10, 14_400, Skew.logNormal(600, 1.2))), "Session end")
                        .col("bytes_uploaded", ints(1_000, 2_000_000_000L, Skew.logNormal(4_000_000, 1.6)), "Bytes sent")
                        .col("bytes_downloaded", ints(10_000, 20_000_000_000L, Skew.logNormal(60_000_000, 1.7)), "Bytes received")
                        .col("app_category", weighted("VIDEO", 30, "SOCIAL", 22, "WEB", 18, "MESSAGING", 10, "MUSIC", 8, "GAMING", 7, "NAVIGATION", 5),
                                "Dominant application")
                        .col("network_type", weighted("LTE", 50, "5G", 42, "3G", 5, "WIFI_CALLING", 3), "Radio access")
                        .col("cell_tower_id", fk("towers", Skew.power(1.4)), "Serving tower")
                        .col("throttled", bool(0.03), "Speed reduced by the plan"))

                .table(Table.fact("billing", 30_000_000).date("due_date")
                        .comment("Monthly bills")
                        .col("bill_id", sequence(), "Unique bill identifier")
                        .col("subscriber_id", fk("subscribers", Skew.power(1.1)), "Subscriber billed")
                        .col("billing_period", STRING, derived("{{year_month({{add_days(due_date, -21)}})}}"), "Billed month, YYYY-MM")
                        .col("base_charge", money, amount(55, 0.35, 15, 250), "Plan charge")
                        .col("data_charge", money, derived("CASE WHEN $0 < 0.7 THEN 0 ELSE round($1, 2) END", decimals(0, 1, 3, Skew.UNIFORM),
                                decimals(5, 80, 2, Skew.logNormal(15, 0.6))), "Data add-on charges")
                        .col("overage_charge", money, derived("CASE WHEN $0 < 0.9 THEN 0 ELSE round($1, 2) END", decimals(0, 1, 3, Skew.UNIFORM),
                                decimals(5, 200, 2, Skew.logNormal(25, 0.7))), "Overage charges")
                        .col("taxes", money, derived("round((base_charge + data_charge + overage_charge) * 0.085, 2)"), "Taxes and fees")
                        .col("total_amount", money, derived("base_charge + data_charge + overage_charge + taxes"), "Amount due")
                        .col("payment_status", weighted("PAID", 82, "PENDING", 8, "OVERDUE", 7, "DISPUTED", 2, "WRITTEN_OFF", 1), "Payment status")
                        .col("due_date", dates(), "Due date"))

                .table(Table.fact("network_events", 5_000_000).date("start_time")
                        .comment("Network alarms and incidents")
                        .col("event_id", sequence(), "Unique event identifier")
                        .col("tower_id", fk("towers", Skew.power(1.6)), "Tower affected")
                        .col("event_type", weighted("CONGESTION", 35, "HANDOVER_FAILURE", 20, "INTERFERENCE", 15, "POWER_ALARM", 10, "BACKHAUL_DOWN", 10,
                                "SOFTWARE_FAULT", 10), "Event")
                        .col("severity", weighted("MINOR", 55, "MAJOR", 30, "CRITICAL", 10, "WARNING", 5), "Severity")
                        .col("start_time", timestamps(TRAFFIC), "Start")
                        .col("end_time", TIMESTAMP, derived("{{add_seconds(start_time, $0)}}", ints(30, 172_800, Skew.logNormal(1_800, 1.3))), "End")
                        .col("affected_subscribers", ints(0, 50_000, Skew.power(3.0)), "Subscribers affected")
                        .col("root_cause", weighted("CAPACITY", 30, "HARDWARE", 20, "WEATHER", 15, "FIBER_CUT", 10, "CONFIGURATION", 15, "UNKNOWN", 10), "Root cause"))

                .table(Table.fact("service_tickets", 5_000_000).date("created_date")
                        .comment("Customer care tickets")
                        .col("ticket_id", sequence(), "Unique ticket identifier")
                        .col("subscriber_id", fk("subscribers", Skew.power(1.5)), "Subscriber")
                        .col("category", weighted("BILLING", 30, "NETWORK", 25, "DEVICE", 15, "PLAN_CHANGE", 12, "OTHER", 8, "PORTING", 5, "ROAMING", 5), "Topic")
                        .col("priority", weighted("LOW", 40, "MEDIUM", 40, "HIGH", 15, "URGENT", 5), "Priority")
                        .col("created_date", dates(OFFICE), "Opened")
                        .col("resolved_date", DATE, derived("CASE WHEN status IN ('RESOLVED', 'CLOSED') THEN {{add_days(created_date, $0)}} END",
                                ints(0, 30, Skew.power(2.5))), "Resolved, NULL while open")
                        .col("status", weighted("RESOLVED", 60, "CLOSED", 20, "OPEN", 12, "ESCALATED", 8), "Status")
                        .col("channel", weighted("PHONE", 40, "CHAT", 30, "APP", 15, "STORE", 10, "EMAIL", 5), "Contact channel")
                        .col("satisfaction_score", INT, derived("CASE WHEN status IN ('RESOLVED', 'CLOSED') THEN $0 END",
                                weighted(5, 35, 4, 30, 3, 15, 2, 8, 1, 12)), "CSAT 1-5 after resolution"))

                .table(Table.dimension("subscribers", 1_000_000)
                        .comment("Mobile subscribers (PII)")
                        .col("subscriber_id", sequence(), "Unique subscriber identifier")
                        .col("first_name", person(PersonField.FIRST_NAME), "Given name (PII)")
                        .col("last_name", person(PersonField.LAST_NAME), "Family name (PII)")
                        .col("email", person(PersonField.EMAIL), "E-mail (PII)")
                        .col("phone", person(PersonField.PHONE), "Mobile number (PII)")
                        .col("plan_id", fk("plans", Skew.power(1.5)), "Current plan")
                        .col("activation_date", dates(LocalDate.of(2012, 1, 1), LocalDate.of(2024, 12, 31)), "Activation")
                        .col("status", weighted("ACTIVE", 84, "CHURNED", 10, "SUSPENDED", 4, "PENDING", 2), "Line status")
                        .col("credit_class", weighted("A", 45, "B", 30, "C", 15, "D", 10), "Credit class")
                        .col("contract_end", DATE, derived("{{add_days(activation_date, $0)}}", weighted(730, 60, 365, 25, 1095, 15)), "End of the contract term"))

                .table(Table.dimension("plans", 1_000_000)
                        .comment("Rate plans")
                        .col("plan_id", sequence(), "Unique plan identifier")
                        .col("name", template("{} {}", pool(PLANS, "family", "plan"), code("99", ints(0, 99))), "Plan name")
                        .col("plan_type", weighted("POSTPAID", 60, "PREPAID", 25, "FAMILY", 10, "BUSINESS", 5), "Plan type")
                        .col("monthly_cost", money, derived("round($0 * $1, 2)", pool(PLANS, "cost", "plan"), decimals(0.85, 1.15, 3, Skew.UNIFORM)), "Monthly price")
                        .col("data_limit_gb", INT, derived("CASE WHEN $0 THEN NULL ELSE $1 END", pool(PLANS, "unlimited", "plan"), pool(PLANS, "data_gb", "plan")),
                                "Data allowance, NULL when unlimited")
                        .col("voice_minutes", pool(PLANS, "minutes", "plan"), "Minutes, -1 when unlimited")
                        .col("sms_limit", pool(PLANS, "sms", "plan"), "Messages, -1 when unlimited")
                        .col("is_unlimited", pool(PLANS, "unlimited", "plan"), "Unlimited data")
                        .col("is_active", bool(0.85), "Sold today"))

                .table(Table.dimension("towers", 1_000_000)
                        .comment("Cell sites")
                        .col("tower_id", sequence(), "Unique tower identifier")
                        .col("tower_name", template("TWR-{}-{}", place(PlaceField.STATE), code("99999", ints(0, 99_999))), "Site name")
                        .col("latitude", place(PlaceField.LATITUDE), "Latitude")
                        .col("longitude", place(PlaceField.LONGITUDE), "Longitude")
                        .col("tower_type", weighted("MACRO", 60, "SMALL_CELL", 25, "DAS", 8, "ROOFTOP", 7), "Site type")
                        .col("technology", weighted("LTE", 50, "5G", 40, "3G", 10), "Main technology")
                        .col("capacity", ints(200, 5_000, Skew.logNormal(1_200, 0.5)), "Simultaneous connections")
                        .col("city", place(PlaceField.CITY), "City")
                        .col("state", place(PlaceField.STATE), "State")
                        .col("status", weighted("ACTIVE", 92, "MAINTENANCE", 5, "DECOMMISSIONED", 3), "Status"))

                .table(Table.dimension("devices", 1_000_000)
                        .comment("Handsets on the network")
                        .col("device_id", sequence(), "Unique device identifier")
                        .col("subscriber_id", fk("subscribers", Skew.power(1.1)), "Owner")
                        .col("imei", code("999999999999999"), "IMEI")
                        .col("make", pool(DEVICES, "make", "device"), "Manufacturer")
                        .col("model", pool(DEVICES, "model", "device"), "Model")
                        .col("os", pool(DEVICES, "os", "device"), "Operating system")
                        .col("os_version", pool(DEVICES, "os_version", "device"), "OS version")
                        .col("activation_date", dates(LocalDate.of(2018, 1, 1), LocalDate.of(2024, 12, 31)), "First seen on the network")
                        .col("is_5g_capable", pool(DEVICES, "five_g", "device"), "Supports 5G"))

                .table(Table.dimension("roaming_usage", 1_000_000).date("usage_date")
                        .comment("Usage abroad")
                        .col("roaming_id", sequence(), "Unique roaming record identifier")
                        .col("subscriber_id", fk("subscribers", Skew.power(1.8)), "Subscriber")
                        .col("country", weighted("MX", 25, "CA", 20, "GB", 10, "FR", 8, "IT", 7, "ES", 7, "DE", 6, "DO", 6, "JP", 6, "BR", 5), "Visited country")
                        .col("roaming_type", weighted("DATA", 55, "VOICE", 30, "SMS", 15), "Service used")
                        .col("data_mb", SqlType.decimal(12, 2), derived("CASE WHEN roaming_type = 'DATA' THEN $0 ELSE 0 END", decimals(1, 20_000, 2, Skew.logNormal(350, 1.2))),
                                "Megabytes used")
                        .col("voice_minutes", INT, derived("CASE WHEN roaming_type = 'VOICE' THEN $0 ELSE 0 END", ints(1, 600, Skew.logNormal(25, 1.0))), "Minutes")
                        .col("cost", money, derived("round(data_mb * 0.01 + voice_minutes * 0.25 + CASE WHEN roaming_type = 'SMS' THEN 0.5 ELSE 0 END, 2)"),
                                "Roaming charges")
                        .col("usage_date", dates(TRAVEL), "Date abroad"))

                .table(Table.lookup("number_portability", 500_000).date("request_date")
                        .comment("Number port requests")
                        .col("port_id", sequence(), "Unique port request identifier")
                        .col("phone_number", code("(999) 555-9999", ints(0, 2_000_000_000)), "Number ported")
                        .col("from_carrier", pool(CARRIERS, "name", "from"), "Losing carrier")
                        .col("to_carrier", pool(CARRIERS, "name", "to"), "Winning carrier")
                        .col("request_date", dates(OFFICE), "Requested")
                        .col("completion_date", DATE, derived("CASE WHEN status = 'COMPLETED' THEN {{add_days(request_date, $0)}} END", ints(0, 5)), "Completed")
                        .col("status", weighted("COMPLETED", 85, "PENDING", 7, "REJECTED", 5, "CANCELLED", 3), "Status"))

                .table(Table.lookup("promotions_telecom", 500_000).date("start_date")
                        .comment("Offers and promotions")
                        .col("promo_id", sequence(), "Unique promotion identifier")
                        .col("name", template("{} {}", weighted("Switch & Save", 25, "Holiday Deal", 20, "Free Line", 15, "Trade-In Bonus", 20, "Data Boost", 20),
                                code("99", ints(0, 99))), "Offer name")
                        .col("promo_type", weighted("DISCOUNT", 35, "DEVICE_CREDIT", 25, "FREE_LINE", 15, "DATA_BOOST", 15, "WAIVED_FEE", 10), "Offer type")
                        .col("discount_amount", money, amount(20, 0.9, 5, 800), "Value in USD")
                        .col("start_date", dates(), "First day")
                        .col("end_date", DATE, derived("{{add_days(start_date, $0)}}", ints(14, 120)), "Last day")
                        .col("eligibility", weighted("NEW_CUSTOMERS", 35, "PORT_IN", 25, "EXISTING", 25, "ALL", 15), "Who qualifies")
                        .col("redemptions", ints(0, 100_000, Skew.power(3.0)), "Times redeemed"))

                .table(Table.lookup("coverage_areas", 200_000).date("last_tested")
                        .comment("Coverage by zip code")
                        .col("area_id", sequence(), "Unique coverage area identifier")
                        .col("zip_code", place(PlaceField.ZIP), "Zip code")
                        .col("city", place(PlaceField.CITY), "City")
                        .col("state", place(PlaceField.STATE), "State")
                        .col("coverage_type", weighted("5G_ULTRA", 15, "5G", 35, "LTE", 40, "3G", 7, "NONE", 3), "Best coverage")
                        .col("signal_strength", ints(-125, -50, Skew.normal(-88, 11)), "Median RSRP in dBm")
                        .col("technology", weighted("LTE", 50, "5G", 45, "3G", 5), "Technology tested")
                        .col("last_tested", dates(), "Drive test date"))

                .table(Table.lookup("tower_maintenance", 300_000).date("scheduled_date")
                        .comment("Site maintenance work")
                        .col("maintenance_id", sequence(), "Unique maintenance identifier")
                        .col("tower_id", fk("towers", Skew.power(1.4)), "Tower")
                        .col("maintenance_type", weighted("PREVENTIVE", 50, "CORRECTIVE", 30, "UPGRADE", 15, "EMERGENCY", 5), "Work type")
                        .col("scheduled_date", dates(OFFICE), "Planned date")
                        .col("completed_date", DATE, derived("CASE WHEN status = 'COMPLETED' THEN {{add_days(scheduled_date, $0)}} END", ints(0, 14, Skew.power(2.0))),
                                "Done")
                        .col("cost", money, amount(1_800, 0.9, 100, 150_000), "Cost")
                        .col("technician", template("tech_{}", ints(1, 900)), "Technician")
                        .col("status", weighted("COMPLETED", 80, "SCHEDULED", 12, "IN_PROGRESS", 5, "CANCELLED", 3), "Status"))

                .table(Table.lookup("sim_cards", 200_000).date("activation_date")
                        .comment("SIM and eSIM inventory")
                        .col("sim_id", sequence(), "Unique SIM identifier")
                        .col("iccid", code("8901260999999999999"), "ICCID")
                        .col("subscriber_id", fk("subscribers").orNull(0.1), "Subscriber, NULL while in inventory")
                        .col("sim_type", weighted("PHYSICAL", 70, "ESIM", 30), "SIM type")
                        .col("activation_date", dates(), "Activation")
                        .col("status", weighted("ACTIVE", 80, "INACTIVE", 10, "SUSPENDED", 3, "INVENTORY", 7), "Status")
                        .col("puk_hash", sha256(ints(10_000_000, 99_999_999)), "SHA-256 of the PUK"))

                .table(Table.lookup("churn_predictions", 200_000).date("predicted_date")
                        .comment("Churn model scores")
                        .col("prediction_id", sequence(), "Unique prediction identifier")
                        .col("subscriber_id", fk("subscribers"), "Subscriber scored")
                        .col("churn_probability", SqlType.decimal(5, 4), decimals(0, 1, 4, Skew.power(2.2)), "Probability of leaving within 90 days")
                        .col("risk_factors", weighted("Contract ending soon", 25, "Recent dropped calls", 20, "Bill increase", 20, "Competitor offer in area", 15,
                                "Frequent support tickets", 10, "Low usage", 10), "Main driver")
                        .col("predicted_date", dates(), "Scoring date")
                        .col("model_version", weighted("v3.2.1", 50, "v3.1.0", 30, "v2.9.4", 20), "Model version"))

                .table(Table.lookup("value_added_services", 300_000).date("activated_date")
                        .comment("Add-on services")
                        .col("service_id", sequence(), "Unique add-on identifier")
                        .col("subscriber_id", fk("subscribers", Skew.power(1.3)), "Subscriber")
                        .col("service_name", pool(SERVICES, "name", "vas"), "Service")
                        .col("monthly_fee", money, pool(SERVICES, "fee", "vas"), "Monthly fee")
                        .col("activated_date", dates(), "Activated")
                        .col("status", weighted("ACTIVE", 78, "CANCELLED", 18, "SUSPENDED", 4), "Status"))

                .table(Table.lookup("spectrum_allocation", 100_000).date("license_expiry")
                        .comment("Spectrum licenses")
                        .col("allocation_id", sequence(), "Unique allocation identifier")
                        .col("band", pool(BANDS, "band", "band"), "Band")
                        .col("frequency_mhz", pool(BANDS, "frequency", "band"), "Center frequency")
                        .col("bandwidth_mhz", weighted(5, 10, 10, 25, 15, 15, 20, 25, 40, 15, 100, 10), "Bandwidth held")
                        .col("region", template("{} market {}", place(PlaceField.STATE), code("99", ints(0, 99))), "License area")
                        .col("license_expiry", dates(LocalDate.of(2025, 1, 1), LocalDate.of(2040, 12, 31)), "Expiry")
                        .col("technology", pool(BANDS, "technology", "band"), "Deployed technology"))

                .table(Table.lookup("payments_telecom", 200_000).date("payment_date")
                        .comment("Bill payments")
                        .col("payment_id", sequence(), "Unique payment identifier")
                        .col("bill_id", fk("billing"), "Bill paid")
                        .col("subscriber_id", lookup("bill_id", "subscriber_id"), "Subscriber of the bill")
                        .col("amount", money, amount(70, 0.45, 5, 600), "Amount paid")
                        .col("payment_date", dates(), "Date paid")
                        .col("method", weighted("AUTOPAY", 55, "CARD", 25, "BANK", 10, "STORE", 6, "CHECK", 4), "Method")
                        .col("status", weighted("SUCCEEDED", 95, "FAILED", 4, "REFUNDED", 1), "Status"))

                .table(Table.lookup("retail_stores", 100_000).date("opened_date")
                        .comment("Stores selling plans and devices")
                        .col("store_id", sequence(), "Unique store identifier")
                        .col("name", template("{} Mobile Store", place(PlaceField.CITY)), "Store name")
                        .col("city", place(PlaceField.CITY), "City")
                        .col("state", place(PlaceField.STATE), "State")
                        .col("zip", place(PlaceField.ZIP), "Zip code")
                        .col("store_type", weighted("CORPORATE", 45, "AUTHORIZED_DEALER", 40, "KIOSK", 15), "Store type")
                        .col("opened_date", dates(LocalDate.of(2005, 1, 1), LocalDate.of(2024, 12, 31)), "Opened"))

                .views(TelecomViews.ALL)
                .udfs(udfs())
                .gold(GoldViews.TELECOM)
                .star(StarSchemas.TELECOM)
                .checks(BusinessRules.TELECOM_CHECKS)
                .changes(BusinessRules.TELECOM_CHANGES)
                .build();
    }

    private static List<Udf> udfs() {
        return List.of(
                Udf.named("mask_phone_telecom").masking().param("phone", STRING).returns(STRING)
                        .body("'(***) ***-' || right(phone, 4)")
                        .comment("Phone number showing only the last four digits")
                        .example("'(212) 555-0199'", "'(***) ***-0199'"),
                Udf.named("mask_imei").masking().param("imei", STRING).returns(STRING)
                        .body("substr(imei, 1, 8) || '*******'")
                        .comment("IMEI with the serial part hidden (the type allocation code stays)")
                        .example("'356938035643809'", "'35693803*******'"),
                Udf.named("format_data_size").formatting().param("num_bytes", BIGINT).returns(STRING)
                        .body("CASE WHEN num_bytes >= 1073741824 THEN CAST(round(num_bytes / 1073741824.0, 2) AS STRING) || ' GB' "
                                + "WHEN num_bytes >= 1048576 THEN CAST(round(num_bytes / 1048576.0, 1) AS STRING) || ' MB' "
                                + "WHEN num_bytes >= 1024 THEN CAST(round(num_bytes / 1024.0, 1) AS STRING) || ' KB' ELSE CAST(num_bytes AS STRING) || ' B' END")
                        .comment("Bytes in B, KB, MB or GB")
                        .example("1572864", "'1.5 MB'").example("500", "'500 B'"),
                Udf.named("format_duration").formatting().param("seconds", INT).returns(STRING)
                        .body("CAST({{int_div(seconds, 60)}} AS STRING) || ':' || lpad(CAST(seconds % 60 AS STRING), 2, '0')")
                        .comment("Seconds as m:ss")
                        .example("125", "'2:05'"),
                Udf.named("call_cost_estimate").business().param("seconds", INT).param("rate_per_minute", DOUBLE).returns(DOUBLE)
                        .body("round(ceil(seconds / 60.0) * rate_per_minute, 2)")
                        .comment("Cost of a call billed per started minute")
                        .example("61, 0.1", "0.2"),
                Udf.named("churn_risk_label").business().param("probability", DOUBLE).returns(STRING)
                        .body("CASE WHEN probability >= 0.7 THEN 'HIGH' WHEN probability >= 0.4 THEN 'MEDIUM' ELSE 'LOW' END")
                        .comment("Risk band of a churn probability")
                        .example("0.82", "'HIGH'").example("0.1", "'LOW'"),
                Udf.named("network_generation").business().param("network_type", STRING).returns(STRING)
                        .body("CASE upper(network_type) WHEN '5G' THEN '5G' WHEN '5G_MMWAVE' THEN '5G' WHEN 'LTE' THEN '4G' WHEN '3G' THEN '3G' ELSE 'OTHER' END")
                        .comment("Generation of a radio access type")
                        .example("'LTE'", "'4G'"),
                Udf.named("signal_quality").business().param("rsrp_dbm", INT).returns(STRING)
                        .body("CASE WHEN rsrp_dbm >= -80 THEN 'EXCELLENT' WHEN rsrp_dbm >= -90 THEN 'GOOD' WHEN rsrp_dbm >= -100 THEN 'FAIR' ELSE 'POOR' END")
                        .comment("Quality band of an RSRP reading")
                        .example("-85", "'GOOD'").example("-110", "'POOR'"),
                Udf.named("is_roaming").validation().param("country", STRING).returns(BOOLEAN)
                        .body("coalesce(upper(country) <> 'US', false)")
                        .comment("True outside the home country")
                        .example("'MX'", "true").example("'us'", "false"),
                Udf.named("billing_status_priority").business().param("status", STRING).returns(INT)
                        .body("CASE status WHEN 'WRITTEN_OFF' THEN 1 WHEN 'OVERDUE' THEN 2 WHEN 'DISPUTED' THEN 3 WHEN 'PENDING' THEN 4 ELSE 5 END")
                        .comment("Collections priority of a bill status (1 first)")
                        .example("'OVERDUE'", "2"),
                Udf.named("subscriber_tenure_months").business().param("activation_date", DATE).returns(INT)
                        .body("{{months_between(activation_date, current_date)}}")
                        .comment("Whole months since activation")
                        .example("{{add_days(current_date, -400)}}", "13"),
                Udf.named("data_plan_usage_pct").business().param("used_gb", DOUBLE).param("limit_gb", DOUBLE).returns(DOUBLE)
                        .body("CASE WHEN limit_gb IS NULL OR limit_gb <= 0 THEN NULL ELSE round(used_gb / limit_gb * 100, 1) END")
                        .comment("Share of the data allowance used, NULL when unlimited")
                        .example("7.5, 15", "50.0"),
                Udf.named("device_age_months").business().param("activation_date", DATE).returns(INT)
                        .body("{{months_between(activation_date, current_date)}}")
                        .comment("Whole months since the device joined the network")
                        .example("{{add_days(current_date, -65)}}", "2"),
                Udf.named("is_contract_ending").validation().param("contract_end", DATE).returns(BOOLEAN)
                        .body("contract_end BETWEEN current_date AND {{add_days(current_date, 60)}}")
                        .comment("Contract ends within 60 days")
                        .example("{{add_days(current_date, 30)}}", "true").example("{{add_days(current_date, 300)}}", "false"),
                Udf.named("tower_distance_km").business().param("lat1", DOUBLE).param("lon1", DOUBLE).param("lat2", DOUBLE).param("lon2", DOUBLE).returns(DOUBLE)
                        .body("round(12742 * asin(sqrt(pow(sin(radians(lat2 - lat1) / 2), 2) + cos(radians(lat1)) * cos(radians(lat2)) "
                                + "* pow(sin(radians(lon2 - lon1) / 2), 2))), 1)")
                        .comment("Great-circle distance between two points")
                        .example("40.7128, -74.006, 42.3601, -71.0589", "306.1"),
                Udf.named("anonymize_subscriber").masking().param("subscriber_id", BIGINT).returns(STRING)
                        .body("'SUB-' || substr({{sha256(subscriber_id)}}, 1, 8)")
                        .comment("A stable pseudonym for a subscriber id")
                        .example("1", "'SUB-6b86b273'"),
                Udf.named("format_phone_display").formatting().param("digits", STRING).returns(STRING)
                        .body("'(' || substr(digits, 1, 3) || ') ' || substr(digits, 4, 3) || '-' || substr(digits, 7, 4)")
                        .comment("Ten digits as (NXX) NXX-XXXX")
                        .example("'2125550199'", "'(212) 555-0199'"),
                Udf.named("ticket_sla_status").business().param("priority", STRING).param("hours_open", INT).returns(STRING)
                        .body("CASE WHEN hours_open > CASE priority WHEN 'URGENT' THEN 4 WHEN 'HIGH' THEN 24 WHEN 'MEDIUM' THEN 72 ELSE 168 END "
                                + "THEN 'BREACHED' ELSE 'WITHIN_SLA' END")
                        .comment("Whether a ticket has passed its response SLA")
                        .example("'URGENT', 6", "'BREACHED'").example("'LOW', 48", "'WITHIN_SLA'"),
                Udf.named("spectrum_band_category").business().param("frequency_mhz", INT).returns(STRING)
                        .body("CASE WHEN frequency_mhz < 1000 THEN 'LOW_BAND' WHEN frequency_mhz < 6000 THEN 'MID_BAND' ELSE 'HIGH_BAND' END")
                        .comment("Low, mid or high band")
                        .example("600", "'LOW_BAND'").example("39000", "'HIGH_BAND'"),
                Udf.named("monthly_arpu").business().param("revenue", DOUBLE).param("subscribers", BIGINT).returns(DOUBLE)
                        .body("CASE WHEN subscribers > 0 THEN round(revenue / subscribers, 2) END")
                        .comment("Average revenue per user")
                        .example("12000, 200", "60.0"));
    }
}
