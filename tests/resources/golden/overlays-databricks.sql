-- create catalog demo
CREATE CATALOG IF NOT EXISTS `demo`;
-- create schema healthcare
CREATE SCHEMA IF NOT EXISTS `demo`.`healthcare` COMMENT 'Healthcare provider and payer data: claims, encounters, prescriptions, patients, providers and facilities';
-- create schema data_catalog
CREATE SCHEMA IF NOT EXISTS `demo`.`data_catalog` COMMENT 'Inventory of this catalog\'s tables, columns and personal data';
-- create schema healthcare_bronze
CREATE SCHEMA IF NOT EXISTS `demo`.`healthcare_bronze` COMMENT 'Medallion bronze: raw ingestion of healthcare events, with ingestion metadata';
-- create schema healthcare_silver
CREATE SCHEMA IF NOT EXISTS `demo`.`healthcare_silver` COMMENT 'Medallion silver: cleaned, deduplicated healthcare events';
-- create schema healthcare_gold
CREATE SCHEMA IF NOT EXISTS `demo`.`healthcare_gold` COMMENT 'Medallion gold: healthcare business aggregates';
-- create schema healthcare_star
CREATE SCHEMA IF NOT EXISTS `demo`.`healthcare_star` COMMENT 'Star schema (Kimball) over healthcare: fct_ facts, dim_ dimensions, dim_date';
-- create table healthcare.claims
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
-- create function healthcare.mask_patient_id
CREATE OR REPLACE FUNCTION `demo`.`healthcare`.`mask_patient_id`(`patient_id` BIGINT)
RETURNS STRING
COMMENT 'Patient id with all but the last four digits hidden'
RETURN 'PAT-****' || lpad(CAST(patient_id % 10000 AS STRING), 4, '0');
-- create view healthcare.v_claim_summary
CREATE OR REPLACE VIEW `demo`.`healthcare`.`v_claim_summary`
COMMENT 'Claim counts and amounts by status' AS
SELECT status,
       count(*) AS claim_count,
       round(sum(claim_amount), 2) AS total_amount,
       round(avg(claim_amount), 2) AS avg_amount,
       min(submitted_date) AS first_submitted,
       max(submitted_date) AS last_submitted
FROM `demo`.`healthcare`.`claims`
GROUP BY status
ORDER BY claim_count DESC;
-- create view data_catalog.table_inventory
CREATE OR REPLACE VIEW `demo`.`data_catalog`.`table_inventory`
COMMENT 'Every table and view of the catalog with its column count and comment' AS
SELECT t.table_schema, t.table_name, t.table_type, t.comment, count(c.column_name) AS column_count
FROM (SELECT table_schema, table_name, CASE WHEN table_type = 'VIEW' THEN 'VIEW' ELSE 'TABLE' END AS table_type, comment FROM `demo`.information_schema.tables WHERE table_schema <> 'information_schema') t
LEFT JOIN (SELECT table_schema, table_name, column_name, data_type, ordinal_position, comment FROM `demo`.information_schema.columns WHERE table_schema <> 'information_schema') c ON c.table_schema = t.table_schema AND c.table_name = t.table_name
WHERE t.table_schema NOT IN ('data_catalog', 'information_schema')
GROUP BY t.table_schema, t.table_name, t.table_type, t.comment;
-- data quality: 100 duplicate rows in healthcare.claims
INSERT INTO `demo`.`healthcare`.`claims`
SELECT * FROM `demo`.`healthcare`.`claims` WHERE claim_id IN (13407, 14325, 18676, 22568, 33526, 37179, 48210, 52000, 58640, 62875, 73775, 91096, 117226, 129796, 140450, 143215, 146566, 152088, 156145, 158381, 162158, 177955, 182059, 183401, 202979, 211139, 216258, 216465, 221952, 224769, 234250, 326933, 348434, 356776, 357930, 360421, 364548, 382043, 390274, 392601, 392612, 406273, 407756, 412446, 420042, 425956, 428398, 443659, 444012, 447840, 485557, 486768, 503686, 507362, 518921, 526215, 545200, 560319, 575061, 609825, 610394, 625512, 627038, 631896, 643513, 663044, 672530, 694418, 702694, 715801, 716668, 723204, 735212, 739995, 769676, 771494, 800808, 809633, 811038, 812921, 812966, 814259, 820328, 837059, 841942, 843072, 847645, 858134, 862983, 872854, 883840, 885385, 922001, 924031, 927894, 946237, 953929, 955469, 981683, 984902);
-- create table healthcare_bronze.claims
CREATE OR REPLACE TABLE `demo`.`healthcare_bronze`.`claims`
COMMENT 'Raw ingestion of claims (one row in 10), with _ingested_at, _source_file and _raw_id' AS
SELECT claim_id, patient_id, provider_id, diagnosis_code, procedure_code, claim_amount, submitted_date, status, payer_id, facility_id,
       timestampadd(SECOND, 900 + claim_id % 86400, CAST(submitted_date AS TIMESTAMP)) AS _ingested_at,
       concat('s3://clxs-landing/healthcare/claims/', date_format(submitted_date, 'yyyy/MM/dd'), '/part-', lpad(CAST(claim_id % 64 AS STRING), 5, '0'), '.json') AS _source_file,
       md5(CAST(claim_id AS STRING)) AS _raw_id
