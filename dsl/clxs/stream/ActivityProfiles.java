package clxs.stream;

import static clxs.stream.Rules.*;

import clxs.stream.Rule.Scope;

/**
 * People and transactions: {@code wearable_health}, {@code pos_terminal}, {@code atm_transaction},
 * {@code server_metrics}, {@code clickstream} (fields and rules of {@code streaming-profiles.md}).
 * Reach them through {@link DeviceProfiles}.
 */
final class ActivityProfiles {

    private ActivityProfiles() {}

    static final DeviceProfile WEARABLE_HEALTH = DeviceProfile.named("wearable_health")
            .vertical("Healthcare").description("Fitness wearables: step and calorie counters, heart rate and SpO2; alerts follow exertion episodes")
            .devices(100)
            .deviceId("wearable_id", key(EntityKeys.formatted("wearable-%05d", 1, EntityKeys.UNBOUNDED), Scope.DEVICE), "Wearable id, wearable-%05d")
            .key("patient_id", key(EntityKeys.range(1, EntityKeys.UNBOUNDED), Scope.DEVICE),
                    EntityLink.sequence("patient_id", "healthcare", "patients", "patient_id"), "Wearer (healthcare.patients.patient_id when joined)")
            .condition(Condition.degradation("episode", 400, 30, 15, 30, 0.1))
            .bigint("steps_cumulative", counter(num(0), intBetween(0, 30)), "Steps since the device was set up: +0-30 per event")
            .number("calories_cumulative", 2, counter(num(0), uniform(0, 1.5)), "Calories since set-up: +0-1.5 per event")
            .integer("heart_rate_bpm", add(perDevice(uniform(60, 85)), bell(-10, 25), mul(level(), num(75))), "Heart rate: per-device baseline 60-85, -10/+25; climbs in an episode")
            .number("spo2_pct", 1, clamp(add(num(97), bell(-2.5, 1.5), mul(level(), num(-9))), 85, 100), "Blood oxygen in %: 97, -2.5/+1.5, within 85-100; drops in an episode")
            .text("alert", when(gt(ref("heart_rate_bpm"), num(140)), lit("high_hr"), when(lt(ref("spo2_pct"), num(92)), lit("low_spo2"), nullText())),
                    "high_hr when heart rate > 140, else low_spo2 when SpO2 < 92, else null")
            .build();

    static final DeviceProfile POS_TERMINAL = DeviceProfile.named("pos_terminal")
            .vertical("Retail").description("Store checkout terminals: one transaction per event")
            .devices(150)
            .deviceId("terminal_id", key(EntityKeys.formatted("pos-%05d", 1, EntityKeys.UNBOUNDED), Scope.DEVICE), "Terminal id, pos-%05d")
            .key("store_id", key(EntityKeys.formatted("store-%04d", 1, 50), Scope.STICKY),
                    EntityLink.sequence("store_id", "retail", "stores", "store_id"), "The terminal's store, store-%04d of 1-50 (retail.stores.store_id when joined)")
            .text("transaction_id", format("T-%012d", eventNumber()), "Transaction id, T-%012d")
            .number("amount_usd", 2, add(num(2.5), mul(num(247.5), uniform(0, 1), uniform(0, 1))), "Amount in USD, 2.50-250, mostly small")
            .text("payment_method", pick("card", 45, "contactless", 30, "mobile", 15, "cash", 10), "card, contactless, mobile or cash")
            .text("status", when(chance(1.0 / 7), lit("declined"), lit("approved")), "declined on 1 in 7, else approved")
            .integer("items", intBetween(1, 12), "Items in the basket, 1-12")
            .build();

    static final DeviceProfile ATM_TRANSACTION = DeviceProfile.named("atm_transaction")
            .vertical("Financial").description("ATMs in New York: withdrawals, deposits and balance inquiries; a skimmer phase raises card-read retries before fraud is flagged")
            .devices(80)
            .deviceId("atm_id", key(EntityKeys.formatted("atm-%05d", 1, EntityKeys.UNBOUNDED), Scope.DEVICE), "ATM id, atm-%05d")
            // about 0.8% of events in FAULT (a compromised ATM)
            .condition(Condition.degradation("skimmer", 1_000, 50, 8, 20, 0.1))
            .number("lat", 6, perDevice(uniform(40.70, 40.80)), "Latitude of the ATM, in New York")
            .number("lng", 6, perDevice(uniform(-74.02, -73.93)), "Longitude of the ATM, in New York")
            .text("transaction_id", format("TXN-%012d", eventNumber()), "Transaction id, TXN-%012d")
            .key("account_id", key(EntityKeys.formatted("acct-%06d", 1, 50_000), Scope.EVENT),
                    EntityLink.sequence("account_id", "financial", "accounts", "account_id"), "Account, acct-%06d (financial.accounts.account_id when joined)")
            .text("transaction_type", pick("withdrawal", 3, "deposit", 1, "balance_inquiry", 1), "withdrawal (3/5), deposit or balance_inquiry")
            .number("amount_usd", 2, when(is(textRef("transaction_type"), "withdrawal"), pickNum(20, 40, 60, 100, 200, 500),
                    when(is(textRef("transaction_type"), "deposit"), uniform(50, 2_000), num(0))), "Withdrawal 20-500 in notes, deposit 50-2,000, inquiry 0")
            .integer("card_read_retries", floor(mul(level(), uniform(0, 4))), "Card read retries; rise while a skimmer is fitted")
            .flag("is_fraud_suspected", inPhase("FAULT"), "Fraud suspected: the ATM is compromised (about 0.8% of events)")
            .build();

