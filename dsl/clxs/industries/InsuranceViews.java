package clxs.industries;

import clxs.model.View;
import java.util.List;

/** The twenty insurance views, in portable SQL. */
final class InsuranceViews {

    private InsuranceViews() {}

    static final List<View> ALL = List.of(
            View.of("v_policy_portfolio", "Policies in force and premium by line and status", """
                    SELECT policy_type, status,
                           count(*) AS policies,
                           round(sum(premium), 2) AS written_premium,
                           round(avg(premium), 2) AS avg_premium,
                           round(sum(coverage_limit), 2) AS total_limit
                    FROM {{policies}}
                    GROUP BY policy_type, status
                    """),
            View.of("v_claims_summary", "Claims, amounts and payment rate by cause of loss", """
                    SELECT claim_type, status,
                           count(*) AS claims,
                           round(sum(amount_claimed), 2) AS claimed,
                           round(sum(amount_paid), 2) AS paid,
                           round(100.0 * sum(amount_paid) / nullif(sum(amount_claimed), 0), 2) AS paid_pct
                    FROM {{claims_ins}}
                    GROUP BY claim_type, status
                    """),
            View.of("v_loss_ratio", "Paid losses over written premium per line", """
                    SELECT p.policy_type,
                           round(sum(p.premium), 2) AS written_premium,
                           round(sum(coalesce(c.paid, 0)), 2) AS paid_losses,
                           round(100.0 * sum(coalesce(c.paid, 0)) / sum(p.premium), 2) AS loss_ratio_pct
                    FROM {{policies}} p
                    LEFT JOIN (SELECT policy_id, sum(amount_paid) AS paid FROM {{claims_ins}} GROUP BY policy_id) c ON c.policy_id = p.policy_id
                    GROUP BY p.policy_type
                    """),
            View.of("v_underwriting_results", "Decisions per risk class with average score and rating factor", """
                    SELECT risk_class, decision,
                           count(*) AS decisions,
                           round(avg(risk_score), 2) AS avg_score,
                           round(avg(premium_modifier), 3) AS avg_modifier
                    FROM {{underwriting}}
                    GROUP BY risk_class, decision
                    """),
            View.of("v_agent_production", "Policies and premium written per agent, ranked within the agency", """
                    SELECT a.agent_id, a.first_name, a.last_name, a.agency,
                           count(*) AS policies,
                           round(sum(p.premium), 2) AS premium_written,
                           rank() OVER (PARTITION BY a.agency ORDER BY sum(p.premium) DESC) AS rank_in_agency
                    FROM {{agents_ins}} a
                    JOIN {{policies}} p ON p.agent_id = a.agent_id
                    GROUP BY a.agent_id, a.first_name, a.last_name, a.agency
                    """),
            View.of("v_fraud_savings", "Screened claims, confirmed fraud and savings per indicator", """
                    SELECT indicators,
                           count(*) AS screened,
                           sum(CASE WHEN outcome = 'CONFIRMED_FRAUD' THEN 1 ELSE 0 END) AS confirmed,
                           round(sum(savings), 2) AS savings,
                           round(avg(fraud_score), 4) AS avg_score
                    FROM {{fraud_detection}}
                    GROUP BY indicators
                    """),
            View.of("v_renewal_retention", "Renewal rate and average change per year", """
                    SELECT year(renewal_date) AS year,
                           count(*) AS renewals_offered,
                           round(100.0 * sum(CASE WHEN status = 'RENEWED' THEN 1 ELSE 0 END) / count(*), 2) AS retention_pct,
                           round(avg(change_pct), 2) AS avg_change_pct
                    FROM {{renewals}}
                    GROUP BY year(renewal_date)
                    """),
            View.of("v_catastrophe_exposure", "Catastrophe losses and claims per peril and year", """
                    SELECT event_type, year(start_date) AS year,
                           count(*) AS events,
                           round(sum(estimated_insured_losses), 2) AS insured_losses,
                           sum(claims_count) AS claims
                    FROM {{catastrophe_events}}
                    GROUP BY event_type, year(start_date)
                    """),
            View.of("v_reinsurance_coverage", "Ceded limit and premium per reinsurer and treaty type", """
                    SELECT reinsurer, treaty_type,
                           count(*) AS treaties,
                           round(sum(limit_amount), 2) AS ceded_limit,
                           round(sum(premium), 2) AS ceded_premium,
                           round(100.0 * sum(premium) / sum(limit_amount), 3) AS rate_on_line_pct
                    FROM {{reinsurance}}
                    GROUP BY reinsurer, treaty_type
                    """),
            View.of("v_quote_conversion", "Quote-to-policy conversion per channel and line", """
                    SELECT channel, policy_type,
                           count(*) AS quotes,
                           round(100.0 * sum(CASE WHEN converted THEN 1 ELSE 0 END) / count(*), 2) AS conversion_pct,
                           round(avg(quoted_premium), 2) AS avg_quote
                    FROM {{quotes}}
                    GROUP BY channel, policy_type
                    """),
            View.of("v_payment_collection", "Premium collected and failure rate per month and method", """
                    SELECT {{month_start(payment_date)}} AS month, payment_method,
                           count(*) AS payments,
                           round(sum(CASE WHEN status = 'POSTED' THEN amount ELSE 0 END), 2) AS collected,
                           round(100.0 * sum(CASE WHEN status = 'FAILED' THEN 1 ELSE 0 END) / count(*), 2) AS failed_pct
                    FROM {{payments_ins}}
                    GROUP BY {{month_start(payment_date)}}, payment_method
                    """),
            View.of("v_actuarial_rates", "Average rates per table, age band and gender", """
                    SELECT table_type, age_band, gender,
                           round(avg(mortality_rate), 6) AS avg_mortality,
                           round(avg(morbidity_rate), 6) AS avg_morbidity,
                           round(avg(loss_ratio), 3) AS avg_loss_ratio
                    FROM {{actuarial_tables}}
                    GROUP BY table_type, age_band, gender
                    """),
            View.of("v_endorsement_activity", "Mid-term changes and their premium effect", """
                    SELECT endorsement_type,
                           count(*) AS endorsements,
                           round(sum(premium_change), 2) AS net_premium_change,
                           round(avg(premium_change), 2) AS avg_change
                    FROM {{endorsements}}
                    GROUP BY endorsement_type
                    """),
            View.of("v_compliance_status", "Filings per state and status, with approval time", """
                    SELECT state, filing_type, status,
                           count(*) AS filings,
                           round(avg({{days_between(filing_date, approval_date)}}), 1) AS avg_days_to_approve
                    FROM {{compliance_ins}}
                    GROUP BY state, filing_type, status
                    """),
            View.of("v_claims_aging", "Open claims by age band", """
                    SELECT CASE WHEN age_days < 30 THEN '0-29' WHEN age_days < 90 THEN '30-89' WHEN age_days < 180 THEN '90-179' ELSE '180+' END AS age_band,
                           count(*) AS open_claims,
                           round(sum(amount_claimed), 2) AS claimed
                    FROM (SELECT amount_claimed, {{days_between(claim_date, current_date)}} AS age_days FROM {{claims_ins}}
                          WHERE status IN ('OPEN', 'IN_REVIEW')) c
                    GROUP BY CASE WHEN age_days < 30 THEN '0-29' WHEN age_days < 90 THEN '30-89' WHEN age_days < 180 THEN '90-179' ELSE '180+' END
                    """),
            View.of("v_premium_by_state", "Written premium per state of the policyholder", """
                    SELECT ph.state,
                           count(*) AS policies,
                           round(sum(p.premium), 2) AS premium,
                           round(100.0 * sum(p.premium) / sum(sum(p.premium)) OVER (), 2) AS pct_of_premium
                    FROM {{policies}} p
                    JOIN {{policyholders}} ph ON ph.customer_id = p.customer_id
                    GROUP BY ph.state
                    """),
            View.of("v_monthly_written_premium", "Premium written per month with a twelve-month rolling sum", """
                    SELECT month, premium,
                           sum(premium) OVER (ORDER BY month ROWS BETWEEN 11 PRECEDING AND CURRENT ROW) AS rolling_12m_premium
                    FROM (SELECT {{month_start(effective_date)}} AS month, round(sum(premium), 2) AS premium
                          FROM {{policies}} GROUP BY {{month_start(effective_date)}}) m
                    """),
            View.of("v_combined_ratio", "Loss ratio plus an expense ratio per line", """
                    SELECT policy_type, written_premium, paid_losses,
                           round(100.0 * paid_losses / written_premium, 2) AS loss_ratio_pct,
                           28.0 AS expense_ratio_pct,
                           round(100.0 * paid_losses / written_premium + 28.0, 2) AS combined_ratio_pct
                    FROM (SELECT p.policy_type, round(sum(p.premium), 2) AS written_premium, round(sum(coalesce(c.paid, 0)), 2) AS paid_losses
                          FROM {{policies}} p
                          LEFT JOIN (SELECT policy_id, sum(amount_paid) AS paid FROM {{claims_ins}} GROUP BY policy_id) c ON c.policy_id = p.policy_id
                          GROUP BY p.policy_type) l
                    """),
            View.of("v_policyholder_demographics", "Policyholders by state, gender and age band", """
                    SELECT state, gender,
                           CASE WHEN age < 25 THEN '18-24' WHEN age < 35 THEN '25-34' WHEN age < 50 THEN '35-49' WHEN age < 65 THEN '50-64' ELSE '65+' END AS age_band,
                           count(*) AS policyholders
                    FROM (SELECT state, gender, {{years_between(date_of_birth, current_date)}} AS age FROM {{policyholders}}) p
                    GROUP BY state, gender,
                             CASE WHEN age < 25 THEN '18-24' WHEN age < 35 THEN '25-34' WHEN age < 50 THEN '35-49' WHEN age < 65 THEN '50-64' ELSE '65+' END
                    """),
            View.of("v_fraud_indicators", "Claims with high fraud scores and their details", """
                    SELECT f.detection_id, f.claim_id, c.claim_type, c.amount_claimed, f.fraud_score, f.indicators, f.investigation_status, f.outcome
                    FROM {{fraud_detection}} f
                    JOIN {{claims_ins}} c ON c.claim_id = f.claim_id
                    WHERE f.fraud_score >= 0.5
                    """));
}
