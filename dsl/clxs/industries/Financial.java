package clxs.industries;

import static clxs.model.Gen.amount;
import static clxs.model.Gen.bool;
import static clxs.model.Gen.code;
import static clxs.model.Gen.dates;
import static clxs.model.Gen.decimals;
import static clxs.model.Gen.derived;
import static clxs.model.Gen.fk;
import static clxs.model.Gen.ints;
import static clxs.model.Gen.normal;
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
 * Financial services: card and account transactions over customers, accounts and cards, loans and
 * their payments, wires, trading, fraud and compliance. Spending rises towards the holidays and
 * banking happens on business days.
 */
public final class Financial {

    private Financial() {}

    /** Card spending: a December lift, busiest on Fridays and Saturdays. */
    static final Seasonality SPENDING = Seasonality.monthly("holiday_spending",
            0.92, 0.85, 0.97, 0.97, 1.0, 1.0, 1.02, 1.02, 0.96, 1.0, 1.09, 1.2).withWeekdays(List.of(0.9, 0.92, 0.95, 1.0, 1.12, 1.15, 0.96));
    /** Branch, wire and payment activity: business days. */
    static final Seasonality BANKING_DAYS = Seasonality.NONE.withWeekdays(Seasonality.BUSINESS_DAYS);

    /** Merchant category code, category, name suffix. */
    static final Pool MCC = Pool.of("mcc", "code", "category", "suffix")
            .row("5411", "GROCERY", "Market").row("5812", "DINING", "Bistro").row("5541", "FUEL", "Fuel Stop")
            .row("5311", "DEPARTMENT_STORE", "Department Store").row("5912", "PHARMACY", "Pharmacy").row("5814", "FAST_FOOD", "Grill")
            .row("4111", "TRANSIT", "Transit").row("5999", "RETAIL", "Goods").row("4899", "SUBSCRIPTIONS", "Streaming")
            .row("5732", "ELECTRONICS", "Electronics").row("7011", "TRAVEL", "Hotel").row("4511", "TRAVEL", "Airways")
            .row("5651", "APPAREL", "Outfitters").row("4900", "UTILITIES", "Utilities").row("8011", "HEALTHCARE", "Medical Group")
            .row("7995", "GAMBLING", "Casino")
            .popularity(Skew.power(1.4));

    static final Pool MERCHANT_WORDS = Pool.of("merchant_word", "word")
            .row("Summit").row("Harbor").row("Maple").row("Blue Sky").row("Golden Gate").row("Riverside").row("Cornerstone")
            .row("Evergreen").row("Union").row("Pioneer").row("Lakeside").row("Northside").row("Capital").row("Liberty")
            .row("Sunrise").row("Redwood").row("Main Street").row("Parkway").row("Silver Creek").row("Oak Hill");

    /** Ticker, company, sector, reference price. */
    static final Pool TICKERS = Pool.of("ticker", "symbol", "name", "sector", "price")
            .row("NVLT", "Novalith Systems", "Technology", 412.0).row("ORBX", "Orbix Cloud", "Technology", 188.0)
            .row("HLTH", "Helthora", "Healthcare", 96.5).row("GRNW", "Greenwave Energy", "Energy", 54.2)
            .row("FNCP", "Fincorp Holdings", "Financials", 71.8).row("RTLX", "Retailix", "Consumer", 132.4)
            .row("AQUA", "Aquantis", "Utilities", 38.9).row("MEDX", "Medexa", "Healthcare", 221.3)
            .row("SKYL", "Skyline Air", "Industrials", 27.6).row("CHIP", "Chipforge", "Technology", 655.0)
            .row("BNKR", "Bankara", "Financials", 44.1).row("AUTO", "Autovance", "Consumer", 19.8)
            .popularity(Skew.power(1.5));

    static final Pool FX = Pool.of("fx_pair", "from_ccy", "to_ccy", "rate")
            .row("USD", "EUR", 0.92).row("USD", "GBP", 0.79).row("USD", "JPY", 149.5).row("USD", "CAD", 1.36)
            .row("USD", "MXN", 17.1).row("EUR", "GBP", 0.86).row("EUR", "JPY", 162.3).row("GBP", "JPY", 188.7)
            .row("USD", "CHF", 0.88).row("USD", "AUD", 1.52).row("USD", "INR", 83.1).row("USD", "CNY", 7.21);

    static final Pool BANKS = Pool.of("bank", "name")
            .row("First Harbor Bank").row("Summit National").row("Evergreen Credit Union").row("Pioneer Trust")
            .row("Lakeshore Savings").row("Capital Union Bank").row("Redwood Federal").row("Liberty Mutual Savings");

    public static final Industry INDUSTRY = define();