    static final DeviceProfile SERVER_METRICS = DeviceProfile.named("server_metrics")
            .vertical("Infra").description("Servers: CPU, memory, disk and network; incidents push CPU and memory up to warning and critical")
            .devices(50)
            .deviceId("host_id", key(EntityKeys.formatted("host-%04d", 1, EntityKeys.UNBOUNDED), Scope.DEVICE), "Host id, host-%04d")
            .condition(Condition.degradation("incident", 300, 20, 10, 15, 0.1))
            .integer("mem_total_gb", perDevice(pickNum(16, 32, 64, 128)), "Installed memory in GB: 16, 32, 64 or 128")
            .number("cpu_pct", 1, clamp(add(perDevice(uniform(20, 60)), bell(-15, 25), mul(level(), num(45))), 0, 100), "CPU in %: baseline 20-60, -15/+25, within 0-100")
            // the baseline is at most 60% of the host's memory, so a small host is not critical all the time
            .number("mem_used_gb", 2, min(ref("mem_total_gb"), max(num(0), add(min(perDevice(uniform(8, 24)), mul(ref("mem_total_gb"), num(0.6))), bell(-2, 4),
                    mul(level(), ref("mem_total_gb"), num(0.5))))), "Memory used in GB: baseline 8-24 (at most 60% of the total), -2/+4, at most the host's total")
            .number("disk_used_pct", 1, walk(uniform(20, 92), uniform(-0.05, 0.1), 20, 92), "Disk used in %, 20-92")
            .number("net_in_mbps", 1, uniform(0, 950), "Network in, Mbit/s")
            .number("net_out_mbps", 1, uniform(0, 950), "Network out, Mbit/s")
            .text("status", when(any(gt(ref("cpu_pct"), num(90)), gt(div(ref("mem_used_gb"), ref("mem_total_gb")), num(0.95))), lit("critical"),
                    when(gt(ref("cpu_pct"), num(75)), lit("warning"), lit("ok"))), "critical if CPU > 90 or memory > 95%, warning if CPU > 75, else ok")
            .build();

    private static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36";
    private static final String SAFARI_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15";
    private static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";
    private static final String ANDROID = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36";
    private static final String IPAD = "Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";

    static final DeviceProfile CLICKSTREAM = DeviceProfile.named("clickstream")
            .vertical("Digital").description("Web users: sessions of 30 events, a sticky browser and device, weighted event types")
            .devices(500)
            .deviceId("user_id", key(EntityKeys.formatted("user-%06d", 1, EntityKeys.UNBOUNDED), Scope.DEVICE), "User id, user-%06d")
            .text("session_id", session(30, concat(lit("s-"), hex64())), "Session id; a new one every 30 events of the user")
            .text("user_agent", perDevice(pick(CHROME, 35, SAFARI_MAC, 15, IPHONE, 25, ANDROID, 15, IPAD, 10)), "Browser user agent, fixed per user")
            .text("device_type", when(any(is(textRef("user_agent"), IPHONE), is(textRef("user_agent"), ANDROID)), lit("mobile"),
                    when(is(textRef("user_agent"), IPAD), lit("tablet"), lit("desktop"))), "desktop, mobile or tablet, from the user agent")
            .text("event_type", pick("page_view", 60, "click", 25, "scroll", 10, "submit", 4, "purchase", 1), "page_view 60, click 25, scroll 10, submit 4, purchase 1")
            .text("page_url", oneOf("/", "/products", "/products/detail", "/search", "/cart", "/checkout", "/account", "/help", "/blog"), "Page, one of 9")
            .text("referrer", oneOf("direct", "google.com", "bing.com", "facebook.com", "newsletter"), "Referrer, one of 5")
            .build();
}
