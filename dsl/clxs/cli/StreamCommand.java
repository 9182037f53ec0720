package clxs.cli;

import clxs.StreamSpec;
import clxs.stream.Destination;
import clxs.result.StreamSummaryText;
import clxs.settings.InvalidDefinitionException;
import clxs.stream.DeviceProfiles;
import clxs.stream.StreamPreset;
import clxs.stream.StreamRun;
import clxs.stream.StreamSummary;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clxs stream}: a live IoT event stream into a volume, a table, standard output or Zerobus. */
@Command(name = "stream", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Emit a live stream of device events (ten profiles, per-device state) into a volume, a table, standard output or Zerobus.",
                "Locally the volume is a folder under the local dir and the tables live in <catalog>.duckdb. When the catalog holds the profile's",
                "industry, the stream's ids are its keys, so the stream joins the catalog's dimensions.", ""},
        subcommands = StreamProfilesCommand.class,
        footer = {"", "Examples:",
                "  clxs stream --profile smart_meter --catalog demo --backfill 24h --destination direct_table",
                "  clxs stream --profile pos_terminal --catalog demo --schema iot --volume events --total-duration-seconds 120",
                "  clxs stream --profile clickstream --catalog demo --destination stdout --backfill 1h | head",
                "  clxs stream profiles"})
public final class StreamCommand implements Callable<Integer> {

    @Option(names = "--profile", paramLabel = "PROFILE", completionCandidates = ProfileNames.class,
            description = "Device profile: ${COMPLETION-CANDIDATES}.")
    String profile;

    @Option(names = "--catalog", paramLabel = "NAME", description = "Catalog the stream lands in.")
    String catalog;

    @Option(names = "--schema", defaultValue = "iot", paramLabel = "NAME", description = "Schema of the bronze table (default: ${DEFAULT-VALUE}).")
    String schema;

    @Option(names = "--volume", defaultValue = "events_volume", paramLabel = "NAME", description = "Volume of the files (default: ${DEFAULT-VALUE}).")
    String volume;

    @Option(names = "--destination", paramLabel = "DEST",
            description = "volume (files, the default), volume_bronze (files and a bronze table over them), direct_table, stdout, zerobus (Databricks).")
    String destination;

    @Option(names = "--preset", paramLabel = "PRESET", description = "demo, direct, bulk or zerobus: destination and cadence at once (clamped to the limits).")
    String preset;

    @Option(names = "--num-devices", paramLabel = "N", description = "Devices (default: the profile's).")
    Integer numDevices;

    @Option(names = "--events-per-batch", paramLabel = "N", description = "Events per tick (default 100, limits from streaming_limits.json).")
    Integer eventsPerBatch;

    @Option(names = "--interval-seconds", paramLabel = "S", description = "Seconds between ticks (default 5).")
    Double intervalSeconds;

    @Option(names = "--total-duration-seconds", paramLabel = "S", description = "How long the stream runs (default 60).")
    Double totalDurationSeconds;

    @Option(names = "--backfill", paramLabel = "WINDOW", description = "Emit WINDOW of event time ending now at full speed (30m, 24h, 7d) instead of real time.")
    String backfill;

    @Option(names = "--start-time", paramLabel = "ISO", description = "Event time of the first event (2025-03-01T08:00:00Z); past ticks run at full speed.")
    String startTime;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of every value (default: drawn and reported).")
    Long seed;

    @Mixin
    EventFaultOptions faults = new EventFaultOptions();

    @Option(names = "--no-join", description = "Keep the profile's own ids even when the catalog holds its industry.")
    boolean noJoin;

    @Option(names = "--local-dir", paramLabel = "DIR", description = "Directory of local catalogs and streaming_limits.json (default: $CLXS_HOME or ./clxs-data).")
    Path localDir;

    @Option(names = "--target", defaultValue = "local", paramLabel = "TARGET",
            description = "local (the default: files and DuckDB under --local-dir) or databricks (a workspace: see --profile, --host, --warehouse).")
    TargetKind target;

    // --profile names the device profile here, so the ~/.databrickscfg profile has a longer name
    @Option(names = "--databricks-profile", paramLabel = "NAME",
            description = "With --target databricks: the profile in ~/.databrickscfg (default: DATABRICKS_CONFIG_PROFILE or DEFAULT).")
    String databricksProfile;

    @Option(names = "--host", paramLabel = "URL", description = "With --target databricks: the workspace URL, overriding the profile's.")
    String host;

    @Option(names = "--warehouse", paramLabel = "ID", description = "With --target databricks: the SQL warehouse (default: DATABRICKS_WAREHOUSE_ID).")
    String warehouse;

