///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DESCRIPTION ML labels: fraud, churn and anomaly labels a first model can learn, with their positive rates and feature/label tables
//DEPS ../dsl/clxs/Clxs.java
//JAVA_OPTIONS -XX:+UseSerialGC -XX:TieredStopAtLevel=1

import static clxs.Clxs.*;

import clxs.Engines;
import clxs.cli.Cli;
import clxs.engine.Engine;
import clxs.model.Industry;
import clxs.model.Table;
import clxs.plan.labels.LabelModel;
import clxs.plan.labels.LabelModels;
import clxs.result.Measured;
import clxs.result.RunResult;
import clxs.sql.PortableSql;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Generates the four labelled tables ({@code --inject-anomalies}) and prints, for each label, the
 * positive rate measured on the data and the feature/label table of its documented model: the SQL
 * a notebook runs to get one row per example (features, then {@code label}), and its first rows.
 * Nothing is trained here.
 */
@Command(name = "ml-labels", mixinStandardHelpOptions = true, description = "Generate ML labels and print their rates and feature/label tables.")
public class ml_labels implements Callable<Integer> {

    @Option(names = "--catalog", defaultValue = "ml_demo", description = "Catalog to create (default: ${DEFAULT-VALUE}).")
    String catalog;

    @Option(names = "--scale", defaultValue = "0.01", description = "Row multiplier (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--anomaly-rate", defaultValue = "0.02", description = "Positive rate of every label, 0..1 (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--rows", defaultValue = "8", description = "Rows of each feature/label table to print (default: ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--target", defaultValue = "local", description = "local or databricks (default: ${DEFAULT-VALUE}).")
    String target;

    @Option(names = "--local-dir", description = "Where local catalogs live (default: $CLXS_HOME or ./clxs-data).")
    Path localDir;

    public static void main(String... args) {
        System.exit(Cli.recipe(new ml_labels(), args));
    }

    @Override
    public Integer call() throws Exception {
        Engine where = Engines.named(target, localDir);
        List<Industry> labelled = List.of(FINANCIAL, TELECOM, HEALTHCARE, MANUFACTURING);
        var definition = demo(catalog).industries(labelled).scale(scale).seed(42).medallion(false).injectAnomalies(rate);
        RunResult result = definition.generate(where);
        if (!result.succeeded()) {
            System.out.println(result);
            return 1;
        }
        System.out.printf("%-45s %-8s %10s %10s %12s%n", "label", "type", "asked", "positive", "rows");
        for (Measured.Anomaly a : result.measured().anomalies()) {
            System.out.printf("%-45s %-8s %10.4f %10.4f %,12d%n", a.industry() + "." + a.table() + "." + a.column(), a.sqlType(), a.anomalyRate(),
                    a.positiveRate(), a.rows());
        }
        for (Industry industry : labelled) {
            for (Table t : industry.tables()) {
                LabelModel m = LabelModels.of(industry, t, definition.settings().endDate()).orElse(null);
                if (m == null) continue;
                String sql = PortableSql.render(where.dialect(), m.featureQuery(), catalog, industry.name());
                System.out.println("\n-- " + m.qualifiedColumn() + " (" + m.useCase() + "): p = 1 / (1 + exp(-(b0 + "
                        + String.join(" + ", m.features().stream().map(f -> f.weight() + "·" + f.name()).toList()) + ")))");
                System.out.println(sql + ";\n");
                System.out.print(where.query(catalog, sql + " LIMIT " + rows).toTable(rows));
            }
        }
        return 0;
    }
}
