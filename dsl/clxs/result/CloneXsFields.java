package clxs.result;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The result fields of the Clone-Xs generator that clxs names differently, so a script written
 * against either tool reads a {@code --json} summary of both ({@code total_rows}, {@code errors} and
 * {@code anomalies} are already shared).
 */
public record CloneXsFields(@JsonProperty("catalog") String catalog, @JsonProperty("schemas_created") int schemasCreated,
                            @JsonProperty("tables_created") int tablesCreated, @JsonProperty("views_created") int viewsCreated,
                            @JsonProperty("udfs_created") int udfsCreated, @JsonProperty("elapsed_seconds") double elapsedSeconds) {

    static CloneXsFields of(RunResult r) {
        return new CloneXsFields(r.catalogName(), r.schemas().size(), r.tables().size(), r.views().size(), r.udfs().size(), r.durationSeconds());
    }
}
