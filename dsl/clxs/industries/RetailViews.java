package clxs.industries;

import clxs.model.View;
import java.util.List;

/** The twenty retail views, in portable SQL. */
final class RetailViews {

    private RetailViews() {}

    static final List<View> ALL = List.of(
            View.of("v_order_summary", "Orders, revenue and average basket by status and shipping method", """
                    SELECT status, shipping_method,
                           count(*) AS orders,
                           round(sum(total_amount), 2) AS revenue,
                           round(avg(total_amount), 2) AS avg_basket,
                           round(sum(shipping_cost), 2) AS shipping_revenue
                    FROM {{orders}}
                    GROUP BY status, shipping_method
                    """),
            View.of("v_product_performance", "Units, revenue and rating per product", """
                    SELECT p.product_id, p.name, p.category, p.brand,
                           sum(oi.quantity) AS units_sold,
                           round(sum(oi.total), 2) AS revenue,
                           r.avg_rating, r.reviews
                    FROM {{products}} p
                    JOIN {{order_items}} oi ON oi.product_id = p.product_id
                    LEFT JOIN (SELECT product_id, round(avg(rating), 2) AS avg_rating, count(*) AS reviews
                               FROM {{reviews}} GROUP BY product_id) r ON r.product_id = p.product_id
                    GROUP BY p.product_id, p.name, p.category, p.brand, r.avg_rating, r.reviews
                    """),
            View.of("v_customer_ltv", "Lifetime value per customer: orders, spend, first and last order", """
                    SELECT c.customer_id, c.first_name, c.last_name, c.loyalty_tier,
                           count(o.order_id) AS orders,
                           round(sum(o.total_amount), 2) AS lifetime_value,
                           min(o.order_date) AS first_order,
                           max(o.order_date) AS last_order
                    FROM {{customers}} c
                    JOIN {{orders}} o ON o.customer_id = c.customer_id
                    WHERE o.status <> 'CANCELLED'
                    GROUP BY c.customer_id, c.first_name, c.last_name, c.loyalty_tier
                    """),
            View.of("v_monthly_revenue", "Monthly revenue with year-over-year comparison", """
                    SELECT month, orders, revenue,
                           lag(revenue, 12) OVER (ORDER BY month) AS revenue_last_year,
                           round(100.0 * (revenue - lag(revenue, 12) OVER (ORDER BY month)) / lag(revenue, 12) OVER (ORDER BY month), 2) AS yoy_growth_pct
                    FROM (SELECT {{month_start(order_date)}} AS month, count(*) AS orders, round(sum(total_amount), 2) AS revenue
                          FROM {{orders}}
                          WHERE status <> 'CANCELLED'
                          GROUP BY {{month_start(order_date)}}) m
                    """),
            View.of("v_inventory_alerts", "Stock at or below its reorder point", """
                    SELECT i.inventory_id, i.product_id, p.name, i.warehouse_id,
                           i.quantity_on_hand, i.quantity_reserved,
                           i.quantity_on_hand - i.quantity_reserved AS available,
                           i.reorder_point,
                           CASE WHEN i.quantity_on_hand - i.quantity_reserved <= 0 THEN 'OUT_OF_STOCK' ELSE 'REORDER' END AS alert
                    FROM {{inventory}} i
                    JOIN {{products}} p ON p.product_id = i.product_id
                    WHERE i.quantity_on_hand - i.quantity_reserved <= i.reorder_point
                    """),
            View.of("v_top_reviewers", "The most prolific reviewers and how helpful they are", """
                    SELECT customer_id, first_name, last_name, reviews, avg_rating, helpful_votes, reviewer_rank
                    FROM (SELECT c.customer_id, c.first_name, c.last_name,
                                 count(*) AS reviews,
                                 round(avg(r.rating), 2) AS avg_rating,
                                 sum(r.helpful_votes) AS helpful_votes,
                                 row_number() OVER (ORDER BY count(*) DESC, sum(r.helpful_votes) DESC, c.customer_id) AS reviewer_rank
                          FROM {{reviews}} r
                          JOIN {{customers}} c ON c.customer_id = r.customer_id
                          WHERE r.status = 'PUBLISHED'
                          GROUP BY c.customer_id, c.first_name, c.last_name) t
                    WHERE reviewer_rank <= 100
                    """),
            View.of("v_conversion_funnel", "Funnel from page view to purchase per device", """
                    SELECT device_type,
                           sum(CASE WHEN event_type = 'PAGE_VIEW' THEN 1 ELSE 0 END) AS page_views,
                           sum(CASE WHEN event_type = 'PRODUCT_VIEW' THEN 1 ELSE 0 END) AS product_views,
                           sum(CASE WHEN event_type = 'ADD_TO_CART' THEN 1 ELSE 0 END) AS add_to_carts,
                           sum(CASE WHEN event_type = 'CHECKOUT' THEN 1 ELSE 0 END) AS checkouts,
                           sum(CASE WHEN event_type = 'PURCHASE' THEN 1 ELSE 0 END) AS purchases,
                           round(100.0 * sum(CASE WHEN event_type = 'PURCHASE' THEN 1 ELSE 0 END)
                                 / nullif(sum(CASE WHEN event_type = 'PRODUCT_VIEW' THEN 1 ELSE 0 END), 0), 2) AS view_to_purchase_pct
                    FROM {{clickstream}}
                    GROUP BY device_type
                    """),
            View.of("v_return_rate", "Returns and refunds by category and reason", """
                    SELECT p.category, r.reason,
                           count(*) AS returns,
                           round(sum(r.refund_amount), 2) AS refunded,
                           round(100.0 * count(*) / sum(count(*)) OVER (PARTITION BY p.category), 2) AS pct_of_category_returns
                    FROM {{returns}} r
                    JOIN {{products}} p ON p.product_id = r.product_id
                    GROUP BY p.category, r.reason
                    """),
            View.of("v_shipping_performance", "Delivery time and on-time rate per carrier", """
                    SELECT carrier,
                           count(*) AS shipments,
                           round(avg({{days_between(shipped_date, delivered_date)}}), 2) AS avg_days_to_deliver,
                           round(100.0 * sum(CASE WHEN {{days_between(shipped_date, delivered_date)}} <= 5 THEN 1 ELSE 0 END)
                                 / nullif(sum(CASE WHEN delivered_date IS NOT NULL THEN 1 ELSE 0 END), 0), 2) AS on_time_pct,
                           round(avg(cost), 2) AS avg_cost
                    FROM {{shipping}}
                    GROUP BY carrier
                    """),
            View.of("v_promo_effectiveness", "Orders and revenue per coupon code against its promotions", """
                    SELECT p.code, p.promotions, p.avg_discount_value, o.orders, o.revenue, o.avg_basket
                    FROM (SELECT code, count(*) AS promotions, round(avg(discount_value), 2) AS avg_discount_value
                          FROM {{promotions}} GROUP BY code) p
                    JOIN (SELECT promo_code, count(*) AS orders, round(sum(total_amount), 2) AS revenue, round(avg(total_amount), 2) AS avg_basket
                          FROM {{orders}} WHERE promo_code IS NOT NULL GROUP BY promo_code) o ON o.promo_code = p.code
                    """),
            View.of("v_store_performance", "Staff, payroll and floor area per store, ranked within the state", """
                    SELECT s.store_id, s.name, s.state, s.store_type, s.sqft,
                           count(e.employee_id) AS employees,
                           round(sum(e.hourly_rate) * 2080, 2) AS annual_payroll_estimate,
                           rank() OVER (PARTITION BY s.state ORDER BY count(e.employee_id) DESC, s.store_id) AS staffing_rank_in_state
                    FROM {{stores}} s
                    JOIN {{employees}} e ON e.store_id = s.store_id
                    GROUP BY s.store_id, s.name, s.state, s.store_type, s.sqft
                    """),
            View.of("v_category_trends", "Monthly units and revenue per category", """
                    SELECT {{month_start(oi.shipped_date)}} AS month, p.category,
                           sum(oi.quantity) AS units,
                           round(sum(oi.total), 2) AS revenue
                    FROM {{order_items}} oi
                    JOIN {{products}} p ON p.product_id = oi.product_id
                    GROUP BY {{month_start(oi.shipped_date)}}, p.category
                    """),
            View.of("v_supplier_lead_times", "Supplier lead times and ratings by country and category", """
                    SELECT country, category,
                           count(*) AS suppliers,
                           round(avg(lead_time_days), 1) AS avg_lead_time_days,
                           max(lead_time_days) AS max_lead_time_days,
                           round(avg(rating), 2) AS avg_rating
                    FROM {{suppliers}}
                    GROUP BY country, category
                    """),
            View.of("v_warehouse_utilization", "Capacity, utilization and stock per warehouse", """
                    SELECT w.warehouse_id, w.name, w.state, w.capacity_sqft, w.current_utilization,
                           count(i.inventory_id) AS stocked_products,
                           sum(i.quantity_on_hand) AS units_on_hand
                    FROM {{warehouses}} w
                    JOIN {{inventory}} i ON i.warehouse_id = w.warehouse_id
                    GROUP BY w.warehouse_id, w.name, w.state, w.capacity_sqft, w.current_utilization
                    """),
            View.of("v_loyalty_balance", "Points balance per member", """
                    SELECT c.customer_id, c.first_name, c.last_name, c.loyalty_tier,
                           sum(lp.points) AS points_balance,
                           sum(CASE WHEN lp.points > 0 THEN lp.points ELSE 0 END) AS points_earned,
                           max(lp.txn_date) AS last_activity
                    FROM {{loyalty_points}} lp
                    JOIN {{customers}} c ON c.customer_id = lp.customer_id
                    GROUP BY c.customer_id, c.first_name, c.last_name, c.loyalty_tier
                    """),
            View.of("v_price_volatility", "How often and how much prices moved per category", """
                    SELECT p.category,
                           count(*) AS price_changes,
                           round(avg(CAST(ph.new_price - ph.old_price AS DOUBLE) / nullif(CAST(ph.old_price AS DOUBLE), 0)) * 100, 2) AS avg_change_pct,
                           round(stddev(CAST(ph.new_price - ph.old_price AS DOUBLE) / nullif(CAST(ph.old_price AS DOUBLE), 0)) * 100, 2) AS stddev_change_pct
                    FROM {{price_history}} ph
                    JOIN {{products}} p ON p.product_id = ph.product_id
                    GROUP BY p.category
                    """),
            View.of("v_gift_card_liability", "Outstanding gift card balances by year sold", """
                    SELECT year(purchased_date) AS year_sold, status,
                           count(*) AS cards,
                           round(sum(original_balance), 2) AS sold_value,
                           round(sum(current_balance), 2) AS outstanding_liability
                    FROM {{gift_cards}}
                    GROUP BY year(purchased_date), status
                    """),
            View.of("v_wishlist_demand", "Most-wished products", """
                    SELECT p.product_id, p.name, p.category, p.price,
                           count(*) AS wishlisted,
                           sum(CASE WHEN w.priority = 'HIGH' THEN 1 ELSE 0 END) AS high_priority,
                           dense_rank() OVER (PARTITION BY p.category ORDER BY count(*) DESC) AS rank_in_category
                    FROM {{wishlists}} w
                    JOIN {{products}} p ON p.product_id = w.product_id
                    GROUP BY p.product_id, p.name, p.category, p.price
                    """),
            View.of("v_device_analytics", "Sessions, events and time on page by device and traffic source", """
                    SELECT device_type, referrer,
                           count(DISTINCT session_id) AS sessions,
                           count(*) AS events,
                           round(avg(duration_seconds), 1) AS avg_seconds_on_page,
                           round(100.0 * sum(CASE WHEN customer_id IS NULL THEN 1 ELSE 0 END) / count(*), 2) AS guest_pct
                    FROM {{clickstream}}
                    GROUP BY device_type, referrer
                    """),
            View.of("v_customer_segments", "Recency, frequency and monetary quartiles per customer", """
                    SELECT customer_id, last_order, orders, spend,
                           ntile(4) OVER (ORDER BY last_order) AS recency_quartile,
                           ntile(4) OVER (ORDER BY orders) AS frequency_quartile,
                           ntile(4) OVER (ORDER BY spend) AS monetary_quartile
                    FROM (SELECT customer_id, max(order_date) AS last_order, count(*) AS orders, round(sum(total_amount), 2) AS spend
                          FROM {{orders}}
                          WHERE status <> 'CANCELLED'
                          GROUP BY customer_id) c
                    """));
}