FROM `demo`.`healthcare`.`claims`
WHERE claim_id <= 100000;
-- create view healthcare_silver.claims
CREATE OR REPLACE VIEW `demo`.`healthcare_silver`.`claims`
COMMENT 'Cleaned claims: one row per raw id, keyed rows only, ingestion metadata removed' AS
SELECT claim_id, patient_id, provider_id, diagnosis_code, procedure_code, claim_amount, submitted_date, status, payer_id, facility_id
FROM (SELECT *, row_number() OVER (PARTITION BY _raw_id ORDER BY _ingested_at DESC) AS _delivery
      FROM `demo`.`healthcare_bronze`.`claims`
      WHERE claim_id IS NOT NULL) AS b
WHERE _delivery = 1;
-- create view healthcare_gold.claims_by_month
CREATE OR REPLACE VIEW `demo`.`healthcare_gold`.`claims_by_month`
COMMENT 'Claims, amounts billed and the denial rate per month' AS
SELECT CAST(date_trunc('MONTH', submitted_date) AS DATE) AS month, count(*) AS claims, round(sum(claim_amount), 2) AS billed,
       round(avg(claim_amount), 2) AS avg_claim, round(avg(CASE WHEN status = 'DENIED' THEN 1.0 ELSE 0.0 END), 4) AS denial_rate
FROM `demo`.`healthcare_silver`.`claims`
GROUP BY CAST(date_trunc('MONTH', submitted_date) AS DATE);
-- create table healthcare_star.dim_date
CREATE OR REPLACE TABLE `demo`.`healthcare_star`.`dim_date`
COMMENT 'Calendar from 2020-01-01 to 2024-12-31' AS
SELECT date_key, year(date_key) AS year, quarter(date_key) AS quarter, month(date_key) AS month,
       weekofyear(date_key) AS week, day(date_key) AS day_of_month, dayofweek(date_key) AS day_of_week,
       date_format(date_key, 'EEEE') AS day_name, date_format(date_key, 'MMMM') AS month_name,
       dayofweek(date_key) IN (1, 7) AS is_weekend
