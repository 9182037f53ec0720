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
import static clxs.model.Gen.template;
import static clxs.model.Gen.timestamps;
import static clxs.model.Gen.weighted;
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
 * Retail and e-commerce: orders and their items, clickstream, carts and reviews over customers,
 * products and stores. Sales spike in the fourth quarter and on weekends; shoppers browse in the
 * evening.
 */
public final class Retail {

    private Retail() {}

    /** Holiday shopping, weekend-heavy. */
    static final Seasonality HOLIDAYS = Seasonality.Q4_SPIKE.withWeekdays(Seasonality.WEEKEND_HEAVY);
    static final Seasonality BROWSING = HOLIDAYS.withHours(Seasonality.EVENING_PEAK);

    /** Category, subcategory, product noun, typical price (USD), typical weight (kg). */
    static final Pool CATALOG = Pool.of("product_type", "category", "subcategory", "noun", "price", "weight")
            .row("Electronics", "Audio", "Wireless Headphones", 89.0, 0.3)
            .row("Home", "Kitchen", "Stainless Cookware Set", 129.0, 5.5)
            .row("Apparel", "Tops", "Cotton T-Shirt", 19.0, 0.2)
            .row("Apparel", "Footwear", "Running Shoes", 95.0, 0.9)
            .row("Beauty", "Skincare", "Hydrating Face Cream", 24.0, 0.15)
            .row("Electronics", "Computers", "14-inch Laptop", 849.0, 1.6)
            .row("Home", "Bedding", "Queen Sheet Set", 59.0, 1.8)
            .row("Grocery", "Pantry", "Organic Coffee Beans", 14.0, 0.9)
            .row("Toys", "Building", "Building Block Set", 39.0, 1.1)
            .row("Sports", "Fitness", "Yoga Mat", 29.0, 1.3)
            .row("Electronics", "Phones", "Smartphone Case", 22.0, 0.1)
            .row("Home", "Furniture", "Office Chair", 219.0, 14.0)
            .row("Apparel", "Outerwear", "Insulated Jacket", 149.0, 1.2)
            .row("Beauty", "Fragrance", "Eau de Parfum", 78.0, 0.4)
            .row("Electronics", "TV", "55-inch 4K TV", 499.0, 16.0)
            .row("Grocery", "Snacks", "Trail Mix Pack", 9.0, 0.6)
            .row("Toys", "Games", "Strategy Board Game", 44.0, 1.4)
            .row("Sports", "Outdoor", "Camping Tent", 189.0, 4.2)
            .row("Home", "Decor", "Ceramic Vase", 34.0, 1.0)
            .row("Pets", "Supplies", "Dog Bed", 49.0, 2.2)
            .popularity(Skew.power(1.3));

    static final Pool BRANDS = Pool.of("brand", "name")
            .row("Northwind").row("Acme").row("Brightline").row("Coastal").row("Evermore").row("Fieldstone").row("Gladwell")
            .row("Huntley").row("Ironbridge").row("Juniper").row("Kestrel").row("Lumen").row("Meridian").row("Nimbus")
            .popularity(Skew.power(1.2));

    static final Pool PAGES = Pool.of("page", "url", "kind")
            .row("/", "HOME").row("/search", "SEARCH").row("/product", "PRODUCT").row("/category", "CATEGORY")
            .row("/cart", "CART").row("/checkout", "CHECKOUT").row("/account", "ACCOUNT").row("/deals", "DEALS")
            .popularity(Skew.power(1.5));

    static final List<Object> PROMO_CODES = List.of("SAVE10", "HOLIDAY25", "FREESHIP", "WELCOME15", "FLASH20", "VIP30");

    public static final Industry INDUSTRY = define();

