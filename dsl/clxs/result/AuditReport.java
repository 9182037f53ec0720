package clxs.result;

import clxs.settings.Json;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;

/**
 * What {@code clxs audit} reports: the catalog, the industries checked and the foreign-key audit
 * ({@code referential_integrity}, the block a run summary has), with the errors of keys that could
 * not be checked. Nothing about generation (scale, seed, tables) that would mean nothing here.
 */
public record AuditReport(@JsonProperty("catalog_name") String catalogName,
                          @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("location") String location,
                          @JsonProperty("industries") List<String> industries,
                          @JsonProperty("duration_seconds") double durationSeconds,
                          @JsonProperty("referential_integrity") ReferentialIntegrity referentialIntegrity,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonProperty("errors") List<RunResult.StepError> errors) {

    public AuditReport {
        industries = List.copyOf(industries);
        errors = List.copyOf(errors);
    }

    /** The audit part of a run that only audited. */
    public static AuditReport of(RunResult audit) {
        ReferentialIntegrity ri = audit.referentialIntegrity() != null ? audit.referentialIntegrity() : ReferentialIntegrity.of(List.of());
        return new AuditReport(audit.catalogName(), audit.location(), audit.industries(), audit.durationSeconds(), ri, audit.errors());
    }

    /** Every key checked, none with orphans, and none that failed to run. */
    public boolean clean() {
        return errors.isEmpty() && referentialIntegrity.checksRun() > 0 && referentialIntegrity.withOrphans() == 0;
    }

    public String toJson() {
        try {
            return Json.MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code Catalog demo (healthcare): 31 foreign keys checked, all orphan-free (...)}; the
     * keys with orphans below, every key with {@code verbose}.
     */
    public String toText(boolean verbose) {
        StringBuilder b = new StringBuilder("Catalog " + catalogName + " (" + String.join(", ", industries) + "): ");
        b.append(referentialIntegrity.toText(verbose, verbose ? null : "--verbose lists every key"));
        for (RunResult.StepError e : errors) b.append("  ! ").append(e.step()).append(": ").append(e.error()).append('\n');
        return b.toString();
    }
}
