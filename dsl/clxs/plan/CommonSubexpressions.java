package clxs.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds expressions a row computes more than once (the draw behind a weighted choice tested in
 * every WHEN, a foreign key read by a lookup, the index shared by city, state and zip) and names
 * them, so each is computed once per row. Engines do not reliably do this themselves: DuckDB
 * re-evaluates repeated hashes, which made code columns ten times slower than plain ones.
 */
final class CommonSubexpressions {

    private final List<Expr> roots;
    private final Map<String, Expr> definitions = new LinkedHashMap<>();

    private CommonSubexpressions(List<Expr> roots) {
        this.roots = new ArrayList<>(roots);
    }

    /** The roots rewritten to read shared values by name, and the definitions of those names in order of creation. */
    record Result(List<Expr> roots, Map<String, Expr> definitions) {}

    static Result eliminate(List<Expr> roots) {
        CommonSubexpressions cse = new CommonSubexpressions(roots);
        cse.run();
        return new Result(cse.roots, cse.definitions);
    }

    private void run() {
        while (true) {
            // insertion order keeps ties (and so the generated SQL) the same on every run
            Map<Expr, Integer> counts = new LinkedHashMap<>();
            for (Expr r : roots) count(r, counts);
            for (Expr d : definitions.values()) count(d, counts);
            Expr best = null;
            int bestSize = 0;
            for (Map.Entry<Expr, Integer> e : counts.entrySet()) {
                if (e.getValue() < 2 || !worthSharing(e.getKey())) continue;
                int size = size(e.getKey());
                if (size > bestSize) {
                    best = e.getKey();
                    bestSize = size;
                }
            }
            if (best == null) return;
            share(best, "__e" + (definitions.size() + 1));
        }
    }

    private void share(Expr value, String name) {
        Expr ref = new Expr.ColumnRef(name);
        roots.replaceAll(r -> replace(r, value, ref));
        definitions.replaceAll((n, d) -> replace(d, value, ref));
        definitions.put(name, value);
    }

    /** Counts every node a row evaluates in its own context (not the hash operand of WITH_ROW_ID). */
    private static void count(Expr e, Map<Expr, Integer> counts) {
        counts.merge(e, 1, Integer::sum);
        for (Expr child : children(e)) count(child, counts);
    }

    private static List<Expr> children(Expr e) {
        if (e instanceof Expr.Call c) {
            // the first argument of WITH_ROW_ID is evaluated at another row id: it cannot be shared on its own
            return c.op() == Op.WITH_ROW_ID ? List.of(c.args().get(1)) : c.args();
        }
        if (e instanceof Expr.Case c) {
            List<Expr> all = new ArrayList<>(c.conditions());
            all.addAll(c.results());
            all.add(c.otherwise());
            return all;
        }
        if (e instanceof Expr.Pick p) return List.of(p.index());
        if (e instanceof Expr.Cast c) return List.of(c.expr());
        if (e instanceof Expr.Portable p) return p.inputs();
        return List.of();
    }

    /** Shared values must cost something to compute: a hash, a transcendental function, a digest. */
    private static boolean worthSharing(Expr e) {
        if (e instanceof Expr.Lit || e instanceof Expr.RowId || e instanceof Expr.ColumnRef) return false;
        if (e instanceof Expr.Portable || e instanceof Expr.DatabricksOnly) return false;
        return costly(e);
    }

    private static boolean costly(Expr e) {
        if (e instanceof Expr.HashInt || e instanceof Expr.HashUnit) return true;
        if (e instanceof Expr.Call c) {
            switch (c.op()) {
                case WITH_ROW_ID: case POW: case EXP: case LN: case SQRT: case COS: case SHA256: return true;
                default: break;
            }
        }
        for (Expr child : children(e)) if (costly(child)) return true;
        return false;
    }

    private static int size(Expr e) {
        int n = 1;
        if (e instanceof Expr.Call c && c.op() == Op.WITH_ROW_ID) return n + size(c.args().get(0)) + size(c.args().get(1));
        for (Expr child : children(e)) n += size(child);
        return n;
    }

    /** {@code e} with every occurrence of {@code target} (outside WITH_ROW_ID hash operands) replaced. */
    private static Expr replace(Expr e, Expr target, Expr with) {
        if (e.equals(target)) return with;
        if (e instanceof Expr.Call c) {
            if (c.op() == Op.WITH_ROW_ID) return new Expr.Call(Op.WITH_ROW_ID, List.of(c.args().get(0), replace(c.args().get(1), target, with)));
            List<Expr> args = new ArrayList<>();
            for (Expr a : c.args()) args.add(replace(a, target, with));
            return new Expr.Call(c.op(), args);
        }
        if (e instanceof Expr.Case c) {
            List<Expr> cond = new ArrayList<>();
            for (Expr x : c.conditions()) cond.add(replace(x, target, with));
            List<Expr> res = new ArrayList<>();
            for (Expr x : c.results()) res.add(replace(x, target, with));
            return new Expr.Case(cond, res, replace(c.otherwise(), target, with));
        }
        if (e instanceof Expr.Pick p) return new Expr.Pick(p.values(), replace(p.index(), target, with));
        if (e instanceof Expr.Cast c) return new Expr.Cast(replace(c.expr(), target, with), c.type());
        if (e instanceof Expr.Portable p) {
            List<Expr> in = new ArrayList<>();
            for (Expr x : p.inputs()) in.add(replace(x, target, with));
            return new Expr.Portable(p.template(), in);
        }
        if (e instanceof Expr.DatabricksOnly d && d.fallback() != null) return new Expr.DatabricksOnly(d.sql(), replace(d.fallback(), target, with));
        return e;
    }

    /** Names a value reads from lower levels. */
    static List<String> references(Expr e) {
        List<String> out = new ArrayList<>();
        collect(e, out);
        return out;
    }

    private static void collect(Expr e, List<String> out) {
        if (e instanceof Expr.ColumnRef r) out.add(r.name());
        if (e instanceof Expr.Call c && c.op() == Op.WITH_ROW_ID) {
            collect(c.args().get(1), out);
            return;
        }
        if (e instanceof Expr.DatabricksOnly d && d.fallback() != null) collect(d.fallback(), out);
        for (Expr child : children(e)) collect(child, out);
    }
}