FROM (SELECT date_add(DATE '2020-01-01', CAST(id - 1 AS INT)) AS date_key FROM range(1, 1828)) AS calendar;
-- version 1: half of the pending claims adjudicated and paid in healthcare.claims
UPDATE `demo`.`healthcare`.`claims`
SET status = 'PAID'
WHERE status = 'PENDING' AND ((shiftrightunsigned(xxhash64(CAST(claim_id AS BIGINT) + 5207089105514528768), 11) + 0.5E0) / 9.007199254740992E15) < 0.5;
-- primary key healthcare.claims(claim_id)
ALTER TABLE `demo`.`healthcare`.`claims` ALTER COLUMN `claim_id` SET NOT NULL;
ALTER TABLE `demo`.`healthcare`.`claims` ADD CONSTRAINT `claims_pk` PRIMARY KEY (`claim_id`) NOT ENFORCED;
-- foreign key healthcare.claims.patient_id -> patients.patient_id
ALTER TABLE `demo`.`healthcare`.`claims` ADD CONSTRAINT `claims_patient_id_fk` FOREIGN KEY (`patient_id`) REFERENCES `demo`.`healthcare`.`patients` (`patient_id`) NOT ENFORCED;
-- check healthcare.claims.claim_amount_non_negative
ALTER TABLE `demo`.`healthcare`.`claims` ADD CONSTRAINT `claim_amount_non_negative` CHECK (claim_amount >= 0);
-- measure data_quality in healthcare.claims
SELECT count(*) AS row_count, (SELECT count(*) - count(DISTINCT claim_id) FROM `demo`.`healthcare`.`claims` WHERE claim_id IN (13407, 14325, 18676, 22568, 33526, 37179, 48210, 52000, 58640, 62875, 73775, 91096, 117226, 129796, 140450, 143215, 146566, 152088, 156145, 158381, 162158, 177955, 182059, 183401, 202979, 211139, 216258, 216465, 221952, 224769, 234250, 326933, 348434, 356776, 357930, 360421, 364548, 382043, 390274, 392601, 392612, 406273, 407756, 412446, 420042, 425956, 428398, 443659, 444012, 447840, 485557, 486768, 503686, 507362, 518921, 526215, 545200, 560319, 575061, 609825, 610394, 625512, 627038, 631896, 643513, 663044, 672530, 694418, 702694, 715801, 716668, 723204, 735212, 739995, 769676, 771494, 800808, 809633, 811038, 812921, 812966, 814259, 820328, 837059, 841942, 843072, 847645, 858134, 862983, 872854, 883840, 885385, 922001, 924031, 927894, 946237, 953929, 955469, 981683, 984902)) AS duplicates, coalesce(0, 0) AS nulls, coalesce(sum(CASE WHEN claim_amount > 85000 THEN 1 ELSE 0 END), 0) AS outliers FROM `demo`.`healthcare`.`claims`;
-- tags on healthcare.claims
ALTER TABLE `demo`.`healthcare`.`claims` SET TAGS ('data_classification' = 'public');
-- properties of healthcare.claims
ALTER TABLE `demo`.`healthcare`.`claims` SET TBLPROPERTIES ('data_quality_score' = '0.88', 'demo.clxs_version' = '0.1.0', 'demo.generated_by' = 'clxs', 'owner_team' = 'healthcare-data-engineering', 'refresh_frequency' = 'hourly', 'retention_days' = '2555', 'sla_tier' = 'gold');
-- properties of healthcare_bronze.claims
ALTER TABLE `demo`.`healthcare_bronze`.`claims` SET TBLPROPERTIES ('demo.clxs_version' = '0.1.0', 'demo.generated_by' = 'clxs', 'demo.layer' = 'bronze');
-- properties of healthcare_star.dim_date
ALTER TABLE `demo`.`healthcare_star`.`dim_date` SET TBLPROPERTIES ('demo.clxs_version' = '0.1.0', 'demo.generated_by' = 'clxs', 'demo.layer' = 'star');
-- grant USE CATALOG, USE SCHEMA, SELECT on demo to data_analysts
GRANT USE CATALOG, USE SCHEMA, SELECT ON CATALOG `demo` TO `data_analysts`;
-- optimize healthcare.claims zorder by submitted_date
OPTIMIZE `demo`.`healthcare`.`claims` ZORDER BY (`submitted_date`);
-- create volume healthcare.sample_data
CREATE VOLUME IF NOT EXISTS `demo`.`healthcare`.`sample_data` COMMENT 'Samples of the largest healthcare tables';
-- sample of healthcare.claims in healthcare.sample_data
CREATE OR REPLACE TABLE `demo`.`healthcare`.`claims_sample`
COMMENT 'First 1000 rows of claims, a sample for the sample_data volume'
TBLPROPERTIES ('demo.generated_by' = 'clxs') AS
SELECT * FROM `demo`.`healthcare`.`claims` LIMIT 1000;
-- create clone catalog demo_copy
CREATE CATALOG IF NOT EXISTS `demo_copy` COMMENT 'Clone of demo made by clxs';
-- create schema healthcare
CREATE SCHEMA IF NOT EXISTS `demo_copy`.`healthcare` COMMENT 'Healthcare provider and payer data: claims, encounters, prescriptions, patients, providers and facilities';
-- create schema data_catalog
CREATE SCHEMA IF NOT EXISTS `demo_copy`.`data_catalog` COMMENT 'Inventory of this catalog\'s tables, columns and personal data';
-- create schema healthcare_bronze
CREATE SCHEMA IF NOT EXISTS `demo_copy`.`healthcare_bronze` COMMENT 'Medallion bronze: raw ingestion of healthcare events, with ingestion metadata';
-- create schema healthcare_silver
CREATE SCHEMA IF NOT EXISTS `demo_copy`.`healthcare_silver` COMMENT 'Medallion silver: cleaned, deduplicated healthcare events';
-- create schema healthcare_gold
CREATE SCHEMA IF NOT EXISTS `demo_copy`.`healthcare_gold` COMMENT 'Medallion gold: healthcare business aggregates';
-- create schema healthcare_star
CREATE SCHEMA IF NOT EXISTS `demo_copy`.`healthcare_star` COMMENT 'Star schema (Kimball) over healthcare: fct_ facts, dim_ dimensions, dim_date';
-- clone demo.healthcare.claims to demo_copy.healthcare.claims
CREATE OR REPLACE TABLE `demo_copy`.`healthcare`.`claims` DEEP CLONE `demo`.`healthcare`.`claims`;
-- create function healthcare.mask_patient_id
CREATE OR REPLACE FUNCTION `demo_copy`.`healthcare`.`mask_patient_id`(`patient_id` BIGINT)
RETURNS STRING
COMMENT 'Patient id with all but the last four digits hidden'
RETURN 'PAT-****' || lpad(CAST(patient_id % 10000 AS STRING), 4, '0');
-- clone demo.healthcare_bronze.claims to demo_copy.healthcare_bronze.claims
CREATE OR REPLACE TABLE `demo_copy`.`healthcare_bronze`.`claims` DEEP CLONE `demo`.`healthcare_bronze`.`claims`;
-- clone demo.healthcare_star.dim_date to demo_copy.healthcare_star.dim_date
CREATE OR REPLACE TABLE `demo_copy`.`healthcare_star`.`dim_date` DEEP CLONE `demo`.`healthcare_star`.`dim_date`;
-- create view healthcare.v_claim_summary
CREATE OR REPLACE VIEW `demo_copy`.`healthcare`.`v_claim_summary`
COMMENT 'Claim counts and amounts by status' AS
SELECT status,
       count(*) AS claim_count,
       round(sum(claim_amount), 2) AS total_amount,
       round(avg(claim_amount), 2) AS avg_amount,
       min(submitted_date) AS first_submitted,
       max(submitted_date) AS last_submitted
