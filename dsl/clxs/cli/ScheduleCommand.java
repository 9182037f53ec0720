package clxs.cli;

import clxs.StreamSchedule;
import clxs.StreamSpec;
import clxs.stream.Destination;
import clxs.jobs.ScheduleDryRun;
import clxs.jobs.ScheduledStream;
import clxs.jobs.ScheduledStreamJob;
import clxs.settings.Json;
import clxs.stream.DeviceProfiles;
import clxs.stream.StreamSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clxs schedule}: a stream as a Databricks Job on a cron schedule, each run continuing the last. */
@Command(name = "schedule", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Schedule a stream as a Databricks Job: a generated notebook (standard-library Python) runs on a Quartz cron, serverless by default.",
                "Each run continues the stream where the last one stopped: the devices' state is kept in the volume",
                "(/Volumes/<catalog>/<schema>/<volume>/_state/<profile>.json; delete it to start the stream over).",
                "Scheduling the same stream again (catalog, schema, volume, profile) updates its job.", ""},
        footer = {"", "Examples:",
                "  clxs schedule --profile smart_meter --catalog demo --cron every-5-min --seed 42",
                "  clxs schedule --profile pos_terminal --catalog demo --destination direct_table --cron \"0 0 9 ? * MON-FRI\" --time-zone Europe/Paris",
                "  clxs schedule --profile smart_meter --catalog demo --dry-run --notebook-out smart_meter.py",
                "  clxs jobs list"})
public final class ScheduleCommand implements Callable<Integer> {

    @Option(names = "--profile", paramLabel = "PROFILE", completionCandidates = StreamCommand.ProfileNames.class,
            description = "Device profile: ${COMPLETION-CANDIDATES}.")
    String profile;

    @Option(names = "--catalog", paramLabel = "NAME", description = "Catalog the stream lands in.")
    String catalog;

    @Option(names = "--schema", defaultValue = "iot", paramLabel = "NAME", description = "Schema of the volume and bronze table (default: ${DEFAULT-VALUE}).")
    String schema;

    @Option(names = "--volume", defaultValue = "events_volume", paramLabel = "NAME", description = "Volume of the files and the state (default: ${DEFAULT-VALUE}).")
    String volume;

    @Option(names = "--destination", defaultValue = "volume", paramLabel = "DEST",
            description = "volume (NDJSON files, the default) or direct_table (rows appended to <catalog>.<schema>.bronze_<profile>).")
    String destination;

    @Option(names = "--cron", defaultValue = "every-5-min", paramLabel = "CRON",
            description = "Quartz cron (6 or 7 fields, e.g. \"0 0/5 * * * ?\") or every-5-min, hourly, weekdays-9am (default: ${DEFAULT-VALUE}).")
    String cron;

    @Option(names = "--time-zone", defaultValue = "UTC", paramLabel = "ZONE", description = "Time zone of the cron, e.g. Europe/Paris (default: ${DEFAULT-VALUE}).")
    String timeZone;

    @Option(names = "--cluster", description = "Run on a single-node job cluster instead of serverless (latest LTS runtime, smallest node type).")
    boolean cluster;

    @Option(names = "--num-devices", paramLabel = "N", description = "Devices (default: the profile's).")
    Integer numDevices;

    @Option(names = "--events-per-batch", paramLabel = "N", description = "Events per tick (default 100, limits from streaming_limits.json).")
    Integer eventsPerBatch;

    @Option(names = "--interval-seconds", paramLabel = "S", description = "Seconds of event time between ticks (default 5).")
    Double intervalSeconds;

    @Option(names = "--total-duration-seconds", paramLabel = "S", description = "Event time each run emits (default 60): duration / interval ticks.")
    Double totalDurationSeconds;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the stream (default: the stream's job's, else drawn and printed).")
    Long seed;

    @Mixin
    EventFaultOptions faults = new EventFaultOptions();

    @Option(names = "--start-time", paramLabel = "ISO", description = "Event time of the first run (default: a window ending when it runs).")
    String startTime;

    @Option(names = "--max-lag-seconds", paramLabel = "S",
            description = "A run continues the saved event time unless it is more than this behind real time; then it jumps to now (default 3600; 0: always now).")
    Double maxLagSeconds;

    @Option(names = "--local-dir", paramLabel = "DIR", description = "Directory of streaming_limits.json (default: $CLXS_HOME or ./clxs-data).")
    Path localDir;

    @Option(names = "--dry-run", description = "Print the job request (JSON) and call no workspace; with --notebook-out, write the notebook too.")
    boolean dryRun;

    @Option(names = "--notebook-out", paramLabel = "FILE", description = "Write the job's notebook to FILE (a Databricks Python source notebook).")
    Path notebookOut;

    @Option(names = "--json", description = "Print the scheduled job as JSON.")
    boolean json;

