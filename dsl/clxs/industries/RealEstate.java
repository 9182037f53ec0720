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
import static clxs.model.Gen.weighted;
import static clxs.model.SqlType.BIGINT;
import static clxs.model.SqlType.BOOLEAN;
import static clxs.model.SqlType.DATE;
import static clxs.model.SqlType.DOUBLE;
import static clxs.model.SqlType.INT;
import static clxs.model.SqlType.STRING;

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
 * Residential real estate: listings, sales and buyer activity over properties and agents, with
 * mortgages, rentals, taxes and market statistics. The market is busiest in spring and early summer.
 */
public final class RealEstate {

    private RealEstate() {}

    /** Home sales: spring and early summer. */
    static final Seasonality HOME_SALES = Seasonality.monthly("home_sales",
            0.7, 0.8, 1.05, 1.25, 1.4, 1.45, 1.3, 1.15, 0.95, 0.9, 0.75, 0.6);
    static final Seasonality WEEKENDS = HOME_SALES.withWeekdays(Seasonality.WEEKEND_HEAVY);

    static final Pool BROKERAGES = Pool.of("brokerage", "name")
            .row("Keystone Realty").row("Harbor Home Group").row("Summit Properties").row("Evergreen Realtors").row("Bluebird Homes")
            .row("Cornerstone Real Estate").row("Lakeside Realty").row("Metro Living Partners")
            .popularity(Skew.power(1.3));

    static final Pool CONTRACTORS = Pool.of("contractor", "name")
            .row("Hammerline Builders").row("True North Construction").row("Brightwork Remodeling").row("Solid Ground Contractors")
            .row("Peak Roofing").row("Sunward Solar Installers");

    public static final Industry INDUSTRY = define();

