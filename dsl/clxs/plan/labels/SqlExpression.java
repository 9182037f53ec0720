package clxs.plan.labels;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A small evaluator of the portable SQL that derived columns and label models are written in, so
 * the intercept of a label can be solved in Java over sampled rows with the very text the engines
 * run (one definition, two evaluations). It knows arithmetic, comparisons, {@code AND/OR/NOT},
 * {@code IN}, both {@code CASE} forms, {@code DATE '...'} literals, {@code $n} inputs, column names,
 * {@code ln, exp, sqrt, abs, pow, round, least, greatest, year} and {@code {{days_between(a, b)}}};
 * anything else is refused when parsed, so a model the sampler cannot follow fails at plan time.
 * Numbers are doubles, NULL propagates as in SQL.
 */
public final class SqlExpression {

    /** Values of the row being evaluated: a column by name, an input by index. */
    public interface Row {
        Object column(String name);

        Object input(int index);
    }

    private interface Node {
        Object eval(Row row);
    }

    private final String text;
    private final Node root;

    private SqlExpression(String text, Node root) {
        this.text = text;
        this.root = root;
    }

    /** Parses {@code text}; throws {@link IllegalArgumentException} naming what it cannot evaluate. */
    public static SqlExpression parse(String text) {
        Parser p = new Parser(text);
        Node n = p.expression();
        p.skipSpace();
        if (p.pos < text.length()) throw p.error("unexpected text");
        return new SqlExpression(text, n);
    }

    public Object eval(Row row) {
        return root.eval(row);
    }

    /** The value as a double (booleans as 1/0), NaN for NULL. */
    public double number(Row row) {
        return toDouble(eval(row));
    }

    @Override
    public String toString() {
        return text;
    }

    static double toDouble(Object v) {
        if (v == null) return Double.NaN;
        if (v instanceof Number n) return n.doubleValue();
        if (v instanceof Boolean b) return b ? 1 : 0;
        throw new IllegalArgumentException("not a number: " + v);
    }

    private static Boolean truth(Object v) {
        if (v == null) return null;
        if (v instanceof Boolean b) return b;
        throw new IllegalArgumentException("not a condition: " + v);
    }

