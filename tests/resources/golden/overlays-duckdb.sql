-- create catalog demo
-- create schema healthcare
-- note: schema comment not stored: the engine has no COMMENT ON SCHEMA
CREATE SCHEMA IF NOT EXISTS "demo"."healthcare";
-- create schema data_catalog
-- note: schema comment not stored: the engine has no COMMENT ON SCHEMA
CREATE SCHEMA IF NOT EXISTS "demo"."data_catalog";
-- create schema healthcare_bronze
-- note: schema comment not stored: the engine has no COMMENT ON SCHEMA
CREATE SCHEMA IF NOT EXISTS "demo"."healthcare_bronze";
-- create schema healthcare_silver
-- note: schema comment not stored: the engine has no COMMENT ON SCHEMA
CREATE SCHEMA IF NOT EXISTS "demo"."healthcare_silver";
-- create schema healthcare_gold
-- note: schema comment not stored: the engine has no COMMENT ON SCHEMA
CREATE SCHEMA IF NOT EXISTS "demo"."healthcare_gold";
-- create schema healthcare_star
-- note: schema comment not stored: the engine has no COMMENT ON SCHEMA
CREATE SCHEMA IF NOT EXISTS "demo"."healthcare_star";
-- create table healthcare.claims
CREATE OR REPLACE TABLE "demo"."healthcare"."claims" (
  "claim_id" BIGINT,
  "patient_id" BIGINT,
  "provider_id" BIGINT,
  "diagnosis_code" VARCHAR,
  "procedure_code" VARCHAR,
  "claim_amount" DECIMAL(12,2),
  "submitted_date" DATE,
  "status" VARCHAR,
  "payer_id" BIGINT,
  "facility_id" BIGINT,
  CONSTRAINT "claim_amount_non_negative" CHECK (claim_amount >= 0)
);
COMMENT ON TABLE "demo"."healthcare"."claims" IS 'Insurance claims submitted by healthcare providers for services rendered to patients';
COMMENT ON COLUMN "demo"."healthcare"."claims"."claim_id" IS 'Unique claim identifier';
COMMENT ON COLUMN "demo"."healthcare"."claims"."patient_id" IS 'Patient who received the service';
COMMENT ON COLUMN "demo"."healthcare"."claims"."provider_id" IS 'Rendering provider';
COMMENT ON COLUMN "demo"."healthcare"."claims"."diagnosis_code" IS 'Primary ICD-10-CM diagnosis';
COMMENT ON COLUMN "demo"."healthcare"."claims"."procedure_code" IS 'Billed procedure (CPT with modifier)';
COMMENT ON COLUMN "demo"."healthcare"."claims"."claim_amount" IS 'Billed amount in USD';
COMMENT ON COLUMN "demo"."healthcare"."claims"."submitted_date" IS 'Date the claim was submitted';
COMMENT ON COLUMN "demo"."healthcare"."claims"."status" IS 'Claim lifecycle status';
COMMENT ON COLUMN "demo"."healthcare"."claims"."payer_id" IS 'Insurance plan billed';
COMMENT ON COLUMN "demo"."healthcare"."claims"."facility_id" IS 'Facility where the service took place';
-- create function healthcare.mask_patient_id
CREATE OR REPLACE MACRO "demo"."healthcare"."mask_patient_id"(patient_id) AS
CAST(('PAT-****' || lpad(CAST(CAST(patient_id AS BIGINT) % 10000 AS STRING), 4, '0')) AS VARCHAR);
COMMENT ON MACRO "demo"."healthcare"."mask_patient_id" IS 'Patient id with all but the last four digits hidden';
-- create view healthcare.v_claim_summary
CREATE OR REPLACE VIEW "demo"."healthcare"."v_claim_summary" AS
SELECT status,
       count(*) AS claim_count,
       round(sum(claim_amount), 2) AS total_amount,
       round(avg(claim_amount), 2) AS avg_amount,
       min(submitted_date) AS first_submitted,
       max(submitted_date) AS last_submitted
