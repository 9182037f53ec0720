package clxs.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import clxs.settings.Json;
import java.util.List;

/**
 * What a run did: the summary printed by {@code clxs demo} (as a table, or as JSON with
 * {@code --json} using the seed API's field names) and returned by {@code DemoCatalog.generate()}.
 */
public record RunResult(
        @JsonProperty("status") Status status,
        @JsonProperty("catalog_name") String catalogName,
        @JsonProperty("target") String target,
        @JsonProperty("dialect") String dialect,
        @JsonProperty("location") String location,
        @JsonProperty("industries") List<String> industries,
        @JsonProperty("scale_factor") double scaleFactor,
        @JsonProperty("data_model") String dataModel,
        @JsonProperty("schema_only") boolean schemaOnly,
        @JsonProperty("seed") long seed,
        @JsonProperty("started_at") String startedAt,
        @JsonProperty("duration_seconds") double durationSeconds,
        @JsonProperty("schemas") List<String> schemas,
        @JsonProperty("tables") List<TableRows> tables,
        @JsonProperty("views") List<String> views,
        @JsonProperty("udfs") List<String> udfs,
        @JsonProperty("total_rows") long totalRows,
        @JsonProperty("skipped") List<Skipped> skipped,
        @JsonProperty("errors") List<StepError> errors,
        @JsonProperty("warnings") List<StepError> warnings,
        @JsonProperty("enrichments") List<LayerSummaries.Enrichment> enrichments,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("medallion") LayerSummaries.Medallion medallion,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("star_schema") LayerSummaries.StarSchema starSchema,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("clone") LayerSummaries.Clone cloneSummary,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("referential_integrity") ReferentialIntegrity referentialIntegrity,
        @JsonUnwrapped Measured measured,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("resources") Resources resources) {

    /** A result without measurements (a dry run, a run that failed to start). */
    public RunResult(Status status, String catalogName, String target, String dialect, String location, List<String> industries, double scaleFactor,
                     String dataModel, boolean schemaOnly, long seed, String startedAt, double durationSeconds, List<String> schemas,
                     List<TableRows> tables, List<String> views, List<String> udfs, long totalRows, List<Skipped> skipped, List<StepError> errors,
                     List<StepError> warnings, List<LayerSummaries.Enrichment> enrichments, LayerSummaries.Medallion medallion,
                     LayerSummaries.StarSchema starSchema, LayerSummaries.Clone cloneSummary, ReferentialIntegrity referentialIntegrity) {
        this(status, catalogName, target, dialect, location, industries, scaleFactor, dataModel, schemaOnly, seed, startedAt, durationSeconds, schemas,
                tables, views, udfs, totalRows, skipped, errors, warnings, enrichments, medallion, starSchema, cloneSummary, referentialIntegrity,
                Measured.NONE, null);
    }

    /** This result with what the run was allowed and took (a local run). */
    public RunResult withResources(Resources r) {
        return new RunResult(status, catalogName, target, dialect, location, industries, scaleFactor, dataModel, schemaOnly, seed, startedAt,
                durationSeconds, schemas, tables, views, udfs, totalRows, skipped, errors, warnings, enrichments, medallion, starSchema, cloneSummary,
                referentialIntegrity, measured, r);
    }

    /** The Clone-Xs names of fields this result carries under its own ({@code catalog}, {@code tables_created}, ...). */
    @JsonUnwrapped
    public CloneXsFields cloneXs() {
        return CloneXsFields.of(this);
    }

    public enum Status {
        SUCCEEDED, FAILED, CANCELLED, DRY_RUN;

        @JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Rows of one generated table, counted after the run. */
    public record TableRows(@JsonProperty("schema") String schema, @JsonProperty("table") String table, @JsonProperty("rows") long rows) {}

    /** A step or part of a step not done, and why. */
    public record Skipped(@JsonProperty("step") String step, @JsonProperty("reason") String reason) {}

    /** A step that failed, and the engine's message (a warning when the step was optional). */
    public record StepError(@JsonProperty("step") String step, @JsonProperty("error") String error) {}

    public RunResult {
        industries = List.copyOf(industries);
        schemas = List.copyOf(schemas);
        tables = List.copyOf(tables);
        views = List.copyOf(views);
        udfs = List.copyOf(udfs);
        skipped = List.copyOf(skipped);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        enrichments = List.copyOf(enrichments);
        if (measured == null) measured = Measured.NONE;
    }

    public boolean succeeded() {
        return status == Status.SUCCEEDED || status == Status.DRY_RUN;
    }

    /** Rows of {@code schema.table}, or -1 when the run did not produce it. */
    public long rows(String schema, String table) {
        return tables.stream().filter(t -> t.schema().equals(schema) && t.table().equals(table)).mapToLong(TableRows::rows).findFirst().orElse(-1);
    }

    public String toJson() {
        try {
            return Json.MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The human summary: a line per kind of schema, the enrichments, the foreign-key audit in one
     * line when it found no orphans, skipped steps and errors.
     */
    @Override
    public String toString() {
        return SummaryText.of(this, false);
    }

    /** The summary; {@code verbose} adds every table's rows and every foreign key's audit. */
    public String toText(boolean verbose) {
        return SummaryText.of(this, verbose);
    }
}