    private static Industry define() {
        SqlType money = SqlType.decimal(14, 2);
        return Industry.named("financial")
                .description("Retail banking and markets: accounts, cards, transactions, loans, wires, trading, fraud and compliance")

                .table(Table.fact("transactions", 100_000_000).date("txn_date")
                        .comment("Account transactions: purchases, transfers, deposits, withdrawals and payments")
                        .col("txn_id", sequence(), "Unique transaction identifier")
                        .col("account_id", fk("accounts", Skew.power(1.3)), "Account debited or credited")
                        .col("txn_type", weighted("PURCHASE", 55, "TRANSFER", 12, "PAYMENT", 10, "DEPOSIT", 10, "WITHDRAWAL", 9, "FEE", 2, "REFUND", 2),
                                "Kind of transaction")
                        .col("amount", money, amount(48, 1.3, 0.5, 250_000), "Amount in the transaction currency")
                        .col("currency", weighted("USD", 88, "EUR", 5, "GBP", 3, "CAD", 2, "MXN", 1, "JPY", 1), "ISO 4217 currency")
                        .col("txn_date", dates(SPENDING), "Posting date")
                        .col("merchant_id", fk("merchants", Skew.power(1.5)).orNull(0.3), "Merchant, NULL for transfers and deposits")
                        .col("category", pool(MCC, "category", "mcc"), "Spending category")
                        .col("channel", weighted("CARD_PRESENT", 40, "ONLINE", 30, "MOBILE", 20, "ATM", 5, "BRANCH", 5), "Where it happened")
                        .col("status", weighted("POSTED", 93, "PENDING", 5, "DECLINED", 1.5, "REVERSED", 0.5), "Posting status"))

                .table(Table.fact("card_events", 50_000_000).date("event_timestamp")
                        .comment("Card authorization and clearing events")
                        .col("event_id", sequence(), "Unique event identifier")
                        .col("card_id", fk("cards", Skew.power(1.3)), "Card used")
                        .col("event_type", weighted("AUTHORIZATION", 58, "CLEARING", 30, "DECLINE", 5, "REFUND", 3, "REVERSAL", 2, "CHARGEBACK", 1,
                                "PIN_CHANGE", 1), "Card event")
                        .col("amount", money, amount(42, 1.2, 0.5, 25_000), "Amount in USD")
                        .col("merchant_name", template("{} {}", pool(MERCHANT_WORDS, "word"), pool(MCC, "suffix", "mcc")), "Merchant as printed on the statement")
                        .col("mcc_code", pool(MCC, "code", "mcc"), "Merchant category code")
                        .col("event_timestamp", timestamps(SPENDING.withHours(Seasonality.EVENING_PEAK)), "When the event happened")
                        .col("country", weighted("US", 92, "CA", 2, "MX", 1.5, "GB", 1.5, "FR", 1, "DE", 1, "JP", 1), "Merchant country")
                        .col("is_international", BOOLEAN, derived("country <> 'US'"), "Merchant outside the US")
                        .col("auth_code", code("XXXXXX", ints(0, 2_000_000_000)), "Authorization code"))

                .table(Table.fact("loan_payments", 30_000_000).date("payment_date")
                        .comment("Scheduled loan payments and how they were paid")
                        .col("payment_id", sequence(), "Unique payment identifier")
                        .col("loan_id", fk("loans"), "Loan paid")
                        .col("payment_date", dates(BANKING_DAYS), "Date paid")
                        .col("principal_amount", money, amount(420, 0.7, 5, 25_000), "Principal part")
                        .col("interest_amount", money, amount(110, 0.8, 1, 9_000), "Interest part")
                        .col("total_amount", money, derived("principal_amount + interest_amount"), "Principal plus interest")
                        .col("remaining_balance", money, amount(65_000, 1.1, 0, 2_000_000), "Balance after the payment")
                        .col("payment_method", weighted("ACH", 70, "ONLINE", 18, "CHECK", 7, "BRANCH", 3, "CARD", 2), "How it was paid")
                        .col("status", weighted("ON_TIME", 88, "LATE", 8, "PARTIAL", 2, "MISSED", 2), "Payment status")
                        .col("days_late", INT, derived("CASE status WHEN 'LATE' THEN 1 + $0 % 59 WHEN 'MISSED' THEN 30 + $0 % 90 ELSE 0 END",
                                ints(0, 1_000_000)), "Days past due, 0 when on time"))

                .table(Table.fact("wire_transfers", 5_000_000).date("wire_date")
                        .comment("Outgoing wire transfers")
                        .col("wire_id", sequence(), "Unique wire identifier")
                        .col("sender_account", fk("accounts", Skew.power(1.5)), "Sending account")
                        .col("receiver_account", code("XX99-9999-9999", ints(0, 2_000_000_000)), "Beneficiary account at the receiving bank")
                        .col("amount", money, amount(12_000, 1.4, 100, 5_000_000), "Amount sent")
                        .col("currency", weighted("USD", 80, "EUR", 8, "GBP", 5, "JPY", 3, "CAD", 2, "CHF", 2), "Currency sent")
                        .col("wire_date", dates(BANKING_DAYS), "Date sent")
                        .col("swift_code", template("{}{}", code("AAAA", ints(0, 400_000)), weighted("US33", 60, "GB2L", 10, "DEFF", 10, "FRPP", 8, "JPJT", 7,
                                "CATT", 5)), "SWIFT/BIC of the receiving bank")
                        .col("status", weighted("COMPLETED", 94, "PENDING", 3, "REJECTED", 1.5, "RETURNED", 1.5), "Wire status")
                        .col("purpose", weighted("SUPPLIER_PAYMENT", 35, "PAYROLL", 15, "REAL_ESTATE", 10, "INVESTMENT", 12, "FAMILY_SUPPORT", 15,
                                "TUITION", 5, "OTHER", 8), "Declared purpose")
                        .col("fee", SqlType.decimal(8, 2), weighted(25.0, 35, 35.0, 30, 45.0, 25, 0.0, 10), "Wire fee in USD"))

                .table(Table.fact("trading_orders", 5_000_000).date("order_date")
                        .comment("Brokerage orders and their fills")
                        .col("order_id", sequence(), "Unique order identifier")
                        .col("account_id", fk("accounts", Skew.power(1.8)), "Brokerage account")
                        .col("symbol", pool(TICKERS, "symbol", "ticker"), "Ticker")
                        .col("side", weighted("BUY", 55, "SELL", 45), "Buy or sell")
                        .col("quantity", ints(1, 5_000, Skew.power(3.0)), "Shares")
                        .col("price", SqlType.decimal(12, 4), derived("round($0 * (1 + $1), 4)", pool(TICKERS, "price", "ticker"), normal(0, 0.08, -0.4, 0.4, 4)),
                                "Limit or fill price")
                        .col("order_type", weighted("MARKET", 55, "LIMIT", 35, "STOP", 7, "STOP_LIMIT", 3), "Order type")
                        .col("order_date", dates(BANKING_DAYS), "Trade date")
                        .col("filled_at", TIMESTAMP, derived("CASE WHEN status IN ('FILLED', 'PARTIALLY_FILLED') "
                                + "THEN {{add_seconds(CAST(order_date AS TIMESTAMP), 34200 + $0)}} END", ints(0, 23_399)), "Fill time, NULL when not filled")
                        .col("status", weighted("FILLED", 78, "CANCELLED", 12, "PARTIALLY_FILLED", 5, "OPEN", 3, "REJECTED", 2), "Order status"))

                .table(Table.dimension("accounts", 1_000_000)
                        .comment("Deposit, credit and brokerage accounts")
                        .col("account_id", sequence(), "Unique account identifier")
                        .col("customer_id", fk("customers", Skew.power(1.2)), "Account holder")
                        .col("account_type", weighted("CHECKING", 45, "SAVINGS", 30, "CREDIT", 10, "MONEY_MARKET", 7, "CD", 5, "BROKERAGE", 3), "Product")
                        .col("balance", money, amount(3_500, 1.5, 0, 5_000_000), "Current balance")
                        .col("currency", weighted("USD", 95, "EUR", 2, "GBP", 1, "CAD", 2), "Account currency")
                        .col("opened_date", dates(LocalDate.of(2000, 1, 1), LocalDate.of(2024, 12, 31)), "Date opened")
                        .col("status", weighted("ACTIVE", 88, "DORMANT", 6, "CLOSED", 5, "FROZEN", 1), "Account status")
                        .col("branch_id", fk("branches", Skew.power(1.3)), "Home branch")
                        .col("interest_rate", SqlType.decimal(6, 3), derived("CASE account_type WHEN 'SAVINGS' THEN 0.5 + $0 * 4 WHEN 'MONEY_MARKET' THEN 2 + $0 * 3 "
                                + "WHEN 'CD' THEN 3 + $0 * 2.5 WHEN 'CREDIT' THEN 15 + $0 * 14 ELSE $0 * 0.2 END", decimals(0, 1, 4, Skew.UNIFORM)),
                                "Annual rate in percent")
                        .col("overdraft_limit", SqlType.decimal(10, 2), weighted(0, 50, 500, 25, 1000, 15, 2500, 10), "Overdraft allowed"))

                .table(Table.dimension("customers", 1_000_000)
                        .comment("Bank customers (PII)")
                        .col("customer_id", sequence(), "Unique customer identifier")
                        .col("first_name", person(PersonField.FIRST_NAME), "Given name (PII)")
                        .col("last_name", person(PersonField.LAST_NAME), "Family name (PII)")
                        .col("email", person(PersonField.EMAIL), "E-mail (PII)")
                        .col("phone", person(PersonField.PHONE), "Phone (PII)")
                        .col("ssn_hash", sha256(person(PersonField.SSN)), "SHA-256 of the social security number")
                        .col("date_of_birth", dates(LocalDate.of(1935, 1, 1), LocalDate.of(2006, 12, 31)), "Date of birth (PII)")
                        .col("credit_score", ints(300, 850, Skew.normal(705, 75)), "FICO-style score")
                        .col("income_bracket", weighted("UNDER_25K", 12, "25K_50K", 22, "50K_75K", 21, "75K_100K", 16, "100K_150K", 16, "150K_250K", 9,
                                "OVER_250K", 4), "Annual income bracket")
                        .col("risk_rating", STRING, derived("CASE WHEN credit_score >= 740 THEN 'LOW' WHEN credit_score >= 670 THEN 'MEDIUM' "
                                + "WHEN credit_score >= 580 THEN 'HIGH' ELSE 'VERY_HIGH' END"), "Risk from the credit score"))

                .table(Table.dimension("branches", 1_000_000)
                        .comment("Bank branches and offices")
                        .col("branch_id", sequence(), "Unique branch identifier")
                        .col("name", STRING, derived("city || ' ' || CASE branch_type WHEN 'PRIVATE_BANKING' THEN 'Private Banking' "
                                + "WHEN 'COMMERCIAL' THEN 'Commercial Center' ELSE 'Branch' END"), "Branch name")
                        .col("address", place(PlaceField.ADDRESS), "Street address")
                        .col("city", place(PlaceField.CITY), "City")
                        .col("state", place(PlaceField.STATE), "State")
                        .col("zip", place(PlaceField.ZIP), "Zip code")
                        .col("manager_id", ints(1, 200_000), "Employee id of the branch manager")
                        .col("open_date", dates(LocalDate.of(1960, 1, 1), LocalDate.of(2024, 6, 30)), "Opening date")
                        .col("branch_type", weighted("FULL_SERVICE", 60, "LIMITED", 20, "ATM_ONLY", 10, "PRIVATE_BANKING", 5, "COMMERCIAL", 5), "Format"))

                .table(Table.dimension("cards", 1_000_000)
                        .comment("Debit and credit cards")
                        .col("card_id", sequence(), "Unique card identifier")
                        .col("account_id", fk("accounts", Skew.power(1.2)), "Account the card draws on")
                        .col("card_type", weighted("DEBIT", 55, "CREDIT", 40, "PREPAID", 5), "Card product")
                        .col("card_network", weighted("VISA", 52, "MASTERCARD", 34, "AMEX", 10, "DISCOVER", 4), "Network")
                        .col("card_number_hash", sha256(code("9999999999999999")), "SHA-256 of the card number")
                        .col("expiry_date", dates(LocalDate.of(2025, 1, 31), LocalDate.of(2030, 12, 31)), "Expiry")
                        .col("credit_limit", money, derived("CASE WHEN card_type = 'CREDIT' THEN $0 ELSE 0 END", decimals(500, 50_000, 2, Skew.logNormal(6_000, 0.7))),
                                "Credit limit, 0 for debit and prepaid")
                        .col("issued_date", dates(LocalDate.of(2018, 1, 1), LocalDate.of(2024, 12, 31)), "Issue date")
                        .col("status", weighted("ACTIVE", 85, "CLOSED", 4, "EXPIRED", 6, "BLOCKED", 3, "LOST", 2), "Card status"))

                .table(Table.dimension("loans", 1_000_000)
                        .comment("Consumer and business loans")
                        .col("loan_id", sequence(), "Unique loan identifier")
                        .col("customer_id", fk("customers", Skew.power(1.2)), "Borrower")
                        .col("loan_type", weighted("AUTO", 30, "MORTGAGE", 25, "PERSONAL", 25, "STUDENT", 12, "HELOC", 5, "BUSINESS", 3), "Product")
                        .col("principal", money, derived("round(CASE loan_type WHEN 'MORTGAGE' THEN 180000 WHEN 'HELOC' THEN 60000 WHEN 'BUSINESS' THEN 120000 "
                                + "WHEN 'AUTO' THEN 28000 WHEN 'STUDENT' THEN 24000 ELSE 9000 END * $0, 2)", decimals(0.2, 4, 4, Skew.logNormal(1, 0.45))),
                                "Original principal")
                        .col("interest_rate", SqlType.decimal(6, 3), decimals(2.5, 24, 3, Skew.logNormal(7, 0.35)), "Annual rate in percent")
                        .col("term_months", weighted(60, 30, 36, 20, 360, 20, 48, 10, 72, 10, 120, 5, 180, 5), "Term")
                        .col("start_date", dates(), "First disbursement")
                        .col("status", weighted("CURRENT", 85, "PAID_OFF", 6, "DELINQUENT", 6, "DEFAULT", 2, "CHARGED_OFF", 1), "Loan status")
                        .col("collateral_type", STRING, derived("CASE loan_type WHEN 'MORTGAGE' THEN 'REAL_ESTATE' WHEN 'HELOC' THEN 'REAL_ESTATE' "
                                + "WHEN 'AUTO' THEN 'VEHICLE' WHEN 'BUSINESS' THEN 'EQUIPMENT' ELSE 'UNSECURED' END"), "Collateral"))

                .table(Table.lookup("fraud_alerts", 500_000).date("alert_date")
                        .comment("Fraud alerts raised on transactions")
                        .col("alert_id", sequence(), "Unique alert identifier")
                        .col("account_id", fk("accounts", Skew.power(1.6)), "Account alerted")
                        .col("txn_id", fk("transactions"), "Transaction that triggered the alert")
                        .col("alert_type", weighted("VELOCITY", 25, "UNUSUAL_LOCATION", 22, "HIGH_AMOUNT", 20, "CARD_NOT_PRESENT", 15, "ACCOUNT_TAKEOVER", 8,
                                "MERCHANT_RISK", 10), "Rule that fired")
                        .col("risk_score", SqlType.decimal(5, 3), decimals(0.3, 1.0, 3, Skew.power(0.7)), "Model score, 0-1")
                        .col("alert_date", dates(SPENDING), "Date raised")
                        .col("resolution", weighted("FALSE_POSITIVE", 62, "CONFIRMED_FRAUD", 18, "UNDER_REVIEW", 12, "CUSTOMER_VERIFIED", 8), "Outcome")
                        .col("investigated_by", template("analyst_{}", ints(1, 250)), "Analyst"))

                .table(Table.lookup("merchants", 500_000)
                        .comment("Card-accepting merchants")
                        .col("merchant_id", sequence(), "Unique merchant identifier")
                        .col("name", template("{} {}", pool(MERCHANT_WORDS, "word"), pool(MCC, "suffix", "mcc")), "Merchant name")
                        .col("mcc_code", pool(MCC, "code", "mcc"), "Merchant category code")
                        .col("category", pool(MCC, "category", "mcc"), "Category")
                        .col("city", place(PlaceField.CITY), "City")
                        .col("state", place(PlaceField.STATE), "State")
                        .col("country", weighted("US", 94, "CA", 3, "MX", 3), "Country")
                        .col("risk_level", weighted("LOW", 80, "MEDIUM", 15, "HIGH", 5), "Acquirer risk level"))

                .table(Table.lookup("interest_rates", 200_000).date("effective_date")
                        .comment("Published product rates")
                        .col("rate_id", sequence(), "Unique rate identifier")
                        .col("product_type", weighted("SAVINGS", 20, "CD", 20, "MORTGAGE", 20, "AUTO", 15, "PERSONAL", 15, "HELOC", 10), "Product")
                        .col("term", weighted("1M", 5, "3M", 10, "6M", 10, "1Y", 20, "2Y", 10, "5Y", 20, "15Y", 10, "30Y", 15), "Term")
                        .col("rate", SqlType.decimal(6, 3), decimals(0.25, 12, 3, Skew.normal(4.8, 1.6)), "Rate in percent")
                        .col("effective_date", dates(), "Effective date")
                        .col("published_by", oneOf("Treasury Desk", "ALCO", "Pricing Committee"), "Publisher"))

                .table(Table.lookup("compliance_events", 300_000).date("reported_date")
                        .comment("KYC, AML and sanctions events")
                        .col("event_id", sequence(), "Unique event identifier")
                        .col("account_id", fk("accounts", Skew.power(1.4)), "Account concerned")
                        .col("event_type", weighted("KYC_REVIEW", 40, "AML_ALERT", 25, "CTR_FILED", 15, "SAR_FILED", 8, "SANCTIONS_HIT", 2, "PEP_MATCH", 10), "Event")
                        .col("description", weighted("Periodic customer due diligence", 35, "Cash deposits over threshold", 20, "Structuring pattern detected", 10,
                                "Name matched a watch list", 10, "Unusual cross-border activity", 15, "Beneficial owner update", 10), "What happened")
                        .col("reported_date", dates(BANKING_DAYS), "Date reported")
                        .col("resolution_date", DATE, derived("CASE WHEN status IN ('CLOSED', 'ESCALATED') THEN {{add_days(reported_date, $0)}} END", ints(1, 120)),
                                "Date resolved, NULL while open")
                        .col("status", weighted("CLOSED", 70, "OPEN", 18, "ESCALATED", 12), "Status"))

                .table(Table.lookup("credit_scores", 300_000).date("score_date")
                        .comment("Bureau score pulls")
                        .col("score_id", sequence(), "Unique score identifier")
                        .col("customer_id", fk("customers", Skew.power(1.3)), "Customer")
                        .col("score", ints(300, 850, Skew.normal(700, 80)), "Score")
                        .col("score_date", dates(), "Date pulled")
                        .col("bureau", oneOf("Equifax", "Experian", "TransUnion"), "Credit bureau")
                        .col("factors", weighted("High revolving utilization", 30, "Recent hard inquiries", 20, "Short credit history", 15,
                                "Late payments reported", 15, "Few open accounts", 10, "No negative factors", 10), "Main score factor"))

                .table(Table.lookup("atm_transactions", 500_000).date("txn_date")
                        .comment("ATM withdrawals, deposits and inquiries")
                        .col("atm_txn_id", sequence(), "Unique ATM transaction identifier")
                        .col("card_id", fk("cards", Skew.power(1.3)), "Card used")
                        .col("atm_id", code("ATM-99999", ints(0, 99_999)), "ATM")
                        .col("txn_type", weighted("WITHDRAWAL", 75, "BALANCE_INQUIRY", 15, "DEPOSIT", 8, "TRANSFER", 2), "Transaction")
                        .col("amount", money, derived("CASE WHEN txn_type = 'BALANCE_INQUIRY' THEN 0 ELSE $0 END",
                                weighted(20, 10, 40, 15, 60, 20, 80, 10, 100, 25, 200, 12, 300, 5, 500, 3)), "Amount, 0 for inquiries")
                        .col("txn_date", dates(SPENDING), "Date")
                        .col("surcharge", SqlType.decimal(6, 2), weighted(0.0, 60, 2.5, 20, 3.0, 15, 3.5, 5), "Out-of-network surcharge")
                        .col("success", bool(0.97), "Completed without error"))

                .table(Table.lookup("account_statements", 200_000).date("statement_date")
                        .comment("Monthly account statements")
                        .col("statement_id", sequence(), "Unique statement identifier")
                        .col("account_id", fk("accounts"), "Account")
                        .col("statement_date", dates(), "Statement closing date")
                        .col("opening_balance", money, amount(3_000, 1.3, 0, 1_000_000), "Balance at the start of the period")
                        .col("closing_balance", money, derived("opening_balance + total_credits - total_debits"), "Balance at the end of the period")
                        .col("total_debits", money, amount(1_800, 1.0, 0, 500_000), "Money out")
                        .col("total_credits", money, amount(2_000, 1.0, 0, 500_000), "Money in"))

                .table(Table.lookup("beneficiaries", 200_000).date("added_date")
                        .comment("Saved transfer beneficiaries (PII)")
                        .col("beneficiary_id", sequence(), "Unique beneficiary identifier")
                        .col("account_id", fk("accounts", Skew.power(1.3)), "Account that saved the beneficiary")
                        .col("name", person(PersonField.FULL_NAME, "beneficiary"), "Beneficiary name (PII)")
                        .col("relationship", weighted("FAMILY", 35, "FRIEND", 15, "LANDLORD", 10, "BUSINESS", 25, "SELF", 15), "Relationship")
                        .col("bank_name", pool(BANKS, "name"), "Receiving bank")
                        .col("account_number_hash", sha256(code("999999999999", ints(0, 2_000_000_000))), "SHA-256 of the account number")
                        .col("added_date", dates(), "Date added"))

                .table(Table.lookup("exchange_rates", 100_000).date("rate_date")
                        .comment("Daily foreign-exchange reference rates")
                        .col("rate_id", sequence(), "Unique rate identifier")
                        .col("from_currency", pool(FX, "from_ccy", "pair"), "Base currency")
                        .col("to_currency", pool(FX, "to_ccy", "pair"), "Quote currency")
                        .col("rate", SqlType.decimal(14, 6), derived("round($0 * (1 + $1), 6)", pool(FX, "rate", "pair"), normal(0, 0.03, -0.15, 0.15, 5)),
                                "Units of quote currency per base unit")
                        .col("rate_date", dates(BANKING_DAYS), "Rate date")
                        .col("source", oneOf("ECB reference", "Fed H.10", "Market close"), "Source"))

                .table(Table.lookup("investment_holdings", 200_000).date("as_of_date")
                        .comment("Brokerage positions")
                        .col("holding_id", sequence(), "Unique holding identifier")
                        .col("account_id", fk("accounts", Skew.power(1.8)), "Brokerage account")
                        .col("symbol", pool(TICKERS, "symbol", "ticker"), "Ticker")
                        .col("quantity", ints(1, 20_000, Skew.power(3.0)), "Shares held")
                        .col("avg_cost", SqlType.decimal(12, 4), derived("round($0 * (1 + $1), 4)", pool(TICKERS, "price", "ticker"), normal(0, 0.2, -0.6, 0.8, 4)),
                                "Average cost per share")
                        .col("market_value", money, derived("round(quantity * $0, 2)", pool(TICKERS, "price", "ticker")), "Position at the reference price")
                        .col("as_of_date", dates(), "Valuation date"))

                .views(FinancialViews.ALL)
                .udfs(udfs())
                .gold(GoldViews.FINANCIAL)
                .star(StarSchemas.FINANCIAL)
                .checks(BusinessRules.FINANCIAL_CHECKS)
                .changes(BusinessRules.FINANCIAL_CHANGES)
                .build();
    }