    @picocli.CommandLine.ArgGroup(exclusive = false, heading = "%nZerobus (--destination zerobus, --target databricks):%n")
    ZerobusFlags zerobus = new ZerobusFlags();

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Option(names = "--ticks", paramLabel = "FILE", description = "Write one record per tick to FILE (.csv, else JSON): time, events, cumulative, errors.")
    Path ticks;

    @Option(names = "--threads", paramLabel = "N", description = "Generator threads (default 1; the events do not depend on it).")
    Integer threads;

    @Spec
    CommandSpec spec;

    /** Stands in for standard output in tests; the {@code stdout} destination writes NDJSON here. */
    PrintStream stdout = System.out;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StreamSpec s = spec();
        Destination d = s.destination();
        boolean quiet = json || d == Destination.STDOUT;
        StreamConsole console = new StreamConsole(err, !quiet && System.console() != null, quiet);
        StreamRun run;
        if (target == TargetKind.databricks) {
            // the Zerobus credentials first: a refused auth mode is bad input before any workspace is asked
            clxs.destination.ZerobusOptions z = d == Destination.ZEROBUS ? zerobus.options(databricksProfile, host) : null;
            run = s.startOn(clxs.databricks.Workspace.resolve(databricksProfile, host, warehouse), z, console, stdout);
        } else {
            run = s.start(console, stdout);
        }
        CountDownLatch reported = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            run.cancel();
            try {
                reported.await(5, TimeUnit.SECONDS);     // the main thread prints the (cancelled) summary
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "clxs-stream-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        StreamSummary summary;
        try {
            summary = run.await();
        } finally {
            console.finish();
        }
        try {
            if (ticks != null) summary.writeTicks(ticks);
            if (json) out.println(summary.toJson());
            else (d == Destination.STDOUT ? err : out).print(System.lineSeparator() + StreamSummaryText.render(summary, console.where(), console.notes()));
            out.flush();
            err.flush();
        } finally {
            reported.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running and waits for this summary
            }
        }
        return summary.tickErrors() > 0 ? ExitCodes.RUN_FAILED : ExitCodes.OK;
    }

    /** The stream the flags describe; every bad value is an exit-2 error naming the flag, before anything is created. */
    StreamSpec spec() {
        // checked here, not by picocli, so that `clxs stream profiles` needs neither
        if (profile == null) throw new BadInputException("--profile is required: one of " + String.join(", ", names()) + " (see: clxs stream profiles)");
        if (catalog == null) throw new BadInputException("--catalog is required: the catalog the stream lands in");
        StreamSpec s = StreamSpec.of(DeviceProfiles.byName(profile).orElseThrow(() -> new BadInputException("unknown profile '" + profile
                + "'; the profiles are " + String.join(", ", DeviceProfiles.all().stream().map(p -> p.name()).toList()) + " (see: clxs stream profiles)")), catalog)
                .schema(schema).volume(volume);
        if (localDir != null) s = s.localDir(localDir);
        if (preset != null) s = s.preset(StreamPreset.byId(preset.toLowerCase(Locale.ROOT)));
        if (destination != null) s = s.destination(Destination.of(destination));
        if (numDevices != null) s = s.devices(numDevices);
        if (eventsPerBatch != null) s = s.eventsPerBatch(eventsPerBatch);
        if (intervalSeconds != null) s = s.intervalSeconds(intervalSeconds);
        if (totalDurationSeconds != null) s = s.durationSeconds(totalDurationSeconds);
        if (backfill != null) s = s.backfill(window(backfill));
        if (startTime != null) {
            try {
                s = s.startTime(Instant.parse(startTime));
            } catch (DateTimeParseException e) {
                throw new BadInputException("--start-time '" + startTime + "' is not an ISO instant such as 2025-03-01T08:00:00Z");
            }
        }
        if (seed != null) s = s.seed(seed);
        s = faults.applyTo(s);
        if (threads != null) s = s.threads(threads);
        if (noJoin) s = s.joinCatalog(false);
        return s;
    }

    private static final Pattern WINDOW = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(s|m|h|d)");

    /** {@code 90s}, {@code 30m}, {@code 24h}, {@code 7d}, or an ISO duration ({@code PT6H}). */
    static Duration window(String text) {
        Matcher m = WINDOW.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (m.matches()) {
            double n = Double.parseDouble(m.group(1));
            long unit = switch (m.group(2)) { case "s" -> 1; case "m" -> 60; case "h" -> 3_600; default -> 86_400; };
            return Duration.ofNanos((long) (n * unit * 1e9));
        }
        try {
            return Duration.parse(text.trim().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new InvalidDefinitionException("backfill", "'" + text + "' is not a window such as 30m, 24h or 7d");
        }
    }

    /** The profile names, for {@code --help} and completion. */
    static final class ProfileNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return DeviceProfiles.all().stream().map(p -> p.name()).iterator();
        }
    }

    static List<String> names() {
        return DeviceProfiles.all().stream().map(p -> p.name()).toList();
    }
}