    private static int compare(Object a, Object b) {
        if (a instanceof String x && b instanceof String y) return x.compareTo(y);
        if (a instanceof LocalDate x && b instanceof LocalDate y) return x.compareTo(y);
        return Double.compare(toDouble(a), toDouble(b));
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof String || b instanceof String || a instanceof LocalDate || b instanceof LocalDate) return a.equals(b);
        return toDouble(a) == toDouble(b);
    }

    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException(what + " at " + pos + " of: " + s);
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++;
        }

        boolean word(String w) {
            skipSpace();
            int end = pos + w.length();
            if (end > s.length() || !s.regionMatches(true, pos, w, 0, w.length())) return false;
            if (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_')) return false;
            pos = end;
            return true;
        }

        boolean symbol(String sym) {
            skipSpace();
            if (s.startsWith(sym, pos)) {
                pos += sym.length();
                return true;
            }
            return false;
        }

        void expect(String sym) {
            if (!symbol(sym)) throw error("expected '" + sym + "'");
        }

        Node expression() {
            Node left = and();
            while (word("OR")) {
                Node l = left, r = and();
                left = row -> {
                    Boolean a = truth(l.eval(row));
                    if (Boolean.TRUE.equals(a)) return true;
                    Boolean b = truth(r.eval(row));
                    return Boolean.TRUE.equals(b) ? Boolean.TRUE : (a == null || b == null ? null : Boolean.FALSE);
                };
            }
            return left;
        }

        Node and() {
            Node left = not();
            while (word("AND")) {
                Node l = left, r = not();
                left = row -> {
                    Boolean a = truth(l.eval(row));
                    if (Boolean.FALSE.equals(a)) return false;
                    Boolean b = truth(r.eval(row));
                    return Boolean.FALSE.equals(b) ? Boolean.FALSE : (a == null || b == null ? null : Boolean.TRUE);
                };
            }
            return left;
        }

        Node not() {
            if (word("NOT")) {
                Node n = not();
                return row -> {
                    Boolean v = truth(n.eval(row));
                    return v == null ? null : !v;
                };
            }
            return comparison();
        }

        Node comparison() {
            Node left = additive();
            boolean negated = word("NOT");
            if (word("IN")) {
                expect("(");
                List<Node> items = new ArrayList<>();
                do items.add(additive()); while (symbol(","));
                expect(")");
                Node l = left;
                return row -> {
                    Object v = l.eval(row);
                    if (v == null) return null;
                    for (Node i : items) if (same(v, i.eval(row))) return !negated;
                    return negated;
                };
            }
            if (negated) throw error("expected IN after NOT");
            if (word("IS")) {
                boolean not = word("NOT");
                if (!word("NULL")) throw error("expected NULL");
                Node l = left;
                return row -> (l.eval(row) == null) != not;
            }
            for (String op : List.of("<=", ">=", "<>", "!=", "=", "<", ">")) {
                if (symbol(op)) {
                    Node l = left, r = additive();
                    return row -> {
                        Object a = l.eval(row), b = r.eval(row);
                        if (a == null || b == null) return null;
                        return switch (op) {
                            case "=" -> same(a, b);
                            case "<>", "!=" -> !same(a, b);
                            case "<" -> compare(a, b) < 0;
                            case "<=" -> compare(a, b) <= 0;
                            case ">" -> compare(a, b) > 0;
                            default -> compare(a, b) >= 0;
                        };
                    };
                }
            }
            return left;
        }

        Node additive() {
            Node left = multiplicative();
            while (true) {
                if (symbol("||")) throw error("string concatenation is not evaluated");
                char op;
                if (symbol("+")) op = '+';
                else if (symbol("-")) op = '-';
                else return left;
                left = arithmetic(left, multiplicative(), op);
            }
        }

        Node multiplicative() {
            Node left = unary();
            while (true) {
                char op;
                if (symbol("*")) op = '*';
                else if (symbol("/")) op = '/';
                else if (symbol("%")) op = '%';
                else return left;
                left = arithmetic(left, unary(), op);
            }
        }

        private static Node arithmetic(Node l, Node r, char op) {
            return row -> {
                Object a = l.eval(row), b = r.eval(row);
                if (a == null || b == null) return null;
                double x = toDouble(a), y = toDouble(b);
                return switch (op) {
                    case '+' -> x + y;
                    case '-' -> x - y;
                    case '*' -> x * y;
                    case '/' -> y == 0 ? null : x / y;
                    default -> y == 0 ? null : x % y;
                };
            };
        }

        Node unary() {
            if (symbol("-")) {
                Node n = unary();
                return row -> {
                    Object v = n.eval(row);
                    return v == null ? null : -toDouble(v);
                };
            }
            return primary();
        }

        Node primary() {
            skipSpace();
            if (pos >= s.length()) throw error("unexpected end");
            char c = s.charAt(pos);
            if (symbol("(")) {
                Node n = expression();
                expect(")");
                return n;
            }
            if (symbol("{{")) {
                String name = identifier();
                if (!name.equals("days_between")) throw error("portable function {{" + name + "}} is not evaluated");
                expect("(");
                Node a = expression();
                expect(",");
                Node b = expression();
                expect(")");
                expect("}}");
                return row -> {
                    Object x = a.eval(row), y = b.eval(row);
                    return x == null || y == null ? null : (double) ChronoUnit.DAYS.between((LocalDate) x, (LocalDate) y);
                };
            }
            if (c == '\'') {
                String v = string();
                return row -> v;
            }
            if (c == '$') {
                pos++;
                int start = pos;
                while (pos < s.length() && Character.isDigit(s.charAt(pos))) pos++;
                int index = Integer.parseInt(s.substring(start, pos));
                return row -> row.input(index);
            }
            if (Character.isDigit(c) || c == '.') {
                int start = pos;
                while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.' || s.charAt(pos) == 'E' || s.charAt(pos) == 'e'
                        || ((s.charAt(pos) == '-' || s.charAt(pos) == '+') && (s.charAt(pos - 1) == 'E' || s.charAt(pos - 1) == 'e')))) pos++;
                double v = Double.parseDouble(s.substring(start, pos));
                return row -> v;
            }
            if (word("CASE")) return caseExpression();
            if (word("TRUE")) return row -> true;
            if (word("FALSE")) return row -> false;
            if (word("NULL")) return row -> null;
            if (word("DATE")) {
                LocalDate d = LocalDate.parse(string());
                return row -> d;
            }
            String name = identifier();
            if (symbol("(")) return function(name.toLowerCase(Locale.ROOT));
            return row -> row.column(name);
        }

        private Node caseExpression() {
            Node operand = word("WHEN") ? null : expression();
            if (operand != null && !word("WHEN")) throw error("expected WHEN");
            List<Node> whens = new ArrayList<>();
            List<Node> thens = new ArrayList<>();
            do {
                whens.add(expression());
                if (!word("THEN")) throw error("expected THEN");
                thens.add(expression());
            } while (word("WHEN"));
            Node otherwise = word("ELSE") ? expression() : row -> null;
            if (!word("END")) throw error("expected END");
            return row -> {
                Object v = operand == null ? null : operand.eval(row);
                for (int i = 0; i < whens.size(); i++) {
                    Object w = whens.get(i).eval(row);
                    boolean hit = operand == null ? Boolean.TRUE.equals(truth(w)) : v != null && w != null && same(v, w);
                    if (hit) return thens.get(i).eval(row);
                }
                return otherwise.eval(row);
            };
        }

        private Node function(String name) {
            List<Node> args = new ArrayList<>();
            if (!symbol(")")) {
                do args.add(expression()); while (symbol(","));
                expect(")");
            }
            Function<List<Object>, Object> f = switch (name) {
                case "ln" -> a -> a.get(0) == null || toDouble(a.get(0)) <= 0 ? null : Math.log(toDouble(a.get(0)));
                case "exp" -> a -> a.get(0) == null ? null : Math.exp(toDouble(a.get(0)));
                case "sqrt" -> a -> a.get(0) == null ? null : Math.sqrt(toDouble(a.get(0)));
                case "abs" -> a -> a.get(0) == null ? null : Math.abs(toDouble(a.get(0)));
                case "pow" -> a -> a.get(0) == null || a.get(1) == null ? null : Math.pow(toDouble(a.get(0)), toDouble(a.get(1)));
                case "round" -> a -> a.get(0) == null ? null : RowSampler.round(toDouble(a.get(0)), a.size() > 1 ? (int) toDouble(a.get(1)) : 0);
                case "least", "greatest" -> a -> {
                    Object best = null;
                    for (Object v : a) {
                        if (v == null) continue;
                        if (best == null || (name.equals("least") ? compare(v, best) < 0 : compare(v, best) > 0)) best = v;
                    }
                    return best;
                };
                case "year" -> a -> a.get(0) == null ? null : (double) ((LocalDate) a.get(0)).getYear();
                default -> throw error("function " + name + "() is not evaluated");
            };
            return row -> {
                List<Object> values = new ArrayList<>(args.size());
                for (Node n : args) values.add(n.eval(row));
                return f.apply(values);
            };
        }

        private String identifier() {
            skipSpace();
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) pos++;
            if (start == pos) throw error("expected a name");
            return s.substring(start, pos);
        }

        private String string() {
            skipSpace();
            if (s.charAt(pos) != '\'') throw error("expected a string");
            StringBuilder b = new StringBuilder();
            pos++;
            while (pos < s.length()) {
                char c = s.charAt(pos++);
                if (c == '\'') {
                    if (pos < s.length() && s.charAt(pos) == '\'') {
                        b.append('\'');
                        pos++;
                    } else {
                        return b.toString();
                    }
                } else {
                    b.append(c);
                }
            }
            throw error("unclosed string");
        }
    }
}
