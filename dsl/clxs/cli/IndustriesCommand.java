package clxs.cli;

import clxs.industries.Industries;
import clxs.model.Industry;
import clxs.model.Table;
import clxs.result.TextTable;
import clxs.yaml.YamlIndustries;
import clxs.yaml.YamlIndustry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clxs industries list|show}: the built-in industries and those loaded from YAML, and any of them as YAML. */
@Command(name = "industries", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"List the industries (built-in and loaded from YAML), or show one: its tables, or its portable YAML.", ""},
        subcommands = {IndustriesCommand.ListIndustries.class, IndustriesCommand.ShowIndustry.class},
        footer = {"", "Examples:",
                "  clxs industries list",
                "  clxs industries show healthcare",
                "  clxs industries show healthcare --yaml > my_healthcare.yaml",
                "  clxs industries list --custom-industries templates/aerospace.yaml"})
public final class IndustriesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code --custom-industries}: YAML files whose industries join the built-in ones. */
    static final class CustomFiles {
        @Option(names = "--custom-industries", arity = "1..*", paramLabel = "FILE", description = "YAML files of custom industries to load too.")
        List<Path> files = new ArrayList<>();

        List<YamlIndustry> load() {
            return files.isEmpty() ? List.of() : Industries.readYaml(files);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Every industry with its tables, rows at scale 1.0 and where it comes from.")
    static final class ListIndustries implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        CustomFiles custom;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<List<String>> rows = new ArrayList<>();
            for (Industry i : Industries.all()) rows.add(row(i, "built-in"));
            for (YamlIndustry y : custom.load()) rows.add(row(y.industry(), y.file() + (y.databricksOnly().isPresent() ? " (Databricks only)" : "")));
            PrintWriter out = spec.commandLine().getOut();
            out.print(TextTable.render(List.of("industry", "tables", "rows at scale 1.0", "from"), rows, List.of(false, true, true, false)));
            out.flush();
            return ExitCodes.OK;
        }

        private static List<String> row(Industry i, String from) {
            return List.of(i.name(), String.valueOf(i.tables().size()), String.format(Locale.ROOT, "%,d", i.rowsAt(1.0)), from);
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "One industry's tables (role, rows at scale 1.0, columns, date column), or the whole industry as portable YAML.")
    static final class ShowIndustry implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME", description = "The industry: a built-in one or one of --custom-industries.")
        String name;

        @Option(names = "--yaml", description = "Write the industry in the portable YAML form (load it again with --custom-industries after renaming it).")
        boolean yaml;

        @picocli.CommandLine.Mixin
        CustomFiles custom;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<YamlIndustry> loaded = custom.load();
            Industry industry = Industries.byName(name)
                    .or(() -> loaded.stream().map(YamlIndustry::industry).filter(i -> i.name().equalsIgnoreCase(name)).findFirst())
                    .orElseThrow(() -> new BadInputException("unknown industry '" + name + "'; valid: " + Industries.names()
                            + loaded.stream().map(y -> ", " + y.industry().name()).reduce("", String::concat)));
            PrintWriter out = spec.commandLine().getOut();
            if (yaml) {
                out.print(YamlIndustries.write(industry));
            } else {
                out.println(industry.name() + ": " + industry.description());
                List<List<String>> rows = new ArrayList<>();
                for (Table t : industry.tables()) {
                    rows.add(List.of(t.name(), t.role().name().toLowerCase(Locale.ROOT), String.format(Locale.ROOT, "%,d", t.rows()),
                            String.valueOf(t.columns().size()), Optional.ofNullable(t.dateColumn()).orElse("")));
                }
                out.print(TextTable.render(List.of("table", "role", "rows at scale 1.0", "columns", "date column"), rows,
                        List.of(false, false, true, true, false)));
                out.println(industry.views().size() + " views, " + industry.udfs().size() + " functions, " + industry.foreignKeys().size() + " foreign keys");
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