    private static List<Udf> udfs() {
        return List.of(
                Udf.named("mask_account_number").masking().param("account_number", STRING).returns(STRING)
                        .body("repeat('*', greatest(length(account_number) - 4, 0)) || right(account_number, 4)")
                        .comment("Account number showing only its last four characters")
                        .example("'123456789012'", "'********9012'"),
                Udf.named("mask_card_number").masking().param("card_number", STRING).returns(STRING)
                        .body("'****-****-****-' || right(card_number, 4)")
                        .comment("Card number (PAN) showing only the last four digits")
                        .example("'4111111111111111'", "'****-****-****-1111'"),
                Udf.named("mask_ssn_full").masking().param("ssn", STRING).returns(STRING)
                        .body("CASE WHEN ssn IS NULL THEN NULL ELSE '***-**-****' END")
                        .comment("Social security number fully hidden")
                        .example("'123-45-6789'", "'***-**-****'"),
                Udf.named("format_currency").formatting().param("amount", SqlType.decimal(14, 2)).param("currency", STRING).returns(STRING)
                        .body("CASE currency WHEN 'USD' THEN '$' WHEN 'EUR' THEN 'EUR ' WHEN 'GBP' THEN 'GBP ' ELSE currency || ' ' END || {{format_number(amount, 2)}}")
                        .comment("Amount with its currency and thousands separators")
                        .example("1234.5, 'USD'", "'$1,234.50'").example("99, 'EUR'", "'EUR 99.00'"),
                Udf.named("credit_score_band").business().param("score", INT).returns(STRING)
                        .body("CASE WHEN score >= 800 THEN 'EXCEPTIONAL' WHEN score >= 740 THEN 'VERY_GOOD' WHEN score >= 670 THEN 'GOOD' "
                                + "WHEN score >= 580 THEN 'FAIR' ELSE 'POOR' END")
                        .comment("FICO band of a credit score")
                        .example("745", "'VERY_GOOD'").example("550", "'POOR'"),
                Udf.named("calculate_apr").business().param("monthly_rate", DOUBLE).returns(DOUBLE)
                        .body("round(monthly_rate * 12 * 100, 3)")
                        .comment("Annual percentage rate from a monthly rate (fraction)")
                        .example("0.015", "18.0"),
                Udf.named("is_high_risk_txn").validation().param("amount", SqlType.decimal(14, 2)).param("is_international", BOOLEAN).returns(BOOLEAN)
                        .body("amount >= 10000 OR (is_international AND amount >= 2500)")
                        .comment("Large, or large and international")
                        .example("12000, false", "true").example("3000, true", "true").example("3000, false", "false"),
                Udf.named("txn_category_label").formatting().param("category", STRING).returns(STRING)
                        .body("{{initcap(replace(category, '_', ' '))}}")
                        .comment("Display label of a spending category")
                        .example("'FAST_FOOD'", "'Fast Food'"),
                Udf.named("loan_status_severity").business().param("status", STRING).returns(INT)
                        .body("CASE status WHEN 'CURRENT' THEN 0 WHEN 'PAID_OFF' THEN 0 WHEN 'DELINQUENT' THEN 2 WHEN 'DEFAULT' THEN 3 "
                                + "WHEN 'CHARGED_OFF' THEN 4 ELSE 1 END")
                        .comment("0 (performing) to 4 (charged off)")
                        .example("'DEFAULT'", "3"),
                Udf.named("days_to_maturity").business().param("start_date", DATE).param("term_months", INT).returns(INT)
                        .body("{{days_between(current_date, {{add_days(start_date, term_months * 30)}})}}")
                        .comment("Days until a loan matures (negative once matured)")
                        .example("current_date, 1", "30"),
                Udf.named("is_valid_swift").validation().param("code", STRING).returns(BOOLEAN)
                        .body("coalesce({{matches(code, '^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$')}}, false)")
                        .comment("True for an 8 or 11 character SWIFT/BIC")
                        .example("'DEUTDEFF'", "true").example("'DEUTDEFF500'", "true").example("'DEU1'", "false"),
                Udf.named("risk_weighted_amount").business().param("amount", SqlType.decimal(14, 2)).param("risk_score", DOUBLE).returns(DOUBLE)
                        .body("round(CAST(amount AS DOUBLE) * (1 + coalesce(risk_score, 0)), 2)")
                        .comment("Exposure weighted by a 0-1 risk score")
                        .example("100, 0.5", "150.0"),
                Udf.named("format_iban").formatting().param("iban", STRING).returns(STRING)
                        .body("trim(substr(iban, 1, 4) || ' ' || substr(iban, 5, 4) || ' ' || substr(iban, 9, 4) || ' ' || substr(iban, 13, 4) || ' ' "
                                + "|| substr(iban, 17, 4) || ' ' || substr(iban, 21))")
                        .comment("IBAN in groups of four")
                        .example("'DE89370400440532013000'", "'DE89 3704 0044 0532 0130 00'"),
                Udf.named("card_expiry_status").business().param("expiry_date", DATE).returns(STRING)
                        .body("CASE WHEN expiry_date < current_date THEN 'EXPIRED' WHEN expiry_date < {{add_days(current_date, 90)}} THEN 'EXPIRING_SOON' "
                                + "ELSE 'VALID' END")
                        .comment("Card expiry state today")
                        .example("{{add_days(current_date, 30)}}", "'EXPIRING_SOON'").example("DATE '2001-01-01'", "'EXPIRED'"),
                Udf.named("monthly_payment").business().param("principal", DOUBLE).param("annual_rate_pct", DOUBLE).param("months", INT).returns(DOUBLE)
                        .body("round(CASE WHEN annual_rate_pct = 0 THEN principal / months ELSE principal * (annual_rate_pct / 1200) "
                                + "/ (1 - pow(1 + annual_rate_pct / 1200, -months)) END, 2)")
                        .comment("Level payment of an amortizing loan")
                        .example("12000, 0, 12", "1000.0").example("200000, 6, 360", "1199.1"),
                Udf.named("fraud_risk_label").business().param("score", DOUBLE).returns(STRING)
                        .body("CASE WHEN score >= 0.9 THEN 'BLOCK' WHEN score >= 0.7 THEN 'REVIEW' WHEN score >= 0.4 THEN 'MONITOR' ELSE 'ALLOW' END")
                        .comment("Action for a fraud score")
                        .example("0.95", "'BLOCK'").example("0.5", "'MONITOR'"),
                Udf.named("anonymize_customer").masking().param("first_name", STRING).param("last_name", STRING).returns(STRING)
                        .body("'Customer ' || upper(substr(first_name, 1, 1)) || upper(substr(last_name, 1, 1))")
                        .comment("Initials in place of a customer's name")
                        .example("'Ada', 'Lovelace'", "'Customer AL'"),
                Udf.named("is_business_hours").validation().param("ts", TIMESTAMP).returns(BOOLEAN)
                        .body("hour(ts) BETWEEN 9 AND 16 AND {{day_of_week(ts)}} BETWEEN 2 AND 6")
                        .comment("Weekday, 9:00 to 16:59")
                        .example("TIMESTAMP '2024-03-06 10:30:00'", "true").example("TIMESTAMP '2024-03-09 10:30:00'", "false"),
                Udf.named("currency_convert").business().param("amount", DOUBLE).param("rate", DOUBLE).returns(DOUBLE)
                        .body("round(amount * rate, 2)")
                        .comment("Amount converted at a rate")
                        .example("100, 0.92", "92.0"),
                Udf.named("compliance_priority").business().param("event_type", STRING).returns(STRING)
                        .body("CASE event_type WHEN 'SANCTIONS_HIT' THEN 'P1' WHEN 'SAR_FILED' THEN 'P1' WHEN 'AML_ALERT' THEN 'P2' WHEN 'PEP_MATCH' THEN 'P2' "
                                + "ELSE 'P3' END")
                        .comment("Triage priority of a compliance event")
                        .example("'SANCTIONS_HIT'", "'P1'").example("'KYC_REVIEW'", "'P3'"));
    }
}