FROM "demo"."healthcare"."claims"
GROUP BY status
ORDER BY claim_count DESC;
COMMENT ON VIEW "demo"."healthcare"."v_claim_summary" IS 'Claim counts and amounts by status';
-- create view data_catalog.table_inventory
CREATE OR REPLACE VIEW "demo"."data_catalog"."table_inventory" AS
SELECT t.table_schema, t.table_name, t.table_type, t.comment, count(c.column_name) AS column_count
FROM (SELECT table_schema, table_name, CASE WHEN table_type = 'VIEW' THEN 'VIEW' ELSE 'TABLE' END AS table_type, TABLE_COMMENT AS comment FROM information_schema.tables WHERE table_catalog = 'demo') t
LEFT JOIN (SELECT table_schema, table_name, column_name, data_type, ordinal_position, COLUMN_COMMENT AS comment FROM information_schema.columns WHERE table_catalog = 'demo') c ON c.table_schema = t.table_schema AND c.table_name = t.table_name
WHERE t.table_schema NOT IN ('data_catalog', 'information_schema')
GROUP BY t.table_schema, t.table_name, t.table_type, t.comment;
COMMENT ON VIEW "demo"."data_catalog"."table_inventory" IS 'Every table and view of the catalog with its column count and comment';
-- data quality: 100 duplicate rows in healthcare.claims
INSERT INTO "demo"."healthcare"."claims"
SELECT * FROM "demo"."healthcare"."claims" WHERE claim_id IN (13407, 14325, 18676, 22568, 33526, 37179, 48210, 52000, 58640, 62875, 73775, 91096, 117226, 129796, 140450, 143215, 146566, 152088, 156145, 158381, 162158, 177955, 182059, 183401, 202979, 211139, 216258, 216465, 221952, 224769, 234250, 326933, 348434, 356776, 357930, 360421, 364548, 382043, 390274, 392601, 392612, 406273, 407756, 412446, 420042, 425956, 428398, 443659, 444012, 447840, 485557, 486768, 503686, 507362, 518921, 526215, 545200, 560319, 575061, 609825, 610394, 625512, 627038, 631896, 643513, 663044, 672530, 694418, 702694, 715801, 716668, 723204, 735212, 739995, 769676, 771494, 800808, 809633, 811038, 812921, 812966, 814259, 820328, 837059, 841942, 843072, 847645, 858134, 862983, 872854, 883840, 885385, 922001, 924031, 927894, 946237, 953929, 955469, 981683, 984902);
-- create table healthcare_bronze.claims
CREATE OR REPLACE TABLE "demo"."healthcare_bronze"."claims" AS
SELECT claim_id, patient_id, provider_id, diagnosis_code, procedure_code, claim_amount, submitted_date, status, payer_id, facility_id,
       (CAST(submitted_date AS TIMESTAMP) + to_seconds(CAST(900 + claim_id % 86400 AS BIGINT))) AS _ingested_at,
       concat('s3://clxs-landing/healthcare/claims/', strftime(submitted_date, '%Y/%m/%d'), '/part-', lpad(CAST(claim_id % 64 AS STRING), 5, '0'), '.json') AS _source_file,
       md5(CAST(claim_id AS STRING)) AS _raw_id
FROM "demo"."healthcare"."claims"
WHERE claim_id <= 100000;
COMMENT ON TABLE "demo"."healthcare_bronze"."claims" IS 'Raw ingestion of claims (one row in 10), with _ingested_at, _source_file and _raw_id';
-- create view healthcare_silver.claims
CREATE OR REPLACE VIEW "demo"."healthcare_silver"."claims" AS
SELECT claim_id, patient_id, provider_id, diagnosis_code, procedure_code, claim_amount, submitted_date, status, payer_id, facility_id
FROM (SELECT *, row_number() OVER (PARTITION BY _raw_id ORDER BY _ingested_at DESC) AS _delivery
      FROM "demo"."healthcare_bronze"."claims"
      WHERE claim_id IS NOT NULL) AS b
