package clxs.sql;

/** Translates the Java/Spark date patterns used in portable SQL to strftime. */
final class JavaDatePattern {

    private JavaDatePattern() {}

    private static final String[][] TOKENS = {
            {"yyyy", "%Y"}, {"yy", "%y"}, {"MMMM", "%B"}, {"MMM", "%b"}, {"MM", "%m"}, {"dd", "%d"},
            {"EEEE", "%A"}, {"EEE", "%a"}, {"HH", "%H"}, {"hh", "%I"}, {"mm", "%M"}, {"ss", "%S"}, {"a", "%p"},
    };

    static String toStrftime(String javaPattern) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        outer:
        while (i < javaPattern.length()) {
            for (String[] t : TOKENS) {
                if (javaPattern.startsWith(t[0], i)) {
                    out.append(t[1]);
                    i += t[0].length();
                    continue outer;
                }
            }
            char c = javaPattern.charAt(i++);
            if (Character.isLetter(c)) throw new IllegalArgumentException("date pattern letter '" + c + "' in '" + javaPattern + "' is not portable");
            out.append(c == '%' ? "%%" : String.valueOf(c));
        }
        return out.toString();
    }
}