    private static Industry define() {
        SqlType money = SqlType.decimal(12, 2);
        return Industry.named("retail")
                .description("Retail and e-commerce: orders, order items, clickstream, carts, reviews, customers, products, stores and inventory")

                .table(Table.fact("order_items", 100_000_000).date("shipped_date")
                        .comment("Line items of customer orders; total = quantity x unit price - discount")
                        .col("item_id", sequence(), "Unique order line identifier")
                        .col("order_id", fk("orders"), "Order the line belongs to")
                        .col("product_id", fk("products", Skew.power(1.5)), "Product ordered")
                        .col("quantity", weighted(1, 60, 2, 22, 3, 9, 4, 5, 5, 2, 6, 2), "Units")
                        .col("unit_price", lookup("product_id", "price"), "Price per unit, from the product")
                        .col("discount", money, derived("round(quantity * unit_price * $0, 2)", weighted(0.0, 60, 0.05, 10, 0.1, 15, 0.15, 5, 0.2, 7, 0.3, 3)),
                                "Discount on the line")
                        .col("total", money, derived("quantity * unit_price - discount"), "Line total after discount")
                        .col("shipped_date", dates(HOLIDAYS), "Date shipped")
                        .col("status", weighted("DELIVERED", 82, "SHIPPED", 7, "PROCESSING", 4, "RETURNED", 4, "CANCELLED", 3), "Line status")
                        .col("warehouse_id", fk("warehouses", Skew.power(1.3)), "Fulfilling warehouse"))

                .table(Table.fact("clickstream", 50_000_000).date("event_timestamp")
                        .comment("Web and app events")
                        .col("event_id", sequence(), "Unique event identifier")
                        .col("session_id", code("XXXXXXXX-XXXX", ints(0, 2_000_000_000)), "Browsing session")
                        .col("customer_id", fk("customers", Skew.power(1.3)).orNull(0.35), "Signed-in customer, NULL for guests")
                        .col("page_url", STRING, derived("CASE WHEN $0 = '/product' THEN '/product/' || CAST(1 + $1 AS STRING) ELSE $0 END",
                                pool(PAGES, "url", "page"), ints(0, 99_999)), "Page path")
                        .col("event_type", STRING, derived("CASE $0 WHEN 'PRODUCT' THEN 'PRODUCT_VIEW' WHEN 'SEARCH' THEN 'SEARCH' WHEN 'CART' THEN 'ADD_TO_CART' "
                                + "WHEN 'CHECKOUT' THEN CASE WHEN $1 < 0.45 THEN 'PURCHASE' ELSE 'CHECKOUT' END ELSE 'PAGE_VIEW' END",
                                pool(PAGES, "kind", "page"), decimals(0, 1, 3, Skew.UNIFORM)), "Event")
                        .col("product_id", fk("products", Skew.power(1.5)).orNull(0.4), "Product viewed or added")
                        .col("event_timestamp", timestamps(BROWSING), "When")
                        .col("device_type", weighted("MOBILE", 58, "DESKTOP", 35, "TABLET", 7), "Device")
                        .col("referrer", weighted("DIRECT", 30, "SEARCH_ENGINE", 28, "EMAIL", 12, "SOCIAL", 15, "AFFILIATE", 8, "PAID_ADS", 7), "Traffic source")
                        .col("duration_seconds", ints(1, 1_800, Skew.logNormal(35, 1.0)), "Time on page"))

                .table(Table.fact("reviews", 30_000_000).date("review_date")
                        .comment("Product reviews and ratings")
                        .col("review_id", sequence(), "Unique review identifier")
                        .col("product_id", fk("products", Skew.power(1.6)), "Product reviewed")
                        .col("customer_id", fk("customers", Skew.power(1.4)), "Reviewer")
                        .col("rating", weighted(5, 45, 4, 25, 3, 12, 2, 7, 1, 11), "Stars, 1-5")
                        .col("title", STRING, derived("CASE WHEN rating >= 4 THEN CASE $0 % 4 WHEN 0 THEN 'Love it' WHEN 1 THEN 'Great value' "
                                + "WHEN 2 THEN 'Exactly as described' ELSE 'Would buy again' END WHEN rating = 3 THEN CASE $0 % 2 WHEN 0 THEN 'It is okay' "
                                + "ELSE 'Does the job' END ELSE CASE $0 % 3 WHEN 0 THEN 'Disappointed' WHEN 1 THEN 'Broke quickly' ELSE 'Not as pictured' END END",
                                ints(0, 999)), "Review title, in the tone of the rating")
                        .col("review_date", dates(HOLIDAYS), "Date posted")
                        .col("verified_purchase", bool(0.82), "Reviewer bought the product")
                        .col("helpful_votes", ints(0, 500, Skew.power(4.0)), "Helpful votes")
                        .col("status", weighted("PUBLISHED", 90, "PENDING", 6, "REJECTED", 4), "Moderation status"))

                .table(Table.fact("orders", 5_000_000).date("order_date")
                        .comment("Customer orders")
                        .col("order_id", sequence(), "Unique order identifier")
                        .col("customer_id", fk("customers", Skew.power(1.3)), "Customer")
                        .col("order_date", dates(HOLIDAYS), "Order date")
                        .col("total_amount", money, amount(85, 0.9, 5, 6_000), "Merchandise total")
                        .col("shipping_cost", money, weighted(0.0, 45, 4.99, 20, 7.99, 20, 12.99, 10, 24.99, 5), "Shipping charged")
                        .col("tax", money, derived("round(total_amount * 0.0725, 2)"), "Sales tax")
                        .col("payment_method", weighted("CREDIT_CARD", 55, "DEBIT_CARD", 18, "PAYPAL", 12, "APPLE_PAY", 8, "GIFT_CARD", 4, "BNPL", 3), "Payment")
                        .col("shipping_method", weighted("STANDARD", 60, "EXPEDITED", 20, "STORE_PICKUP", 12, "NEXT_DAY", 8), "Delivery option")
                        .col("status", weighted("DELIVERED", 78, "SHIPPED", 8, "PROCESSING", 5, "CANCELLED", 5, "RETURNED", 4), "Order status")
                        .col("promo_code", new clxs.model.Gen.Choice(PROMO_CODES, List.of(30.0, 20.0, 25.0, 15.0, 7.0, 3.0)).orNull(0.8),
                                "Promotion applied, NULL when none"))

                .table(Table.fact("cart_events", 5_000_000).date("event_timestamp")
                        .comment("Shopping-cart actions")
                        .col("event_id", sequence(), "Unique cart event identifier")
                        .col("session_id", code("XXXXXXXX-XXXX", ints(0, 2_000_000_000)), "Browsing session")
                        .col("customer_id", fk("customers", Skew.power(1.3)).orNull(0.3), "Customer, NULL for guests")
                        .col("product_id", fk("products", Skew.power(1.5)), "Product")
                        .col("action", weighted("ADD", 55, "REMOVE", 20, "UPDATE_QUANTITY", 15, "SAVE_FOR_LATER", 10), "Cart action")
                        .col("quantity", ints(1, 5, Skew.power(3.0)), "Units")
                        .col("event_timestamp", timestamps(BROWSING), "When"))

                .table(Table.dimension("customers", 1_000_000)
                        .comment("Shoppers (PII)")
                        .col("customer_id", sequence(), "Unique customer identifier")
                        .col("first_name", person(PersonField.FIRST_NAME), "Given name (PII)")
                        .col("last_name", person(PersonField.LAST_NAME), "Family name (PII)")
                        .col("email", person(PersonField.EMAIL), "E-mail (PII)")
                        .col("phone", person(PersonField.PHONE).orNull(0.15), "Phone (PII)")
                        .col("address", place(PlaceField.ADDRESS), "Street address (PII)")
                        .col("city", place(PlaceField.CITY), "City")
                        .col("state", place(PlaceField.STATE), "State")
                        .col("zip", place(PlaceField.ZIP), "Zip code")
                        .col("loyalty_tier", weighted("BRONZE", 50, "SILVER", 30, "GOLD", 15, "PLATINUM", 5), "Loyalty tier")
                        .col("created_date", dates(LocalDate.of(2015, 1, 1), LocalDate.of(2024, 12, 31)), "Sign-up date"))

                .table(Table.dimension("products", 1_000_000)
                        .comment("Product catalog")
                        .col("product_id", sequence(), "Unique product identifier")
                        .col("name", template("{} {}", pool(BRANDS, "name"), pool(CATALOG, "noun", "type")), "Product name")
                        .col("category", pool(CATALOG, "category", "type"), "Category")
                        .col("subcategory", pool(CATALOG, "subcategory", "type"), "Subcategory")
                        .col("brand", pool(BRANDS, "name"), "Brand")
                        .col("price", money, derived("round($0 * $1, 2) - 0.01", pool(CATALOG, "price", "type"), decimals(0.4, 3, 3, Skew.logNormal(1, 0.3))),
                                "List price")
                        .col("cost", money, derived("round(price * $0, 2)", decimals(0.35, 0.8, 2, Skew.UNIFORM)), "Unit cost")
                        .col("weight_kg", SqlType.decimal(8, 2), derived("round($0 * $1, 2)", pool(CATALOG, "weight", "type"), decimals(0.6, 1.6, 2, Skew.UNIFORM)),
                                "Shipping weight")
                        .col("is_active", bool(0.9), "Currently sold")
                        .col("created_date", dates(LocalDate.of(2015, 1, 1), LocalDate.of(2024, 12, 31)), "Date listed"))

                .table(Table.dimension("stores", 1_000_000)
                        .comment("Physical stores")
                        .col("store_id", sequence(), "Unique store identifier")
                        .col("name", STRING, derived("city || ' ' || CASE store_type WHEN 'OUTLET' THEN 'Outlet' WHEN 'FLAGSHIP' THEN 'Flagship' "
                                + "WHEN 'EXPRESS' THEN 'Express' ELSE 'Store' END"), "Store name")
                        .col("store_type", weighted("NEIGHBORHOOD", 40, "SUPERCENTER", 25, "EXPRESS", 20, "OUTLET", 10, "FLAGSHIP", 5), "Format")
                        .col("address", place(PlaceField.ADDRESS), "Street address")
                        .col("city", place(PlaceField.CITY), "City")
                        .col("state", place(PlaceField.STATE), "State")
                        .col("zip", place(PlaceField.ZIP), "Zip code")
                        .col("manager", person(PersonField.FULL_NAME, "manager"), "Store manager")
                        .col("sqft", INT, derived("CASE store_type WHEN 'SUPERCENTER' THEN 150000 + $0 % 60000 WHEN 'FLAGSHIP' THEN 60000 + $0 % 40000 "
                                + "WHEN 'EXPRESS' THEN 5000 + $0 % 7000 ELSE 20000 + $0 % 30000 END", ints(0, 999_999)), "Selling floor area")
                        .col("opened_date", dates(LocalDate.of(1990, 1, 1), LocalDate.of(2024, 6, 30)), "Opening date"))

                .table(Table.dimension("inventory", 1_000_000)
                        .comment("Stock on hand per product and warehouse")
                        .col("inventory_id", sequence(), "Unique inventory record identifier")
                        .col("product_id", fk("products"), "Product")
                        .col("warehouse_id", fk("warehouses", Skew.power(1.3)), "Warehouse")
                        .col("quantity_on_hand", ints(0, 5_000, Skew.power(2.0)), "Units on hand")
                        .col("quantity_reserved", INT, derived("least(quantity_on_hand, $0)", ints(0, 200, Skew.power(2.0))), "Units promised to orders")
                        .col("reorder_point", ints(10, 500), "Reorder when available stock falls to this")
                        .col("last_received", dates(HOLIDAYS), "Last delivery")
                        .col("last_counted", DATE, derived("{{add_days(last_received, $0)}}", ints(0, 60)), "Last cycle count, after the last delivery"))

                .table(Table.dimension("categories", 1_000_000)
                        .comment("Merchandising categories")
                        .col("category_id", sequence(), "Unique category identifier")
                        .col("name", template("{} - {}", pool(CATALOG, "subcategory", "type"), code("AA99", ints(0, 67_599))), "Category name")
                        .col("parent_category", pool(CATALOG, "category", "type"), "Parent category")
                        .col("description", template("{} for every budget", pool(CATALOG, "noun", "type")), "Description")
                        .col("is_active", bool(0.92), "Shown on the site")
                        .col("display_order", ints(1, 100), "Sort order in navigation"))

                .table(Table.lookup("promotions", 500_000).date("start_date")
                        .comment("Promotions and coupon codes")
                        .col("promo_id", sequence(), "Unique promotion identifier")
                        .col("code", new clxs.model.Gen.Choice(PROMO_CODES, List.of(1.0, 1.0, 1.0, 1.0, 1.0, 1.0)), "Coupon code")
                        .col("discount_type", weighted("PERCENT", 60, "FIXED", 30, "BOGO", 10), "Kind of discount")
                        .col("discount_value", SqlType.decimal(8, 2), derived("CASE discount_type WHEN 'PERCENT' THEN 5 + $0 % 6 * 5 WHEN 'FIXED' THEN 5 + $0 % 10 * 5 "
                                + "ELSE 100 END", ints(0, 999)), "Percent off, dollars off, or 100 for buy-one-get-one")
                        .col("start_date", dates(HOLIDAYS), "First day")
                        .col("end_date", DATE, derived("{{add_days(start_date, $0)}}", ints(3, 45)), "Last day, after the first")
                        .col("min_purchase", SqlType.decimal(8, 2), weighted(0, 40, 25, 25, 50, 25, 100, 10), "Minimum basket")
                        .col("max_uses", ints(100, 100_000, Skew.power(2.5)), "Redemption cap")
                        .col("used_count", INT, derived("least(max_uses, CAST(max_uses * $0 AS INT))", decimals(0, 1.2, 3, Skew.UNIFORM)), "Redemptions so far"))

                .table(Table.lookup("warehouses", 500_000)
                        .comment("Distribution centers")
                        .col("warehouse_id", sequence(), "Unique warehouse identifier")
                        .col("name", template("{} Distribution Center", place(PlaceField.CITY)), "Warehouse name")
                        .col("address", place(PlaceField.ADDRESS), "Street address")
                        .col("city", place(PlaceField.CITY), "City")
                        .col("state", place(PlaceField.STATE), "State")
                        .col("capacity_sqft", ints(50_000, 1_500_000, Skew.logNormal(300_000, 0.6)), "Floor area")
                        .col("current_utilization", SqlType.decimal(4, 2), decimals(0.35, 0.98, 2, Skew.normal(0.74, 0.12)), "Share of capacity in use")
                        .col("manager", person(PersonField.FULL_NAME, "manager"), "Site manager"))

                .table(Table.lookup("suppliers", 200_000)
                        .comment("Merchandise suppliers")
                        .col("supplier_id", sequence(), "Unique supplier identifier")
                        .col("name", template("{} {}", pool(BRANDS, "name"), weighted("Trading Co", 30, "Manufacturing", 25, "Imports", 20, "Supply", 25)), "Supplier")
                        .col("contact_email", template("sales{}@example.com", ints(1, 99_999)), "Sales contact")
                        .col("country", weighted("US", 40, "CN", 25, "VN", 8, "MX", 7, "IN", 6, "DE", 4, "BD", 4, "IT", 3, "TR", 3), "Country")
                        .col("lead_time_days", ints(3, 120, Skew.logNormal(21, 0.5)), "Typical lead time")
                        .col("rating", SqlType.decimal(3, 1), decimals(1, 5, 1, Skew.normal(3.9, 0.6)), "Buyer rating, 1-5")
                        .col("category", pool(CATALOG, "category", "type"), "Main category supplied"))

                .table(Table.lookup("shipping", 300_000).date("shipped_date")
                        .comment("Parcel shipments of orders")
                        .col("shipment_id", sequence(), "Unique shipment identifier")
                        .col("order_id", fk("orders"), "Order shipped")
                        .col("carrier", weighted("UPS", 35, "FedEx", 30, "USPS", 25, "DHL", 5, "OnTrac", 5), "Carrier")
                        .col("tracking_number", code("1Z999XXX9999999999"), "Tracking number")
                        .col("shipped_date", dates(HOLIDAYS), "Date shipped")
                        .col("delivered_date", DATE, derived("CASE WHEN status = 'DELIVERED' THEN {{add_days(shipped_date, $0)}} END", ints(1, 9, Skew.power(1.8))),
                                "Delivery date, NULL until delivered")
                        .col("status", weighted("DELIVERED", 85, "IN_TRANSIT", 8, "EXCEPTION", 3, "RETURNED", 2, "LOST", 2), "Status")
                        .col("cost", money, amount(8.5, 0.5, 2, 120), "Carrier charge"))

                .table(Table.lookup("returns", 200_000).date("return_date")
                        .comment("Product returns")
                        .col("return_id", sequence(), "Unique return identifier")
                        .col("order_id", fk("orders"), "Original order")
                        .col("product_id", fk("products", Skew.power(1.5)), "Product returned")
                        .col("reason", weighted("WRONG_SIZE", 28, "NOT_AS_DESCRIBED", 18, "DEFECTIVE", 15, "CHANGED_MIND", 22, "ARRIVED_LATE", 7, "DAMAGED", 10),
                                "Reason given")
                        .col("return_date", dates(HOLIDAYS), "Date received")
                        .col("refund_amount", money, amount(45, 0.9, 1, 2_500), "Refunded")
                        .col("condition_received", weighted("NEW", 45, "LIKE_NEW", 25, "USED", 15, "DAMAGED", 10, "DEFECTIVE", 5), "Condition on arrival")
                        .col("status", weighted("REFUNDED", 75, "EXCHANGED", 10, "PENDING", 10, "REJECTED", 5), "Return status"))

                .table(Table.lookup("wishlists", 300_000).date("added_date")
                        .comment("Saved products")
                        .col("wishlist_id", sequence(), "Unique wishlist entry identifier")
                        .col("customer_id", fk("customers", Skew.power(1.3)), "Customer")
                        .col("product_id", fk("products", Skew.power(1.7)), "Product saved")
                        .col("added_date", dates(HOLIDAYS), "Date saved")
                        .col("priority", weighted("HIGH", 20, "MEDIUM", 50, "LOW", 30), "Priority")
                        .col("is_public", bool(0.25), "Shared publicly"))

                .table(Table.lookup("loyalty_points", 200_000).date("txn_date")
                        .comment("Loyalty points earned and redeemed")
                        .col("txn_id", sequence(), "Unique points transaction identifier")
                        .col("customer_id", fk("customers", Skew.power(1.3)), "Member")
                        .col("points", INT, derived("CASE txn_type WHEN 'REDEEM' THEN -(100 + $0 % 4900) WHEN 'EXPIRE' THEN -(50 + $0 % 950) "
                                + "WHEN 'BONUS' THEN 250 + $0 % 750 ELSE 10 + $0 % 990 END", ints(0, 999_999)), "Points (negative when spent or expired)")
                        .col("txn_type", weighted("EARN", 70, "REDEEM", 20, "BONUS", 7, "EXPIRE", 3), "Kind")
                        .col("txn_date", dates(HOLIDAYS), "Date")
                        .col("order_id", fk("orders").orNull(0.3), "Order that earned or used the points")
                        .col("expiry_date", DATE, derived("{{add_days(txn_date, 365)}}"), "When the points expire"))

                .table(Table.lookup("price_history", 500_000).date("change_date")
                        .comment("Price changes")
                        .col("history_id", sequence(), "Unique price change identifier")
                        .col("product_id", fk("products", Skew.power(1.4)), "Product")
                        .col("old_price", lookup("product_id", "price"), "Price before the change")
                        .col("new_price", money, derived("round(old_price * (1 + $0), 2)", decimals(-0.4, 0.25, 3, Skew.normal(-0.03, 0.1))), "Price after")
                        .col("change_date", dates(HOLIDAYS), "Effective date")
                        .col("reason", weighted("PROMOTION", 35, "COST_INCREASE", 20, "COMPETITOR_MATCH", 20, "CLEARANCE", 15, "SEASONAL", 10), "Why"))

                .table(Table.lookup("gift_cards", 100_000).date("purchased_date")
                        .comment("Gift cards sold and their balances")
                        .col("card_id", sequence(), "Unique gift card identifier")
                        .col("card_number", code("9999 9999 9999 9999"), "Card number")
                        .col("original_balance", money, weighted(25, 20, 50, 35, 100, 25, 150, 5, 200, 10, 500, 5), "Value at purchase")
                        .col("current_balance", money, derived("round(original_balance * $0, 2)", decimals(0, 1, 2, Skew.power(2.5))), "Remaining value")
                        .col("purchased_date", dates(HOLIDAYS), "Date sold")
                        .col("expiry_date", DATE, derived("{{add_days(purchased_date, 1825)}}"), "Expiry, five years after purchase")
                        .col("status", STRING, derived("CASE WHEN current_balance = 0 THEN 'REDEEMED' WHEN current_balance < original_balance THEN 'PARTIALLY_USED' "
                                + "ELSE 'ACTIVE' END"), "Balance state"))

                .table(Table.lookup("employees", 100_000).date("hire_date")
                        .comment("Store staff (PII)")
                        .col("employee_id", sequence(), "Unique employee identifier")
                        .col("store_id", fk("stores", Skew.power(1.2)), "Store")
                        .col("first_name", person(PersonField.FIRST_NAME), "Given name (PII)")
                        .col("last_name", person(PersonField.LAST_NAME), "Family name (PII)")
                        .col("role", weighted("SALES_ASSOCIATE", 40, "CASHIER", 25, "STOCK", 18, "SUPERVISOR", 10, "PHARMACIST", 2, "STORE_MANAGER", 5), "Role")
                        .col("hire_date", dates(LocalDate.of(2005, 1, 1), LocalDate.of(2024, 12, 31)), "Hire date")
                        .col("hourly_rate", money, amount(17.5, 0.25, 12, 65), "Hourly pay"))

                .views(RetailViews.ALL)
                .udfs(udfs())
                .gold(GoldViews.RETAIL)
                .star(StarSchemas.RETAIL)
                .checks(BusinessRules.RETAIL_CHECKS)
                .changes(BusinessRules.RETAIL_CHANGES)
                .build();
    }

