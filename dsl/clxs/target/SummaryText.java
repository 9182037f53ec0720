package clxs.target;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The human form of a {@link RunResult}. */
public final class SummaryText {

    private SummaryText() {}

    public static String of(RunResult r) {
        StringBuilder b = new StringBuilder();
        b.append(headline(r)).append('\n');
        b.append(String.format("  target   %s (%s)%s%n", r.target(), r.dialect(), r.location() == null ? "" : " " + r.location()));
        b.append(String.format("  seed     %d   (repeat this run with --seed %d)%n", r.seed(), r.seed()));
        b.append(String.format("  scale    %s   industries: %s%n", r.scaleFactor(), String.join(", ", r.industries())));
        b.append(String.format("  created  %d schemas, %d tables, %d views, %d functions, %,d rows in %.1f s%n",
                r.schemas().size(), r.tables().size(), r.views().size(), r.udfs().size(), r.totalRows(), r.durationSeconds()));
        if (!r.tables().isEmpty()) {
            b.append('\n');
            Map<String, List<RunResult.TableRows>> bySchema = new LinkedHashMap<>();
            for (RunResult.TableRows t : r.tables()) bySchema.computeIfAbsent(t.schema(), s -> new ArrayList<>()).add(t);
            List<List<String>> rows = new ArrayList<>();
            for (Map.Entry<String, List<RunResult.TableRows>> e : bySchema.entrySet()) {
                for (RunResult.TableRows t : e.getValue()) rows.add(List.of(e.getKey(), t.table(), String.format("%,d", t.rows())));
            }
            b.append(TextTable.render(List.of("schema", "table", "rows"), rows, List.of(false, false, true)));
        }
        if (r.referentialIntegrity() != null) b.append('\n').append(r.referentialIntegrity().toText());
        if (!r.skipped().isEmpty()) {
            b.append("\nSkipped (").append(r.skipped().size()).append("):\n");
            for (RunResult.Skipped s : r.skipped()) b.append("  - ").append(s.step()).append(": ").append(s.reason()).append('\n');
        }
        if (!r.errors().isEmpty()) {
            b.append("\nErrors (").append(r.errors().size()).append("):\n");
            for (RunResult.StepError e : r.errors()) b.append("  x ").append(e.step()).append(": ").append(e.error()).append('\n');
        }
        return b.toString();
    }

    private static String headline(RunResult r) {
        return switch (r.status()) {
            case SUCCEEDED -> "Catalog " + r.catalogName() + " is ready.";
            case DRY_RUN -> "Dry run of catalog " + r.catalogName() + ": nothing was executed.";
            case CANCELLED -> "Run of catalog " + r.catalogName() + " was cancelled; partial results below.";
            case FAILED -> "Run of catalog " + r.catalogName() + " failed (" + r.errors().size() + " error" + (r.errors().size() == 1 ? "" : "s") + ").";
        };
    }
}
