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
      (DATE '2020-01-01' + CAST(CAST(least(1827, CAST(floor(([0.0E0, 18.09E0, 36.504E0, 55.725E0, 74.066E0, 92.156E0, 110.246E0, 127.929E0, 145.014E0, 162.099E0, 179.184E0, 196.269E0, 213.336E0, 229.521E0, 245.802E0, 262.887E0, 278.479E0, 291.293E0, 304.107E0, 313.415E0, 322.46E0, 331.505E0, 339.493E0, 346.815E0, 354.137E0, 361.459E0, 372.871E0, 390.961E0, 409.805E0, 428.789E0, 446.879E0, 464.969E0, 483.059E0, 500.307E0, 517.392E0, 534.477E0, 551.563E0, 568.648E0, 585.326E0, 601.512E0, 618.181E0, 635.266E0, 649.013E0, 661.827E0, 673.276E0, 682.321E0, 691.366E0, 700.333E0, 707.655E0, 714.977E0, 722.299E0, 729.621E0, 745.684E0, 763.885E0, 783.105E0, 801.601E0, 819.691E0, 837.781E0, 855.601E0, 872.686E0, 889.771E0, 906.856E0, 923.941E0, 941.026E0, 957.316E0, 973.502E0, 990.559E0, 1006.733E0, 1019.547E0, 1032.361E0, 1042.182E0, 1051.227E0, 1060.272E0, 1068.495E0, 1075.817E0, 1083.139E0, 1090.461E0, 1100.406E0, 1118.496E0, 1137.186E0, 1156.324E0, 1174.414E0, 1192.504E0, 1210.594E0, 1227.979E0, 1245.064E0, 1262.149E0, 1279.234E0, 1296.319E0, 1313.12E0, 1329.306E0, 1345.852E0, 1362.938E0, 1377.267E0, 1390.081E0, 1402.043E0, 1411.088E0, 1420.133E0, 1429.178E0, 1436.657E0, 1443.979E0, 1451.301E0, 1458.624E0, 1473.219E0, 1491.309E0, 1510.486E0, 1529.195E0, 1547.285E0, 1565.375E0, 1583.384E0, 1600.469E0, 1617.554E0, 1634.639E0, 1651.724E0, 1668.809E0, 1685.268E0, 1701.454E0, 1718.342E0, 1735.32E0, 1748.134E0, 1760.948E0, 1771.479E0, 1780.524E0, 1789.569E0, 1798.116E0, 1805.438E0, 1812.76E0, 1820.083E0]["__e2" + 1] + ((((hash(__row_id + 5139475260734701568) >> 11) + 0.5E0) / 9.007199254740992E15) * [18.09E0, 18.414E0, 19.221E0, 18.342E0, 18.09E0, 18.09E0, 17.682E0, 17.085E0, 17.085E0, 17.085E0, 17.085E0, 17.066E0, 16.186E0, 16.281E0, 17.085E0, 15.592E0, 12.814E0, 12.814E0, 9.308E0, 9.045E0, 9.045E0, 7.988E0, 7.322E0, 7.322E0, 7.322E0, 11.412E0, 18.09E0, 18.843E0, 18.984E0, 18.09E0, 18.09E0, 18.09E0, 17.248E0, 17.085E0, 17.085E0, 17.085E0, 17.085E0, 16.678E0, 16.186E0, 16.669E0, 17.085E0, 13.747E0, 12.814E0, 11.449E0, 9.045E0, 9.045E0, 8.967E0, 7.322E0, 7.322E0, 7.322E0, 7.322E0, 16.063E0, 18.201E0, 19.221E0, 18.496E0, 18.09E0, 18.09E0, 17.819E0, 17.085E0, 17.085E0, 17.085E0, 17.085E0, 17.085E0, 16.29E0, 16.186E0, 17.057E0, 16.174E0, 12.814E0, 12.814E0, 9.821E0, 9.045E0, 9.045E0, 8.223E0, 7.322E0, 7.322E0, 7.322E0, 9.945E0, 18.09E0, 18.689E0, 19.138E0, 18.09E0, 18.09E0, 18.09E0, 17.385E0, 17.085E0, 17.085E0, 17.085E0, 17.085E0, 16.801E0, 16.186E0, 16.547E0, 17.085E0, 14.329E0, 12.814E0, 11.962E0, 9.045E0, 9.045E0, 9.045E0, 7.479E0, 7.322E0, 7.322E0, 7.322E0, 14.595E0, 18.09E0, 19.178E0, 18.709E0, 18.09E0, 18.09E0, 18.009E0, 17.085E0, 17.085E0, 17.085E0, 17.085E0, 17.085E0, 16.459E0, 16.186E0, 16.888E0, 16.978E0, 12.814E0, 12.814E0, 10.531E0, 9.045E0, 9.045E0, 8.547E0, 7.322E0, 7.322E0, 7.322E0, 7.917E0]["__e2" + 1]))) AS BIGINT)) AS INTEGER) AS INTEGER)) AS "order_date",
      (TIMESTAMP '2020-01-01 00:00:00' + to_seconds(CAST(((CAST(CAST(hash(__row_id + 8325772302042005504) % 1828 AS BIGINT) AS BIGINT) * 86400) + ((CASE WHEN ("__e3" < 13562) THEN 0 WHEN ("__e3" < 22604) THEN 1 WHEN ("__e3" < 28029) THEN 2 WHEN ("__e3" < 32550) THEN 3 WHEN ("__e3" < 37071) THEN 4 WHEN ("__e3" < 43852) THEN 5 WHEN ("__e3" < 59675) THEN 6 WHEN ("__e3" < 86799) THEN 7 WHEN ("__e3" < 122966) THEN 8 WHEN ("__e3" < 163653) THEN 9 WHEN ("__e3" < 208861) THEN 10 WHEN ("__e3" < 260850) THEN 11 WHEN ("__e3" < 319620) THEN 12 WHEN ("__e3" < 373870) THEN 13 WHEN ("__e3" < 423599) THEN 14 WHEN ("__e3" < 473327) THEN 15 WHEN ("__e3" < 527577) THEN 16 WHEN ("__e3" < 590868) THEN 17 WHEN ("__e3" < 667722) THEN 18 WHEN ("__e3" < 755877) THEN 19 WHEN ("__e3" < 846293) THEN 20 WHEN ("__e3" < 923146) THEN 21 WHEN ("__e3" < 972875) THEN 22 ELSE 23 END * 3600) + CAST(hash(__row_id + 7114928464754376704) % 3600 AS BIGINT))) AS BIGINT))) AS "placed_at",
      (chr(CAST((65 + ((((((((__row_id * 348001) + 501691) % 676000) % 100) * 6760) + ((((__row_id * 348001) + 501691) % 676000) // 100)) // 26000) % 26)) AS INTEGER)) || chr(CAST((65 + ((((((((__row_id * 348001) + 501691) % 676000) % 100) * 6760) + ((((__row_id * 348001) + 501691) % 676000) // 100)) // 1000) % 26)) AS INTEGER)) || '-' || CAST(((((((((__row_id * 348001) + 501691) % 676000) % 100) * 6760) + ((((__row_id * 348001) + 501691) % 676000) // 100)) // 100) % 10) AS VARCHAR) || CAST(((((((((__row_id * 348001) + 501691) % 676000) % 100) * 6760) + ((((__row_id * 348001) + 501691) % 676000) // 100)) // 10) % 10) AS VARCHAR) || CAST(((((((((__row_id * 348001) + 501691) % 676000) % 100) * 6760) + ((((__row_id * 348001) + 501691) % 676000) // 100)) // 1) % 10) AS VARCHAR)) AS "sku",
      CASE WHEN ((((hash(__row_id + 5978812033305411584) >> 11) + 0.5E0) / 9.007199254740992E15) < 0.1E0) THEN NULL ELSE ('order ' || CAST(__row_id AS VARCHAR)) END AS "note",
      sha256(CAST(__row_id AS VARCHAR)) AS "digest",
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
    (lower("__e1") || '.' || lower("__e2") || CAST(CAST(hash(__row_id + 2297776253177954304) % 100 AS BIGINT) AS VARCHAR) || '@' || ['example.com', 'example.org', 'example.net', 'mail.example.com'][CAST(hash(__row_id + 7516949378028797952) % 4 AS BIGINT) + 1]) AS "email",
    ['New York', 'Los Angeles', 'Chicago', 'Houston', 'Phoenix', 'Philadelphia', 'San Antonio', 'San Diego', 'Dallas', 'Jacksonville', 'Austin', 'Fort Worth', 'San Jose', 'Columbus', 'Charlotte', 'Indianapolis', 'San Francisco', 'Seattle', 'Denver', 'Oklahoma City', 'Nashville', 'Washington', 'El Paso', 'Las Vegas', 'Boston', 'Detroit', 'Portland', 'Louisville', 'Memphis', 'Baltimore', 'Milwaukee', 'Albuquerque', 'Tucson', 'Fresno', 'Sacramento', 'Mesa', 'Kansas City', 'Atlanta', 'Omaha', 'Colorado Springs', 'Raleigh', 'Long Beach', 'Virginia Beach', 'Miami', 'Oakland', 'Minneapolis', 'Tulsa', 'Bakersfield', 'Wichita', 'Arlington', 'Tampa', 'New Orleans', 'Cleveland', 'Honolulu', 'Anaheim', 'Lexington', 'Stockton', 'Henderson', 'Saint Paul', 'St. Louis', 'Cincinnati', 'Pittsburgh', 'Greensboro', 'Anchorage', 'Lincoln', 'Orlando', 'Plano', 'Irvine', 'Newark', 'Durham', 'Toledo', 'Fort Wayne', 'St. Petersburg', 'Jersey City', 'Chandler', 'Buffalo', 'Madison', 'Reno', 'Boise', 'Richmond', 'Spokane', 'Des Moines', 'Birmingham', 'Rochester', 'Salt Lake City', 'Little Rock', 'Providence', 'Hartford', 'Charleston', 'Jackson', 'Sioux Falls', 'Fargo', 'Billings', 'Cheyenne', 'Portland', 'Manchester', 'Burlington', 'Wilmington', 'Charleston', 'Columbia']["__e3" + 1] AS "city",
    ['NY', 'CA', 'IL', 'TX', 'AZ', 'PA', 'TX', 'CA', 'TX', 'FL', 'TX', 'TX', 'CA', 'OH', 'NC', 'IN', 'CA', 'WA', 'CO', 'OK', 'TN', 'DC', 'TX', 'NV', 'MA', 'MI', 'OR', 'KY', 'TN', 'MD', 'WI', 'NM', 'AZ', 'CA', 'CA', 'AZ', 'MO', 'GA', 'NE', 'CO', 'NC', 'CA', 'VA', 'FL', 'CA', 'MN', 'OK', 'CA', 'KS', 'TX', 'FL', 'LA', 'OH', 'HI', 'CA', 'KY', 'CA', 'NV', 'MN', 'MO', 'OH', 'PA', 'NC', 'AK', 'NE', 'FL', 'TX', 'CA', 'NJ', 'NC', 'OH', 'IN', 'FL', 'NJ', 'AZ', 'NY', 'WI', 'NV', 'ID', 'VA', 'WA', 'IA', 'AL', 'NY', 'UT', 'AR', 'RI', 'CT', 'SC', 'MS', 'SD', 'ND', 'MT', 'WY', 'ME', 'NH', 'VT', 'DE', 'WV', 'SC']["__e3" + 1] AS "state",
    CASE WHEN (CAST(hash(__row_id + 6068179938979086336) % 1000000 AS BIGINT) < 250000) THEN 'GOLD' ELSE 'SILVER' END AS "tier",
    ((((hash(__row_id + 8197162319566864384) >> 11) + 0.5E0) / 9.007199254740992E15) < 0.1E0) AS "vip",
    (DATE '2020-01-01' + CAST(CAST(CAST(hash(__row_id + 3188671797444739072) % 1828 AS BIGINT) AS INTEGER) AS INTEGER)) AS "valid_from",
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
-- data quality: 5% NULL email in shop.customers
UPDATE "golden"."shop"."customers"
SET email = CASE WHEN (((hash(CAST(customer_id AS BIGINT) + 95347887424143360) >> 11) + 0.5E0) / 9.007199254740992E15) < 0.05 THEN NULL ELSE email END
WHERE (((hash(CAST(customer_id AS BIGINT) + 95347887424143360) >> 11) + 0.5E0) / 9.007199254740992E15) < 0.05;
-- data quality: 5% NULL digest in shop.orders
UPDATE "golden"."shop"."orders"
SET digest = CASE WHEN (((hash(CAST(order_id AS BIGINT) + 8005768213101019136) >> 11) + 0.5E0) / 9.007199254740992E15) < 0.05 THEN NULL ELSE digest END
WHERE (((hash(CAST(order_id AS BIGINT) + 8005768213101019136) >> 11) + 0.5E0) / 9.007199254740992E15) < 0.05;
-- data quality: 10 duplicate rows in shop.customers
INSERT INTO "golden"."shop"."customers"
SELECT * FROM "golden"."shop"."customers" WHERE (((hash(CAST(customer_id AS BIGINT) + 3648363315366723584) >> 11) + 0.5E0) / 9.007199254740992E15) < 0.6162277660168379 ORDER BY (((hash(CAST(customer_id AS BIGINT) + 3648363315366723584) >> 11) + 0.5E0) / 9.007199254740992E15) LIMIT 10;
-- data quality: 100 duplicate rows in shop.orders
INSERT INTO "golden"."shop"."orders"
SELECT * FROM "golden"."shop"."orders" WHERE (((hash(CAST(order_id AS BIGINT) + 2180556283453636608) >> 11) + 0.5E0) / 9.007199254740992E15) < 0.22 ORDER BY (((hash(CAST(order_id AS BIGINT) + 2180556283453636608) >> 11) + 0.5E0) / 9.007199254740992E15) LIMIT 100;
-- primary key shop.customers(customer_id)
-- skipped: the engine enforces primary keys, and the data-quality profile adds duplicate rows (the clean data-quality profile, dq_profile: clean, gets them)
-- primary key shop.orders(order_id)
-- skipped: the engine enforces primary keys, and the data-quality profile adds duplicate rows (the clean data-quality profile, dq_profile: clean, gets them)
-- foreign key shop.orders.customer_id -> customers.customer_id
-- skipped: the engine cannot add a foreign key to an existing table (it has no informational constraints) (duckdb)
-- measure data_quality in shop.customers
SELECT count(*) AS row_count, count(*) - count(DISTINCT customer_id) AS duplicates, coalesce(sum(CASE WHEN email IS NULL THEN 1 ELSE 0 END), 0) AS nulls, coalesce(0, 0) AS outliers FROM "golden"."shop"."customers";
-- measure data_quality in shop.orders
SELECT count(*) AS row_count, count(*) - count(DISTINCT order_id) AS duplicates, coalesce(sum(CASE WHEN digest IS NULL THEN 1 ELSE 0 END), 0) AS nulls, coalesce(0, 0) AS outliers FROM "golden"."shop"."orders";
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
-- audit shop.orders.customer_id -> customers.customer_id
SELECT count(*) AS child_sampled, coalesce(sum(CASE WHEN p."customer_id" IS NULL THEN 1 ELSE 0 END), 0) AS orphans
FROM (SELECT "customer_id" AS fk_value FROM "golden"."shop"."orders" WHERE "customer_id" IS NOT NULL LIMIT 100000) AS c
LEFT JOIN (SELECT DISTINCT "customer_id" FROM "golden"."shop"."customers") AS p ON p."customer_id" = c.fk_value;
