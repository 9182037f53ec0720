///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DESCRIPTION clxs: realistic demo data for Databricks Unity Catalog, or a local DuckDB catalog
//DEPS dsl/clxs/Clxs.java
//JAVA_OPTIONS -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto

import clxs.cli.Cli;

/** The clxs command line; everything lives in the library under dsl/clxs (see clxs.cli). */
public class clxs {
    public static void main(String... args) {
        System.exit(Cli.run(args));
    }
}
