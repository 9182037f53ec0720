///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DESCRIPTION Scheduled stream: a device stream as a Databricks Job on a cron, each run continuing where the last stopped (a dry run unless --create)
//DEPS ../dsl/clxs/Clxs.java
//JAVA_OPTIONS -XX:+UseSerialGC -XX:TieredStopAtLevel=1

import static clxs.Clxs.*;

import clxs.StreamSchedule;
import clxs.cli.Cli;
import clxs.databricks.Workspace;
import clxs.jobs.ScheduleDryRun;
import clxs.jobs.ScheduledStreamJob;
import clxs.stream.DeviceProfiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A live stream that needs no laptop: the stream is scheduled as a Databricks Job whose notebook
 * (standard-library Python, generated from the same profiles as `clxs stream`) keeps every device's
 * state in the volume, so each run continues the stream. By default this is a dry run: it prints
 * the job request and writes the notebook, without any workspace. With --create it schedules the
 * job in the workspace of DATABRICKS_HOST/DATABRICKS_TOKEN or ~/.databrickscfg.
 */
@Command(name = "scheduled-stream", mixinStandardHelpOptions = true, versionProvider = clxs.cli.VersionProvider.class,
        description = "Schedule a device stream as a Databricks Job (dry run by default: prints the job request and writes its notebook).")
public class scheduled_stream implements Callable<Integer> {

    @Option(names = "--profile", defaultValue = "smart_meter", description = "Device profile (default: ${DEFAULT-VALUE}; see: clxs stream profiles).")
    String profile;

    @Option(names = "--catalog", defaultValue = "stream_demo", description = "Catalog of the volume (default: ${DEFAULT-VALUE}).")
    String catalog;

    @Option(names = "--cron", defaultValue = "every-5-min", description = "Quartz cron or every-5-min, hourly, weekdays-9am (default: ${DEFAULT-VALUE}).")
    String cron;

    @Option(names = "--time-zone", defaultValue = "UTC", description = "Time zone of the cron (default: ${DEFAULT-VALUE}).")
    String timeZone;

    @Option(names = "--devices", defaultValue = "50", description = "Devices (default: ${DEFAULT-VALUE}).")
    int devices;

    @Option(names = "--seed", defaultValue = "42", description = "Seed: the runs continue one stream (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--notebook-out", description = "Where the dry run writes the notebook (default: <profile>_stream_job.py).")
    Path notebookOut;

    @Option(names = "--create", description = "Create (or update) the job in the configured workspace instead of a dry run.")
    boolean create;

    public static void main(String... args) {
        System.exit(Cli.recipe(new scheduled_stream(), args));
    }

    @Override
    public Integer call() throws Exception {
        var stream = DeviceProfiles.byName(profile).orElseThrow(() -> new IllegalArgumentException("unknown profile '" + profile + "'"));
        StreamSchedule schedule = demo(catalog).stream(stream).seed(seed).devices(devices)   // 100 events every 5 s, 60 s per run
                .schedule(cron).timeZone(timeZone);                                          // serverless; .singleNodeCluster() otherwise
        if (create) {
            ScheduledStreamJob job = schedule.create(Workspace.resolveForRest(null, null));
            System.out.println((job.updated() ? "Updated" : "Created") + " job " + job.jobId() + ": " + job.jobUrl());
            System.out.println("Its runs write to " + job.landsIn() + " and keep the devices' state in " + job.statePath() + " (delete it to start over).");
            return 0;
        }
        ScheduleDryRun plan = schedule.dryRun();
        Path out = notebookOut != null ? notebookOut : Path.of(profile + "_stream_job.py");
        Files.writeString(out, plan.notebook());
        System.out.println(plan.requestJson());
        System.out.println("Dry run: nothing was created. The job's notebook is in " + out + " (try it: CLXS_VOLUMES_ROOT=/tmp/volumes python3 " + out + ").");
        System.out.println("Its runs would keep the devices' state in " + plan.statePath() + ". Add --create to schedule it.");
        return 0;
    }
}