    private static Industry define() {
        SqlType money = SqlType.decimal(14, 2);
        return Industry.named("real_estate")
                .description("Residential real estate: listings, sales, showings and offers, properties, agents, mortgages, rentals and taxes")

                .table(Table.fact("listings", 100_000_000).date("list_date")
                        .comment("Property listings")
                        .col("listing_id", sequence(), "Unique listing identifier")
                        .col("property_id", fk("properties", Skew.power(1.1)), "Property listed")
                        .col("list_price", money, derived("round($0 * $1, -3)", lookup("property_id", "assessed_value"), decimals(0.9, 1.45, 3, Skew.normal(1.12, 0.08))),
                                "Asking price")
                        .col("list_date", dates(HOME_SALES), "Listed")
                        .col("status", weighted("SOLD", 55, "ACTIVE", 15, "EXPIRED", 12, "WITHDRAWN", 10, "PENDING", 8), "Listing status")
                        .col("agent_id", fk("agents", Skew.power(1.5)), "Listing agent")
                        .col("property_type", lookup("property_id", "property_type"), "Type of the property")
                        .col("bedrooms", INT, derived("CASE property_type WHEN 'CONDO' THEN 1 + $0 % 3 WHEN 'LAND' THEN 0 WHEN 'MULTI_FAMILY' THEN 4 + $0 % 5 "
                                + "ELSE 2 + $0 % 4 END", ints(0, 999_999)), "Bedrooms")
                        .col("bathrooms", SqlType.decimal(3, 1), derived("CASE WHEN bedrooms = 0 THEN 0 ELSE greatest(1, bedrooms - 1 + ($0 % 3) * 0.5) END",
                                ints(0, 999_999)), "Bathrooms")
                        .col("sqft", INT, derived("CASE WHEN bedrooms = 0 THEN 0 ELSE bedrooms * 520 + $0 END", ints(-200, 900)), "Living area"))

                .table(Table.fact("transactions_re", 50_000_000).date("closing_date")
                        .comment("Closed sales")
                        .col("txn_id", sequence(), "Unique sale identifier")
                        .col("listing_id", fk("listings", Skew.power(1.05)), "Listing sold")
                        .col("buyer_id", ints(1, 5_000_000), "Buyer")
                        .col("seller_id", ints(1, 5_000_000), "Seller")
                        .col("sale_price", money, derived("round($0 * $1, -2)", lookup("listing_id", "list_price"), decimals(0.85, 1.12, 3, Skew.normal(0.985, 0.035))),
                                "Sale price")
                        .col("closing_date", dates(HOME_SALES), "Closed")
                        .col("mortgage_amount", money, derived("round(sale_price * (100 - down_payment_pct) / 100, 2)"), "Financed amount")
                        .col("down_payment_pct", SqlType.decimal(5, 2), weighted(3.5, 12, 5.0, 13, 10.0, 20, 20.0, 35, 25.0, 8, 100.0, 12), "Down payment, 100 for cash")
                        .col("agent_commission", money, derived("round(sale_price * 0.025, 2)"), "Buyer-side commission (2.5%)")
                        .col("days_on_market", ints(1, 365, Skew.logNormal(28, 0.8)), "Days from listing to contract"))

                .table(Table.fact("property_views", 30_000_000).date("view_date")
                        .comment("Buyer views of listings")
                        .col("view_id", sequence(), "Unique view identifier")
                        .col("listing_id", fk("listings", Skew.power(1.6)), "Listing")
                        .col("viewer_id", ints(1, 20_000_000), "Viewer")
                        .col("view_type", weighted("ONLINE_LISTING", 55, "PHOTO_GALLERY", 20, "VIRTUAL_TOUR", 12, "VIDEO", 6, "IN_PERSON", 7), "View")
                        .col("view_date", dates(WEEKENDS), "Date")
                        .col("duration_minutes", ints(1, 120, Skew.logNormal(4, 0.9)), "Minutes")
                        .col("source", weighted("HomeFinder", 40, "MLS", 20, "Agent site", 15, "Email alert", 15, "Social", 10), "Source")
                        .col("saved", bool(0.12), "Saved the listing")
                        .col("inquired", bool(0.04), "Contacted the agent"))

                .table(Table.fact("offers", 5_000_000).date("offer_date")
                        .comment("Purchase offers")
                        .col("offer_id", sequence(), "Unique offer identifier")
                        .col("listing_id", fk("listings", Skew.power(1.4)), "Listing")
                        .col("buyer_name", person(PersonField.FULL_NAME), "Buyer (PII)")
                        .col("offer_price", money, derived("round($0 * $1, -2)", lookup("listing_id", "list_price"), decimals(0.85, 1.12, 3, Skew.normal(0.975, 0.04))),
                                "Offered price")
                        .col("offer_date", dates(HOME_SALES), "Date")
                        .col("status", weighted("REJECTED", 35, "ACCEPTED", 30, "COUNTERED", 20, "WITHDRAWN", 10, "PENDING", 5), "Outcome")
                        .col("contingencies", weighted("Inspection; Financing", 40, "Inspection; Financing; Appraisal", 25, "Inspection", 15, "None", 12,
                                "Sale of buyer's home", 8), "Contingencies")
                        .col("financing_type", weighted("CONVENTIONAL", 55, "FHA", 15, "CASH", 14, "VA", 8, "JUMBO", 8), "Financing"))

                .table(Table.fact("showings", 5_000_000).date("showing_date")
                        .comment("Private showings")
                        .col("showing_id", sequence(), "Unique showing identifier")
                        .col("listing_id", fk("listings", Skew.power(1.4)), "Listing shown")
                        .col("agent_id", fk("agents", Skew.power(1.3)), "Buyer's agent")
                        .col("showing_date", dates(WEEKENDS), "Date")
                        .col("duration_minutes", ints(10, 90, Skew.logNormal(30, 0.4)), "Minutes")
                        .col("feedback_score", ints(1, 5, Skew.normal(3.4, 1.0)), "Buyer feedback, 1-5")
                        .col("outcome", weighted("NO_INTEREST", 45, "UNDECIDED", 25, "SECOND_SHOWING", 20, "OFFER_PLANNED", 10), "Outcome"))

                .table(Table.dimension("properties", 1_000_000)
                        .comment("Properties")
                        .col("property_id", sequence(), "Unique property identifier")
                        .col("address", place(PlaceField.ADDRESS), "Street address (PII)")
                        .col("city", place(PlaceField.CITY), "City")
                        .col("state", place(PlaceField.STATE), "State")
                        .col("zip", place(PlaceField.ZIP), "Zip code")
                        .col("property_type", weighted("SINGLE_FAMILY", 62, "CONDO", 18, "TOWNHOUSE", 10, "MULTI_FAMILY", 7, "LAND", 3), "Type")
                        .col("year_built", ints(1890, 2024, Skew.normal(1982, 25)), "Year built")
                        .col("lot_size_sqft", ints(800, 200_000, Skew.logNormal(7_500, 0.7)), "Lot size")
                        .col("assessed_value", money, amount(340_000, 0.55, 40_000, 8_000_000), "Assessed value")
                        .col("last_sale_date", dates(LocalDate.of(1995, 1, 1), LocalDate.of(2024, 12, 31)), "Last sold"))

                .table(Table.dimension("agents", 1_000_000)
                        .comment("Licensed agents (PII)")
                        .col("agent_id", sequence(), "Unique agent identifier")
                        .col("first_name", person(PersonField.FIRST_NAME), "Given name (PII)")
                        .col("last_name", person(PersonField.LAST_NAME), "Family name (PII)")
                        .col("brokerage", pool(BROKERAGES, "name"), "Brokerage")
                        .col("license_number", code("RE-99999999"), "License number")
                        .col("email", person(PersonField.EMAIL), "E-mail (PII)")
                        .col("phone", person(PersonField.PHONE), "Phone (PII)")
                        .col("specialization", weighted("RESIDENTIAL", 45, "FIRST_TIME_BUYERS", 15, "LUXURY", 10, "INVESTMENT", 12, "RELOCATION", 8, "COMMERCIAL", 10),
                                "Specialization")
                        .col("years_experience", ints(0, 40, Skew.power(1.6)), "Years licensed")
                        .col("listings_active", ints(0, 40, Skew.power(2.5)), "Active listings"))

                .table(Table.dimension("mortgages", 1_000_000)
                        .comment("Mortgages on properties")
                        .col("mortgage_id", sequence(), "Unique mortgage identifier")
                        .col("property_id", fk("properties"), "Property")
                        .col("borrower_id", ints(1, 5_000_000), "Borrower")
                        .col("lender", pool(Financial.BANKS, "name"), "Lender")
                        .col("loan_amount", money, amount(290_000, 0.5, 30_000, 3_000_000), "Loan amount")
                        .col("interest_rate", SqlType.decimal(5, 3), decimals(2.25, 8.75, 3, Skew.normal(5.6, 1.2)), "Rate in percent")
                        .col("term_years", weighted(30, 75, 15, 20, 20, 3, 10, 2), "Term")
                        .col("loan_type", weighted("CONVENTIONAL", 65, "FHA", 15, "VA", 8, "JUMBO", 9, "USDA", 3), "Loan type")
                        .col("origination_date", dates(LocalDate.of(2005, 1, 1), LocalDate.of(2024, 12, 31)), "Originated")
                        .col("status", weighted("CURRENT", 84, "PAID_OFF", 6, "REFINANCED", 6, "DELINQUENT", 3, "FORECLOSURE", 1), "Status"))

                .table(Table.dimension("neighborhoods", 500_000)
                        .comment("Neighborhood statistics")
                        .col("neighborhood_id", sequence(), "Unique neighborhood identifier")
                        .col("name", template("{} {}", pool(Financial.MERCHANT_WORDS, "word"), weighted("Heights", 20, "Park", 25, "Village", 20, "Estates", 15, "Commons", 20)),
                                "Neighborhood")
                        .col("city", place(PlaceField.CITY), "City")
                        .col("state", place(PlaceField.STATE), "State")
                        .col("zip", place(PlaceField.ZIP), "Zip code")
                        .col("median_price", money, amount(380_000, 0.5, 60_000, 5_000_000), "Median sale price")
                        .col("avg_sqft_price", SqlType.decimal(10, 2), derived("round(median_price / $0, 2)", ints(1_100, 2_600)), "Price per square foot")
                        .col("school_rating", ints(1, 10, Skew.normal(6.5, 1.8)), "School rating, 1-10")
                        .col("crime_index", ints(1, 100, Skew.normal(40, 18)), "Crime index, higher is worse")
                        .col("walkability_score", ints(0, 100, Skew.normal(52, 22)), "Walk score"))

                .table(Table.dimension("brokerages", 50_000)
                        .comment("Brokerage offices")
                        .col("brokerage_id", sequence(), "Unique brokerage office identifier")
                        .col("name", pool(BROKERAGES, "name"), "Brokerage")
                        .col("city", place(PlaceField.CITY), "City")
                        .col("state", place(PlaceField.STATE), "State")
                        .col("agent_count", ints(2, 600, Skew.logNormal(25, 1.0)), "Agents")
                        .col("founded_year", ints(1950, 2022), "Founded")
                        .col("franchise", weighted("INDEPENDENT", 45, "NATIONAL_FRANCHISE", 40, "REGIONAL_FRANCHISE", 15), "Affiliation"))

                .table(Table.lookup("appraisals", 500_000).date("appraisal_date")
                        .comment("Appraisals")
                        .col("appraisal_id", sequence(), "Unique appraisal identifier")
                        .col("property_id", fk("properties"), "Property")
                        .col("appraised_value", money, derived("round($0 * $1, -2)", lookup("property_id", "assessed_value"), decimals(0.85, 1.5, 3, Skew.normal(1.1, 0.08))),
                                "Appraised value")
                        .col("appraisal_date", dates(HOME_SALES), "Date")
                        .col("appraiser_id", ints(1, 20_000), "Appraiser")
                        .col("purpose", weighted("PURCHASE", 50, "REFINANCE", 30, "HELOC", 10, "ESTATE", 5, "TAX_APPEAL", 5), "Purpose")
                        .col("condition", weighted("GOOD", 40, "AVERAGE", 30, "EXCELLENT", 15, "FAIR", 12, "POOR", 3), "Condition")
                        .col("market_trend", weighted("INCREASING", 45, "STABLE", 40, "DECLINING", 15), "Market trend"))

                .table(Table.lookup("inspections", 500_000).date("inspection_date")
                        .comment("Home inspections")
                        .col("inspection_id", sequence(), "Unique inspection identifier")
                        .col("property_id", fk("properties"), "Property")
                        .col("inspection_date", dates(HOME_SALES), "Date")
                        .col("inspector_id", ints(1, 15_000), "Inspector")
                        .col("inspection_type", weighted("GENERAL", 60, "ROOF", 10, "TERMITE", 10, "RADON", 8, "SEWER", 7, "FOUNDATION", 5), "Type")
                        .col("overall_rating", ints(1, 5, Skew.normal(3.6, 0.9)), "Rating, 1-5")
                        .col("issues_found", ints(0, 30, Skew.power(2.0)), "Issues found")
                        .col("estimated_repair_cost", money, derived("round(issues_found * $0, 2)", decimals(150, 3_000, 2, Skew.logNormal(600, 0.8))), "Repair estimate")
                        .col("report_url", template("https://reports.example.com/inspections/{}", code("XXXXXXXXXX")), "Report link"))

                .table(Table.lookup("rental_payments", 500_000).date("payment_date")
                        .comment("Rent payments")
                        .col("payment_id", sequence(), "Unique rent payment identifier")
                        .col("lease_id", fk("leases", Skew.power(1.1)), "Lease")
                        .col("tenant_id", lookup("lease_id", "tenant_id"), "Tenant of the lease")
                        .col("amount", lookup("lease_id", "monthly_rent"), "Rent paid")
                        .col("payment_date", DATE, derived("{{add_days(due_date, $0)}}", ints(-3, 25, Skew.power(3.0))), "Paid")
                        .col("due_date", DATE, derived("{{month_start($0)}}", dates()), "Due (the first of the month)")
                        .col("payment_method", weighted("ONLINE", 55, "ACH", 25, "CHECK", 12, "MONEY_ORDER", 5, "CASH", 3), "Method")
                        .col("status", STRING, derived("CASE WHEN {{days_between(due_date, payment_date)}} > 5 THEN 'LATE' ELSE 'ON_TIME' END"), "On time or late")
                        .col("late_fee", SqlType.decimal(8, 2), derived("CASE WHEN status = 'LATE' THEN 75 ELSE 0 END"), "Late fee"))

                .table(Table.lookup("open_houses", 300_000).date("oh_date")
                        .comment("Open houses")
                        .col("oh_id", sequence(), "Unique open house identifier")
                        .col("listing_id", fk("listings", Skew.power(1.3)), "Listing")
                        .col("agent_id", lookup("listing_id", "agent_id"), "Listing agent")
                        .col("oh_date", dates(HOME_SALES.withWeekdays(List.of(0.1, 0.1, 0.1, 0.1, 0.3, 3.0, 3.0))), "Date")
                        .col("start_time", weighted("10:00", 15, "11:00", 25, "12:00", 20, "13:00", 25, "14:00", 15), "Start, HH:MM")
                        .col("end_time", STRING, derived("lpad(CAST(CAST(substr(start_time, 1, 2) AS INT) + 2 AS STRING), 2, '0') || ':00'"), "End, HH:MM")
                        .col("attendees", ints(0, 60, Skew.power(2.0)), "Visitors")
                        .col("offers_received", ints(0, 5, Skew.power(3.0)), "Offers received"))

                .table(Table.lookup("market_trends", 200_000)
                        .comment("Monthly market statistics by zip code")
                        .col("trend_id", sequence(), "Unique trend record identifier")
                        .col("zip_code", place(PlaceField.ZIP), "Zip code")
                        .col("month", STRING, derived("{{year_month($0)}}", dates()), "Month, YYYY-MM")
                        .col("median_price", money, amount(370_000, 0.5, 60_000, 5_000_000), "Median sale price")
                        .col("avg_days_on_market", ints(5, 180, Skew.logNormal(32, 0.5)), "Days on market")
                        .col("inventory", ints(5, 3_000, Skew.logNormal(120, 0.9)), "Active listings")
                        .col("new_listings", ints(1, 600, Skew.logNormal(35, 0.8)), "New listings")
                        .col("closed_sales", ints(0, 500, Skew.logNormal(28, 0.8)), "Closed sales")
                        .col("price_per_sqft", SqlType.decimal(10, 2), derived("round(median_price / $0, 2)", ints(1_100, 2_600)), "Median price per square foot"))

                .table(Table.lookup("hoa_dues", 200_000)
                        .comment("Homeowners association dues")
                        .col("hoa_id", sequence(), "Unique HOA account identifier")
                        .col("property_id", fk("properties"), "Property")
                        .col("community", template("{} {} HOA", pool(Financial.MERCHANT_WORDS, "word"), weighted("Estates", 40, "Villas", 30, "Commons", 30)), "Association")
                        .col("monthly_dues", money, amount(280, 0.6, 25, 3_000), "Monthly dues")
                        .col("special_assessment", money, weighted(0, 85, 500, 8, 1500, 5, 5000, 2), "Special assessment")
                        .col("reserve_fund", money, amount(250_000, 1.0, 5_000, 20_000_000), "Association reserves")
                        .col("paid_through", dates(), "Paid through")
                        .col("status", weighted("CURRENT", 88, "DELINQUENT", 10, "LIEN", 2), "Status"))

                .table(Table.lookup("property_taxes", 200_000)
                        .comment("Annual property tax bills")
                        .col("tax_id", sequence(), "Unique tax bill identifier")
                        .col("property_id", fk("properties"), "Property")
                        .col("tax_year", ints(2019, 2024), "Tax year")
                        .col("assessed_value", lookup("property_id", "assessed_value"), "Assessed value")
                        .col("tax_rate", SqlType.decimal(5, 3), decimals(0.3, 2.8, 3, Skew.normal(1.1, 0.35)), "Rate in percent")
                        .col("tax_amount", money, derived("round(assessed_value * tax_rate / 100, 2)"), "Tax due")
                        .col("paid_date", DATE, derived("CASE WHEN status = 'PAID' THEN {{add_days(DATE '2019-01-01', (tax_year - 2019) * 365 + $0)}} END",
                                ints(30, 360)), "Paid")
                        .col("status", weighted("PAID", 90, "DELINQUENT", 7, "APPEALED", 3), "Status"))

                .table(Table.lookup("construction_permits", 100_000).date("issue_date")
                        .comment("Building permits")
                        .col("permit_id", sequence(), "Unique permit identifier")
                        .col("property_id", fk("properties"), "Property")
                        .col("permit_type", weighted("REMODEL", 30, "ROOF", 15, "ADDITION", 12, "SOLAR", 12, "ELECTRICAL", 12, "POOL", 6, "NEW_CONSTRUCTION", 8,
                                "DEMOLITION", 5), "Type")
                        .col("description", template("{} work at the property", weighted("Kitchen", 30, "Bathroom", 25, "Roof", 15, "Electrical", 15, "Exterior", 15)),
                                "Description")
                        .col("estimated_cost", money, amount(25_000, 1.1, 500, 3_000_000), "Estimated cost")
                        .col("issue_date", dates(HOME_SALES), "Issued")
                        .col("expiry_date", DATE, derived("{{add_days(issue_date, 365)}}"), "Expires")
                        .col("status", weighted("ISSUED", 45, "FINALED", 40, "EXPIRED", 10, "REVOKED", 5), "Status")
                        .col("contractor", pool(CONTRACTORS, "name"), "Contractor"))

                .table(Table.lookup("comparables", 100_000).date("sale_date")
                        .comment("Comparable sales used in valuations")
                        .col("comp_id", sequence(), "Unique comparable identifier")
                        .col("subject_property_id", fk("properties"), "Property valued")
                        .col("comp_property_id", fk("properties"), "Comparable property")
                        .col("distance_miles", SqlType.decimal(6, 2), decimals(0.05, 10, 2, Skew.logNormal(0.8, 0.8)), "Distance")
                        .col("price_diff_pct", SqlType.decimal(6, 2), decimals(-40, 40, 2, Skew.normal(0, 8)), "Price difference")
                        .col("sqft_diff", ints(-1_500, 1_500, Skew.normal(0, 300)), "Size difference")
                        .col("sale_date", dates(HOME_SALES), "Comparable sale date")
                        .col("adjustment", money, decimals(-80_000, 80_000, 2, Skew.normal(0, 15_000)), "Appraiser adjustment"))

                .table(Table.lookup("leases", 300_000).date("start_date")
                        .comment("Residential leases")
                        .col("lease_id", sequence(), "Unique lease identifier")
                        .col("property_id", fk("properties"), "Property")
                        .col("tenant_id", ints(1, 2_000_000), "Tenant")
                        .col("tenant_name", person(PersonField.FULL_NAME), "Tenant (PII)")
                        .col("monthly_rent", money, amount(1_850, 0.4, 450, 25_000), "Monthly rent")
                        .col("start_date", dates(HOME_SALES), "Start")
                        .col("end_date", DATE, derived("{{add_days(start_date, $0)}}", weighted(365, 80, 730, 12, 180, 8)), "End")
                        .col("status", weighted("ACTIVE", 55, "ENDED", 40, "TERMINATED", 5), "Status"))

                .views(RealEstateViews.ALL)
                .udfs(udfs())
                .gold(GoldViews.REAL_ESTATE)
                .star(StarSchemas.REAL_ESTATE)
                .checks(BusinessRules.REAL_ESTATE_CHECKS)
                .changes(BusinessRules.REAL_ESTATE_CHANGES)
                .build();
    }

