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
        int[] columnLevel = derivedLevels(columns, cse.roots(), plainLevel);
        int top = java.util.Arrays.stream(columnLevel).max().orElse(plainLevel);
        List<List<Step.ColumnValue>> levels = new ArrayList<>();
        for (int i = 0; i <= top; i++) levels.add(new ArrayList<>());
        for (Map.Entry<String, Expr> d : cse.definitions().entrySet()) levels.get(level.get(d.getKey())).add(new Step.ColumnValue(d.getKey(), d.getValue()));
        for (int i = 0; i < columns.size(); i++) levels.get(columnLevel[i]).add(new Step.ColumnValue(columns.get(i).name(), cse.roots().get(i)));
        levels.removeIf(List::isEmpty);
        return new Projection(levels, columns.stream().map(Step.ColumnValue::name).toList());
    }

    /**
     * Plain columns sit at {@code plainLevel}; a derived column sits one level above every column
     * its SQL reads, so {@code total} may read {@code discount} which reads {@code unit_price}.
     */
    private static int[] derivedLevels(List<Step.ColumnValue> columns, List<Expr> values, int plainLevel) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) index.put(columns.get(i).name().toLowerCase(java.util.Locale.ROOT), i);
        int[] at = new int[columns.size()];
        java.util.Arrays.fill(at, -1);
        for (int i = 0; i < columns.size(); i++) levelOf(i, columns, values, index, at, plainLevel, new java.util.HashSet<>());
        return at;
    }

    private static int levelOf(int i, List<Step.ColumnValue> columns, List<Expr> values, Map<String, Integer> index, int[] at, int plainLevel,
                               java.util.Set<Integer> visiting) {
        if (at[i] >= 0) return at[i];
        if (!visiting.add(i)) throw new IllegalArgumentException("derived column " + columns.get(i).name() + " depends on itself");
        int level = plainLevel;
        if (Expr.refersToColumns(values.get(i))) {
            level = plainLevel + 1;
            for (String word : readColumns(values.get(i))) {
                Integer j = index.get(word.toLowerCase(java.util.Locale.ROOT));
                if (j != null && j != i) level = Math.max(level, levelOf(j, columns, values, index, at, plainLevel, visiting) + 1);
            }
        }
        visiting.remove(i);
        at[i] = level;
        return level;
    }

    /** Identifiers the portable SQL of a value reads. */
    private static java.util.Set<String> readColumns(Expr e) {
        java.util.Set<String> words = new java.util.LinkedHashSet<>();
        if (e instanceof Expr.Portable p) words.addAll(clxs.model.PortableSqlText.identifiers(p.template()));
        if (e instanceof Expr.Call c) c.args().forEach(a -> words.addAll(readColumns(a)));
        if (e instanceof Expr.Case c) {
            c.conditions().forEach(a -> words.addAll(readColumns(a)));
            c.results().forEach(a -> words.addAll(readColumns(a)));
            words.addAll(readColumns(c.otherwise()));
        }
        if (e instanceof Expr.Cast c) words.addAll(readColumns(c.expr()));
        if (e instanceof Expr.Pick p) words.addAll(readColumns(p.index()));
        return words;
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
