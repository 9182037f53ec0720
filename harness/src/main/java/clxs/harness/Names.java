package clxs.harness;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Unity Catalog's three-level names on Spark's two: {@code `demo`.`healthcare`.`claims`} becomes
 * the Spark database {@code demo__healthcare} and its table {@code claims}; {@code `demo`.`healthcare`}
 * (a schema) becomes {@code demo__healthcare}. Catalogs stay apart (a clone is not its source) and
 * nothing else in the statement changes. The toolkit quotes every qualified name it renders.
 */
final class Names {

    static final String SEPARATOR = "__";
    private static final Pattern QUALIFIED = Pattern.compile("`([^`]+)`\\.`([^`]+)`(?:\\.`([^`]+)`)?");

    private Names() {}

    static String rewrite(String sql) {
        Matcher m = QUALIFIED.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String database = "`" + m.group(1) + SEPARATOR + m.group(2) + "`";
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(3) == null ? database : database + ".`" + m.group(3) + "`"));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String database(String catalog, String schema) {
        return catalog + SEPARATOR + schema;
    }
}
