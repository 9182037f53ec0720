///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DESCRIPTION Streaming demo: a batch catalog and a live device stream that joins it, locally unless --target databricks
//DEPS ../dsl/clxs/Clxs.java
//JAVA_OPTIONS -XX:+UseSerialGC -XX:TieredStopAtLevel=1

import static clxs.Clxs.*;

import clxs.DemoCatalog;
import clxs.StreamSpec;
import clxs.cli.Cli;
import clxs.engine.Engine;
import clxs.Engines;
import clxs.result.RunResult;
import clxs.stream.StreamSummary;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Energy at a small scale, then a day of smart-meter readings backfilled into a bronze table whose
 * meter ids are the catalog's meters: the bronze -> silver -> gold streaming demo has its history
 * and its dimensions. Locally the stream lands in DuckDB; copy this file and change the profile.
 */
@Command(name = "streaming-demo", mixinStandardHelpOptions = true, versionProvider = clxs.cli.VersionProvider.class,
        description = "Generate the energy industry and a day of smart-meter events that join it, then show consumption per meter.")
public class streaming_demo implements Callable<Integer> {

    @Option(names = "--catalog", defaultValue = "streaming_demo", description = "Catalog to create (default: ${DEFAULT-VALUE}).")
    String catalog;

    @Option(names = "--scale", defaultValue = "0.001", description = "Row multiplier of the batch catalog (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--backfill", defaultValue = "PT24H", description = "Event time to backfill, ISO-8601 (default: ${DEFAULT-VALUE}).")
    Duration backfill;

    @Option(names = "--local-dir", description = "Where local catalogs live (default: $CLXS_HOME or ./clxs-data).")
    Path localDir;

    public static void main(String... args) {
        System.exit(Cli.recipe(new streaming_demo(), args));
    }

    @Override
    public Integer call() throws Exception {
        DemoCatalog batch = demo(catalog).industries(ENERGY).scale(scale).seed(42).medallion(false);
        Engine local = Engines.named("local", localDir);
        RunResult r = batch.generate(local);
        System.out.println(r);
        if (!r.succeeded()) return 1;

        StreamSpec stream = batch.stream(SMART_METER).devices(100).intervalSeconds(60).backfill(backfill).destination(DIRECT_TABLE);
        if (localDir != null) stream = stream.localDir(localDir);
        StreamSummary s = stream.run();
        System.out.printf("%n%,d smart-meter events from %s to %s in %s.iot.bronze_smart_meter (seed %d)%n", s.eventsWritten(), s.firstEventTime(),
                s.lastEventTime(), catalog, s.seed());
        System.out.println(local.query(catalog, "select c.meter_id, count(*) as readings, round(max(e.kwh_cumulative) - min(e.kwh_cumulative), 2) as kwh_used "
                + "from iot.bronze_smart_meter e join (select distinct meter_id from energy.customers_energy) c on c.meter_id = e.meter_id "
                + "group by all order by 3 desc limit 5"));
        return 0;
    }
}