WHERE _delivery = 1;
COMMENT ON VIEW "demo"."healthcare_silver"."claims" IS 'Cleaned claims: one row per raw id, keyed rows only, ingestion metadata removed';
-- create view healthcare_gold.claims_by_month
CREATE OR REPLACE VIEW "demo"."healthcare_gold"."claims_by_month" AS
SELECT CAST(date_trunc('MONTH', submitted_date) AS DATE) AS month, count(*) AS claims, round(sum(claim_amount), 2) AS billed,
       round(avg(claim_amount), 2) AS avg_claim, round(avg(CASE WHEN status = 'DENIED' THEN 1.0 ELSE 0.0 END), 4) AS denial_rate
FROM "demo"."healthcare_silver"."claims"
GROUP BY CAST(date_trunc('MONTH', submitted_date) AS DATE);
COMMENT ON VIEW "demo"."healthcare_gold"."claims_by_month" IS 'Claims, amounts billed and the denial rate per month';
-- create table healthcare_star.dim_date
CREATE OR REPLACE TABLE "demo"."healthcare_star"."dim_date" AS
SELECT date_key, year(date_key) AS year, quarter(date_key) AS quarter, month(date_key) AS month,
       weekofyear(date_key) AS week, day(date_key) AS day_of_month, (dayofweek(date_key) + 1) AS day_of_week,
       strftime(date_key, '%A') AS day_name, strftime(date_key, '%B') AS month_name,
       (dayofweek(date_key) + 1) IN (1, 7) AS is_weekend
