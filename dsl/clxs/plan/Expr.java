package clxs.plan;

import clxs.model.SqlType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A dialect-free value expression: what generators lower to and what every dialect renders.
 * Randomness enters only through {@link HashInt} and {@link HashUnit}, pure functions of the row id
 * and a salt, which is why generation is reproducible on any number of threads.
 */
public sealed interface Expr {

    /** The row id of the row source ({@code range()}). */
    record RowId() implements Expr {}

    /** A constant: String, Integer, Long, Double, Boolean, LocalDate, LocalDateTime, or null for NULL. */
    record Lit(Object value) implements Expr {}

    /** A uniform integer in {@code [0, bound)} derived from {@code hash(row id, salt)}. */
    record HashInt(int salt, long bound) implements Expr {
        public HashInt {
            if (bound < 1) throw new IllegalArgumentException("hash bound must be >= 1, got " + bound);
        }
    }

    /** A uniform double in the open interval {@code (0, 1)} derived from {@code hash(row id, salt)}. */
    record HashUnit(int salt) implements Expr {}

    /** An operator or function applied to arguments. */
    record Call(Op op, List<Expr> args) implements Expr {
        public Call {
            args = List.copyOf(args);
        }
    }

    /** {@code CASE WHEN conditions[i] THEN results[i] ... ELSE otherwise END}. */
    record Case(List<Expr> conditions, List<Expr> results, Expr otherwise) implements Expr {
        public Case {
            conditions = List.copyOf(conditions);
            results = List.copyOf(results);
            if (conditions.size() != results.size() || conditions.isEmpty()) throw new IllegalArgumentException("CASE needs matching WHEN/THEN pairs");
        }
    }

    /** The element at a 0-based {@code index} of a constant list. */
    record Pick(List<Object> values, Expr index) implements Expr {
        public Pick {
            values = List.copyOf(values);
        }
    }

    record Cast(Expr expr, SqlType type) implements Expr {}

    /** A portable SQL template over the row's columns, with {@code $0, $1, ...} bound to {@code inputs}. */
    record Portable(String template, List<Expr> inputs) implements Expr {
        public Portable {
            inputs = List.copyOf(inputs);
        }
    }

    /** Databricks SQL used verbatim; other dialects render {@code fallback} (NULL when absent). */
    record DatabricksOnly(String sql, Expr fallback) implements Expr {}

    /** A value computed once, at a lower level of a {@link Projection}, and read here by name. */
    record ColumnRef(String name) implements Expr {}

    // ------------------------------------------------------------------ builders

    static Expr lit(Object value) { return new Lit(value); }

    static Expr call(Op op, Expr... args) { return new Call(op, Arrays.asList(args)); }

    static Expr add(Expr a, Expr b) { return call(Op.ADD, a, b); }

    static Expr mul(Expr a, Expr b) { return call(Op.MUL, a, b); }

    static Expr cast(Expr e, SqlType type) { return new Cast(e, type); }

    static Expr concat(Expr... parts) { return new Call(Op.CONCAT, Arrays.asList(parts)); }

    static Expr str(Expr e) { return call(Op.TO_STRING, e); }

    static Expr ifElse(Expr condition, Expr then, Expr otherwise) {
        return new Case(List.of(condition), List.of(then), otherwise);
    }

    /** {@code e} with every {@link RowId} replaced by {@code rowId}: evaluates a parent's generator at a foreign key. */
    static Expr substituteRowId(Expr e, Expr rowId) {
        if (e instanceof RowId) return rowId;
        if (e instanceof HashInt || e instanceof HashUnit) {
            // hashes read the row id implicitly; make it explicit so the substitution reaches them
            return new Call(Op.WITH_ROW_ID, List.of(e, rowId));
        }
        if (e instanceof Call c) {
            if (c.op() == Op.WITH_ROW_ID) return new Call(Op.WITH_ROW_ID, List.of(c.args().get(0), substituteRowId(c.args().get(1), rowId)));
            return new Call(c.op(), map(c.args(), rowId));
        }
        if (e instanceof Case c) return new Case(map(c.conditions(), rowId), map(c.results(), rowId), substituteRowId(c.otherwise(), rowId));
        if (e instanceof Pick p) return new Pick(p.values(), substituteRowId(p.index(), rowId));
        if (e instanceof Cast c) return new Cast(substituteRowId(c.expr(), rowId), c.type());
        if (e instanceof Portable p) return new Portable(p.template(), map(p.inputs(), rowId));
        if (e instanceof DatabricksOnly d) return new DatabricksOnly(d.sql(), d.fallback() == null ? null : substituteRowId(d.fallback(), rowId));
        return e;
    }

    /** Whether {@code e} refers to other columns of the row (so the insert needs an inner select). */
    static boolean refersToColumns(Expr e) {
        if (e instanceof Portable) return true;
        if (e instanceof Call c) return c.args().stream().anyMatch(Expr::refersToColumns);
        if (e instanceof Case c) {
            return c.conditions().stream().anyMatch(Expr::refersToColumns) || c.results().stream().anyMatch(Expr::refersToColumns)
                    || refersToColumns(c.otherwise());
        }
        if (e instanceof Pick p) return refersToColumns(p.index());
        if (e instanceof Cast c) return refersToColumns(c.expr());
        if (e instanceof DatabricksOnly d) return d.fallback() != null && refersToColumns(d.fallback());
        return false;
    }

    private static List<Expr> map(List<Expr> es, Expr rowId) {
        List<Expr> out = new ArrayList<>(es.size());
        for (Expr x : es) out.add(substituteRowId(x, rowId));
        return out;
    }
}
