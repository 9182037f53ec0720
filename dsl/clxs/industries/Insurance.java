package clxs.industries;

import static clxs.model.Gen.amount;
import static clxs.model.Gen.bool;
import static clxs.model.Gen.code;
import static clxs.model.Gen.dates;
import static clxs.model.Gen.decimals;
import static clxs.model.Gen.derived;
import static clxs.model.Gen.fk;
import static clxs.model.Gen.ints;
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
 * Property and casualty insurance: policies, claims and underwriting over policyholders and agents,
 * with reinsurance, fraud detection and catastrophes. New business and storm claims peak in spring.
 */
public final class Insurance {

    private Insurance() {}

    static final Seasonality SPRING = Seasonality.SPRING_PEAK;

    static final Pool AGENCIES = Pool.of("agency", "name")
            .row("Shield Insurance Group").row("Cornerstone Agency").row("Liberty Bell Insurance").row("Harbor Risk Partners")
            .row("Summit Coverage").row("Prairie Mutual Agency").row("Beacon Insurance Services")
            .popularity(Skew.power(1.3));

    static final Pool REINSURERS = Pool.of("reinsurer", "name")
            .row("Atlantic Re").row("Global Risk Re").row("Northern Capital Re").row("Pacific Rim Re").row("Alpine Reinsurance");

    public static final Industry INDUSTRY = define();