FROM (SELECT (DATE '2020-01-01' + CAST(id - 1 AS INTEGER)) AS date_key FROM range(1, 1828) AS t(id)) AS calendar;
COMMENT ON TABLE "demo"."healthcare_star"."dim_date" IS 'Calendar from 2020-01-01 to 2024-12-31';
-- version 1: half of the pending claims adjudicated and paid in healthcare.claims
-- note: the engine keeps no table versions (the updates are applied, without history)
UPDATE "demo"."healthcare"."claims"
SET status = 'PAID'
WHERE status = 'PENDING' AND (((hash(CAST(claim_id AS BIGINT) + 5207089105514528768) >> 11) + 0.5E0) / 9.007199254740992E15) < 0.5;
-- primary key healthcare.claims(claim_id)
-- skipped: the engine enforces primary keys, and the data-quality profile adds duplicate rows (the clean data-quality profile, dq_profile: clean, gets them)
-- foreign key healthcare.claims.patient_id -> patients.patient_id
-- skipped: the engine cannot add a foreign key to an existing table (it has no informational constraints) (duckdb)
-- check healthcare.claims.claim_amount_non_negative
-- done by CREATE TABLE healthcare.claims (the engine takes CHECKs only there)
-- measure data_quality in healthcare.claims
SELECT count(*) AS row_count, (SELECT count(*) - count(DISTINCT claim_id) FROM "demo"."healthcare"."claims" WHERE claim_id IN (13407, 14325, 18676, 22568, 33526, 37179, 48210, 52000, 58640, 62875, 73775, 91096, 117226, 129796, 140450, 143215, 146566, 152088, 156145, 158381, 162158, 177955, 182059, 183401, 202979, 211139, 216258, 216465, 221952, 224769, 234250, 326933, 348434, 356776, 357930, 360421, 364548, 382043, 390274, 392601, 392612, 406273, 407756, 412446, 420042, 425956, 428398, 443659, 444012, 447840, 485557, 486768, 503686, 507362, 518921, 526215, 545200, 560319, 575061, 609825, 610394, 625512, 627038, 631896, 643513, 663044, 672530, 694418, 702694, 715801, 716668, 723204, 735212, 739995, 769676, 771494, 800808, 809633, 811038, 812921, 812966, 814259, 820328, 837059, 841942, 843072, 847645, 858134, 862983, 872854, 883840, 885385, 922001, 924031, 927894, 946237, 953929, 955469, 981683, 984902)) AS duplicates, coalesce(0, 0) AS nulls, coalesce(sum(CASE WHEN claim_amount > 85000 THEN 1 ELSE 0 END), 0) AS outliers FROM "demo"."healthcare"."claims";
-- tags on healthcare.claims
-- skipped: the engine has no Unity Catalog tags (duckdb)
-- properties of healthcare.claims
-- skipped: the engine has no table properties (duckdb)
-- properties of healthcare_bronze.claims
-- skipped: the engine has no table properties (duckdb)
-- properties of healthcare_star.dim_date
-- skipped: the engine has no table properties (duckdb)
-- grant USE CATALOG, USE SCHEMA, SELECT on demo to data_analysts
-- skipped: the engine has no principals to grant to (duckdb)
-- optimize healthcare.claims zorder by submitted_date
-- skipped: the engine has no OPTIMIZE ... ZORDER BY (duckdb)
-- create volume healthcare.sample_data
-- file: mkdir -p /data/clxs/volumes/demo/healthcare/sample_data
-- sample of healthcare.claims in healthcare.sample_data
-- file: mkdir -p /data/clxs/volumes/demo/healthcare/sample_data
COPY (SELECT * FROM "demo"."healthcare"."claims" LIMIT 1000) TO '/data/clxs/volumes/demo/healthcare/sample_data/claims.parquet' (FORMAT parquet);
-- create clone catalog demo_copy
-- file: rm -f /data/clxs/demo_copy.duckdb
-- file: rm -f /data/clxs/demo_copy.duckdb.wal
ATTACH '/data/clxs/demo_copy.duckdb' AS "demo_copy";
-- create schema healthcare
-- note: schema comment not stored: the engine has no COMMENT ON SCHEMA
CREATE SCHEMA IF NOT EXISTS "demo_copy"."healthcare";
-- create schema data_catalog
-- note: schema comment not stored: the engine has no COMMENT ON SCHEMA
CREATE SCHEMA IF NOT EXISTS "demo_copy"."data_catalog";
-- create schema healthcare_bronze
-- note: schema comment not stored: the engine has no COMMENT ON SCHEMA
CREATE SCHEMA IF NOT EXISTS "demo_copy"."healthcare_bronze";
-- create schema healthcare_silver
-- note: schema comment not stored: the engine has no COMMENT ON SCHEMA
CREATE SCHEMA IF NOT EXISTS "demo_copy"."healthcare_silver";
-- create schema healthcare_gold
-- note: schema comment not stored: the engine has no COMMENT ON SCHEMA
CREATE SCHEMA IF NOT EXISTS "demo_copy"."healthcare_gold";
-- create schema healthcare_star
-- note: schema comment not stored: the engine has no COMMENT ON SCHEMA
CREATE SCHEMA IF NOT EXISTS "demo_copy"."healthcare_star";
-- clone demo.healthcare.claims to demo_copy.healthcare.claims
CREATE OR REPLACE TABLE "demo_copy"."healthcare"."claims" AS SELECT * FROM "demo"."healthcare"."claims";
-- create function healthcare.mask_patient_id
CREATE OR REPLACE MACRO "demo_copy"."healthcare"."mask_patient_id"(patient_id) AS
CAST(('PAT-****' || lpad(CAST(CAST(patient_id AS BIGINT) % 10000 AS STRING), 4, '0')) AS VARCHAR);
COMMENT ON MACRO "demo_copy"."healthcare"."mask_patient_id" IS 'Patient id with all but the last four digits hidden';
-- clone demo.healthcare_bronze.claims to demo_copy.healthcare_bronze.claims
CREATE OR REPLACE TABLE "demo_copy"."healthcare_bronze"."claims" AS SELECT * FROM "demo"."healthcare_bronze"."claims";
-- clone demo.healthcare_star.dim_date to demo_copy.healthcare_star.dim_date
CREATE OR REPLACE TABLE "demo_copy"."healthcare_star"."dim_date" AS SELECT * FROM "demo"."healthcare_star"."dim_date";
-- create view healthcare.v_claim_summary
CREATE OR REPLACE VIEW "demo_copy"."healthcare"."v_claim_summary" AS
SELECT status,
       count(*) AS claim_count,
       round(sum(claim_amount), 2) AS total_amount,
       round(avg(claim_amount), 2) AS avg_amount,
       min(submitted_date) AS first_submitted,
       max(submitted_date) AS last_submitted
