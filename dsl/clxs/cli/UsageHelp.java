package clxs.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * How every {@code --help} of clxs and its recipes is laid out: as wide as the terminal (picocli's
 * auto width; 80 columns when there is none), text wrapped at spaces only, so a path or URL is never
 * cut in two, examples printed as written (one command per line, whatever its length, so a copy
 * pastes), and each command in a command list with its whole first paragraph, not its first line.
 */
final class UsageHelp {

    private UsageHelp() {}

    /** Applies the layout to {@code cl} and every subcommand. */
    static CommandLine apply(CommandLine cl) {
        cl.setUsageHelpAutoWidth(true);
        cl.setHelpFactory(SpaceWrappingHelp::new);
        Map<String, CommandLine.IHelpSectionRenderer> sections = cl.getHelpSectionMap();
        sections.put(UsageMessageSpec.SECTION_KEY_DESCRIPTION, help -> paragraphs(help, help.commandSpec().usageMessage().description()));
        sections.put(UsageMessageSpec.SECTION_KEY_FOOTER, help -> verbatim(help.commandSpec().usageMessage().footer()));
        sections.put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, UsageHelp::commandList);
        cl.setHelpSectionMap(sections);
        for (CommandLine sub : cl.getSubcommands().values()) apply(sub);
        return cl;
    }

    /** The first paragraph of a command's description: its lines up to the first empty one, joined. */
    static String summary(CommandSpec spec) {
        UsageMessageSpec usage = spec.usageMessage();
        String[] lines = usage.header().length > 0 ? usage.header() : usage.description();
        List<String> first = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) break;
            first.add(line.strip());
        }
        return format(String.join(" ", first));
    }

    private static String commandList(Help help) {
        Map<String, Help> subcommands = help.subcommands();
        if (subcommands.isEmpty()) return "";
        int nameWidth = subcommands.keySet().stream().mapToInt(String::length).max().orElse(0);
        int width = help.commandSpec().usageMessage().width();
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Help> e : subcommands.entrySet()) {
            String name = e.getValue().commandNamesText(", ").plainString();
            List<String> lines = wrap(summary(e.getValue().commandSpec()), Math.max(20, width - nameWidth - 4));
            for (int i = 0; i < lines.size(); i++) {
                String first = i == 0 ? name : "";
                b.append("  ").append(first).append(" ".repeat(nameWidth + 2 - first.length())).append(lines.get(i)).append('\n');
            }
        }
        return b.toString();
    }

    private static String paragraphs(Help help, String[] lines) {
        StringBuilder b = new StringBuilder();
        for (String line : lines) {
            if (line.isBlank()) {
                b.append('\n');
                continue;
            }
            for (String l : wrap(format(line), help.commandSpec().usageMessage().width())) b.append(l).append('\n');
        }
        return b.toString();
    }

    private static String verbatim(String[] lines) {
        StringBuilder b = new StringBuilder();
        for (String line : lines) b.append(format(line)).append('\n');
        return b.toString();
    }

    /** {@code text} in lines of at most {@code width} characters, broken at spaces only; a longer word gets a line of its own. */
    static List<String> wrap(String text, int width) {
        return lines(text, width).stream().map(r -> text.substring(r[0], r[1])).toList();
    }

    /** The {@code [start, end)} of each line of {@link #wrap}; the spaces where a line breaks belong to no line. */
    static List<int[]> lines(String text, int width) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        while (start < n && text.charAt(start) == ' ') start++;
        while (start < n) {
            int end = start;       // end of the last word that fits
            int i = start;
            while (i < n) {
                int wordEnd = text.indexOf(' ', i);
                if (wordEnd < 0) wordEnd = n;
                if (wordEnd - start > width && end > start) break;
                end = wordEnd;
                i = wordEnd;
                while (i < n && text.charAt(i) == ' ') i++;
                if (end - start > width) break;
            }
            out.add(new int[] {start, end});
            start = end;
            while (start < n && text.charAt(start) == ' ') start++;
        }
        if (out.isEmpty()) out.add(new int[] {0, 0});
        return out;
    }

    /** Picocli's description strings are format strings ({@code %%} for a percent sign, {@code %n}). */
    private static String format(String s) {
        try {
            return String.format(s);
        } catch (java.util.IllegalFormatException e) {
            return s;
        }
    }

    /** Picocli's help with an options table that wraps descriptions at spaces only. */
    private static final class SpaceWrappingHelp extends Help {

        SpaceWrappingHelp(CommandSpec spec, ColorScheme colorScheme) {
            super(spec, colorScheme);
        }

        @Override
        public Layout createDefaultLayout(List<OptionSpec> options, List<PositionalParamSpec> positionals, ColorScheme scheme) {
            int longOptions = calcLongOptionColumnWidth(options, positionals, scheme);
            int description = commandSpec().usageMessage().width() - 5 - longOptions;
            TextTable table = new SpaceWrappingTable(scheme, new Column(2, 0, Column.Overflow.TRUNCATE), new Column(2, 0, Column.Overflow.SPAN),
                    new Column(1, 0, Column.Overflow.TRUNCATE), new Column(longOptions, 1, Column.Overflow.SPAN),
                    new Column(description, 1, Column.Overflow.WRAP));
            return new Layout(scheme, table, createDefaultOptionRenderer(), createDefaultParameterRenderer());
        }
    }

    /** A picocli text table whose wrapping columns break lines at spaces, never inside a word. */
    private static final class SpaceWrappingTable extends TextTable {

        private final Help.ColorScheme scheme;

        SpaceWrappingTable(Help.ColorScheme scheme, Column... columns) {
            super(scheme, columns);
            this.scheme = scheme;
        }

        @Override
        public Cell putValue(int row, int col, Text value) {
            Column column = columns()[col];
            if (column.overflow != Column.Overflow.WRAP || value == null || value.plainString().isEmpty()) return super.putValue(row, col, value);
            String plain = value.plainString();
            int width = column.width - column.indent - indentWrappedLines;
            Cell last = null;
            boolean first = true;
            for (int[] line : lines(plain, width)) {
                Text piece = value.substring(line[0], line[1]);
                if (!first) {
                    addEmptyRow();
                    row++;
                    piece = scheme.text(" ".repeat(indentWrappedLines)).concat(piece);
                }
                last = super.putValue(row, col, piece);
                first = false;
            }
            return last;
        }
    }
}
