package clxs.yaml;

import clxs.model.Industry;
import java.util.List;
import java.util.Optional;

/**
 * An industry read from a YAML file. Tables written in the Clone-Xs form ({@code ddl_cols},
 * {@code insert_expr}) hold raw Databricks SQL, so such an industry runs on Databricks only:
 * {@link #databricksOnly()} says why, naming the file, for a local target to refuse it with.
 */
public record YamlIndustry(String file, Industry industry, List<String> cloneXsTables) {

    public YamlIndustry {
        cloneXsTables = List.copyOf(cloneXsTables);
    }

    /** Why this industry cannot run on a local engine, or empty when it can. */
    public Optional<String> databricksOnly() {
        if (cloneXsTables.isEmpty()) return Optional.empty();
        return Optional.of(file + ": industry " + industry.name() + " writes table" + (cloneXsTables.size() == 1 ? " " : "s ")
                + String.join(", ", cloneXsTables) + " in the Clone-Xs form (ddl_cols and insert_expr), raw Databricks SQL that runs on Databricks only"
                + " (--target databricks). To run it locally, write the columns in the portable form instead: 'columns:' with one generator"
                + " each, e.g. '- {name: carrier, oneOf: [UA, DL, AA]}' or '- {name: dep_date, dates: {seasonality: summer_peak}}'"
                + " (see templates/aerospace.yaml).");
    }
}
