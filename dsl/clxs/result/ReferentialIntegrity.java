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

    /**
     * One line when every key is orphan-free; otherwise that line and the keys with orphans. With
     * {@code verbose}, every key: {@code ✓ healthcare.claims.patient_id -> patients.patient_id (100,000 sampled)}.
     */
    public String toText(boolean verbose) {
        return toText(verbose, null);
    }

    /** @param hint added to the first line's parentheses ({@code --verbose lists every key}), or null */
    public String toText(boolean verbose, String hint) {
        StringBuilder b = new StringBuilder(headline(hint)).append('\n');
        for (Detail d : details) {
            if (d.orphans() > 0) b.append(String.format("  ✗ %s: %,d orphans of %,d sampled (%s%%)%n", d, d.orphans(), d.childSampled(), d.orphanPct()));
            else if (verbose) b.append(String.format("  ✓ %s (%,d sampled)%n", d, d.childSampled()));
        }
        return b.toString();
    }

    /** Every key, as {@link #toText(boolean) toText(true)}: for messages of tests and tools. */
    public String toText() {
        return toText(true);
    }

    /** {@code 31 foreign keys checked, all orphan-free (up to 100,000 child rows sampled per key).} or how many have orphans. */
    public String headline(String hint) {
        if (checksRun == 0) return "No foreign keys declared: nothing to check.";
        long sampled = details.stream().mapToLong(Detail::childSampled).max().orElse(0);
        String how = String.format("up to %,d child rows sampled per key", sampled) + (hint == null ? "" : "; " + hint);
        if (withOrphans == 0) {
            return String.format("%s checked, %s orphan-free (%s).", TextTable.count(checksRun, "foreign key"), checksRun == 1 ? "it is" : "all", how);
        }
        return String.format("%s checked: %,d with orphans, %,d orphan-free (%s):", TextTable.count(checksRun, "foreign key"), withOrphans, orphanFree, how);
    }
}