    private static Industry define() {
        SqlType money = SqlType.decimal(14, 2);
        return Industry.named("insurance")
                .description("Property and casualty insurance: policies, claims, underwriting, policyholders, agents, reinsurance and fraud")

                .table(Table.fact("policies", 100_000_000).date("effective_date")
                        .comment("Insurance policies")
                        .col("policy_id", sequence(), "Unique policy identifier")
                        .col("customer_id", fk("policyholders", Skew.power(1.2)), "Policyholder")
                        .col("policy_type", weighted("AUTO", 45, "HOME", 25, "LIFE", 10, "RENTERS", 8, "COMMERCIAL", 5, "UMBRELLA", 4, "PET", 3), "Line")
                        .col("effective_date", dates(SPRING), "Effective")
                        .col("expiry_date", DATE, derived("{{add_days(effective_date, CASE WHEN policy_type = 'AUTO' THEN 182 WHEN policy_type = 'LIFE' THEN 7305 "
                                + "ELSE 365 END)}}"), "Expiry (six months for auto, twenty years for life)")
                        .col("premium", money, derived("round(CASE policy_type WHEN 'AUTO' THEN 780 WHEN 'HOME' THEN 1650 WHEN 'LIFE' THEN 720 WHEN 'RENTERS' THEN 180 "
                                + "WHEN 'COMMERCIAL' THEN 4800 WHEN 'UMBRELLA' THEN 380 ELSE 540 END * $0, 2)", decimals(0.4, 4, 3, Skew.logNormal(1, 0.35))),
                                "Term premium")
                        .col("deductible", money, weighted(250, 15, 500, 40, 1000, 30, 2500, 15), "Deductible")
                        .col("coverage_limit", money, derived("CASE policy_type WHEN 'HOME' THEN 250000 + $0 % 8 * 50000 WHEN 'LIFE' THEN 100000 + $0 % 10 * 100000 "
                                + "WHEN 'COMMERCIAL' THEN 1000000 WHEN 'UMBRELLA' THEN 1000000 + $0 % 4 * 1000000 WHEN 'RENTERS' THEN 30000 ELSE 100000 + $0 % 3 * 150000 END",
                                ints(0, 999_999)), "Coverage limit")
                        .col("status", weighted("ACTIVE", 70, "EXPIRED", 15, "CANCELLED", 8, "LAPSED", 5, "PENDING", 2), "Status")
                        .col("agent_id", fk("agents_ins", Skew.power(1.4)), "Writing agent"))

                .table(Table.fact("claims_ins", 50_000_000).date("claim_date")
                        .comment("Insurance claims")
                        .col("claim_id", sequence(), "Unique claim identifier")
                        .col("policy_id", fk("policies", Skew.power(1.05)), "Policy")
                        .col("claim_date", dates(SPRING), "Reported")
                        .col("loss_date", DATE, derived("{{add_days(claim_date, -$0)}}", ints(0, 60, Skew.power(3.0))), "Date of loss, on or before the report")
                        .col("claim_type", weighted("COLLISION", 28, "PROPERTY_DAMAGE", 14, "WIND_HAIL", 12, "COMPREHENSIVE", 12, "WATER_DAMAGE", 10, "LIABILITY", 9,
                                "THEFT", 6, "MEDICAL", 6, "FIRE", 3), "Cause of loss")
                        .col("amount_claimed", money, amount(4_200, 1.2, 100, 2_000_000), "Amount claimed")
                        .col("amount_paid", money, derived("CASE WHEN status = 'PAID' THEN round(amount_claimed * $0, 2) ELSE 0 END",
                                decimals(0.3, 1, 3, Skew.power(0.5))), "Amount paid")
                        .col("status", weighted("PAID", 55, "OPEN", 15, "DENIED", 12, "IN_REVIEW", 10, "CLOSED_NO_PAY", 5, "SUBROGATION", 3), "Status")
                        .col("adjuster_id", fk("adjusters", Skew.power(1.3)), "Adjuster")
                        .col("description", STRING, derived("CASE claim_type WHEN 'COLLISION' THEN 'Vehicle collision' WHEN 'PROPERTY_DAMAGE' THEN 'Damage to property' "
                                + "WHEN 'WIND_HAIL' THEN 'Wind or hail damage' WHEN 'COMPREHENSIVE' THEN 'Glass, animal or vandalism damage' "
                                + "WHEN 'WATER_DAMAGE' THEN 'Burst pipe or leak' WHEN 'LIABILITY' THEN 'Third-party injury or damage' WHEN 'THEFT' THEN 'Stolen property' "
                                + "WHEN 'MEDICAL' THEN 'Medical expenses' ELSE 'Fire damage' END"), "Loss description"))

                .table(Table.fact("underwriting", 30_000_000).date("decision_date")
                        .comment("Underwriting decisions")
                        .col("underwriting_id", sequence(), "Unique underwriting identifier")
                        .col("policy_id", fk("policies"), "Policy underwritten")
                        .col("risk_score", SqlType.decimal(5, 2), decimals(0, 100, 2, Skew.normal(50, 18)), "Risk score, 0-100")
                        .col("risk_class", STRING, derived("CASE WHEN risk_score < 25 THEN 'PREFERRED_PLUS' WHEN risk_score < 45 THEN 'PREFERRED' "
                                + "WHEN risk_score < 70 THEN 'STANDARD' WHEN risk_score < 85 THEN 'SUBSTANDARD' ELSE 'HIGH_RISK' END"), "Risk class")
                        .col("factors", weighted("Clean history", 30, "Prior claims", 20, "Young driver", 10, "Older roof", 10, "Flood zone", 8, "Credit-based score", 12,
                                "High-value property", 10), "Main factor")
                        .col("decision", STRING, derived("CASE WHEN risk_score >= 92 THEN 'DECLINED' WHEN risk_score >= 80 THEN 'REFERRED' "
                                + "WHEN risk_score >= 70 AND $0 < 0.3 THEN 'APPROVED_WITH_CONDITIONS' ELSE 'APPROVED' END", decimals(0, 1, 3, Skew.UNIFORM)), "Decision")
                        .col("premium_modifier", SqlType.decimal(5, 3), derived("round(0.7 + risk_score / 100 * 0.8, 3)"), "Rating factor")
                        .col("underwriter_id", fk("underwriters", Skew.power(1.2)), "Underwriter")
                        .col("decision_date", dates(SPRING), "Decided")
                        .col("model_version", weighted("uw-4.2", 50, "uw-4.1", 30, "uw-3.8", 20), "Scoring model"))

                .table(Table.fact("claim_payments", 5_000_000).date("payment_date")
                        .comment("Payments on claims")
                        .col("payment_id", sequence(), "Unique claim payment identifier")
                        .col("claim_id", fk("claims_ins", Skew.power(1.1)), "Claim")
                        .col("payee", weighted("POLICYHOLDER", 40, "BODY_SHOP", 20, "CONTRACTOR", 15, "MEDICAL_PROVIDER", 12, "THIRD_PARTY", 13), "Paid to")
                        .col("amount", money, amount(1_900, 1.1, 25, 500_000), "Amount")
                        .col("payment_date", dates(SPRING), "Paid")
                        .col("payment_type", weighted("ACH", 55, "CHECK", 30, "VIRTUAL_CARD", 15), "Method")
                        .col("status", weighted("CLEARED", 85, "ISSUED", 12, "VOIDED", 3), "Status"))

                .table(Table.fact("coverages", 5_000_000)
                        .comment("Coverage lines of policies")
                        .col("coverage_id", sequence(), "Unique coverage line identifier")
                        .col("policy_id", fk("policies"), "Policy")
                        .col("coverage_type", weighted("BODILY_INJURY", 18, "PROPERTY_DAMAGE", 18, "COLLISION", 15, "COMPREHENSIVE", 12, "DWELLING", 10,
                                "PERSONAL_PROPERTY", 8, "LOSS_OF_USE", 5, "MEDICAL_PAYMENTS", 7, "UNINSURED_MOTORIST", 7), "Coverage")
                        .col("limit_amount", money, weighted(25_000, 20, 50_000, 25, 100_000, 25, 300_000, 15, 500_000, 10, 1_000_000, 5), "Limit")
                        .col("deductible", money, weighted(0, 30, 250, 15, 500, 30, 1000, 20, 2500, 5), "Deductible")
                        .col("premium_share", money, amount(140, 0.7, 5, 5_000), "Premium for the line"))

                .table(Table.dimension("policyholders", 1_000_000)
                        .comment("Policyholders (PII)")
                        .col("customer_id", sequence(), "Unique policyholder identifier")
                        .col("first_name", person(PersonField.FIRST_NAME), "Given name (PII)")
                        .col("last_name", person(PersonField.LAST_NAME), "Family name (PII)")
                        .col("date_of_birth", dates(LocalDate.of(1935, 1, 1), LocalDate.of(2006, 12, 31)), "Date of birth (PII)")
                        .col("gender", person(PersonField.GENDER), "Gender")
                        .col("email", person(PersonField.EMAIL), "E-mail (PII)")
                        .col("phone", person(PersonField.PHONE), "Phone (PII)")
                        .col("address", place(PlaceField.ADDRESS), "Street address (PII)")
                        .col("city", place(PlaceField.CITY), "City")
                        .col("state", place(PlaceField.STATE), "State"))

                .table(Table.dimension("agents_ins", 1_000_000)
                        .comment("Insurance agents")
                        .col("agent_id", sequence(), "Unique agent identifier")
                        .col("first_name", person(PersonField.FIRST_NAME), "Given name")
                        .col("last_name", person(PersonField.LAST_NAME), "Family name")
                        .col("agency", pool(AGENCIES, "name"), "Agency")
                        .col("license_state", place(PlaceField.STATE), "Licensed in")
                        .col("commission_rate", SqlType.decimal(4, 3), decimals(0.05, 0.15, 3, Skew.normal(0.1, 0.02)), "Commission rate")
                        .col("policies_sold", ints(0, 5_000, Skew.power(2.5)), "Policies sold")
                        .col("premium_volume", money, amount(450_000, 1.0, 0, 50_000_000), "Premium written")
                        .col("hire_date", dates(LocalDate.of(1995, 1, 1), LocalDate.of(2024, 12, 31)), "Appointed")
                        .col("status", weighted("ACTIVE", 85, "INACTIVE", 10, "TERMINATED", 5), "Status"))

                .table(Table.dimension("adjusters", 100_000)
                        .comment("Claims adjusters")
                        .col("adjuster_id", sequence(), "Unique adjuster identifier")
                        .col("first_name", person(PersonField.FIRST_NAME), "Given name")
                        .col("last_name", person(PersonField.LAST_NAME), "Family name")
                        .col("specialty", weighted("AUTO", 40, "PROPERTY", 30, "CASUALTY", 15, "CATASTROPHE", 10, "WORKERS_COMP", 5), "Specialty")
                        .col("region", place(PlaceField.STATE), "Region (state)")
                        .col("caseload", ints(5, 180, Skew.normal(70, 25)), "Open claims")
                        .col("years_experience", ints(0, 35, Skew.power(1.5)), "Experience"))

                .table(Table.dimension("underwriters", 50_000)
                        .comment("Underwriters")
                        .col("underwriter_id", sequence(), "Unique underwriter identifier")
                        .col("first_name", person(PersonField.FIRST_NAME), "Given name")
                        .col("last_name", person(PersonField.LAST_NAME), "Family name")
                        .col("line_of_business", weighted("PERSONAL_AUTO", 35, "HOMEOWNERS", 30, "COMMERCIAL", 20, "LIFE", 15), "Line")
                        .col("authority_limit", money, weighted(250_000, 40, 1_000_000, 35, 5_000_000, 20, 25_000_000, 5), "Binding authority")
                        .col("team", weighted("East", 25, "Central", 25, "West", 25, "National Accounts", 25), "Team"))

                .table(Table.dimension("reinsurance", 500_000).date("effective_date")
                        .comment("Reinsurance treaties")
                        .col("treaty_id", sequence(), "Unique treaty identifier")
                        .col("reinsurer", pool(REINSURERS, "name"), "Reinsurer")
                        .col("treaty_type", weighted("QUOTA_SHARE", 30, "EXCESS_OF_LOSS", 30, "CAT_XOL", 20, "SURPLUS", 10, "STOP_LOSS", 10), "Treaty type")
                        .col("retention", money, amount(2_000_000, 0.8, 100_000, 100_000_000), "Retention")
                        .col("limit_amount", money, derived("round(retention * $0, 2)", decimals(2, 20, 2, Skew.logNormal(5, 0.5))), "Limit")
                        .col("premium", money, derived("round(limit_amount * $0, 2)", decimals(0.01, 0.12, 4, Skew.logNormal(0.04, 0.4))), "Ceded premium")
                        .col("effective_date", dates(SPRING), "Inception")
                        .col("expiry_date", DATE, derived("{{add_days(effective_date, 365)}}"), "Expiry")
                        .col("line_of_business", weighted("PROPERTY", 40, "AUTO", 25, "CASUALTY", 20, "LIFE", 15), "Line"))

                .table(Table.lookup("payments_ins", 1_000_000).date("payment_date")
                        .comment("Premium payments")
                        .col("payment_id", sequence(), "Unique premium payment identifier")
                        .col("policy_id", fk("policies"), "Policy")
                        .col("amount", money, amount(150, 0.6, 10, 20_000), "Amount")
                        .col("payment_date", dates(SPRING), "Paid")
                        .col("payment_method", weighted("AUTOPAY", 55, "CARD", 25, "CHECK", 10, "BANK_TRANSFER", 10), "Method")
                        .col("payment_type", weighted("INSTALLMENT", 65, "PREMIUM", 25, "FEE", 5, "REFUND", 5), "Type")
                        .col("status", weighted("POSTED", 90, "PENDING", 5, "FAILED", 3, "REVERSED", 2), "Status")
                        .col("period_start", dates(), "Period start")
                        .col("period_end", DATE, derived("{{add_days(period_start, 30)}}"), "Period end"))

                .table(Table.lookup("loss_runs", 1_000_000).date("loss_date")
                        .comment("Loss history per policy")
                        .col("loss_id", sequence(), "Unique loss identifier")
                        .col("policy_id", fk("policies"), "Policy")
                        .col("loss_date", dates(SPRING), "Date of loss")
                        .col("loss_type", weighted("AUTO_PHYSICAL_DAMAGE", 35, "PROPERTY", 25, "LIABILITY", 20, "WEATHER", 15, "OTHER", 5), "Loss type")
                        .col("amount", money, amount(3_500, 1.2, 50, 3_000_000), "Gross loss")
                        .col("reserve", money, derived("CASE WHEN status = 'CLOSED' THEN 0 ELSE round(amount * $0, 2) END", decimals(0.1, 0.9, 3, Skew.UNIFORM)),
                                "Outstanding reserve")
                        .col("paid", money, derived("CASE WHEN status = 'CLOSED' THEN amount ELSE round(amount * $0, 2) END", decimals(0, 0.6, 3, Skew.UNIFORM)),
                                "Paid to date")
                        .col("incurred", money, derived("paid + reserve"), "Paid plus reserve")
                        .col("status", weighted("CLOSED", 70, "OPEN", 25, "REOPENED", 5), "Status")
                        .col("catastrophe_code", STRING, derived("CASE WHEN $0 < 0.08 THEN 'CAT-' || lpad(CAST($1 AS STRING), 4, '0') END",
                                decimals(0, 1, 3, Skew.UNIFORM), ints(1, 9_999)), "Catastrophe code, NULL when none"))

                .table(Table.lookup("fraud_detection", 500_000).date("detected_date")
                        .comment("Fraud screening of claims")
                        .col("detection_id", sequence(), "Unique detection identifier")
                        .col("claim_id", fk("claims_ins"), "Claim screened")
                        .col("fraud_score", SqlType.decimal(5, 4), decimals(0, 1, 4, Skew.power(2.5)), "Model score, 0-1")
                        .col("indicators", weighted("Late reporting", 20, "Inconsistent statements", 15, "Prior claims", 20, "New policy", 15, "Staged accident pattern", 8,
                                "Inflated estimate", 12, "No indicators", 10), "Main indicator")
                        .col("investigation_status", weighted("CLOSED", 60, "OPEN", 20, "REFERRED_SIU", 15, "ESCALATED", 5), "Investigation")
                        .col("detected_date", dates(SPRING), "Flagged")
                        .col("investigator", template("siu_{}", ints(1, 400)), "Investigator")
                        .col("outcome", weighted("CLEARED", 65, "CONFIRMED_FRAUD", 12, "INCONCLUSIVE", 13, "PENDING", 10), "Outcome")
                        .col("savings", money, derived("CASE WHEN outcome = 'CONFIRMED_FRAUD' THEN $0 ELSE 0 END", decimals(500, 250_000, 2, Skew.logNormal(8_000, 1.0))),
                                "Payout avoided"))

                .table(Table.lookup("actuarial_tables", 500_000).date("effective_date")
                        .comment("Actuarial rate tables")
                        .col("table_id", sequence(), "Unique table row identifier")
                        .col("table_type", weighted("MORTALITY", 30, "MORBIDITY", 20, "AUTO_LOSS", 30, "PROPERTY_LOSS", 20), "Table")
                        .col("age_band", weighted("18-24", 12, "25-34", 18, "35-44", 18, "45-54", 18, "55-64", 16, "65-74", 12, "75+", 6), "Age band")
                        .col("gender", weighted("F", 50, "M", 50), "Gender")
                        .col("risk_class", weighted("PREFERRED", 30, "STANDARD", 50, "SUBSTANDARD", 20), "Risk class")
                        .col("mortality_rate", SqlType.decimal(8, 6), derived("round(CASE age_band WHEN '18-24' THEN 0.0009 WHEN '25-34' THEN 0.0012 WHEN '35-44' THEN 0.0020 "
                                + "WHEN '45-54' THEN 0.0045 WHEN '55-64' THEN 0.0095 WHEN '65-74' THEN 0.021 ELSE 0.06 END * CASE gender WHEN 'M' THEN 1.25 ELSE 1 END * $0, 6)",
                                decimals(0.85, 1.15, 3, Skew.UNIFORM)), "Annual mortality rate")
                        .col("morbidity_rate", SqlType.decimal(8, 6), derived("round(mortality_rate * $0, 6)", decimals(3, 8, 2, Skew.UNIFORM)), "Annual morbidity rate")
                        .col("loss_ratio", SqlType.decimal(5, 3), decimals(0.3, 1.2, 3, Skew.normal(0.66, 0.12)), "Expected loss ratio")
                        .col("effective_date", dates(), "Effective"))

                .table(Table.lookup("endorsements", 300_000).date("effective_date")
                        .comment("Policy changes")
                        .col("endorsement_id", sequence(), "Unique endorsement identifier")
                        .col("policy_id", fk("policies"), "Policy")
                        .col("endorsement_type", weighted("ADD_VEHICLE", 22, "ADD_DRIVER", 18, "CHANGE_ADDRESS", 20, "INCREASE_LIMIT", 15, "ADD_COVERAGE", 15,
                                "REMOVE_COVERAGE", 10), "Change")
                        .col("effective_date", dates(SPRING), "Effective")
                        .col("premium_change", money, derived("round(CASE WHEN endorsement_type = 'REMOVE_COVERAGE' THEN -abs($0) WHEN endorsement_type = 'CHANGE_ADDRESS' "
                                + "THEN $0 / 4 ELSE abs($0) END, 2)", decimals(-400, 900, 2, Skew.normal(60, 90))), "Premium change")
                        .col("description", STRING, derived("lower(replace(endorsement_type, '_', ' ')) || ' mid-term'"), "Description")
                        .col("approved_by", template("uw_{}", ints(1, 500)), "Approver"))

                .table(Table.lookup("quotes", 300_000).date("quoted_date")
                        .comment("Quotes")
                        .col("quote_id", sequence(), "Unique quote identifier")
                        .col("customer_id", fk("policyholders"), "Prospect or customer")
                        .col("policy_type", weighted("AUTO", 50, "HOME", 25, "RENTERS", 10, "LIFE", 10, "UMBRELLA", 5), "Line quoted")
                        .col("quoted_premium", money, amount(900, 0.6, 60, 20_000), "Quoted premium")
                        .col("quoted_date", dates(SPRING), "Quoted")
                        .col("expiry_date", DATE, derived("{{add_days(quoted_date, 30)}}"), "Quote valid until")
                        .col("converted", bool(0.32), "Became a policy")
                        .col("agent_id", fk("agents_ins", Skew.power(1.4)), "Agent")
                        .col("channel", weighted("ONLINE", 40, "AGENT", 30, "COMPARISON_SITE", 20, "PHONE", 10), "Channel"))

                .table(Table.lookup("renewals", 200_000).date("renewal_date")
                        .comment("Policy renewals")
                        .col("renewal_id", sequence(), "Unique renewal identifier")
                        .col("policy_id", fk("policies"), "Policy")
                        .col("old_premium", money, amount(1_000, 0.7, 80, 30_000), "Expiring premium")
                        .col("new_premium", money, derived("round(old_premium * (1 + change_pct / 100), 2)"), "Renewal premium")
                        .col("change_pct", SqlType.decimal(5, 2), decimals(-25, 40, 2, Skew.normal(6, 7)), "Premium change in percent")
                        .col("renewal_date", dates(SPRING), "Renewal date")
                        .col("status", weighted("RENEWED", 78, "NON_RENEWED", 10, "PENDING", 7, "CANCELLED", 5), "Status")
                        .col("reason", weighted("Standard renewal", 60, "Rate increase", 15, "Claims history", 10, "Customer shopped", 10, "Underwriting", 5), "Reason"))

                .table(Table.lookup("compliance_ins", 200_000).date("filing_date")
                        .comment("Regulatory filings")
                        .col("record_id", sequence(), "Unique filing identifier")
                        .col("state", place(PlaceField.STATE), "State")
                        .col("regulation", weighted("Rate and form approval", 40, "Unfair claims practices", 20, "Privacy notice", 15, "Solvency (RBC)", 15,
                                "Producer licensing", 10), "Regulation")
                        .col("filing_type", weighted("RATE_FILING", 40, "FORM_FILING", 30, "MARKET_CONDUCT", 15, "SOLVENCY_REPORT", 15), "Filing")
                        .col("filing_date", dates(), "Filed")
                        .col("approval_date", DATE, derived("CASE WHEN status = 'APPROVED' THEN {{add_days(filing_date, $0)}} END", ints(10, 180)), "Approved")
                        .col("status", weighted("APPROVED", 70, "PENDING", 18, "OBJECTION", 8, "WITHDRAWN", 4), "Status")
                        .col("department", weighted("Actuarial", 35, "Compliance", 40, "Legal", 25), "Owner"))

                .table(Table.lookup("catastrophe_events", 100_000).date("start_date")
                        .comment("Catastrophe events")
                        .col("event_id", sequence(), "Unique catastrophe identifier")
                        .col("event_name", template("{} {}", weighted("Storm", 40, "Hurricane", 15, "Wildfire", 15, "Flood", 15, "Freeze", 15), code("AA-99", ints(0, 67_599))),
                                "Name")
                        .col("event_type", weighted("HAIL", 25, "TORNADO", 15, "HURRICANE", 12, "WILDFIRE", 12, "FLOOD", 14, "WINTER_STORM", 15, "EARTHQUAKE", 7), "Peril")
                        .col("start_date", dates(SPRING), "Start")
                        .col("end_date", DATE, derived("{{add_days(start_date, $0)}}", ints(0, 14, Skew.power(2.0))), "End")
                        .col("affected_states", template("{}, {}", place(PlaceField.STATE, "first"), place(PlaceField.STATE, "second")), "States")
                        .col("estimated_insured_losses", money, amount(50_000_000, 1.5, 100_000, 60_000_000_000.0), "Insured loss estimate")
                        .col("claims_count", ints(10, 500_000, Skew.logNormal(4_000, 1.4)), "Claims")
                        .col("pcs_number", code("PCS-999999"), "Catastrophe serial number"))

                .table(Table.lookup("subrogation", 100_000).date("opened_date")
                        .comment("Recovery from responsible parties")
                        .col("subrogation_id", sequence(), "Unique subrogation identifier")
                        .col("claim_id", fk("claims_ins"), "Claim")
                        .col("responsible_party", weighted("OTHER_DRIVER", 55, "CONTRACTOR", 15, "MANUFACTURER", 10, "PROPERTY_OWNER", 12, "MUNICIPALITY", 8), "Party")
                        .col("amount_sought", money, amount(5_500, 1.0, 100, 1_000_000), "Amount sought")
                        .col("amount_recovered", money, derived("CASE WHEN status IN ('RECOVERED', 'PARTIAL') THEN round(amount_sought * $0, 2) ELSE 0 END",
                                decimals(0.2, 1, 3, Skew.power(0.6))), "Recovered")
                        .col("opened_date", dates(SPRING), "Opened")
                        .col("status", weighted("RECOVERED", 40, "OPEN", 30, "PARTIAL", 15, "WRITTEN_OFF", 15), "Status"))

                .views(InsuranceViews.ALL)
                .udfs(udfs())
                .gold(GoldViews.INSURANCE)
                .star(StarSchemas.INSURANCE)
                .checks(BusinessRules.INSURANCE_CHECKS)
                .changes(BusinessRules.INSURANCE_CHANGES)
                .build();
    }

