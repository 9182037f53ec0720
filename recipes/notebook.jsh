//DEPS ../dsl/clxs/Clxs.java
//JAVA_OPTIONS -XX:+UseSerialGC -XX:TieredStopAtLevel=1
// A notebook-style session: run it with `./jbang recipes/notebook.jsh`, or stay in JShell afterwards
// with `./jbang -i recipes/notebook.jsh` and keep going from the last cell.

import static clxs.Clxs.*;

// 1. Define a catalog. Nothing runs yet; every setter returns a new definition.
var d = demo("notebook").industries(RETAIL).scale(0.0005).seed(7)

// 2. Preview: rows, size and time per industry, before spending anything.
System.out.println(d.preview())

// 3. The SQL it compiles to (Databricks dialect), first lines.
d.sql(DATABRICKS).lines().filter(l -> l.startsWith("CREATE OR REPLACE TABLE")).limit(3).forEach(System.out::println)

// 4. Generate it, small, in the local DuckDB engine ($CLXS_HOME or ./clxs-data).
var r = d.generate(local().quiet())
System.out.printf("%s: %d tables, %,d rows, seed %d%n", r.status(), r.tables().size(), r.totalRows(), r.seed())

// 5. Query it.
System.out.println(query("notebook", "select loyalty_tier, count(*) as customers from retail.customers group by all order by 2 desc"))

// 6. A live stream next to the catalog: two hours of point-of-sale events, backfilled in seconds into a
//    DuckDB table (notebook.iot.bronze_pos_terminal). The catalog holds retail, so store_id is a real store.
var s = d.stream(POS_TERMINAL).devices(40).backfill(java.time.Duration.ofHours(2)).destination(DIRECT_TABLE).run()
System.out.printf("%,d events written, seed %d%n", s.eventsWritten(), s.seed())
System.out.println(query("notebook", "select st.store_id, st.name as store, count(*) as sales, round(sum(e.amount_usd), 2) as revenue from iot.bronze_pos_terminal e join (select distinct store_id, name from retail.stores) st on st.store_id = e.store_id where e.status = 'approved' group by all order by 2 desc limit 5"))