    private static List<Udf> udfs() {
        return List.of(
                Udf.named("mask_email_retail").masking().param("email", STRING).returns(STRING)
                        .body("{{regex_replace(email, '^(.)[^@]*@', '$1***@')}}")
                        .comment("E-mail with the local part hidden after its first letter")
                        .example("'sam.lee@example.org'", "'s***@example.org'"),
                Udf.named("mask_phone_retail").masking().param("phone", STRING).returns(STRING)
                        .body("'***-***-' || right(phone, 4)")
                        .comment("Phone number showing only the last four digits")
                        .example("'(212) 555-0187'", "'***-***-0187'"),
                Udf.named("format_price").formatting().param("price", SqlType.decimal(12, 2)).returns(STRING)
                        .body("'$' || {{format_number(price, 2)}}")
                        .comment("Price as US dollars")
                        .example("1299.9", "'$1,299.90'"),
                Udf.named("calculate_discount_pct").business().param("list_price", DOUBLE).param("sale_price", DOUBLE).returns(DOUBLE)
                        .body("CASE WHEN list_price > 0 THEN round((list_price - sale_price) / list_price * 100, 1) END")
                        .comment("Percent off the list price")
                        .example("80, 60", "25.0"),
                Udf.named("loyalty_tier_level").business().param("tier", STRING).returns(INT)
                        .body("CASE upper(tier) WHEN 'BRONZE' THEN 1 WHEN 'SILVER' THEN 2 WHEN 'GOLD' THEN 3 WHEN 'PLATINUM' THEN 4 ELSE 0 END")
                        .comment("Numeric level of a loyalty tier")
                        .example("'gold'", "3"),
                Udf.named("shipping_eta").business().param("ship_date", DATE).param("method", STRING).returns(DATE)
                        .body("{{add_days(ship_date, CASE method WHEN 'NEXT_DAY' THEN 1 WHEN 'EXPEDITED' THEN 3 WHEN 'STORE_PICKUP' THEN 2 ELSE 6 END)}}")
                        .comment("Estimated delivery date")
                        .example("DATE '2024-11-01', 'EXPEDITED'", "DATE '2024-11-04'"),
                Udf.named("product_margin").business().param("price", DOUBLE).param("cost", DOUBLE).returns(DOUBLE)
                        .body("CASE WHEN price > 0 THEN round((price - cost) / price * 100, 1) END")
                        .comment("Gross margin in percent")
                        .example("100, 62", "38.0"),
                Udf.named("rating_stars").formatting().param("rating", INT).returns(STRING)
                        .body("repeat('*', greatest(least(rating, 5), 0)) || repeat('.', 5 - greatest(least(rating, 5), 0))")
                        .comment("A rating as five characters, e.g. ***..")
                        .example("3", "'***..'"),
                Udf.named("order_status_label").formatting().param("status", STRING).returns(STRING)
                        .body("{{initcap(replace(lower(status), '_', ' '))}}")
                        .comment("Display label of an order status")
                        .example("'IN_TRANSIT'", "'In Transit'"),
                Udf.named("is_high_value_order").validation().param("total_amount", DOUBLE).returns(BOOLEAN)
                        .body("total_amount >= 500")
                        .comment("Orders of $500 or more")
                        .example("750.0", "true").example("75.0", "false"),
                Udf.named("days_since_order").business().param("order_date", DATE).returns(INT)
                        .body("{{days_between(order_date, current_date)}}")
                        .comment("Days since the order")
                        .example("{{add_days(current_date, -12)}}", "12"),
                Udf.named("return_eligibility").business().param("order_date", DATE).returns(STRING)
                        .body("CASE WHEN {{days_between(order_date, current_date)}} <= 30 THEN 'ELIGIBLE' "
                                + "WHEN {{days_between(order_date, current_date)}} <= 90 THEN 'STORE_CREDIT_ONLY' ELSE 'EXPIRED' END")
                        .comment("Return policy for an order date")
                        .example("{{add_days(current_date, -10)}}", "'ELIGIBLE'").example("{{add_days(current_date, -60)}}", "'STORE_CREDIT_ONLY'"),
                Udf.named("cart_abandonment_risk").business().param("minutes_idle", INT).param("items", INT).returns(STRING)
                        .body("CASE WHEN items = 0 THEN 'NONE' WHEN minutes_idle >= 60 THEN 'HIGH' WHEN minutes_idle >= 15 THEN 'MEDIUM' ELSE 'LOW' END")
                        .comment("Risk that a cart is abandoned")
                        .example("90, 2", "'HIGH'").example("5, 3", "'LOW'"),
                Udf.named("format_tracking").formatting().param("carrier", STRING).param("tracking_number", STRING).returns(STRING)
                        .body("upper(carrier) || ': ' || tracking_number")
                        .comment("Carrier and tracking number for display")
                        .example("'ups', '1Z999AA10123456784'", "'UPS: 1Z999AA10123456784'"),
                Udf.named("inventory_status").business().param("on_hand", INT).param("reserved", INT).param("reorder_point", INT).returns(STRING)
                        .body("CASE WHEN on_hand - reserved <= 0 THEN 'OUT_OF_STOCK' WHEN on_hand - reserved <= reorder_point THEN 'REORDER' ELSE 'IN_STOCK' END")
                        .comment("Stock state of an inventory record")
                        .example("50, 45, 10", "'REORDER'").example("10, 10, 5", "'OUT_OF_STOCK'"),
                Udf.named("promo_discount_display").formatting().param("discount_type", STRING).param("discount_value", DOUBLE).returns(STRING)
                        .body("CASE discount_type WHEN 'PERCENT' THEN CAST(CAST(discount_value AS INT) AS STRING) || '% off' "
                                + "WHEN 'FIXED' THEN '$' || CAST(CAST(discount_value AS INT) AS STRING) || ' off' ELSE 'Buy one, get one' END")
                        .comment("Shopper-facing text of a promotion")
                        .example("'PERCENT', 25", "'25% off'").example("'BOGO', 100", "'Buy one, get one'"),
                Udf.named("gift_card_status_label").formatting().param("status", STRING).returns(STRING)
                        .body("CASE status WHEN 'ACTIVE' THEN 'Ready to use' WHEN 'PARTIALLY_USED' THEN 'Balance remaining' WHEN 'REDEEMED' THEN 'Fully used' "
                                + "ELSE 'Unknown' END")
                        .comment("Display label of a gift card state")
                        .example("'REDEEMED'", "'Fully used'"),
                Udf.named("category_icon").formatting().param("category", STRING).returns(STRING)
                        .body("CASE category WHEN 'Electronics' THEN 'icon-device' WHEN 'Apparel' THEN 'icon-shirt' WHEN 'Home' THEN 'icon-home' "
                                + "WHEN 'Grocery' THEN 'icon-basket' WHEN 'Toys' THEN 'icon-toy' WHEN 'Sports' THEN 'icon-ball' WHEN 'Beauty' THEN 'icon-sparkle' "
                                + "WHEN 'Pets' THEN 'icon-paw' ELSE 'icon-tag' END")
                        .comment("Icon name for a category")
                        .example("'Pets'", "'icon-paw'"),
                Udf.named("review_sentiment").business().param("rating", INT).returns(STRING)
                        .body("CASE WHEN rating >= 4 THEN 'POSITIVE' WHEN rating = 3 THEN 'NEUTRAL' ELSE 'NEGATIVE' END")
                        .comment("Sentiment of a star rating")
                        .example("5", "'POSITIVE'").example("2", "'NEGATIVE'"),
                Udf.named("anonymize_shopper").masking().param("customer_id", SqlType.BIGINT).returns(STRING)
                        .body("'shopper-' || substr({{sha256(customer_id)}}, 1, 10)")
                        .comment("A stable pseudonym for a customer id")
                        .example("1", "'shopper-6b86b273ff'"));
    }
}
