package clxs.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How an insert computes its row: named values in levels, each level reading the names of the
 * levels below it, the first reading the row id from {@code range()}. A table whose values share
 * nothing and derive nothing is one level, the plain {@code INSERT ... SELECT ... FROM range()}.
 *
 * @param levels  innermost first; every value's name is unique
 * @param output  the table's columns, in order: the names the final select reads
 */
public record Projection(List<List<Step.ColumnValue>> levels, List<String> output) {

    public Projection {
        levels = levels.stream().map(List::copyOf).toList();
        output = List.copyOf(output);
    }

    /** Shares repeated work between columns and layers derived columns above the ones they read. */
    public static Projection of(List<Step.ColumnValue> columns) {
        List<Expr> roots = columns.stream().map(Step.ColumnValue::value).toList();
        CommonSubexpressions.Result cse = CommonSubexpressions.eliminate(roots);
        Map<String, Integer> level = new HashMap<>();
        for (Map.Entry<String, Expr> d : cse.definitions().entrySet()) level.put(d.getKey(), -1);
        // definitions may read definitions created before or after them: settle levels by iteration
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<String, Expr> d : cse.definitions().entrySet()) {
                int l = 0;
                for (String ref : CommonSubexpressions.references(d.getValue())) l = Math.max(l, level.get(ref) + 1);
                if (level.get(d.getKey()) != l) {
                    level.put(d.getKey(), l);
                    changed = true;
                }
            }
        }
        int plainLevel = level.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        List<List<Step.ColumnValue>> levels = new ArrayList<>();
        for (int i = 0; i <= plainLevel + 1; i++) levels.add(new ArrayList<>());
        for (Map.Entry<String, Expr> d : cse.definitions().entrySet()) levels.get(level.get(d.getKey())).add(new Step.ColumnValue(d.getKey(), d.getValue()));
        for (int i = 0; i < columns.size(); i++) {
            Expr value = cse.roots().get(i);
            // derived columns read the table's other columns by name, so they sit one level above them
            int at = Expr.refersToColumns(value) ? plainLevel + 1 : plainLevel;
            levels.get(at).add(new Step.ColumnValue(columns.get(i).name(), value));
        }
        levels.removeIf(List::isEmpty);
        return new Projection(levels, columns.stream().map(Step.ColumnValue::name).toList());
    }

    /** One level: a plain {@code SELECT <columns> FROM range()}. */
    public boolean isFlat() {
        return levels.size() == 1;
    }

    /** The value computing a column or shared name. */
    public Expr value(String name) {
        for (List<Step.ColumnValue> l : levels) {
            for (Step.ColumnValue v : l) if (v.name().equals(name)) return v.value();
        }
        throw new IllegalArgumentException("no value named " + name);
    }
}
