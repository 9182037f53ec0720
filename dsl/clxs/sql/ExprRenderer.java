package clxs.sql;

import clxs.plan.Capability;
import clxs.plan.Expr;
import clxs.model.SqlType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Renders {@link Expr} trees for one dialect; the shape of the SQL is shared, the spelling is the dialect's. */
public final class ExprRenderer {

    private final Dialect dialect;
    private final String rowId;
    private final List<String> notes;
    private final String where;

    /**
     * @param rowId SQL of the current row id column
     * @param notes collects what the dialect could not render faithfully (reported as skipped)
     * @param where names the column being rendered, for those notes
     */
    public ExprRenderer(Dialect dialect, String rowId, List<String> notes, String where) {
        this.dialect = dialect;
        this.rowId = rowId;
        this.notes = notes;
        this.where = where;
    }

    public String render(Expr e) {
        if (e instanceof Expr.RowId) return rowId;
        if (e instanceof Expr.Lit l) return literal(dialect, l.value());
        if (e instanceof Expr.HashInt h) return dialect.hashInt(rowId, h.salt(), h.bound());
        if (e instanceof Expr.HashUnit h) return dialect.hashUnit(rowId, h.salt());
        if (e instanceof Expr.Call c) return call(c);
        if (e instanceof Expr.Case c) {
            StringBuilder b = new StringBuilder("CASE");
            for (int i = 0; i < c.conditions().size(); i++) {
                b.append(" WHEN ").append(render(c.conditions().get(i))).append(" THEN ").append(render(c.results().get(i)));
            }
            return b.append(" ELSE ").append(render(c.otherwise())).append(" END").toString();
        }
        if (e instanceof Expr.Pick p) {
            return dialect.listElement(p.values().stream().map(v -> literal(dialect, v)).toList(), render(p.index()));
        }
        if (e instanceof Expr.Cast c) return "CAST(" + render(c.expr()) + " AS " + dialect.typeName(c.type()) + ")";
        if (e instanceof Expr.Portable p) {
            List<String> inputs = new ArrayList<>();
            for (Expr in : p.inputs()) inputs.add(render(in));
            return "(" + PortableSql.renderBound(dialect, p.template(), inputs) + ")";
        }
        if (e instanceof Expr.ColumnRef r) return dialect.quote(r.name());
        if (e instanceof Expr.DatabricksOnly d) {
            if (dialect.supports(Capability.DATABRICKS_SQL)) return "(" + d.sql() + ")";
            notes.add(where + ": " + Capability.DATABRICKS_SQL.missingReason() + (d.fallback() == null ? "; NULL on " + dialect.name() : "; local fallback used"));
            return d.fallback() == null ? "NULL" : render(d.fallback());
        }
        throw new IllegalStateException("cannot render " + e);
    }

    private String call(Expr.Call c) {
        List<Expr> a = c.args();
        switch (c.op()) {
            case ADD: return binary(a, " + ");
            case SUB: return binary(a, " - ");
            case MUL: return binary(a, " * ");
            case DIV: return binary(a, " / ");
            case MOD: return binary(a, " % ");
            case LT: return binary(a, " < ");
            case LE: return binary(a, " <= ");
            case EQ: return binary(a, " = ");
            case CONCAT: return binary(a, " || ");
            case CONCAT_NON_NULL: return fn("concat", a);
            case INT_DIV: return dialect.intDiv(render(a.get(0)), render(a.get(1)));
            case FLOOR: return fn("floor", a);
            case ROUND: return fn("round", a);
            case POW: return fn("pow", a);
            case EXP: return fn("exp", a);
            case LN: return fn("ln", a);
            case SQRT: return fn("sqrt", a);
            case COS: return fn("cos", a);
            case LEAST: return fn("least", a);
            case GREATEST: return fn("greatest", a);
            case LOWER: return fn("lower", a);
            case LPAD: return fn("lpad", a);
            case SHA256: return dialect.sha256(render(a.get(0)));
            case CHR: return dialect.chr(render(a.get(0)));
            case BASE36: return dialect.base36(render(a.get(0)), ((Number) ((Expr.Lit) a.get(1)).value()).intValue());
            case AFFINE_MOD:
                return "CAST((((CAST(" + render(a.get(0)) + " AS " + dialect.int128Type() + ") * " + render(a.get(1)) + ") + " + render(a.get(2)) + ") % "
                        + render(a.get(3)) + ") AS " + dialect.typeName(SqlType.BIGINT) + ")";
            case TO_STRING: return "CAST(" + render(a.get(0)) + " AS " + dialect.typeName(SqlType.STRING) + ")";
            case ADD_DAYS: return dialect.addDays(render(a.get(0)), render(a.get(1)));
            case ADD_SECONDS: return dialect.addSeconds(render(a.get(0)), render(a.get(1)));
            case WITH_ROW_ID:
                return new ExprRenderer(dialect, render(a.get(1)), notes, where).render(a.get(0));
            default: throw new IllegalStateException("no rendering for " + c.op());
        }
    }

    private String binary(List<Expr> args, String op) {
        return "(" + args.stream().map(this::render).collect(Collectors.joining(op)) + ")";
    }

    private String fn(String name, List<Expr> args) {
        return name + "(" + args.stream().map(this::render).collect(Collectors.joining(", ")) + ")";
    }

    /** A constant as SQL: strings quoted and escaped, doubles as DOUBLE, dates and timestamps typed. */
    public static String literal(Dialect dialect, Object v) {
        if (v == null) return "NULL";
        if (v instanceof String s) return dialect.stringLiteral(s);
        if (v instanceof Boolean b) return b ? "TRUE" : "FALSE";
        if (v instanceof Double d) return dialect.doubleLiteral(d);
        if (v instanceof Float f) return dialect.doubleLiteral(f);
        if (v instanceof BigDecimal b) return b.toPlainString();
        if (v instanceof Number n) return Long.toString(n.longValue());
        if (v instanceof LocalDate d) return dialect.dateLiteral(d);
        if (v instanceof LocalDateTime t) return dialect.timestampLiteral(t);
        throw new IllegalArgumentException("no SQL literal for " + v.getClass().getSimpleName() + " " + v);
    }
}
