package clxs.result;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The human form of a {@link RunResult}: a headline, one line per schema with what it holds, the
 * enrichments, and the foreign-key audit in one line when every key is orphan-free. The verbose
 * form adds every table's rows and every key's audit ({@code clxs demo --verbose}); the JSON
 * always has both.
 */
public final class SummaryText {

    private SummaryText() {}

    public static String of(RunResult r) {
        return of(r, false);
    }

    public static String of(RunResult r, boolean verbose) {
        StringBuilder b = new StringBuilder();
        b.append(headline(r)).append('\n');
        b.append(String.format("  target   %s (%s)%s%n", r.target(), r.dialect(), r.location() == null ? "" : " " + r.location()));
        b.append(String.format("  seed     %d   (the same seed repeats this run)%n", r.seed()));
        b.append(String.format("  scale    %s   %s: %s%s%n", TextTable.plain(r.scaleFactor()), r.industries().size() == 1 ? "industry" : "industries",
                String.join(", ", r.industries()), r.schemaOnly() ? "   (schema only: no rows)" : ""));
        if (r.status() == RunResult.Status.CANCELLED) {
            cancelled(r, b);
            return b.toString();
        }
        b.append(String.format("  created  %s, %s, %s, %s, %s in %.1f s%s%n", TextTable.count(r.schemas().size(), "schema"),
                TextTable.count(r.tables().size(), "table"), TextTable.count(r.views().size(), "view"), TextTable.count(r.udfs().size(), "function"),
                rows(r), r.durationSeconds(), r.resources() == null ? "" : r.resources().inBrief()));
        if (verbose && r.resources() != null) b.append(r.resources().toText());
        if (!r.schemas().isEmpty()) {
            b.append('\n').append(SchemaBreakdown.of(r).text());
        }
        if (verbose && !r.tables().isEmpty()) {
            b.append('\n');
            List<List<String>> rows = new ArrayList<>();
            for (RunResult.TableRows t : r.tables()) rows.add(List.of(t.schema(), t.table(), String.format("%,d", t.rows())));
            b.append(TextTable.render(List.of("schema", "table", "rows"), rows, List.of(false, false, true)));
        }
        layers(r, b);
        if (!r.enrichments().isEmpty()) {
            b.append("\nEnrichments:\n");
            List<List<String>> rows = new ArrayList<>();
            for (LayerSummaries.Enrichment e : r.enrichments()) {
                rows.add(List.of(e.enrichment(), String.valueOf(e.applied()), String.valueOf(e.skipped()), String.valueOf(e.failed()),
                        String.join("; ", e.reasons())));
            }
            b.append(TextTable.render(List.of("enrichment", "applied", "skipped", "failed", "why skipped"), rows, List.of(false, true, true, true, false)));
        }
        if (r.referentialIntegrity() != null) b.append('\n').append(r.referentialIntegrity().toText(verbose));
        if (!r.measured().toText().isEmpty()) b.append('\n').append(r.measured().toText());
        skipped(r, b);
        problems(b, "Warnings (optional steps that failed; the catalog is complete)", "  ! ", r.warnings());
        problems(b, "Errors", "  x ", r.errors());
        if (!verbose && !r.tables().isEmpty()) b.append("\n(--verbose lists the rows of every table and every foreign key; --json has both)\n");
        return b.toString();
    }

    /** Rows were not counted after Ctrl-C, so a cancelled run says what it did and what is left, not a table of zeros. */
    private static void cancelled(RunResult r, StringBuilder b) {
        b.append(String.format("  done     %s, %s, %s, %s in %.1f s, before it was cancelled%n", TextTable.count(r.schemas().size(), "schema"),
                TextTable.count(r.tables().size(), "table"), TextTable.count(r.views().size(), "view"), TextTable.count(r.udfs().size(), "function"),
                r.durationSeconds()));
        b.append(r.target().equals("local")
                ? "  kept     nothing: " + r.catalogName() + " is as it was before this run\n"
                : "  kept     what was created stays; run the same command again to finish (tables are replaced, not appended to)\n");
        problems(b, "Warnings", "  ! ", r.warnings());
        problems(b, "Errors", "  x ", r.errors());
    }

    private static void layers(RunResult r, StringBuilder b) {
        // the medallion's schemas are in the breakdown; the star schema and the clone get a line
        LayerSummaries.StarSchema s = r.starSchema();
        LayerSummaries.Clone c = r.cloneSummary();
        if (s == null && c == null) return;
        b.append('\n');
        if (s != null) {
            b.append(String.format("Star schema:  %s, %s in %s%n", TextTable.count(s.factsCreated(), "fact"), TextTable.count(s.dimsCreated(), "dimension"),
                    String.join(", ", s.schemasCreated())));
        }
        if (c != null) {
            b.append(String.format("Clone:        %s (%s): %s, %s, %s%s%n", c.destCatalog(), c.method().replace('_', ' '), TextTable.count(c.tables(), "table"),
                    TextTable.count(c.views(), "view"), TextTable.count(c.functions(), "function"), c.location() == null ? "" : " in " + c.location()));
        }
    }

    /**
     * Skipped steps grouped by reason: one line per reason, with how many steps and an example.
     * Reasons already in the enrichments table are not repeated.
     */
    private static void skipped(RunResult r, StringBuilder b) {
        Set<String> shown = new HashSet<>();
        r.enrichments().forEach(e -> shown.addAll(e.reasons()));
        Map<String, List<String>> byReason = new LinkedHashMap<>();
        int count = 0;
        for (RunResult.Skipped s : r.skipped()) {
            if (shown.contains(s.reason())) continue;
            byReason.computeIfAbsent(s.reason(), k -> new ArrayList<>()).add(s.step());
            count++;
        }
        if (byReason.isEmpty()) return;
        b.append("\nSkipped (").append(count).append("):\n");
        for (Map.Entry<String, List<String>> e : byReason.entrySet()) {
            List<String> steps = e.getValue();
            if (steps.size() == 1) b.append("  - ").append(steps.get(0)).append(": ").append(e.getKey()).append('\n');
            else b.append("  - ").append(steps.size()).append(" steps (").append(steps.get(0)).append(", ...): ").append(e.getKey()).append('\n');
        }
    }

    private static void problems(StringBuilder b, String title, String bullet, List<RunResult.StepError> list) {
        if (list.isEmpty()) return;
        b.append('\n').append(title).append(" (").append(list.size()).append("):\n");
        for (RunResult.StepError e : list) b.append(bullet).append(e.step()).append(": ").append(e.error()).append('\n');
    }

    private static String headline(RunResult r) {
        return switch (r.status()) {
            case SUCCEEDED -> "Catalog " + r.catalogName() + " is ready.";
            case DRY_RUN -> "Dry run of catalog " + r.catalogName() + ": nothing was executed.";
            case CANCELLED -> "Run of catalog " + r.catalogName() + " was cancelled.";
            case FAILED -> "Run of catalog " + r.catalogName() + " failed (" + TextTable.count(r.errors().size(), "error") + ").";
        };
    }

    /** The industry tables' rows and, when the layers copied rows (bronze, star facts), every table's: the table count includes theirs. */
    private static String rows(RunResult r) {
        long everyTable = r.tables().stream().mapToLong(RunResult.TableRows::rows).sum();
        String rows = TextTable.count(r.totalRows(), "row");
        return everyTable > r.totalRows() ? rows + String.format(" (%,d in every table, with the layers' copies)", everyTable) : rows;
    }
}
