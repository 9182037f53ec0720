package clxs.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code clxs} command: realistic demo catalogs for Databricks Unity Catalog, or a local DuckDB. */
@Command(name = "clxs", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Realistic demo data for Databricks Unity Catalog, generated where it lands:",
                "a Databricks workspace, or a local DuckDB catalog when there is none.", ""},
        subcommands = {DemoCommand.class, PreviewCommand.class, SqlCommand.class, QueryCommand.class, AuditCommand.class, CatalogsCommand.class, IndustriesCommand.class, StreamCommand.class, ZerobusCommand.class, ScheduleCommand.class, JobsCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Examples:",
                "  clxs demo --catalog demo_test --industry healthcare --scale 0.01",
                "  clxs query \"select count(*) from demo_test.healthcare.claims\"",
                "  clxs audit --catalog demo_test",
                "  clxs preview --catalog demo --scale 1 --target databricks",
                "  clxs sql --catalog demo --industry healthcare --scale 0.01 > demo.sql"})
public final class ClxsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