FROM "demo_copy"."healthcare"."claims"
GROUP BY status
ORDER BY claim_count DESC;
COMMENT ON VIEW "demo_copy"."healthcare"."v_claim_summary" IS 'Claim counts and amounts by status';
-- create view data_catalog.table_inventory
CREATE OR REPLACE VIEW "demo_copy"."data_catalog"."table_inventory" AS
SELECT t.table_schema, t.table_name, t.table_type, t.comment, count(c.column_name) AS column_count
FROM (SELECT table_schema, table_name, CASE WHEN table_type = 'VIEW' THEN 'VIEW' ELSE 'TABLE' END AS table_type, TABLE_COMMENT AS comment FROM information_schema.tables WHERE table_catalog = 'demo_copy') t
LEFT JOIN (SELECT table_schema, table_name, column_name, data_type, ordinal_position, COLUMN_COMMENT AS comment FROM information_schema.columns WHERE table_catalog = 'demo_copy') c ON c.table_schema = t.table_schema AND c.table_name = t.table_name
WHERE t.table_schema NOT IN ('data_catalog', 'information_schema')
GROUP BY t.table_schema, t.table_name, t.table_type, t.comment;
COMMENT ON VIEW "demo_copy"."data_catalog"."table_inventory" IS 'Every table and view of the catalog with its column count and comment';
-- create view healthcare_silver.claims
CREATE OR REPLACE VIEW "demo_copy"."healthcare_silver"."claims" AS
SELECT claim_id, patient_id, provider_id, diagnosis_code, procedure_code, claim_amount, submitted_date, status, payer_id, facility_id
FROM (SELECT *, row_number() OVER (PARTITION BY _raw_id ORDER BY _ingested_at DESC) AS _delivery
      FROM "demo_copy"."healthcare_bronze"."claims"
      WHERE claim_id IS NOT NULL) AS b
WHERE _delivery = 1;
COMMENT ON VIEW "demo_copy"."healthcare_silver"."claims" IS 'Cleaned claims: one row per raw id, keyed rows only, ingestion metadata removed';
-- create view healthcare_gold.claims_by_month
CREATE OR REPLACE VIEW "demo_copy"."healthcare_gold"."claims_by_month" AS
SELECT CAST(date_trunc('MONTH', submitted_date) AS DATE) AS month, count(*) AS claims, round(sum(claim_amount), 2) AS billed,
       round(avg(claim_amount), 2) AS avg_claim, round(avg(CASE WHEN status = 'DENIED' THEN 1.0 ELSE 0.0 END), 4) AS denial_rate
FROM "demo_copy"."healthcare_silver"."claims"
GROUP BY CAST(date_trunc('MONTH', submitted_date) AS DATE);
COMMENT ON VIEW "demo_copy"."healthcare_gold"."claims_by_month" IS 'Claims, amounts billed and the denial rate per month';
-- mask healthcare.patients.first_name
-- skipped: the engine has no column masks (duckdb)
-- row filter on healthcare.facilities
-- skipped: the engine has no row filters (duckdb)
-- write clone settings template config/demo_clone_demo.json
-- file: write /data/clxs/config/demo_clone_demo.json (612 characters)
