package clxs.industries;

import clxs.model.View;
import java.util.List;

/** The twenty healthcare views, in portable SQL: aggregations, joins, window functions and filters. */
final class HealthcareViews {

    private HealthcareViews() {}

    static final List<View> ALL = List.of(
            View.of("v_claim_summary", "Claim counts and amounts by status", """
                    SELECT status,
                           count(*) AS claim_count,
                           round(sum(claim_amount), 2) AS total_amount,
                           round(avg(claim_amount), 2) AS avg_amount,
                           min(submitted_date) AS first_submitted,
                           max(submitted_date) AS last_submitted
                    FROM {{claims}}
                    GROUP BY status
                    ORDER BY claim_count DESC
                    """),
            View.of("v_provider_workload", "Encounters, patients and time per provider", """
                    SELECT p.provider_id,
                           p.first_name || ' ' || p.last_name AS provider_name,
                           p.specialty_code,
                           count(*) AS encounter_count,
                           count(DISTINCT e.patient_id) AS patient_count,
                           round(avg(e.duration_minutes), 1) AS avg_duration_minutes
                    FROM {{providers}} p
                    JOIN {{encounters}} e ON e.provider_id = p.provider_id
                    GROUP BY p.provider_id, p.first_name, p.last_name, p.specialty_code
                    """),
            View.of("v_monthly_claims", "Monthly claim volume with running total and month-over-month change", """
                    SELECT month,
                           claim_count,
                           total_amount,
                           sum(total_amount) OVER (ORDER BY month) AS running_total,
                           claim_count - lag(claim_count) OVER (ORDER BY month) AS change_from_prior_month
                    FROM (SELECT {{month_start(submitted_date)}} AS month,
                                 count(*) AS claim_count,
                                 round(sum(claim_amount), 2) AS total_amount
                          FROM {{claims}}
                          GROUP BY {{month_start(submitted_date)}}) m
                    """),
            View.of("v_high_cost_patients", "The 1,000 patients with the highest claimed amounts", """
                    SELECT r.patient_id, p.first_name, p.last_name, r.claim_count, r.total_claimed, r.cost_rank
                    FROM (SELECT patient_id,
                                 count(*) AS claim_count,
                                 round(sum(claim_amount), 2) AS total_claimed,
                                 rank() OVER (ORDER BY sum(claim_amount) DESC) AS cost_rank
                          FROM {{claims}}
                          GROUP BY patient_id) r
                    JOIN {{patients}} p ON p.patient_id = r.patient_id
                    WHERE r.cost_rank <= 1000
                    """),
            View.of("v_facility_utilization", "Encounters, patients and care hours per facility", """
                    SELECT f.facility_id, f.name, f.facility_type, f.state, f.bed_count,
                           count(e.encounter_id) AS encounters,
                           count(DISTINCT e.patient_id) AS patients,
                           round(sum(e.duration_minutes) / 60.0, 1) AS care_hours,
                           CASE WHEN f.bed_count > 0 THEN round(count(e.encounter_id) * 1.0 / f.bed_count, 2) END AS encounters_per_bed
                    FROM {{facilities}} f
                    JOIN {{encounters}} e ON e.facility_id = f.facility_id
                    GROUP BY f.facility_id, f.name, f.facility_type, f.state, f.bed_count
                    """),
            View.of("v_prescription_trends", "Monthly fills and units by drug class", """
                    SELECT {{month_start(rx.fill_date)}} AS month,
                           d.drug_class,
                           count(*) AS fills,
                           sum(rx.quantity) AS units_dispensed,
                           count(DISTINCT rx.patient_id) AS patients
                    FROM {{prescriptions}} rx
                    JOIN {{drug_catalog}} d ON d.drug_code = rx.drug_code
                    GROUP BY {{month_start(rx.fill_date)}}, d.drug_class
                    """),
            View.of("v_lab_abnormal_results", "Lab results outside their reference range, flagged LOW or HIGH", """
                    SELECT result_id, patient_id, encounter_id, test_code, test_name, result_value, unit, reference_range, collected_date,
                           CASE WHEN result_value < CAST(split_part(reference_range, '-', 1) AS DOUBLE) THEN 'LOW' ELSE 'HIGH' END AS flag
                    FROM {{lab_results}}
                    WHERE result_value < CAST(split_part(reference_range, '-', 1) AS DOUBLE)
                       OR result_value > CAST(split_part(reference_range, '-', 2) AS DOUBLE)
                    """),
            View.of("v_encounter_discharge", "Discharge outcomes per encounter type, with share of the type", """
                    SELECT encounter_type,
                           discharge_status,
                           count(*) AS encounters,
                           round(100.0 * count(*) / sum(count(*)) OVER (PARTITION BY encounter_type), 2) AS pct_of_type
                    FROM {{encounters}}
                    GROUP BY encounter_type, discharge_status
                    """),
            View.of("v_drug_utilization", "Fills, patients and estimated cost per drug, ranked within its class", """
                    SELECT d.drug_code, d.drug_name, d.drug_class,
                           count(*) AS fills,
                           count(DISTINCT rx.patient_id) AS patients,
                           sum(rx.quantity) AS units,
                           round(sum(rx.quantity * d.unit_cost), 2) AS est_cost,
                           dense_rank() OVER (PARTITION BY d.drug_class ORDER BY count(*) DESC) AS rank_in_class
                    FROM {{prescriptions}} rx
                    JOIN {{drug_catalog}} d ON d.drug_code = rx.drug_code
                    GROUP BY d.drug_code, d.drug_name, d.drug_class
                    """),
            View.of("v_patient_demographics", "Patients by gender and age band", """
                    SELECT gender, age_band, count(*) AS patients
                    FROM (SELECT gender,
                                 CASE WHEN age < 18 THEN '0-17' WHEN age < 35 THEN '18-34' WHEN age < 50 THEN '35-49'
                                      WHEN age < 65 THEN '50-64' ELSE '65+' END AS age_band
                          FROM (SELECT gender, {{years_between(date_of_birth, current_date)}} AS age FROM {{patients}}) a) b
                    GROUP BY gender, age_band
                    """),
            View.of("v_active_referrals", "Open referrals with referring and receiving providers", """
                    SELECT r.referral_id, r.patient_id, r.referral_date, r.status, r.reason,
                           fp.last_name AS from_provider,
                           tp.last_name AS to_provider,
                           tp.specialty_code AS to_specialty,
                           {{days_between(r.referral_date, current_date)}} AS days_open
                    FROM {{referrals}} r
                    JOIN {{providers}} fp ON fp.provider_id = r.from_provider_id
                    JOIN {{providers}} tp ON tp.provider_id = r.to_provider_id
                    WHERE r.status IN ('PENDING', 'SCHEDULED')
                    """),
            View.of("v_appointment_no_shows", "No-show rate per provider and appointment type", """
                    SELECT provider_id, appt_type,
                           count(*) AS appointments,
                           sum(CASE WHEN status = 'NO_SHOW' THEN 1 ELSE 0 END) AS no_shows,
                           round(100.0 * sum(CASE WHEN status = 'NO_SHOW' THEN 1 ELSE 0 END) / count(*), 2) AS no_show_pct
                    FROM {{appointments}}
                    GROUP BY provider_id, appt_type
                    """),
            View.of("v_allergy_prevalence", "Allergy cases and share of patients by allergen and severity", """
                    SELECT allergen, severity,
                           count(*) AS cases,
                           count(DISTINCT patient_id) AS patients,
                           round(100.0 * count(DISTINCT patient_id) / (SELECT count(*) FROM {{patients}}), 3) AS pct_of_patients
                    FROM {{allergies}}
                    GROUP BY allergen, severity
                    """),
            View.of("v_immunization_coverage", "Doses and vaccinated patients per vaccine and year", """
                    SELECT vaccine_code, vaccine_name, year(administered_date) AS year,
                           count(*) AS doses,
                           count(DISTINCT patient_id) AS patients
                    FROM {{immunizations}}
                    GROUP BY vaccine_code, vaccine_name, year(administered_date)
                    """),
            View.of("v_claim_denials", "Denied claims per month and carrier", """
                    SELECT {{month_start(c.submitted_date)}} AS month,
                           ip.carrier_name,
                           count(*) AS denied_claims,
                           round(sum(c.claim_amount), 2) AS denied_amount
                    FROM {{claims}} c
                    JOIN {{insurance_plans}} ip ON ip.plan_id = c.payer_id
                    WHERE c.status = 'DENIED'
                    GROUP BY {{month_start(c.submitted_date)}}, ip.carrier_name
                    """),
            View.of("v_pharmacy_volume", "Fills per pharmacy, ranked within its state", """
                    SELECT ph.pharmacy_id, ph.name, ph.chain, ph.state,
                           count(*) AS fills,
                           rank() OVER (PARTITION BY ph.state ORDER BY count(*) DESC) AS rank_in_state
                    FROM {{pharmacies}} ph
                    JOIN {{prescriptions}} rx ON rx.pharmacy_id = ph.pharmacy_id
                    GROUP BY ph.pharmacy_id, ph.name, ph.chain, ph.state
                    """),
            View.of("v_billing_net", "Claims net of their billing adjustments", """
                    SELECT c.claim_id, c.claim_amount, a.adjustment_count, a.total_adjustments,
                           round(c.claim_amount - a.total_adjustments, 2) AS net_amount
                    FROM {{claims}} c
                    JOIN (SELECT claim_id, count(*) AS adjustment_count, round(sum(amount), 2) AS total_adjustments
                          FROM {{billing_adjustments}}
                          GROUP BY claim_id) a ON a.claim_id = c.claim_id
                    """),
            View.of("v_specialty_demand", "Providers and referrals received per specialty", """
                    SELECT s.description AS specialty, s.department,
                           count(DISTINCT p.provider_id) AS providers,
                           count(r.referral_id) AS referrals_received
                    FROM {{specialties}} s
                    JOIN {{providers}} p ON p.specialty_code = s.specialty_code
                    LEFT JOIN {{referrals}} r ON r.to_provider_id = p.provider_id
                    GROUP BY s.description, s.department
                    """),
            View.of("v_vital_signs_latest", "Latest reading of each vital sign per patient", """
                    SELECT patient_id, measurement_type, value, unit, recorded_at
                    FROM (SELECT patient_id, measurement_type, value, unit, recorded_at,
                                 row_number() OVER (PARTITION BY patient_id, measurement_type ORDER BY recorded_at DESC, vital_id DESC) AS rn
                          FROM {{vital_signs}}) v
                    WHERE rn = 1
                    """),
            View.of("v_patient_360", "One row per patient with claims, encounters and prescriptions", """
                    SELECT p.patient_id, p.first_name, p.last_name, p.gender,
                           {{years_between(p.date_of_birth, current_date)}} AS age,
                           coalesce(c.claim_count, 0) AS claim_count,
                           coalesce(c.total_claimed, 0) AS total_claimed,
                           coalesce(e.encounter_count, 0) AS encounter_count,
                           e.last_encounter,
                           coalesce(rx.fill_count, 0) AS prescription_fills
                    FROM {{patients}} p
                    LEFT JOIN (SELECT patient_id, count(*) AS claim_count, round(sum(claim_amount), 2) AS total_claimed
                               FROM {{claims}} GROUP BY patient_id) c ON c.patient_id = p.patient_id
                    LEFT JOIN (SELECT patient_id, count(*) AS encounter_count, max(encounter_date) AS last_encounter
                               FROM {{encounters}} GROUP BY patient_id) e ON e.patient_id = p.patient_id
                    LEFT JOIN (SELECT patient_id, count(*) AS fill_count
                               FROM {{prescriptions}} GROUP BY patient_id) rx ON rx.patient_id = p.patient_id
                    """));
}