    private static List<Udf> udfs() {
        return List.of(
                Udf.named("format_price_re").formatting().param("price", DOUBLE).returns(STRING)
                        .body("CASE WHEN price >= 1000000 THEN '$' || CAST(round(price / 1000000, 2) AS STRING) || 'M' "
                                + "ELSE '$' || CAST(CAST(round(price / 1000) AS INT) AS STRING) || 'K' END")
                        .comment("Price as $425K or $1.25M")
                        .example("425000", "'$425K'").example("1250000", "'$1.25M'"),
                Udf.named("price_per_sqft").business().param("price", DOUBLE).param("sqft", INT).returns(DOUBLE)
                        .body("CASE WHEN sqft > 0 THEN round(price / sqft, 2) END")
                        .comment("Price per square foot")
                        .example("450000, 1800", "250.0"),
                Udf.named("mortgage_monthly").business().param("principal", DOUBLE).param("annual_rate_pct", DOUBLE).param("years", INT).returns(DOUBLE)
                        .body("round(principal * (annual_rate_pct / 1200) / (1 - pow(1 + annual_rate_pct / 1200, -years * 12)), 2)")
                        .comment("Principal and interest of a fixed-rate mortgage")
                        .example("300000, 6, 30", "1798.65"),
                Udf.named("cap_rate").business().param("net_operating_income", DOUBLE).param("value", DOUBLE).returns(DOUBLE)
                        .body("CASE WHEN value > 0 THEN round(net_operating_income / value * 100, 2) END")
                        .comment("Capitalization rate in percent")
                        .example("24000, 400000", "6.0"),
                Udf.named("property_age").business().param("year_built", INT).returns(INT)
                        .body("year(current_date) - year_built")
                        .comment("Age in years")
                        .example("year(current_date) - 30", "30"),
                Udf.named("market_status").business().param("days_on_market", INT).returns(STRING)
                        .body("CASE WHEN days_on_market <= 14 THEN 'HOT' WHEN days_on_market <= 45 THEN 'BALANCED' ELSE 'SLOW' END")
                        .comment("Market temperature from days on market")
                        .example("10", "'HOT'").example("90", "'SLOW'"),
                Udf.named("listing_status_label").formatting().param("status", STRING).returns(STRING)
                        .body("CASE status WHEN 'ACTIVE' THEN 'For sale' WHEN 'PENDING' THEN 'Under contract' WHEN 'SOLD' THEN 'Sold' WHEN 'EXPIRED' THEN 'Expired' "
                                + "WHEN 'WITHDRAWN' THEN 'Off market' ELSE 'Unknown' END")
                        .comment("Shopper-facing listing status")
                        .example("'PENDING'", "'Under contract'"),
                Udf.named("tax_estimate").business().param("assessed_value", DOUBLE).param("rate_pct", DOUBLE).returns(DOUBLE)
                        .body("round(assessed_value * rate_pct / 100, 2)")
                        .comment("Annual property tax")
                        .example("300000, 1.2", "3600.0"),
                Udf.named("roi_rental").business().param("annual_rent", DOUBLE).param("annual_costs", DOUBLE).param("price", DOUBLE).returns(DOUBLE)
                        .body("CASE WHEN price > 0 THEN round((annual_rent - annual_costs) / price * 100, 2) END")
                        .comment("Net rental yield in percent")
                        .example("30000, 12000, 360000", "5.0"),
                Udf.named("school_rating_label").formatting().param("rating", INT).returns(STRING)
                        .body("CASE WHEN rating >= 8 THEN 'Above average' WHEN rating >= 5 THEN 'Average' ELSE 'Below average' END")
                        .comment("Label of a 1-10 school rating")
                        .example("9", "'Above average'"),
                Udf.named("mask_address").masking().param("address", STRING).returns(STRING)
                        .body("'*** ' || substr(address, instr(address, ' ') + 1)")
                        .comment("Street address with the house number hidden")
                        .example("'1234 Maple Ave'", "'*** Maple Ave'"),
                Udf.named("down_payment").business().param("price", DOUBLE).param("pct", DOUBLE).returns(DOUBLE)
                        .body("round(price * pct / 100, 2)")
                        .comment("Down payment amount")
                        .example("400000, 20", "80000.0"),
                Udf.named("commission_split").business().param("sale_price", DOUBLE).param("rate_pct", DOUBLE).param("agent_share_pct", DOUBLE).returns(DOUBLE)
                        .body("round(sale_price * rate_pct / 100 * agent_share_pct / 100, 2)")
                        .comment("The agent's share of a commission")
                        .example("500000, 2.5, 70", "8750.0"),
                Udf.named("is_luxury").validation().param("price", DOUBLE).param("state", STRING).returns(BOOLEAN)
                        .body("price >= CASE WHEN state IN ('CA', 'NY', 'MA', 'WA', 'HI', 'DC') THEN 2000000 ELSE 1000000 END")
                        .comment("Luxury threshold, higher in costly states")
                        .example("1500000, 'TX'", "true").example("1500000, 'CA'", "false"),
                Udf.named("walkability_label").formatting().param("score", INT).returns(STRING)
                        .body("CASE WHEN score >= 90 THEN 'Walker''s paradise' WHEN score >= 70 THEN 'Very walkable' WHEN score >= 50 THEN 'Somewhat walkable' "
                                + "ELSE 'Car-dependent' END")
                        .comment("Label of a walk score")
                        .example("75", "'Very walkable'"),
                Udf.named("appreciation_estimate").business().param("value", DOUBLE).param("annual_rate_pct", DOUBLE).param("years", INT).returns(DOUBLE)
                        .body("round(value * pow(1 + annual_rate_pct / 100, years), 2)")
                        .comment("Value after compound appreciation")
                        .example("100000, 5, 2", "110250.0"),
                Udf.named("ltv_ratio").business().param("loan_amount", DOUBLE).param("value", DOUBLE).returns(DOUBLE)
                        .body("CASE WHEN value > 0 THEN round(loan_amount / value * 100, 1) END")
                        .comment("Loan-to-value in percent")
                        .example("320000, 400000", "80.0"),
                Udf.named("inspection_grade").business().param("issues_found", INT).returns(STRING)
                        .body("CASE WHEN issues_found = 0 THEN 'A' WHEN issues_found <= 3 THEN 'B' WHEN issues_found <= 8 THEN 'C' WHEN issues_found <= 15 THEN 'D' "
                                + "ELSE 'F' END")
                        .comment("Grade from the number of issues")
                        .example("5", "'C'"),
                Udf.named("hoa_status_label").formatting().param("status", STRING).returns(STRING)
                        .body("CASE status WHEN 'CURRENT' THEN 'In good standing' WHEN 'DELINQUENT' THEN 'Past due' WHEN 'LIEN' THEN 'Lien filed' ELSE 'Unknown' END")
                        .comment("Label of an HOA account status")
                        .example("'LIEN'", "'Lien filed'"),
                Udf.named("anonymize_property").masking().param("property_id", BIGINT).returns(STRING)
                        .body("'PROP-' || substr({{sha256(property_id)}}, 1, 8)")
                        .comment("A stable pseudonym for a property id")
                        .example("1", "'PROP-6b86b273'"));
    }
}
