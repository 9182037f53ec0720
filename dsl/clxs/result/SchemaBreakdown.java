package clxs.result;

import clxs.model.Udf;
import clxs.plan.SchemaNames;
import clxs.plan.enrichment.AccessPoliciesLayer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a run created, one line per kind of schema (an industry's own, its bronze, silver, gold and
 * star schemas, {@code data_catalog}, {@code cross_industry}), so the counts add up to the headline
 * and say where the objects beyond an industry's own tables, views and functions come from. A kind
 * with one schema shows that schema's name; several (ten industries) show as one line.
 */
record SchemaBreakdown(List<Kind> kinds) {

    /** One kind of schema and what its schemas hold; {@code policyFunctions} of its functions serve column masks and row filters. */
    record Kind(String label, String note, int schemas, int tables, int views, int functions, int policyFunctions, long rows,
                List<RunResult.TableRows> largest) {}

    private static final Set<String> POLICY_FUNCTIONS = AccessPoliciesLayer.policyFunctions().stream().map(Udf::name).collect(Collectors.toSet());

    static SchemaBreakdown of(RunResult r) {
        Map<String, String> kindOf = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        for (String i : r.industries()) kindOf.put(i, "industry");
        for (String i : r.industries()) {
            kindOf.put(SchemaNames.bronze(i), "bronze");
            kindOf.put(SchemaNames.silver(i), "silver");
            kindOf.put(SchemaNames.gold(i), "gold");
            kindOf.put(SchemaNames.star(i), "star");
        }
        notes.put("bronze", "the facts as raw landing data (one row in ten, with _ingested_at, _source_file, _raw_id)");
        notes.put("silver", "views over bronze without the metadata and the re-delivered rows");
        notes.put("gold", "business aggregates over silver");
        notes.put("star", "Kimball star schema: dim_date, dimensions with surrogate keys, fct_ facts");
        notes.put("data_catalog", "views of this catalog's tables, columns, schemas and personal-data columns");
        notes.put("cross_industry", "views comparing industries side by side");

        Map<String, List<String>> schemasByKind = new LinkedHashMap<>();
        for (String kind : List.of("industry", "bronze", "silver", "gold", "star")) {
            for (String s : r.schemas()) if (kind.equals(kindOf.get(s))) schemasByKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(s);
        }
        for (String s : r.schemas()) if (!kindOf.containsKey(s)) schemasByKind.computeIfAbsent(s, k -> new ArrayList<>()).add(s);

        Function<String, String> schemaOf = name -> name.substring(0, name.indexOf('.'));
        List<Kind> kinds = new ArrayList<>();
        schemasByKind.forEach((kind, schemas) -> {
            Set<String> in = Set.copyOf(schemas);
            List<RunResult.TableRows> tables = r.tables().stream().filter(t -> in.contains(t.schema())).toList();
            int views = (int) r.views().stream().filter(v -> in.contains(schemaOf.apply(v))).count();
            List<String> functions = r.udfs().stream().filter(f -> in.contains(schemaOf.apply(f))).toList();
            int policy = (int) functions.stream().filter(f -> POLICY_FUNCTIONS.contains(f.substring(f.indexOf('.') + 1))).count();
            long rows = tables.stream().mapToLong(RunResult.TableRows::rows).sum();
            List<RunResult.TableRows> largest = tables.stream().filter(t -> t.rows() > 0)
                    .sorted(Comparator.comparingLong(RunResult.TableRows::rows).reversed()).limit(3).toList();
            String label = schemas.size() == 1 ? schemas.get(0) : kind.equals("industry") ? "industry schemas" : "*_" + kind;
            kinds.add(new Kind(label, notes.getOrDefault(kind, ""), schemas.size(), tables.size(), views, functions.size(), policy, rows,
                    largest));
        });
        return new SchemaBreakdown(kinds);
    }

    String text() {
        List<List<String>> rows = new ArrayList<>();
        for (Kind k : kinds) {
            boolean many = k.schemas() > 1;
            String functions = k.policyFunctions() == 0 ? number(k.functions()) : (k.functions() - k.policyFunctions()) + " + " + k.policyFunctions();
            String largest = k.largest().stream().map(t -> (many ? t.schema() + "." : "") + t.table() + " " + String.format("%,d", t.rows()))
                    .collect(Collectors.joining(", "));
            rows.add(List.of(k.label() + (many ? " (" + k.schemas() + ")" : ""), number(k.tables()), number(k.views()), functions,
                    k.tables() == 0 ? "" : String.format("%,d", k.rows()), largest));
        }
        StringBuilder b = new StringBuilder(TextTable.render(List.of("schema", "tables", "views", "functions", "rows", "largest tables"), rows,
                List.of(false, true, true, true, true, false)));
        for (Kind k : kinds) if (!k.note().isEmpty()) b.append("  ").append(k.label()).append(": ").append(k.note()).append('\n');
        for (Kind k : kinds) {
            if (k.policyFunctions() == 0) continue;
            b.append("  ").append(k.functions() - k.policyFunctions()).append(" + ").append(k.policyFunctions()).append(" functions: the industry's own and ")
                    .append(k.policyFunctions()).append(" for column masks and row filters (mask_pii_*, filter_by_*)\n");
        }
        return b.toString();
    }

    private static String number(int n) {
        return n == 0 ? "" : String.valueOf(n);
    }
}