FROM `demo_copy`.`healthcare`.`claims`
GROUP BY status
ORDER BY claim_count DESC;
-- create view data_catalog.table_inventory
CREATE OR REPLACE VIEW `demo_copy`.`data_catalog`.`table_inventory`
COMMENT 'Every table and view of the catalog with its column count and comment' AS
SELECT t.table_schema, t.table_name, t.table_type, t.comment, count(c.column_name) AS column_count
FROM (SELECT table_schema, table_name, CASE WHEN table_type = 'VIEW' THEN 'VIEW' ELSE 'TABLE' END AS table_type, comment FROM `demo_copy`.information_schema.tables WHERE table_schema <> 'information_schema') t
LEFT JOIN (SELECT table_schema, table_name, column_name, data_type, ordinal_position, comment FROM `demo_copy`.information_schema.columns WHERE table_schema <> 'information_schema') c ON c.table_schema = t.table_schema AND c.table_name = t.table_name
WHERE t.table_schema NOT IN ('data_catalog', 'information_schema')
GROUP BY t.table_schema, t.table_name, t.table_type, t.comment;
-- create view healthcare_silver.claims
CREATE OR REPLACE VIEW `demo_copy`.`healthcare_silver`.`claims`
COMMENT 'Cleaned claims: one row per raw id, keyed rows only, ingestion metadata removed' AS
SELECT claim_id, patient_id, provider_id, diagnosis_code, procedure_code, claim_amount, submitted_date, status, payer_id, facility_id
FROM (SELECT *, row_number() OVER (PARTITION BY _raw_id ORDER BY _ingested_at DESC) AS _delivery
      FROM `demo_copy`.`healthcare_bronze`.`claims`
      WHERE claim_id IS NOT NULL) AS b
WHERE _delivery = 1;
-- create view healthcare_gold.claims_by_month
CREATE OR REPLACE VIEW `demo_copy`.`healthcare_gold`.`claims_by_month`
COMMENT 'Claims, amounts billed and the denial rate per month' AS
SELECT CAST(date_trunc('MONTH', submitted_date) AS DATE) AS month, count(*) AS claims, round(sum(claim_amount), 2) AS billed,
       round(avg(claim_amount), 2) AS avg_claim, round(avg(CASE WHEN status = 'DENIED' THEN 1.0 ELSE 0.0 END), 4) AS denial_rate
FROM `demo_copy`.`healthcare_silver`.`claims`
GROUP BY CAST(date_trunc('MONTH', submitted_date) AS DATE);
-- mask healthcare.patients.first_name
ALTER TABLE `demo`.`healthcare`.`patients` ALTER COLUMN `first_name` SET MASK `demo`.`healthcare`.`mask_pii_name`;
-- row filter on healthcare.facilities
ALTER TABLE `demo`.`healthcare`.`facilities` SET ROW FILTER `demo`.`healthcare`.`filter_by_state` ON (`state`);
-- write clone settings template config/demo_clone_demo.json
-- file: write /data/clxs/config/demo_clone_demo.json (612 characters)
