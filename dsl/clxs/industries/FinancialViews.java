package clxs.industries;

import clxs.model.View;
import java.util.List;

/** The twenty financial views, in portable SQL. */
final class FinancialViews {

    private FinancialViews() {}

    static final List<View> ALL = List.of(
            View.of("v_account_summary", "Accounts, balances and customers by account type and status", """
                    SELECT account_type, status,
                           count(*) AS accounts,
                           count(DISTINCT customer_id) AS customers,
                           round(sum(balance), 2) AS total_balance,
                           round(avg(balance), 2) AS avg_balance
                    FROM {{accounts}}
                    GROUP BY account_type, status
                    """),
            View.of("v_monthly_txn_volume", "Monthly transaction count and amount by type, with month-over-month growth", """
                    SELECT month, txn_type, txn_count, total_amount,
                           round(100.0 * (txn_count - lag(txn_count) OVER (PARTITION BY txn_type ORDER BY month))
                                 / lag(txn_count) OVER (PARTITION BY txn_type ORDER BY month), 2) AS txn_growth_pct
                    FROM (SELECT {{month_start(txn_date)}} AS month, txn_type, count(*) AS txn_count, round(sum(amount), 2) AS total_amount
                          FROM {{transactions}}
                          WHERE status = 'POSTED'
                          GROUP BY {{month_start(txn_date)}}, txn_type) m
                    """),
            View.of("v_fraud_risk_summary", "Fraud alerts by type and outcome, with confirmed-fraud rate", """
                    SELECT alert_type,
                           count(*) AS alerts,
                           round(avg(risk_score), 3) AS avg_risk_score,
                           sum(CASE WHEN resolution = 'CONFIRMED_FRAUD' THEN 1 ELSE 0 END) AS confirmed,
                           round(100.0 * sum(CASE WHEN resolution = 'CONFIRMED_FRAUD' THEN 1 ELSE 0 END) / count(*), 2) AS confirmed_pct,
                           round(100.0 * sum(CASE WHEN resolution = 'FALSE_POSITIVE' THEN 1 ELSE 0 END) / count(*), 2) AS false_positive_pct
                    FROM {{fraud_alerts}}
                    GROUP BY alert_type
                    """),
            View.of("v_loan_portfolio", "Loan book by product and status", """
                    SELECT loan_type, status,
                           count(*) AS loans,
                           round(sum(principal), 2) AS total_principal,
                           round(avg(interest_rate), 3) AS avg_rate,
                           round(avg(term_months), 1) AS avg_term_months
                    FROM {{loans}}
                    GROUP BY loan_type, status
                    """),
            View.of("v_card_spending", "Card spending by network, card type and month", """
                    SELECT {{month_start(CAST(e.event_timestamp AS DATE))}} AS month,
                           c.card_network, c.card_type,
                           count(*) AS authorizations,
                           round(sum(e.amount), 2) AS spend
                    FROM {{card_events}} e
                    JOIN {{cards}} c ON c.card_id = e.card_id
                    WHERE e.event_type = 'AUTHORIZATION'
                    GROUP BY {{month_start(CAST(e.event_timestamp AS DATE))}}, c.card_network, c.card_type
                    """),
            View.of("v_high_value_customers", "Customers with the highest total balances, ranked", """
                    SELECT customer_id, first_name, last_name, credit_score, total_balance, accounts, balance_rank
                    FROM (SELECT c.customer_id, c.first_name, c.last_name, c.credit_score,
                                 round(sum(a.balance), 2) AS total_balance,
                                 count(*) AS accounts,
                                 dense_rank() OVER (ORDER BY sum(a.balance) DESC) AS balance_rank
                          FROM {{customers}} c
                          JOIN {{accounts}} a ON a.customer_id = c.customer_id
                          GROUP BY c.customer_id, c.first_name, c.last_name, c.credit_score) r
                    WHERE balance_rank <= 500
                    """),
            View.of("v_delinquent_loans", "Loans delinquent or in default, with borrower", """
                    SELECT l.loan_id, l.loan_type, l.status, l.principal, l.interest_rate,
                           c.first_name, c.last_name, c.credit_score
                    FROM {{loans}} l
                    JOIN {{customers}} c ON c.customer_id = l.customer_id
                    WHERE l.status IN ('DELINQUENT', 'DEFAULT', 'CHARGED_OFF')
                    """),
            View.of("v_branch_performance", "Accounts and deposits per branch, ranked within the state", """
                    SELECT b.branch_id, b.name, b.state, b.branch_type,
                           count(a.account_id) AS accounts,
                           round(sum(a.balance), 2) AS deposits,
                           rank() OVER (PARTITION BY b.state ORDER BY sum(a.balance) DESC) AS rank_in_state
                    FROM {{branches}} b
                    JOIN {{accounts}} a ON a.branch_id = b.branch_id
                    GROUP BY b.branch_id, b.name, b.state, b.branch_type
                    """),
            View.of("v_payment_delinquency", "Late and missed loan payments by month", """
                    SELECT {{month_start(payment_date)}} AS month,
                           count(*) AS payments,
                           sum(CASE WHEN status IN ('LATE', 'MISSED') THEN 1 ELSE 0 END) AS delinquent,
                           round(100.0 * sum(CASE WHEN status IN ('LATE', 'MISSED') THEN 1 ELSE 0 END) / count(*), 2) AS delinquency_pct,
                           round(avg(CASE WHEN days_late > 0 THEN days_late END), 1) AS avg_days_late
                    FROM {{loan_payments}}
                    GROUP BY {{month_start(payment_date)}}
                    """),
            View.of("v_merchant_risk", "Merchants by category and risk level with transaction volume", """
                    SELECT m.category, m.risk_level,
                           count(DISTINCT m.merchant_id) AS merchants,
                           count(t.txn_id) AS transactions,
                           round(sum(t.amount), 2) AS volume
                    FROM {{merchants}} m
                    JOIN {{transactions}} t ON t.merchant_id = m.merchant_id
                    GROUP BY m.category, m.risk_level
                    """),
            View.of("v_compliance_dashboard", "Compliance events by type and status, with days to resolve", """
                    SELECT event_type, status,
                           count(*) AS events,
                           round(avg({{days_between(reported_date, resolution_date)}}), 1) AS avg_days_to_resolve
                    FROM {{compliance_events}}
                    GROUP BY event_type, status
                    """),
            View.of("v_credit_score_trend", "Average bureau score by quarter and bureau, with change", """
                    SELECT quarter_start, bureau, avg_score,
                           round(avg_score - lag(avg_score) OVER (PARTITION BY bureau ORDER BY quarter_start), 1) AS change
                    FROM (SELECT CAST(date_trunc('QUARTER', score_date) AS DATE) AS quarter_start, bureau, round(avg(score), 1) AS avg_score
                          FROM {{credit_scores}}
                          GROUP BY CAST(date_trunc('QUARTER', score_date) AS DATE), bureau) q
                    """),
            View.of("v_wire_transfer_volume", "Wire volume by month, currency and purpose", """
                    SELECT {{month_start(wire_date)}} AS month, currency, purpose,
                           count(*) AS wires,
                           round(sum(amount), 2) AS amount,
                           round(sum(fee), 2) AS fees
                    FROM {{wire_transfers}}
                    WHERE status = 'COMPLETED'
                    GROUP BY {{month_start(wire_date)}}, currency, purpose
                    """),
            View.of("v_atm_usage", "ATM use by type, with failure rate and surcharge revenue", """
                    SELECT txn_type,
                           count(*) AS transactions,
                           round(sum(amount), 2) AS amount,
                           round(100.0 * sum(CASE WHEN success THEN 0 ELSE 1 END) / count(*), 2) AS failure_pct,
                           round(sum(surcharge), 2) AS surcharge_revenue
                    FROM {{atm_transactions}}
                    GROUP BY txn_type
                    """),
            View.of("v_trading_performance", "Filled order value by symbol and side", """
                    SELECT symbol, side,
                           count(*) AS fills,
                           sum(quantity) AS shares,
                           round(sum(quantity * price), 2) AS notional,
                           round(avg(price), 4) AS avg_price
                    FROM {{trading_orders}}
                    WHERE status IN ('FILLED', 'PARTIALLY_FILLED')
                    GROUP BY symbol, side
                    """),
            View.of("v_customer_360", "One row per customer: accounts, balances, cards and loans", """
                    SELECT c.customer_id, c.first_name, c.last_name, c.credit_score, c.risk_rating,
                           coalesce(a.accounts, 0) AS accounts,
                           coalesce(a.total_balance, 0) AS total_balance,
                           coalesce(l.loans, 0) AS loans,
                           coalesce(l.loan_principal, 0) AS loan_principal
                    FROM {{customers}} c
                    LEFT JOIN (SELECT customer_id, count(*) AS accounts, round(sum(balance), 2) AS total_balance
                               FROM {{accounts}} GROUP BY customer_id) a ON a.customer_id = c.customer_id
                    LEFT JOIN (SELECT customer_id, count(*) AS loans, round(sum(principal), 2) AS loan_principal
                               FROM {{loans}} GROUP BY customer_id) l ON l.customer_id = c.customer_id
                    """),
            View.of("v_daily_balance", "Net flow of posted transactions per day with a 7-day moving average", """
                    SELECT txn_date, net_flow,
                           round(avg(net_flow) OVER (ORDER BY txn_date ROWS BETWEEN 6 PRECEDING AND CURRENT ROW), 2) AS net_flow_7d_avg
                    FROM (SELECT txn_date,
                                 round(sum(CASE WHEN txn_type IN ('DEPOSIT', 'REFUND') THEN amount ELSE -amount END), 2) AS net_flow
                          FROM {{transactions}}
                          WHERE status = 'POSTED'
                          GROUP BY txn_date) d
                    """),
            View.of("v_interest_rate_history", "Rate changes per product and term over time", """
                    SELECT product_type, term, effective_date, rate,
                           rate - lag(rate) OVER (PARTITION BY product_type, term ORDER BY effective_date, rate_id) AS change
                    FROM {{interest_rates}}
                    """),
            View.of("v_beneficiary_network", "Beneficiaries per account and relationship", """
                    SELECT b.relationship, b.bank_name,
                           count(*) AS beneficiaries,
                           count(DISTINCT b.account_id) AS accounts,
                           round(avg(a.balance), 2) AS avg_account_balance
                    FROM {{beneficiaries}} b
                    JOIN {{accounts}} a ON a.account_id = b.account_id
                    GROUP BY b.relationship, b.bank_name
                    """),
            View.of("v_exchange_rate_spread", "Daily high, low and spread per currency pair", """
                    SELECT from_currency, to_currency, rate_date,
                           max(rate) AS high,
                           min(rate) AS low,
                           round(CAST(max(rate) - min(rate) AS DOUBLE) / CAST(avg(rate) AS DOUBLE) * 100, 3) AS spread_pct
                    FROM {{exchange_rates}}
                    GROUP BY from_currency, to_currency, rate_date
                    """));
}
