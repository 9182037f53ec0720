package clxs.industries;

import clxs.model.View;
import java.util.List;

/** The twenty real estate views, in portable SQL. */
final class RealEstateViews {

    private RealEstateViews() {}

    static final List<View> ALL = List.of(
            View.of("v_market_summary", "Listings, sales and prices per state and property type", """
                    SELECT p.state, l.property_type,
                           count(*) AS listings,
                           sum(CASE WHEN l.status = 'SOLD' THEN 1 ELSE 0 END) AS sold,
                           round(avg(l.list_price), 2) AS avg_list_price,
                           round({{percentile(l.list_price, 0.5)}}, 2) AS median_list_price
                    FROM {{listings}} l
                    JOIN {{properties}} p ON p.property_id = l.property_id
                    GROUP BY p.state, l.property_type
                    """),
            View.of("v_agent_performance", "Listings, sales and volume per listing agent", """
                    SELECT a.agent_id, a.first_name, a.last_name, a.brokerage,
                           count(*) AS listings,
                           sum(CASE WHEN l.status = 'SOLD' THEN 1 ELSE 0 END) AS sold,
                           round(sum(CASE WHEN l.status = 'SOLD' THEN l.list_price ELSE 0 END), 2) AS sold_volume,
                           rank() OVER (PARTITION BY a.brokerage ORDER BY sum(CASE WHEN l.status = 'SOLD' THEN l.list_price ELSE 0 END) DESC) AS rank_in_brokerage
                    FROM {{agents}} a
                    JOIN {{listings}} l ON l.agent_id = a.agent_id
                    GROUP BY a.agent_id, a.first_name, a.last_name, a.brokerage
                    """),
            View.of("v_price_trends", "Median sale price per month with year-over-year change", """
                    SELECT month, sales, median_price,
                           round(100.0 * (median_price - lag(median_price, 12) OVER (ORDER BY month)) / lag(median_price, 12) OVER (ORDER BY month), 2) AS yoy_pct
                    FROM (SELECT {{month_start(closing_date)}} AS month, count(*) AS sales, round({{percentile(sale_price, 0.5)}}, 2) AS median_price
                          FROM {{transactions_re}} GROUP BY {{month_start(closing_date)}}) m
                    """),
            View.of("v_listing_funnel", "Views, showings, offers and sales per listing status", """
                    SELECT l.status,
                           count(DISTINCT l.listing_id) AS listings,
                           count(DISTINCT v.view_id) AS views,
                           count(DISTINCT o.offer_id) AS offers
                    FROM {{listings}} l
                    LEFT JOIN {{property_views}} v ON v.listing_id = l.listing_id
                    LEFT JOIN {{offers}} o ON o.listing_id = l.listing_id
                    GROUP BY l.status
                    """),
            View.of("v_property_by_type", "Properties per type with age and value", """
                    SELECT property_type,
                           count(*) AS properties,
                           round(avg(year(current_date) - year_built), 1) AS avg_age_years,
                           round(avg(assessed_value), 2) AS avg_assessed_value,
                           round(avg(lot_size_sqft), 0) AS avg_lot_sqft
                    FROM {{properties}}
                    GROUP BY property_type
                    """),
            View.of("v_mortgage_portfolio", "Mortgage book by lender, type and status", """
                    SELECT lender, loan_type, status,
                           count(*) AS loans,
                           round(sum(loan_amount), 2) AS balance,
                           round(avg(interest_rate), 3) AS avg_rate
                    FROM {{mortgages}}
                    GROUP BY lender, loan_type, status
                    """),
            View.of("v_rental_collection", "Rent collected and late payments per month", """
                    SELECT due_date AS month,
                           count(*) AS payments,
                           round(sum(amount), 2) AS collected,
                           round(100.0 * sum(CASE WHEN status = 'LATE' THEN 1 ELSE 0 END) / count(*), 2) AS late_pct,
                           round(sum(late_fee), 2) AS late_fees
                    FROM {{rental_payments}}
                    GROUP BY due_date
                    """),
            View.of("v_neighborhood_rankings", "Neighborhoods ranked by schools, safety and walkability in each state", """
                    SELECT neighborhood_id, name, city, state, median_price, school_rating, crime_index, walkability_score,
                           rank() OVER (PARTITION BY state ORDER BY school_rating * 10 - crime_index + walkability_score DESC, neighborhood_id) AS livability_rank
                    FROM {{neighborhoods}}
                    """),
            View.of("v_open_house_conversion", "Open-house visitors and offers per listing agent", """
                    SELECT agent_id,
                           count(*) AS open_houses,
                           sum(attendees) AS visitors,
                           sum(offers_received) AS offers,
                           round(100.0 * sum(offers_received) / nullif(sum(attendees), 0), 2) AS offers_per_100_visitors
                    FROM {{open_houses}}
                    GROUP BY agent_id
                    """),
            View.of("v_tax_assessment", "Tax bills and rates per year and status", """
                    SELECT tax_year, status,
                           count(*) AS bills,
                           round(sum(tax_amount), 2) AS tax_levied,
                           round(avg(tax_rate), 3) AS avg_rate
                    FROM {{property_taxes}}
                    GROUP BY tax_year, status
                    """),
            View.of("v_construction_activity", "Permits and estimated spend per type and year", """
                    SELECT permit_type, year(issue_date) AS year,
                           count(*) AS permits,
                           round(sum(estimated_cost), 2) AS estimated_spend
                    FROM {{construction_permits}}
                    GROUP BY permit_type, year(issue_date)
                    """),
            View.of("v_appraisal_accuracy", "Appraised value against assessed value per purpose", """
                    SELECT a.purpose, a.market_trend,
                           count(*) AS appraisals,
                           round(avg(CAST(a.appraised_value AS DOUBLE) / CAST(p.assessed_value AS DOUBLE)), 4) AS avg_appraised_to_assessed
                    FROM {{appraisals}} a
                    JOIN {{properties}} p ON p.property_id = a.property_id
                    GROUP BY a.purpose, a.market_trend
                    """),
            View.of("v_inspection_issues", "Inspections with many issues or costly repairs", """
                    SELECT i.inspection_id, i.property_id, p.city, p.state, i.inspection_type, i.issues_found, i.estimated_repair_cost
                    FROM {{inspections}} i
                    JOIN {{properties}} p ON p.property_id = i.property_id
                    WHERE i.issues_found >= 5 OR i.estimated_repair_cost >= 10000
                    """),
            View.of("v_hoa_delinquency", "Delinquent HOA accounts per community", """
                    SELECT community,
                           count(*) AS accounts,
                           sum(CASE WHEN status <> 'CURRENT' THEN 1 ELSE 0 END) AS delinquent,
                           round(avg(monthly_dues), 2) AS avg_dues
                    FROM {{hoa_dues}}
                    GROUP BY community
                    """),
            View.of("v_days_on_market", "Days on market per price band", """
                    SELECT CASE WHEN sale_price < 250000 THEN 'UNDER_250K' WHEN sale_price < 500000 THEN '250K_500K'
                                WHEN sale_price < 1000000 THEN '500K_1M' ELSE 'OVER_1M' END AS price_band,
                           count(*) AS sales,
                           round(avg(days_on_market), 1) AS avg_days_on_market
                    FROM {{transactions_re}}
                    GROUP BY CASE WHEN sale_price < 250000 THEN 'UNDER_250K' WHEN sale_price < 500000 THEN '250K_500K'
                                  WHEN sale_price < 1000000 THEN '500K_1M' ELSE 'OVER_1M' END
                    """),
            View.of("v_comp_analysis", "Comparable sales per distance band", """
                    SELECT CASE WHEN distance_miles < 0.5 THEN 'UNDER_HALF_MILE' WHEN distance_miles < 1 THEN 'HALF_TO_ONE_MILE' ELSE 'OVER_ONE_MILE' END AS distance_band,
                           count(*) AS comparables,
                           round(avg(abs(price_diff_pct)), 2) AS avg_abs_price_diff_pct,
                           round(avg(adjustment), 2) AS avg_adjustment
                    FROM {{comparables}}
                    GROUP BY CASE WHEN distance_miles < 0.5 THEN 'UNDER_HALF_MILE' WHEN distance_miles < 1 THEN 'HALF_TO_ONE_MILE' ELSE 'OVER_ONE_MILE' END
                    """),
            View.of("v_monthly_closings", "Closings and volume per month with running yearly total", """
                    SELECT month, closings, volume,
                           sum(volume) OVER (PARTITION BY year(month) ORDER BY month) AS ytd_volume
                    FROM (SELECT {{month_start(closing_date)}} AS month, count(*) AS closings, round(sum(sale_price), 2) AS volume
                          FROM {{transactions_re}} GROUP BY {{month_start(closing_date)}}) m
                    """),
            View.of("v_price_per_sqft", "List price per square foot per state and bedrooms", """
                    SELECT p.state, l.bedrooms,
                           count(*) AS listings,
                           round(avg(l.list_price / l.sqft), 2) AS avg_price_per_sqft
                    FROM {{listings}} l
                    JOIN {{properties}} p ON p.property_id = l.property_id
                    WHERE l.sqft > 0
                    GROUP BY p.state, l.bedrooms
                    """),
            View.of("v_viewing_conversion", "Saves and inquiries per view type and source", """
                    SELECT view_type, source,
                           count(*) AS views,
                           round(100.0 * sum(CASE WHEN saved THEN 1 ELSE 0 END) / count(*), 2) AS save_pct,
                           round(100.0 * sum(CASE WHEN inquired THEN 1 ELSE 0 END) / count(*), 3) AS inquiry_pct
                    FROM {{property_views}}
                    GROUP BY view_type, source
                    """),
            View.of("v_brokerage_market_share", "Share of listings per brokerage", """
                    SELECT a.brokerage,
                           count(*) AS listings,
                           round(100.0 * count(*) / sum(count(*)) OVER (), 2) AS listing_share_pct,
                           dense_rank() OVER (ORDER BY count(*) DESC) AS share_rank
                    FROM {{listings}} l
                    JOIN {{agents}} a ON a.agent_id = l.agent_id
                    GROUP BY a.brokerage
                    """));
}