    private static List<Udf> udfs() {
        return List.of(
                Udf.named("loss_ratio_calc").business().param("incurred_losses", DOUBLE).param("earned_premium", DOUBLE).returns(DOUBLE)
                        .body("CASE WHEN earned_premium > 0 THEN round(incurred_losses / earned_premium * 100, 2) END")
                        .comment("Loss ratio in percent")
                        .example("650, 1000", "65.0"),
                Udf.named("combined_ratio_calc").business().param("losses", DOUBLE).param("expenses", DOUBLE).param("earned_premium", DOUBLE).returns(DOUBLE)
                        .body("CASE WHEN earned_premium > 0 THEN round((losses + expenses) / earned_premium * 100, 2) END")
                        .comment("Combined ratio in percent (below 100 is an underwriting profit)")
                        .example("650, 280, 1000", "93.0"),
                Udf.named("risk_class_label").formatting().param("risk_class", STRING).returns(STRING)
                        .body("{{initcap(replace(lower(risk_class), '_', ' '))}}")
                        .comment("Display label of a risk class")
                        .example("'PREFERRED_PLUS'", "'Preferred Plus'"),
                Udf.named("premium_rate_change").business().param("old_premium", DOUBLE).param("new_premium", DOUBLE).returns(DOUBLE)
                        .body("CASE WHEN old_premium > 0 THEN round((new_premium - old_premium) / old_premium * 100, 2) END")
                        .comment("Premium change in percent")
                        .example("1000, 1080", "8.0"),
                Udf.named("claim_severity_ins").business().param("amount", DOUBLE).returns(STRING)
                        .body("CASE WHEN amount >= 100000 THEN 'CATASTROPHIC' WHEN amount >= 25000 THEN 'SEVERE' WHEN amount >= 5000 THEN 'MODERATE' ELSE 'MINOR' END")
                        .comment("Severity band of a claim amount")
                        .example("30000", "'SEVERE'"),
                Udf.named("policy_status_label").formatting().param("status", STRING).returns(STRING)
                        .body("CASE status WHEN 'ACTIVE' THEN 'In force' WHEN 'EXPIRED' THEN 'Expired' WHEN 'CANCELLED' THEN 'Cancelled' WHEN 'LAPSED' THEN 'Lapsed for non-payment' "
                                + "WHEN 'PENDING' THEN 'Pending issue' ELSE 'Unknown' END")
                        .comment("Display label of a policy status")
                        .example("'LAPSED'", "'Lapsed for non-payment'"),
                Udf.named("fraud_risk_ins").business().param("fraud_score", DOUBLE).returns(STRING)
                        .body("CASE WHEN fraud_score >= 0.8 THEN 'REFER_TO_SIU' WHEN fraud_score >= 0.5 THEN 'REVIEW' ELSE 'FAST_TRACK' END")
                        .comment("Handling route of a claim by fraud score")
                        .example("0.85", "'REFER_TO_SIU'").example("0.2", "'FAST_TRACK'"),
                Udf.named("mask_policy_id").masking().param("policy_id", BIGINT).returns(STRING)
                        .body("'POL-****' || lpad(CAST(policy_id % 10000 AS STRING), 4, '0')")
                        .comment("Policy number showing only the last four digits")
                        .example("98765432", "'POL-****5432'"),
                Udf.named("coverage_adequate").validation().param("coverage_limit", DOUBLE).param("insured_value", DOUBLE).returns(BOOLEAN)
                        .body("coverage_limit >= insured_value * 0.8")
                        .comment("Limit meets the 80% coinsurance requirement")
                        .example("300000, 350000", "true").example("200000, 350000", "false"),
                Udf.named("renewal_eligibility").business().param("claims_last_3_years", INT).param("status", STRING).returns(STRING)
                        .body("CASE WHEN status <> 'ACTIVE' THEN 'NOT_ELIGIBLE' WHEN claims_last_3_years >= 3 THEN 'REFER' ELSE 'AUTO_RENEW' END")
                        .comment("Renewal route of a policy")
                        .example("1, 'ACTIVE'", "'AUTO_RENEW'").example("4, 'ACTIVE'", "'REFER'"),
                Udf.named("deductible_impact").business().param("loss", DOUBLE).param("deductible", DOUBLE).returns(DOUBLE)
                        .body("greatest(loss - deductible, 0)")
                        .comment("Amount payable after the deductible")
                        .example("4000, 1000", "3000.0").example("500, 1000", "0.0"),
                Udf.named("annualized_premium").business().param("premium", DOUBLE).param("term_months", INT).returns(DOUBLE)
                        .body("CASE WHEN term_months > 0 THEN round(premium * 12 / term_months, 2) END")
                        .comment("Premium over twelve months")
                        .example("600, 6", "1200.0"),
                Udf.named("catastrophe_category").business().param("insured_losses", DOUBLE).returns(STRING)
                        .body("CASE WHEN insured_losses >= 10000000000 THEN 'MEGA' WHEN insured_losses >= 1000000000 THEN 'MAJOR' WHEN insured_losses >= 25000000 "
                                + "THEN 'CATASTROPHE' ELSE 'BELOW_THRESHOLD' END")
                        .comment("Catastrophe class of an event (PCS threshold $25M)")
                        .example("2500000000", "'MAJOR'"),
                Udf.named("treaty_retention_pct").business().param("retention", DOUBLE).param("limit_amount", DOUBLE).returns(DOUBLE)
                        .body("CASE WHEN retention + limit_amount > 0 THEN round(retention / (retention + limit_amount) * 100, 2) END")
                        .comment("Share of the tower kept by the cedent")
                        .example("1000000, 4000000", "20.0"),
                Udf.named("quote_validity").business().param("quoted_date", DATE).returns(STRING)
                        .body("CASE WHEN {{days_between(quoted_date, current_date)}} <= 30 THEN 'VALID' ELSE 'EXPIRED' END")
                        .comment("A quote is valid for 30 days")
                        .example("{{add_days(current_date, -5)}}", "'VALID'").example("DATE '2020-01-01'", "'EXPIRED'"),
                Udf.named("filing_priority").business().param("filing_type", STRING).returns(INT)
                        .body("CASE filing_type WHEN 'MARKET_CONDUCT' THEN 1 WHEN 'SOLVENCY_REPORT' THEN 1 WHEN 'RATE_FILING' THEN 2 ELSE 3 END")
                        .comment("Priority of a regulatory filing")
                        .example("'RATE_FILING'", "2"),
                Udf.named("is_high_risk_policy").validation().param("risk_score", DOUBLE).param("prior_claims", INT).returns(BOOLEAN)
                        .body("risk_score >= 80 OR prior_claims >= 3")
                        .comment("High risk by score or history")
                        .example("85, 0", "true").example("40, 1", "false"),
                Udf.named("age_band").business().param("date_of_birth", DATE).returns(STRING)
                        .body("CASE WHEN {{years_between(date_of_birth, current_date)}} < 25 THEN '18-24' WHEN {{years_between(date_of_birth, current_date)}} < 35 THEN '25-34' "
                                + "WHEN {{years_between(date_of_birth, current_date)}} < 45 THEN '35-44' WHEN {{years_between(date_of_birth, current_date)}} < 55 THEN '45-54' "
                                + "WHEN {{years_between(date_of_birth, current_date)}} < 65 THEN '55-64' WHEN {{years_between(date_of_birth, current_date)}} < 75 THEN '65-74' "
                                + "ELSE '75+' END")
                        .comment("Rating age band")
                        .example("{{add_days(current_date, -10960)}}", "'25-34'"),
                Udf.named("commission_amount").business().param("premium", DOUBLE).param("rate", DOUBLE).returns(DOUBLE)
                        .body("round(premium * rate, 2)")
                        .comment("Agent commission")
                        .example("1200, 0.1", "120.0"),
                Udf.named("anonymize_policyholder").masking().param("first_name", STRING).param("last_name", STRING).returns(STRING)
                        .body("upper(substr(first_name, 1, 1)) || upper(substr(last_name, 1, 1)) || '-' || substr({{sha256(lower(first_name || last_name))}}, 1, 6)")
                        .comment("Initials and a short hash in place of a name")
                        .example("'Ada', 'Lovelace'", "'AL-' || substr({{sha256('adalovelace')}}, 1, 6)"));
    }
}
