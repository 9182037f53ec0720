package clxs.result;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The foreign-key audit of a run: for every declared foreign key, a sampled LEFT JOIN counting
 * child values without a parent row. Field names are the seed API's.
 */
public record ReferentialIntegrity(
        @JsonProperty("checks_run") int checksRun,
        @JsonProperty("orphan_free") int orphanFree,
        @JsonProperty("with_orphans") int withOrphans,
        @JsonProperty("details") List<Detail> details) {

    public record Detail(
            @JsonProperty("industry") String industry,
            @JsonProperty("child") String child,
            @JsonProperty("fk") String fk,
            @JsonProperty("parent") String parent,
            @JsonProperty("parent_pk") String parentPk,
            @JsonProperty("child_sampled") long childSampled,
            @JsonProperty("orphans") long orphans,
            @JsonProperty("orphan_pct") double orphanPct,
            /* Clone-Xs: a row filter on the parent hides rows from the check, so orphans may be filtered parents */
            @JsonProperty("parent_has_row_filter") boolean parentHasRowFilter) {

        public static Detail of(String industry, String child, String fk, String parent, String parentPk, long sampled, long orphans) {
            return of(industry, child, fk, parent, parentPk, sampled, orphans, false);
        }

        public static Detail of(String industry, String child, String fk, String parent, String parentPk, long sampled, long orphans,
                                boolean parentHasRowFilter) {
            double pct = sampled == 0 ? 0 : Math.round(orphans * 100_000.0 / sampled) / 1000.0;
            return new Detail(industry, child, fk, parent, parentPk, sampled, orphans, pct, parentHasRowFilter);
        }

        @Override
        public String toString() {
            return industry + "." + child + "." + fk + " -> " + parent + "." + parentPk;
        }
    }

    public ReferentialIntegrity {
        details = List.copyOf(details);
    }

    public static ReferentialIntegrity of(List<Detail> details) {
        int orphanFree = (int) details.stream().filter(d -> d.orphans() == 0).count();
        return new ReferentialIntegrity(details.size(), orphanFree, details.size() - orphanFree, details);
    }

    /** {@code ✓ healthcare.claims.patient_id -> patients.patient_id} or the orphan count and share. */
    public String toText() {
        StringBuilder b = new StringBuilder(String.format("Foreign-key audit: %d checks, %d orphan-free, %d with orphans%n", checksRun, orphanFree, withOrphans));
        for (Detail d : details) {
            if (d.orphans() == 0) b.append(String.format("  ✓ %s (%,d sampled)%n", d, d.childSampled()));
            else b.append(String.format("  ✗ %s: %,d orphans of %,d sampled (%s%%)%n", d, d.orphans(), d.childSampled(), d.orphanPct()));
        }
        return b.toString();
    }
}
