-- create catalog golden
-- note: storage location abfss://demo@acct.dfs.core.windows.net/golden not used: the engine has no managed storage locations
-- set owner of catalog golden to demo-admins
-- skipped: the engine has no object owners (duckdb)
-- create schema shop
-- note: schema comment not stored: the engine has no COMMENT ON SCHEMA
CREATE SCHEMA IF NOT EXISTS "golden"."shop";
-- create schema data_catalog
-- note: schema comment not stored: the engine has no COMMENT ON SCHEMA
CREATE SCHEMA IF NOT EXISTS "golden"."data_catalog";
-- create table shop.customers
CREATE OR REPLACE TABLE "golden"."shop"."customers" (
  "customer_id" BIGINT,
  "name" VARCHAR,
  "email" VARCHAR,
  "city" VARCHAR,
  "state" VARCHAR,
  "tier" VARCHAR,
  "vip" BOOLEAN,
  "valid_from" DATE,
  "valid_to" DATE,
  "is_current" BOOLEAN
);
COMMENT ON TABLE "golden"."shop"."customers" IS 'People who buy';
COMMENT ON COLUMN "golden"."shop"."customers"."customer_id" IS 'Key';
COMMENT ON COLUMN "golden"."shop"."customers"."name" IS 'Full name';
COMMENT ON COLUMN "golden"."shop"."customers"."email" IS 'E-mail';
COMMENT ON COLUMN "golden"."shop"."customers"."city" IS 'City';
COMMENT ON COLUMN "golden"."shop"."customers"."state" IS 'State';
COMMENT ON COLUMN "golden"."shop"."customers"."tier" IS 'Loyalty tier';
COMMENT ON COLUMN "golden"."shop"."customers"."vip" IS 'VIP flag';
COMMENT ON COLUMN "golden"."shop"."customers"."valid_from" IS 'SCD2: first day of this version of the row';
COMMENT ON COLUMN "golden"."shop"."customers"."valid_to" IS 'SCD2: last day of this version (9999-12-31 while current)';
COMMENT ON COLUMN "golden"."shop"."customers"."is_current" IS 'SCD2: whether this is the current version';
-- create table shop.orders
CREATE OR REPLACE TABLE "golden"."shop"."orders" (
  "order_id" BIGINT,
  "customer_id" BIGINT,
  "customer_tier" VARCHAR,
  "qty" INTEGER,
  "price" DECIMAL(10,2),
  "total" DECIMAL(12,2),
  "order_date" DATE,
  "placed_at" TIMESTAMP,
  "sku" VARCHAR,
  "note" VARCHAR,
  "digest" VARCHAR,
  "trace" VARCHAR
);
COMMENT ON TABLE "golden"."shop"."orders" IS 'Orders';
COMMENT ON COLUMN "golden"."shop"."orders"."order_id" IS 'Key';
COMMENT ON COLUMN "golden"."shop"."orders"."customer_id" IS 'Buyer';
COMMENT ON COLUMN "golden"."shop"."orders"."customer_tier" IS 'Buyer''s tier';
COMMENT ON COLUMN "golden"."shop"."orders"."qty" IS 'Quantity';
COMMENT ON COLUMN "golden"."shop"."orders"."price" IS 'Unit price';
COMMENT ON COLUMN "golden"."shop"."orders"."total" IS 'Total';
COMMENT ON COLUMN "golden"."shop"."orders"."order_date" IS 'Order date';
COMMENT ON COLUMN "golden"."shop"."orders"."placed_at" IS 'Order time';
COMMENT ON COLUMN "golden"."shop"."orders"."sku" IS 'Stock keeping unit';
COMMENT ON COLUMN "golden"."shop"."orders"."note" IS 'Note';
COMMENT ON COLUMN "golden"."shop"."orders"."digest" IS 'Hash of the id';
COMMENT ON COLUMN "golden"."shop"."orders"."trace" IS 'Databricks-only trace id';
-- insert shop.orders rows 1..1000
-- note: trace: raw generator SQL is Databricks SQL and runs on Databricks only; NULL on duckdb
INSERT INTO "golden"."shop"."orders"
SELECT "order_id", "customer_id", "customer_tier", "qty", "price", "total", "order_date", "placed_at", "sku", "note", "digest", "trace"
FROM (
  SELECT
    g.*,
    CAST((qty * price) AS DECIMAL(12,2)) AS "total"
  FROM (
    SELECT
      g.*,
      __row_id AS "order_id",
      "__e1" AS "customer_id",
      CASE WHEN (CAST(hash("__e1" + 6068179938979086336) % 1000000 AS BIGINT) < 250000) THEN 'GOLD' ELSE 'SILVER' END AS "customer_tier",
      CAST((1 + CAST(hash(__row_id + 8420498054863388672) % 5 AS BIGINT)) AS INTEGER) AS "qty",
      CAST(round(least(100.0E0, greatest(1.0E0, exp((2.995732273553991E0 + (0.5E0 * (sqrt((-2.0E0 * ln((((hash(__row_id + 2549216734041079808) >> 11) + 0.5E0) / 9.007199254740992E15)))) * cos((6.283185307179586E0 * (((hash(__row_id + 8542804902248710144) >> 11) + 0.5E0) / 9.007199254740992E15))))))))), 2) AS DECIMAL(10,2)) AS "price",
      (DATE '2020-01-01' + CAST(CAST(least(1826, CAST(floor(([0.0E0, 18.082E0, 36.487E0, 55.7E0, 74.035E0, 92.117E0, 110.199E0, 127.877E0, 144.955E0, 162.033E0, 179.11E0, 196.188E0, 213.252E0, 229.431E0, 245.699E0, 262.776E0, 278.391E0, 291.199E0, 304.007E0, 313.34E0, 322.381E0, 331.423E0, 339.423E0, 346.742E0, 354.061E0, 361.38E0, 372.668E0, 390.75E0, 409.572E0, 428.562E0, 446.644E0, 464.727E0, 482.809E0, 500.064E0, 517.141E0, 534.219E0, 551.297E0, 568.375E0, 585.06E0, 601.239E0, 617.885E0, 634.963E0, 648.781E0, 661.589E0, 673.104E0, 682.145E0, 691.186E0, 700.184E0, 707.503E0, 714.822E0, 722.141E0, 729.46E0, 745.278E0, 763.445E0, 782.657E0, 801.171E0, 819.254E0, 837.336E0, 855.173E0, 872.25E0, 889.328E0, 906.406E0, 923.484E0, 940.561E0, 956.868E0, 973.047E0, 990.072E0, 1006.362E0, 1019.171E0, 1031.979E0, 1041.909E0, 1050.95E0, 1059.991E0, 1068.264E0, 1075.583E0, 1082.902E0, 1090.221E0, 1099.805E0, 1117.887E0, 1136.53E0, 1155.699E0, 1173.781E0, 1191.863E0, 1209.945E0, 1227.359E0, 1244.437E0, 1261.515E0, 1278.592E0, 1295.67E0, 1312.498E0, 1328.677E0, 1345.181E0, 1362.259E0, 1376.752E0, 1389.561E0, 1401.672E0, 1410.713E0, 1419.754E0, 1428.795E0, 1436.344E0, 1443.663E0, 1450.982E0, 1458.301E0, 1472.414E0, 1490.496E0, 1509.615E0, 1528.367E0, 1546.449E0, 1564.531E0, 1582.579E0, 1599.657E0, 1616.735E0, 1633.813E0, 1650.89E0, 1667.968E0, 1684.464E0, 1700.643E0, 1717.479E0, 1734.556E0, 1747.476E0, 1760.284E0, 1771.006E0, 1780.047E0, 1789.088E0, 1797.724E0, 1805.043E0, 1812.362E0, 1819.681E0]["__e2" + 1] + ((((hash(__row_id + 5139475260734701568) >> 11) + 0.5E0) / 9.007199254740992E15) * [18.082E0, 18.405E0, 19.212E0, 18.335E0, 18.082E0, 18.082E0, 17.678E0, 17.078E0, 17.078E0, 17.078E0, 17.078E0, 17.064E0, 16.179E0, 16.268E0, 17.078E0, 15.614E0, 12.808E0, 12.808E0, 9.333E0, 9.041E0, 9.041E0, 8.0E0, 7.319E0, 7.319E0, 7.319E0, 11.288E0, 18.082E0, 18.822E0, 18.99E0, 18.082E0, 18.082E0, 18.082E0, 17.255E0, 17.078E0, 17.078E0, 17.078E0, 17.078E0, 16.685E0, 16.179E0, 16.647E0, 17.078E0, 13.817E0, 12.808E0, 11.515E0, 9.041E0, 9.041E0, 8.998E0, 7.319E0, 7.319E0, 7.319E0, 7.319E0, 15.818E0, 18.167E0, 19.212E0, 18.514E0, 18.082E0, 18.082E0, 17.837E0, 17.078E0, 17.078E0, 17.078E0, 17.078E0, 17.078E0, 16.307E0, 16.179E0, 17.025E0, 16.29E0, 12.808E0, 12.808E0, 9.93E0, 9.041E0, 9.041E0, 8.273E0, 7.319E0, 7.319E0, 7.319E0, 9.584E0, 18.082E0, 18.643E0, 19.169E0, 18.082E0, 18.082E0, 18.082E0, 17.414E0, 17.078E0, 17.078E0, 17.078E0, 17.078E0, 16.828E0, 16.179E0, 16.504E0, 17.078E0, 14.494E0, 12.808E0, 12.112E0, 9.041E0, 9.041E0, 9.041E0, 7.548E0, 7.319E0, 7.319E0, 7.319E0, 14.113E0, 18.082E0, 19.118E0, 18.752E0, 18.082E0, 18.082E0, 18.048E0, 17.078E0, 17.078E0, 17.078E0, 17.078E0, 17.078E0, 16.496E0, 16.179E0, 16.836E0, 17.078E0, 12.919E0, 12.808E0, 10.722E0, 9.041E0, 9.041E0, 8.635E0, 7.319E0, 7.319E0, 7.319E0, 7.319E0]["__e2" + 1]))) AS BIGINT)) AS INTEGER) AS INTEGER)) AS "order_date",
      (TIMESTAMP '2020-01-01 00:00:00' + to_seconds(CAST(((CAST(CAST(hash(__row_id + 8325772302042005504) % 1827 AS BIGINT) AS BIGINT) * 86400) + ((CASE WHEN ("__e3" < 13562) THEN 0 WHEN ("__e3" < 22604) THEN 1 WHEN ("__e3" < 28029) THEN 2 WHEN ("__e3" < 32550) THEN 3 WHEN ("__e3" < 37071) THEN 4 WHEN ("__e3" < 43852) THEN 5 WHEN ("__e3" < 59675) THEN 6 WHEN ("__e3" < 86799) THEN 7 WHEN ("__e3" < 122966) THEN 8 WHEN ("__e3" < 163653) THEN 9 WHEN ("__e3" < 208861) THEN 10 WHEN ("__e3" < 260850) THEN 11 WHEN ("__e3" < 319620) THEN 12 WHEN ("__e3" < 373870) THEN 13 WHEN ("__e3" < 423599) THEN 14 WHEN ("__e3" < 473327) THEN 15 WHEN ("__e3" < 527577) THEN 16 WHEN ("__e3" < 590868) THEN 17 WHEN ("__e3" < 667722) THEN 18 WHEN ("__e3" < 755877) THEN 19 WHEN ("__e3" < 846293) THEN 20 WHEN ("__e3" < 923146) THEN 21 WHEN ("__e3" < 972875) THEN 22 ELSE 23 END * 3600) + CAST(hash(__row_id + 7114928464754376704) % 3600 AS BIGINT))) AS BIGINT))) AS "placed_at",
      concat(chr(CAST((65 + ((((((((__row_id * 348001) + 501691) % 676000) % 100) * 6760) + ((((__row_id * 348001) + 501691) % 676000) // 100)) // 26000) % 26)) AS INTEGER)), chr(CAST((65 + ((((((((__row_id * 348001) + 501691) % 676000) % 100) * 6760) + ((((__row_id * 348001) + 501691) % 676000) // 100)) // 1000) % 26)) AS INTEGER)), '-', lpad(CAST((((((((__row_id * 348001) + 501691) % 676000) % 100) * 6760) + ((((__row_id * 348001) + 501691) % 676000) // 100)) % 1000) AS VARCHAR), 3, '0')) AS "sku",
      CASE WHEN ((((hash(__row_id + 5978812033305411584) >> 11) + 0.5E0) / 9.007199254740992E15) < 0.1E0) THEN NULL ELSE ('order ' || CAST(__row_id AS VARCHAR)) END AS "note",
      CASE WHEN ((((hash(__row_id + 8005768213101019136) >> 11) + 0.5E0) / 9.007199254740992E15) < 0.05E0) THEN NULL ELSE sha256(CAST(__row_id AS VARCHAR)) END AS "digest",
      NULL AS "trace"
    FROM (
      SELECT
        id AS __row_id,
        (1 + CAST(floor((100.0E0 * pow((((hash(id + 8332333251133702144) >> 11) + 0.5E0) / 9.007199254740992E15), 1.5E0))) AS BIGINT)) AS "__e1",
        CAST(hash(id + 5501741943832444928) % 128 AS BIGINT) AS "__e2",
        CAST(hash(id + 2338064042846846976) % 1000000 AS BIGINT) AS "__e3"
      FROM range(1, 1001) AS t(id)
    ) AS g
  ) AS g
) AS g;
-- insert shop.customers rows 1..100
INSERT INTO "golden"."shop"."customers"
SELECT "customer_id", "name", "email", "city", "state", "tier", "vip", "valid_from", "valid_to", "is_current"
FROM (
  SELECT
    g.*,
    __row_id AS "customer_id",
    ("__e1" || ' ' || "__e2") AS "name",
    CASE WHEN ((((hash(__row_id + 95347887424143360) >> 11) + 0.5E0) / 9.007199254740992E15) < 0.05E0) THEN NULL ELSE (lower("__e1") || '.' || lower("__e2") || CAST(CAST(hash(__row_id + 2297776253177954304) % 100 AS BIGINT) AS VARCHAR) || '@' || ['example.com', 'example.org', 'example.net', 'mail.example.com'][CAST(hash(__row_id + 7516949378028797952) % 4 AS BIGINT) + 1]) END AS "email",
    ['New York', 'Los Angeles', 'Chicago', 'Houston', 'Phoenix', 'Philadelphia', 'San Antonio', 'San Diego', 'Dallas', 'Jacksonville', 'Austin', 'Fort Worth', 'San Jose', 'Columbus', 'Charlotte', 'Indianapolis', 'San Francisco', 'Seattle', 'Denver', 'Oklahoma City', 'Nashville', 'Washington', 'El Paso', 'Las Vegas', 'Boston', 'Detroit', 'Portland', 'Louisville', 'Memphis', 'Baltimore', 'Milwaukee', 'Albuquerque', 'Tucson', 'Fresno', 'Sacramento', 'Mesa', 'Kansas City', 'Atlanta', 'Omaha', 'Colorado Springs', 'Raleigh', 'Long Beach', 'Virginia Beach', 'Miami', 'Oakland', 'Minneapolis', 'Tulsa', 'Bakersfield', 'Wichita', 'Arlington', 'Tampa', 'New Orleans', 'Cleveland', 'Honolulu', 'Anaheim', 'Lexington', 'Stockton', 'Henderson', 'Saint Paul', 'St. Louis', 'Cincinnati', 'Pittsburgh', 'Greensboro', 'Anchorage', 'Lincoln', 'Orlando', 'Plano', 'Irvine', 'Newark', 'Durham', 'Toledo', 'Fort Wayne', 'St. Petersburg', 'Jersey City', 'Chandler', 'Buffalo', 'Madison', 'Reno', 'Boise', 'Richmond', 'Spokane', 'Des Moines', 'Birmingham', 'Rochester', 'Salt Lake City', 'Little Rock', 'Providence', 'Hartford', 'Charleston', 'Jackson', 'Sioux Falls', 'Fargo', 'Billings', 'Cheyenne', 'Portland', 'Manchester', 'Burlington', 'Wilmington', 'Charleston', 'Columbia']["__e3" + 1] AS "city",
    ['NY', 'CA', 'IL', 'TX', 'AZ', 'PA', 'TX', 'CA', 'TX', 'FL', 'TX', 'TX', 'CA', 'OH', 'NC', 'IN', 'CA', 'WA', 'CO', 'OK', 'TN', 'DC', 'TX', 'NV', 'MA', 'MI', 'OR', 'KY', 'TN', 'MD', 'WI', 'NM', 'AZ', 'CA', 'CA', 'AZ', 'MO', 'GA', 'NE', 'CO', 'NC', 'CA', 'VA', 'FL', 'CA', 'MN', 'OK', 'CA', 'KS', 'TX', 'FL', 'LA', 'OH', 'HI', 'CA', 'KY', 'CA', 'NV', 'MN', 'MO', 'OH', 'PA', 'NC', 'AK', 'NE', 'FL', 'TX', 'CA', 'NJ', 'NC', 'OH', 'IN', 'FL', 'NJ', 'AZ', 'NY', 'WI', 'NV', 'ID', 'VA', 'WA', 'IA', 'AL', 'NY', 'UT', 'AR', 'RI', 'CT', 'SC', 'MS', 'SD', 'ND', 'MT', 'WY', 'ME', 'NH', 'VT', 'DE', 'WV', 'SC']["__e3" + 1] AS "state",
    CASE WHEN (CAST(hash(__row_id + 6068179938979086336) % 1000000 AS BIGINT) < 250000) THEN 'GOLD' ELSE 'SILVER' END AS "tier",
    ((((hash(__row_id + 8197162319566864384) >> 11) + 0.5E0) / 9.007199254740992E15) < 0.1E0) AS "vip",
    (DATE '2020-01-01' + CAST(CAST(CAST(hash(__row_id + 3188671797444739072) % 1827 AS BIGINT) AS INTEGER) AS INTEGER)) AS "valid_from",
    DATE '9999-12-31' AS "valid_to",
    TRUE AS "is_current"
  FROM (
    SELECT
      g.*,
      CASE WHEN (CAST(hash(__row_id + 3415943320512233472) % 100 AS BIGINT) < 51) THEN ['Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Barbara', 'Susan', 'Jessica', 'Sarah', 'Karen', 'Lisa', 'Nancy', 'Betty', 'Sandra', 'Margaret', 'Ashley', 'Kimberly', 'Emily', 'Donna', 'Michelle', 'Carol', 'Amanda', 'Melissa', 'Deborah', 'Stephanie', 'Dorothy', 'Rebecca', 'Sharon', 'Laura', 'Cynthia', 'Amy', 'Kathleen', 'Angela', 'Shirley', 'Brenda', 'Emma', 'Anna', 'Pamela', 'Nicole', 'Samantha', 'Katherine', 'Christine', 'Helen', 'Debra', 'Rachel', 'Carolyn', 'Janet', 'Maria', 'Olivia', 'Heather', 'Diane', 'Julie', 'Joyce', 'Victoria', 'Ruth', 'Virginia', 'Lauren', 'Kelly', 'Christina', 'Joan', 'Evelyn', 'Judith', 'Andrea', 'Hannah', 'Megan', 'Cheryl', 'Jacqueline', 'Martha', 'Madison', 'Teresa', 'Gloria', 'Sara', 'Janice', 'Ann', 'Kathryn', 'Abigail', 'Sophia', 'Frances', 'Jean', 'Alice', 'Judy', 'Isabella', 'Julia', 'Grace', 'Amber', 'Denise', 'Danielle', 'Marilyn', 'Beverly', 'Charlotte', 'Natalie', 'Theresa', 'Diana', 'Brittany', 'Doris', 'Kayla', 'Alexis', 'Lori', 'Marie', 'Ava']["__e4" + 1] ELSE ['James', 'Robert', 'John', 'Michael', 'David', 'William', 'Richard', 'Joseph', 'Thomas', 'Christopher', 'Charles', 'Daniel', 'Matthew', 'Anthony', 'Mark', 'Donald', 'Steven', 'Andrew', 'Paul', 'Joshua', 'Kenneth', 'Kevin', 'Brian', 'George', 'Timothy', 'Ronald', 'Jason', 'Edward', 'Jeffrey', 'Ryan', 'Jacob', 'Gary', 'Nicholas', 'Eric', 'Jonathan', 'Stephen', 'Larry', 'Justin', 'Scott', 'Brandon', 'Benjamin', 'Samuel', 'Gregory', 'Alexander', 'Patrick', 'Frank', 'Raymond', 'Jack', 'Dennis', 'Jerry', 'Tyler', 'Aaron', 'Jose', 'Adam', 'Nathan', 'Henry', 'Zachary', 'Douglas', 'Peter', 'Kyle', 'Noah', 'Ethan', 'Jeremy', 'Walter', 'Christian', 'Keith', 'Roger', 'Terry', 'Austin', 'Sean', 'Gerald', 'Carl', 'Harold', 'Dylan', 'Arthur', 'Lawrence', 'Jordan', 'Jesse', 'Bryan', 'Billy', 'Bruce', 'Gabriel', 'Joe', 'Logan', 'Alan', 'Juan', 'Albert', 'Willie', 'Elijah', 'Wayne', 'Randy', 'Vincent', 'Mason', 'Roy', 'Ralph', 'Bobby', 'Russell', 'Bradley', 'Philip', 'Eugene']["__e4" + 1] END AS "__e1"
    FROM (
      SELECT
        id AS __row_id,
        ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores', 'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts', 'Gomez', 'Phillips', 'Evans', 'Turner', 'Diaz', 'Parker', 'Cruz', 'Edwards', 'Collins', 'Reyes', 'Stewart', 'Morris', 'Morales', 'Murphy', 'Cook', 'Rogers', 'Gutierrez', 'Ortiz', 'Morgan', 'Cooper', 'Peterson', 'Bailey', 'Reed', 'Kelly', 'Howard', 'Ramos', 'Kim', 'Cox', 'Ward', 'Richardson', 'Watson', 'Brooks', 'Chavez', 'Wood', 'James', 'Bennett', 'Gray', 'Mendoza', 'Ruiz', 'Hughes', 'Price', 'Alvarez', 'Castillo', 'Sanders', 'Patel', 'Myers', 'Long', 'Ross', 'Foster', 'Jimenez', 'Powell', 'Jenkins', 'Perry', 'Russell', 'Sullivan', 'Bell', 'Coleman', 'Butler', 'Henderson', 'Barnes', 'Gonzales', 'Fisher', 'Vasquez', 'Simmons', 'Romero', 'Jordan', 'Patterson', 'Alexander', 'Hamilton', 'Graham', 'Reynolds', 'Griffin', 'Wallace', 'Moreno', 'West', 'Cole', 'Hayes', 'Bryant', 'Herrera', 'Gibson', 'Ellis', 'Tran', 'Medina', 'Aguilar', 'Stevens', 'Murray', 'Ford', 'Castro', 'Marshall', 'Owens', 'Harrison', 'Fernandez', 'Mcdonald', 'Woods', 'Washington', 'Kennedy', 'Wells', 'Vargas', 'Henry', 'Chen'][CAST(floor((150.0E0 * pow((((hash(id + 8550117857164263424) >> 11) + 0.5E0) / 9.007199254740992E15), 1.4E0))) AS BIGINT) + 1] AS "__e2",
        CAST(floor((100.0E0 * pow((((hash(id + 3605391265627111424) >> 11) + 0.5E0) / 9.007199254740992E15), 1.6E0))) AS BIGINT) AS "__e3",
        CAST(floor((100.0E0 * pow((((hash(id + 4610699631943221248) >> 11) + 0.5E0) / 9.007199254740992E15), 1.5E0))) AS BIGINT) AS "__e4"
      FROM range(1, 101) AS t(id)
    ) AS g
  ) AS g
) AS g;
-- create function shop.mask_email
CREATE OR REPLACE MACRO "golden"."shop"."mask_email"(email) AS
CAST((regexp_replace(CAST(email AS VARCHAR), '^(.)[^@]*@', '\1***@', 'g')) AS VARCHAR);
COMMENT ON MACRO "golden"."shop"."mask_email" IS 'Masked e-mail';
-- create function shop.mask_pii_name
CREATE OR REPLACE MACRO "golden"."shop"."mask_pii_name"(name) AS
CAST((CASE WHEN false THEN CAST(name AS VARCHAR) ELSE substr(CAST(name AS VARCHAR), 1, 1) || '.' END) AS VARCHAR);
COMMENT ON MACRO "golden"."shop"."mask_pii_name" IS 'Column mask: the name for data_engineers, its initial for everyone else';
-- create function shop.mask_pii_email
CREATE OR REPLACE MACRO "golden"."shop"."mask_pii_email"(email) AS
CAST((CASE WHEN false THEN CAST(email AS VARCHAR) ELSE substr(CAST(email AS VARCHAR), 1, 1) || '***' || substr(CAST(email AS VARCHAR), instr(CAST(email AS VARCHAR), '@')) END) AS VARCHAR);
COMMENT ON MACRO "golden"."shop"."mask_pii_email" IS 'Column mask: the e-mail for data_engineers, j***@example.com for everyone else';
-- create function shop.filter_by_state
CREATE OR REPLACE MACRO "golden"."shop"."filter_by_state"(state) AS
CAST((false OR false OR CAST(state AS VARCHAR) IS NULL OR CAST(state AS VARCHAR) IN ('CA', 'NY', 'TX', 'FL', 'IL', 'WA')) AS BOOLEAN);
COMMENT ON MACRO "golden"."shop"."filter_by_state" IS 'Row filter: all rows for data_engineers and admins, rows of CA, NY, TX, FL, IL, WA for everyone else';
-- create view shop.v_orders_by_state
CREATE OR REPLACE VIEW "golden"."shop"."v_orders_by_state" AS
SELECT c.state, count(*) AS orders, date_diff('day', min(o.order_date), max(o.order_date)) AS span_days
FROM "golden"."shop"."orders" o JOIN "golden"."shop"."customers" c ON c.customer_id = o.customer_id
GROUP BY c.state;
COMMENT ON VIEW "golden"."shop"."v_orders_by_state" IS 'Orders per state';
-- create view data_catalog.table_inventory
CREATE OR REPLACE VIEW "golden"."data_catalog"."table_inventory" AS
SELECT t.table_schema, t.table_name, t.table_type, t.comment, count(c.column_name) AS column_count
FROM (SELECT table_schema, table_name, CASE WHEN table_type = 'VIEW' THEN 'VIEW' ELSE 'TABLE' END AS table_type, TABLE_COMMENT AS comment FROM information_schema.tables WHERE table_catalog = 'golden') t
LEFT JOIN (SELECT table_schema, table_name, column_name, data_type, ordinal_position, COLUMN_COMMENT AS comment FROM information_schema.columns WHERE table_catalog = 'golden') c ON c.table_schema = t.table_schema AND c.table_name = t.table_name
WHERE t.table_schema NOT IN ('data_catalog', 'information_schema')
GROUP BY t.table_schema, t.table_name, t.table_type, t.comment;
COMMENT ON VIEW "golden"."data_catalog"."table_inventory" IS 'Every table and view of the catalog with its column count and comment';
-- create view data_catalog.column_inventory
CREATE OR REPLACE VIEW "golden"."data_catalog"."column_inventory" AS
SELECT table_schema, table_name, column_name, data_type, ordinal_position, comment
FROM (SELECT table_schema, table_name, column_name, data_type, ordinal_position, COLUMN_COMMENT AS comment FROM information_schema.columns WHERE table_catalog = 'golden')
WHERE table_schema NOT IN ('data_catalog', 'information_schema');
COMMENT ON VIEW "golden"."data_catalog"."column_inventory" IS 'Every column of every table and view, with type and comment';
-- create view data_catalog.schema_summary
CREATE OR REPLACE VIEW "golden"."data_catalog"."schema_summary" AS
SELECT t.table_schema,
       sum(CASE WHEN t.table_type = 'TABLE' THEN 1 ELSE 0 END) AS tables,
       sum(CASE WHEN t.table_type = 'VIEW' THEN 1 ELSE 0 END) AS views,
       sum(coalesce(c.columns, 0)) AS columns
FROM (SELECT table_schema, table_name, CASE WHEN table_type = 'VIEW' THEN 'VIEW' ELSE 'TABLE' END AS table_type, TABLE_COMMENT AS comment FROM information_schema.tables WHERE table_catalog = 'golden') t
LEFT JOIN (SELECT table_schema, table_name, count(*) AS columns FROM (SELECT table_schema, table_name, column_name, data_type, ordinal_position, COLUMN_COMMENT AS comment FROM information_schema.columns WHERE table_catalog = 'golden') GROUP BY table_schema, table_name) c
  ON c.table_schema = t.table_schema AND c.table_name = t.table_name
WHERE t.table_schema NOT IN ('data_catalog', 'information_schema')
GROUP BY t.table_schema;
COMMENT ON VIEW "golden"."data_catalog"."schema_summary" IS 'Tables, views and columns per schema';
-- create view data_catalog.pii_columns
CREATE OR REPLACE VIEW "golden"."data_catalog"."pii_columns" AS
SELECT table_schema, table_name, column_name, pii_type,
CASE WHEN pii_type IN ('GOVERNMENT_ID', 'FINANCIAL_OR_DEVICE_ID', 'BIRTH_DATE') THEN 'pii_high' ELSE 'confidential' END AS data_classification
FROM (SELECT table_schema, table_name, column_name,
CASE WHEN lower(column_name) IN ('first_name', 'last_name', 'full_name', 'name', 'buyer_name', 'signed_by', 'tenant_name', 'contact_name', 'manager', 'technician', 'investigator')
          AND table_name NOT IN ('merchants', 'stores', 'warehouses', 'facilities', 'pharmacies', 'branches', 'products', 'plans', 'courses', 'power_plants', 'substations', 'ev_stations', 'retail_stores', 'warehouses_lg', 'equipment', 'materials', 'suppliers', 'suppliers_mfg', 'production_lines', 'products_mfg', 'departments', 'facilities_edu', 'neighborhoods', 'brokerages', 'carriers', 'categories', 'drug_catalog', 'promotions_telecom') THEN 'NAME'
     WHEN lower(column_name) LIKE '%email%' THEN 'EMAIL'
     WHEN lower(column_name) LIKE '%phone%' AND lower(column_name) <> 'phone_number_type' THEN 'PHONE'
     WHEN lower(column_name) LIKE '%ssn%' THEN 'GOVERNMENT_ID'
     WHEN lower(column_name) IN ('date_of_birth', 'dob') THEN 'BIRTH_DATE'
     WHEN lower(column_name) = 'address' AND table_name IN ('customers', 'policyholders', 'properties', 'customers_energy') THEN 'ADDRESS'
     WHEN lower(column_name) LIKE '%card_number%' OR lower(column_name) LIKE '%account_number%' OR lower(column_name) = 'iccid'
          OR lower(column_name) = 'imei' THEN 'FINANCIAL_OR_DEVICE_ID'
END AS pii_type
      FROM (SELECT c.table_schema, c.table_name, c.column_name
            FROM (SELECT table_schema, table_name, column_name, data_type, ordinal_position, COLUMN_COMMENT AS comment FROM information_schema.columns WHERE table_catalog = 'golden') c
            JOIN (SELECT table_schema, table_name, CASE WHEN table_type = 'VIEW' THEN 'VIEW' ELSE 'TABLE' END AS table_type, TABLE_COMMENT AS comment FROM information_schema.tables WHERE table_catalog = 'golden') t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE t.table_type = 'TABLE' AND c.table_schema NOT IN ('data_catalog', 'information_schema')) b) p
WHERE pii_type IS NOT NULL;
COMMENT ON VIEW "golden"."data_catalog"."pii_columns" IS 'Columns of base tables holding personal data, with their kind and classification';
-- data quality: 10 duplicate rows in shop.customers
INSERT INTO "golden"."shop"."customers"
SELECT * FROM "golden"."shop"."customers" WHERE customer_id IN (13, 33, 44, 49, 51, 52, 60, 62, 72, 80);
-- data quality: 100 duplicate rows in shop.orders
INSERT INTO "golden"."shop"."orders"
SELECT * FROM "golden"."shop"."orders" WHERE order_id IN (21, 25, 36, 42, 43, 50, 59, 65, 70, 72, 81, 90, 114, 122, 133, 150, 151, 159, 173, 191, 196, 208, 224, 226, 237, 242, 244, 249, 259, 264, 267, 283, 285, 289, 294, 317, 324, 327, 328, 333, 352, 367, 369, 371, 380, 393, 401, 424, 434, 438, 449, 454, 471, 484, 486, 489, 490, 491, 498, 523, 536, 575, 577, 590, 601, 605, 616, 617, 665, 685, 688, 690, 699, 708, 713, 714, 726, 745, 750, 775, 786, 790, 853, 862, 867, 871, 877, 886, 887, 898, 908, 912, 918, 923, 935, 946, 964, 975, 980, 996);
-- primary key shop.customers(customer_id)
-- skipped: the engine enforces primary keys, and the data-quality profile adds duplicate rows (the clean data-quality profile, dq_profile: clean, gets them)
-- primary key shop.orders(order_id)
-- skipped: the engine enforces primary keys, and the data-quality profile adds duplicate rows (the clean data-quality profile, dq_profile: clean, gets them)
-- foreign key shop.orders.customer_id -> customers.customer_id
-- skipped: the engine cannot add a foreign key to an existing table (it has no informational constraints) (duckdb)
-- measure data_quality in shop.customers
SELECT count(*) AS row_count, (SELECT count(*) - count(DISTINCT customer_id) FROM "golden"."shop"."customers" WHERE customer_id IN (13, 33, 44, 49, 51, 52, 60, 62, 72, 80)) AS duplicates, coalesce(sum(CASE WHEN email IS NULL THEN 1 ELSE 0 END), 0) AS nulls, coalesce(0, 0) AS outliers FROM "golden"."shop"."customers";
-- measure data_quality in shop.orders
SELECT count(*) AS row_count, (SELECT count(*) - count(DISTINCT order_id) FROM "golden"."shop"."orders" WHERE order_id IN (21, 25, 36, 42, 43, 50, 59, 65, 70, 72, 81, 90, 114, 122, 133, 150, 151, 159, 173, 191, 196, 208, 224, 226, 237, 242, 244, 249, 259, 264, 267, 283, 285, 289, 294, 317, 324, 327, 328, 333, 352, 367, 369, 371, 380, 393, 401, 424, 434, 438, 449, 454, 471, 484, 486, 489, 490, 491, 498, 523, 536, 575, 577, 590, 601, 605, 616, 617, 665, 685, 688, 690, 699, 708, 713, 714, 726, 745, 750, 775, 786, 790, 853, 862, 867, 871, 877, 886, 887, 898, 908, 912, 918, 923, 935, 946, 964, 975, 980, 996)) AS duplicates, coalesce(sum(CASE WHEN digest IS NULL THEN 1 ELSE 0 END), 0) AS nulls, coalesce(0, 0) AS outliers FROM "golden"."shop"."orders";
-- tags on shop.customers
-- skipped: the engine has no Unity Catalog tags (duckdb)
-- tags on shop.customers.name
-- skipped: the engine has no Unity Catalog tags (duckdb)
-- tags on shop.customers.email
-- skipped: the engine has no Unity Catalog tags (duckdb)
-- tags on shop.orders
-- skipped: the engine has no Unity Catalog tags (duckdb)
-- properties of shop.customers
-- skipped: the engine has no table properties (duckdb)
-- properties of shop.orders
-- skipped: the engine has no table properties (duckdb)
-- grant USE CATALOG, USE SCHEMA, SELECT on golden to data_analysts
-- skipped: the engine has no principals to grant to (duckdb)
-- grant ALL PRIVILEGES on golden to data_engineers
-- skipped: the engine has no principals to grant to (duckdb)
-- optimize shop.orders zorder by order_date
-- skipped: the engine has no OPTIMIZE ... ZORDER BY (duckdb)
-- optimize shop.customers zorder by customer_id
-- skipped: the engine has no OPTIMIZE ... ZORDER BY (duckdb)
-- mask shop.customers.name
-- skipped: the engine has no column masks (duckdb)
-- mask shop.customers.email
-- skipped: the engine has no column masks (duckdb)
-- row filter on shop.customers
-- skipped: the engine has no row filters (duckdb)
-- write clone settings template config/demo_clone_golden.json
-- audit shop (1 foreign key)
SELECT k1.child_sampled AS child_sampled_1, k1.orphans AS orphans_1
FROM (
  SELECT coalesce(sum(k.n), 0) AS child_sampled, coalesce(sum(CASE WHEN k.matched THEN 0 ELSE k.n END), 0) AS orphans
  FROM (SELECT c.fk_value, c.n, count(p."customer_id") > 0 AS matched
    FROM (SELECT fk_value, count(*) AS n FROM (SELECT "customer_id" AS fk_value FROM "golden"."shop"."orders" WHERE "customer_id" IS NOT NULL LIMIT 100000) AS s GROUP BY fk_value) AS c
    LEFT JOIN "golden"."shop"."customers" AS p ON p."customer_id" = c.fk_value
    GROUP BY c.fk_value, c.n) AS k
) AS k1;