    @Mixin
    RestWorkspaceOptions workspace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StreamSchedule schedule = schedule();   // every input is checked here, before any workspace is read
        ScheduledStream stream = schedule.definition();
        if (dryRun) {
            ScheduleDryRun plan = schedule.dryRun();
            out.println(plan.requestJson());
            if (notebookOut != null) writeNotebook(plan.notebook(), err);
            err.println("Dry run: nothing was uploaded or created." + (notebookOut == null ? " Add --notebook-out FILE to write the notebook." : ""));
            if (!schedule.seedGiven()) err.println("Seed " + schedule.seed() + " was drawn; pass --seed " + schedule.seed() + " to schedule this very stream.");
            return ExitCodes.OK;
        }
        ScheduledStreamJob job = schedule.create(workspace.workspace());
        // the notebook as uploaded: its seed may be the one the stream's job already had
        if (notebookOut != null) writeNotebook(stream.settings(stream.settings().seed(job.seed())).notebook(), err);
        if (json) {
            out.println(Json.write(job));
        } else {
            out.print(text(job, stream));
            job.warnings().forEach(w -> err.println("warning: " + w));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The schedule the flags describe; every bad value is an exit-2 error naming it, before anything is read or sent. */
    StreamSchedule schedule() {
        if (profile == null) throw new BadInputException("--profile is required: one of " + String.join(", ", StreamCommand.names()) + " (see: clxs stream profiles)");
        if (catalog == null) throw new BadInputException("--catalog is required: the catalog the stream lands in");
        StreamSpec s = StreamSpec.of(DeviceProfiles.byName(profile).orElseThrow(() -> new BadInputException("unknown profile '" + profile
                + "'; the profiles are " + String.join(", ", StreamCommand.names()) + " (see: clxs stream profiles)")), catalog)
                .schema(schema).volume(volume).destination(Destination.of(destination)).joinCatalog(false);
        if (localDir != null) s = s.localDir(localDir);
        if (numDevices != null) s = s.devices(numDevices);
        if (eventsPerBatch != null) s = s.eventsPerBatch(eventsPerBatch);
        if (intervalSeconds != null) s = s.intervalSeconds(intervalSeconds);
        if (totalDurationSeconds != null) s = s.durationSeconds(totalDurationSeconds);
        if (seed != null) s = s.seed(seed);
        s = faults.applyTo(s);
        if (startTime != null) {
            try {
                s = s.startTime(Instant.parse(startTime));
            } catch (DateTimeParseException e) {
                throw new BadInputException("--start-time '" + startTime + "' is not an ISO instant such as 2026-03-01T08:00:00Z");
            }
        }
        StreamSchedule schedule = s.schedule(cron).timeZone(timeZone);
        if (cluster) schedule = schedule.singleNodeCluster();
        if (maxLagSeconds != null) {
            if (!(maxLagSeconds >= 0) || maxLagSeconds > 366 * 86_400.0) throw new BadInputException("--max-lag-seconds " + maxLagSeconds + " must be 0..31622400");
            schedule = schedule.maxLag(Duration.ofNanos((long) (maxLagSeconds * 1e9)));
        }
        if (notebookOut != null && Files.isDirectory(notebookOut)) throw new BadInputException("--notebook-out " + notebookOut + " is a folder; give a file name");
        return schedule;
    }

    private void writeNotebook(String notebook, PrintWriter err) throws IOException {
        Path parent = notebookOut.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.writeString(notebookOut, notebook);
        err.println("Notebook written to " + notebookOut + " (run it in Databricks, or locally: CLXS_VOLUMES_ROOT=<folder> python3 " + notebookOut + ").");
    }

    static String text(ScheduledStreamJob job, ScheduledStream stream) {
        StreamSettings s = stream.settings();
        List<Instant> next = stream.schedule().nextRuns(Instant.now(), 3);
        StringBuilder b = new StringBuilder();
        b.append(job.updated() ? "Updated" : "Created").append(" job ").append(job.jobId()).append(" for stream ").append(job.profile()).append(" -> ")
                .append(stream.where().catalog()).append('.').append(stream.where().schema()).append('.').append(stream.where().volume()).append('\n');
        line(b, "job", job.jobUrl());
        line(b, "schedule", job.quartzCronExpression() + " (" + job.timezoneId() + "), unpaused" + (next.isEmpty() ? "" : "; next runs "
                + String.join(", ", next.stream().map(Instant::toString).toList())));
        line(b, "compute", job.compute());
        line(b, "notebook", job.notebookPath());
        line(b, "each run", s.ticks() + " ticks of " + s.eventsPerBatch() + " events, " + number(s.intervalSeconds()) + " s apart ("
                + s.ticks() * s.eventsPerBatch() + " events), " + s.numDevices() + " devices");
        line(b, "seed", job.seed() + " (" + job.seedSource() + ")");
        line(b, "events", job.landsIn());
        line(b, "state", job.statePath() + " (delete it to start the stream over)");
        b.append("Pause, resume or delete it with: clxs jobs pause|resume|delete ").append(job.jobId()).append('\n');
        return b.toString();
    }

    private static void line(StringBuilder b, String label, String value) {
        b.append("  ").append(String.format("%-9s", label)).append(' ').append(value).append('\n');
    }

    private static String number(double v) {
        return clxs.result.TextTable.plain(v);
    }
}
