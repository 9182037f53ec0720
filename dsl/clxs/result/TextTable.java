package clxs.result;

import java.util.List;

/** A plain-text table with aligned columns, for summaries and query results. */
public final class TextTable {

    private TextTable() {}

    /** A number as people write it: {@code 0.0005}, not {@code 5.0E-4}. */
    public static String plain(double x) {
        return java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }

    /** {@code 1 table}, {@code 2 tables}, {@code 1,000 rows}: a count and its noun, plural when it is not one. */
    /** {@code 12.0 GB}, {@code 256.0 MB}, {@code 512 B}: a byte count for people (powers of 1024). */
    public static String bytes(long bytes) {
        String[] units = {"B", "KB", "MB", "GB", "TB"};
        double v = bytes;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return u == 0 ? bytes + " B" : String.format(java.util.Locale.ROOT, "%.1f %s", v, units[u]);
    }

    public static String count(long n, String noun) {
        return String.format("%,d %s", n, n == 1 ? noun : plural(noun));
    }

    private static String plural(String noun) {
        if (noun.endsWith("y") && !noun.endsWith("ey")) return noun.substring(0, noun.length() - 1) + "ies";
        if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch")) return noun + "es";
        return noun + "s";
    }

    /** @param rightAligned per column: numbers read better right-aligned */
    public static String render(List<String> header, List<List<String>> rows, List<Boolean> rightAligned) {
        int[] width = new int[header.size()];
        for (int i = 0; i < header.size(); i++) width[i] = header.get(i).length();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) width[i] = Math.max(width[i], String.valueOf(row.get(i)).length());
        }
        StringBuilder b = new StringBuilder();
        line(b, header, width, rightAligned);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < width.length; i++) rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
        b.append(rule).append('\n');
        for (List<String> row : rows) line(b, row, width, rightAligned);
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> cells, int[] width, List<Boolean> right) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = String.valueOf(cells.get(i));
            String pad = " ".repeat(width[i] - c.length());
            if (i > 0) l.append("  ");
            l.append(right.get(i) ? pad + c : c + pad);
        }
        b.append(l.toString().stripTrailing()).append('\n');
    }
}
