package clxs.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The blocks a run summary gains for the optional layers (seed API field names). */
public final class LayerSummaries {

    private LayerSummaries() {}

    /** {@code star_schema}: the Kimball overlay per industry. */
    public record StarSchema(@JsonProperty("industries") List<String> industries,
                             @JsonProperty("schemas_created") List<String> schemasCreated,
                             @JsonProperty("facts_created") int factsCreated,
                             @JsonProperty("dims_created") int dimsCreated,
                             @JsonProperty("per_industry") List<StarIndustry> perIndustry) {}

    public record StarIndustry(@JsonProperty("industry") String industry, @JsonProperty("schema") String schema,
                               @JsonProperty("facts_created") int factsCreated, @JsonProperty("dims_created") int dimsCreated,
                               @JsonProperty("schema_only") boolean schemaOnly) {}

    /** {@code medallion}: bronze tables, silver views and gold views created. */
    public record Medallion(@JsonProperty("schemas") List<String> schemas, @JsonProperty("bronze_tables") int bronzeTables,
                            @JsonProperty("silver_views") int silverViews, @JsonProperty("gold_views") int goldViews) {}

    /** {@code clone}: the copy of the catalog made with {@code --dest-catalog}. */
    public record Clone(@JsonProperty("dest_catalog") String destCatalog, @JsonProperty("method") String method,
                        @JsonProperty("tables") int tables, @JsonProperty("views") int views, @JsonProperty("functions") int functions,
                        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("location") String location) {}

    /**
     * One post-generation enrichment: how many of its steps were applied, skipped (with the
     * engine's reasons) or failed (as warnings; the catalog is still complete).
     */
    public record Enrichment(@JsonProperty("enrichment") String enrichment, @JsonProperty("applied") int applied,
                             @JsonProperty("skipped") int skipped, @JsonProperty("failed") int failed,
                             @JsonProperty("reasons") List<String> reasons) {}
}
