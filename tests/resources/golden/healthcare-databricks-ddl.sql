CREATE OR REPLACE TABLE `demo`.`healthcare`.`claims` (
  `claim_id` BIGINT COMMENT 'Unique claim identifier',
  `patient_id` BIGINT COMMENT 'Patient who received the service',
  `provider_id` BIGINT COMMENT 'Rendering provider',
  `diagnosis_code` STRING COMMENT 'Primary ICD-10-CM diagnosis',
  `procedure_code` STRING COMMENT 'Billed procedure (CPT with modifier)',
  `claim_amount` DECIMAL(12,2) COMMENT 'Billed amount in USD',
  `submitted_date` DATE COMMENT 'Date the claim was submitted',
  `status` STRING COMMENT 'Claim lifecycle status',
  `payer_id` BIGINT COMMENT 'Insurance plan billed',
  `facility_id` BIGINT COMMENT 'Facility where the service took place'
)
COMMENT 'Insurance claims submitted by healthcare providers for services rendered to patients';
CREATE OR REPLACE FUNCTION `demo`.`healthcare`.`calculate_age`(`date_of_birth` DATE)
RETURNS INT
COMMENT 'Age in whole years today'
RETURN (year(current_date) - year(date_of_birth) - CASE WHEN month(current_date) * 100 + day(current_date) < month(date_of_birth) * 100 + day(date_of_birth) THEN 1 ELSE 0 END);
CREATE OR REPLACE VIEW `demo`.`healthcare`.`v_monthly_claims`
COMMENT 'Monthly claim volume with running total and month-over-month change' AS
SELECT month,
       claim_count,
       total_amount,
       sum(total_amount) OVER (ORDER BY month) AS running_total,
       claim_count - lag(claim_count) OVER (ORDER BY month) AS change_from_prior_month
FROM (SELECT CAST(date_trunc('MONTH', submitted_date) AS DATE) AS month,
             count(*) AS claim_count,
             round(sum(claim_amount), 2) AS total_amount
      FROM `demo`.`healthcare`.`claims`
      GROUP BY CAST(date_trunc('MONTH', submitted_date) AS DATE)) m;
