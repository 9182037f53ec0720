///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DESCRIPTION Star schema: an industry with its Kimball overlay (<industry>_star), then the classic sales-by-quarter query
//DEPS ../dsl/clxs/Clxs.java
//JAVA_OPTIONS -XX:+UseSerialGC -XX:TieredStopAtLevel=1

import static clxs.Clxs.*;

import clxs.Engines;
import clxs.cli.Cli;
import clxs.engine.Engine;
import clxs.result.RunResult;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Healthcare as facts and dimensions: fct_claims, dim_patient, dim_date, ... and a query that uses them. */
@Command(name = "star-schema", mixinStandardHelpOptions = true, description = "Generate healthcare with its star schema and run the Kimball query.")
public class star_schema implements Callable<Integer> {

    static final String KIMBALL = """
            SELECT d.year, d.quarter, COUNT(*) AS claim_count, SUM(f.claim_amount) AS total_claimed
            FROM healthcare_star.fct_claims f
            JOIN healthcare_star.dim_date d ON f.submitted_date = d.date_key
            JOIN healthcare_star.dim_patient p ON f.patient_sk = p.patient_sk
            GROUP BY d.year, d.quarter
            ORDER BY 1, 2""";

    @Option(names = "--catalog", defaultValue = "star_demo", description = "Catalog to create (default: ${DEFAULT-VALUE}).")
    String catalog;

    @Option(names = "--scale", defaultValue = "0.01", description = "Row multiplier (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--target", defaultValue = "local", description = "local or databricks (default: ${DEFAULT-VALUE}).")
    String target;

    @Option(names = "--local-dir", description = "Where local catalogs live (default: $CLXS_HOME or ./clxs-data).")
    Path localDir;

    public static void main(String... args) {
        System.exit(Cli.recipe(new star_schema(), args));
    }

    @Override
    public Integer call() throws Exception {
        Engine where = Engines.named(target, localDir);
        RunResult result = demo(catalog).industries(HEALTHCARE).scale(scale).seed(42).starSchema().generate(where);
        System.out.println(result);
        if (!result.succeeded()) return 1;
        System.out.println(KIMBALL + ";\n");
        System.out.print(where.query(catalog, KIMBALL).toTable(40));
        return 0;
    }
}
