package clxs.jobs;

import clxs.model.Names;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A stream to run unattended as a Databricks Job: which stream (profile, catalog, schema, volume),
 * when ({@link Schedule}), on what ({@link JobCompute}) and with which notebook parameters (the
 * cadence, seed, destination... as the notebook's widgets name them). Plain data: it renders the
 * Jobs API request ({@link #request(String)}) without any workspace, so a dry run can print it.
 *
 * <pre>{@code
 * StreamJob job = StreamJob.of("smart_meter", "demo", "iot", "events")
 *     .schedule(Schedule.of("every-5-min", "UTC"))
 *     .parameters(Map.of("seed", "42", "events_per_batch", "100"));
 * JobRequest request = job.request(StreamJob.notebookPath("me@example.com", "smart_meter", Instant.now()));
 * }</pre>
 *
 * A stream is identified by its catalog, schema, volume and profile (the {@code stream} tag):
 * scheduling the same stream again updates its job instead of adding a second one.
 */
public record StreamJob(String profile, String catalog, String schema, String volume, Schedule schedule, JobCompute compute,
        Map<String, String> parameters) {

    public static final String CREATED_BY = "created_by";
    public static final String CLXS = "clxs";
    public static final String KIND = "kind";
    public static final String STREAMING_EMIT = "streaming-emit";
    public static final String PROFILE = "profile";
    public static final String STREAM = "stream";
    /** Parameters every stream job passes its notebook; callers add the rest. */
    public static final java.util.List<String> IDENTITY_PARAMETERS = java.util.List.of("catalog", "schema", "volume", "profile");

    private static final DateTimeFormatter ISO_BASIC_Z = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    public StreamJob {
        Names.require("profile", profile);
        Names.require("catalog", catalog);
        Names.require("schema", schema);
        Names.require("volume", volume);
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(compute, "compute");
        parameters = Map.copyOf(parameters);
        for (String key : parameters.keySet()) {
            if (IDENTITY_PARAMETERS.contains(key)) throw new IllegalArgumentException("parameter '" + key + "' is set from the stream itself; do not pass it");
        }
    }

    /** A stream job every five minutes (UTC), serverless, with no parameters beyond the stream's identity. */
    public static StreamJob of(String profile, String catalog, String schema, String volume) {
        return new StreamJob(profile, catalog, schema, volume, Schedule.EVERY_5_MINUTES, JobCompute.serverless(), Map.of());
    }

    public StreamJob schedule(Schedule s) {
        return new StreamJob(profile, catalog, schema, volume, s, compute, parameters);
    }

    public StreamJob compute(JobCompute c) {
        return new StreamJob(profile, catalog, schema, volume, schedule, c, parameters);
    }

    /** The notebook's other parameters (its widgets), such as {@code seed}, {@code events_per_batch}, {@code destination}. */
    public StreamJob parameters(Map<String, String> p) {
        return new StreamJob(profile, catalog, schema, volume, schedule, compute, p);
    }

    /** {@code catalog.schema.volume.profile}: the value of the {@code stream} tag that finds this stream's job again. */
    public String streamKey() {
        return catalog + "." + schema + "." + volume + "." + profile;
    }

    public String taskKey() {
        return "clxs_stream_" + profile;
    }

    public String jobName() {
        return "clxs stream " + profile + " -> " + catalog + "." + schema + "." + volume;
    }

    /** {@code created_by = clxs}, {@code kind = streaming-emit}, {@code profile}, {@code stream}. */
    public Map<String, String> tags() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put(CREATED_BY, CLXS);
        t.put(KIND, STREAMING_EMIT);
        t.put(PROFILE, profile);
        t.put(STREAM, streamKey());
        return t;
    }

    /** The identity parameters and the caller's, sorted by name. */
    public Map<String, String> baseParameters() {
        Map<String, String> p = new TreeMap<>(parameters);
        p.put("catalog", catalog);
        p.put("schema", schema);
        p.put("volume", volume);
        p.put("profile", profile);
        return p;
    }

    /** {@code /Users/<user>/clxs/streaming_<profile>_<yyyyMMddTHHmmssZ>}: where the notebook is uploaded. */
    public static String notebookPath(String user, String profile, Instant at) {
        return notebookFolder(user) + "/streaming_" + profile + "_" + ISO_BASIC_Z.format(at);
    }

    /** {@code /Users/<user>/clxs}. */
    public static String notebookFolder(String user) {
        if (user == null || user.isBlank() || user.contains("/")) throw new IllegalArgumentException("not a workspace user name: '" + user + "'");
        return "/Users/" + user + "/clxs";
    }

    /** The Jobs API request for this stream, running the notebook at {@code notebookPath}. */
    public JobRequest request(String notebookPath) {
        return new JobRequest(jobName(), taskKey(), notebookPath, baseParameters(), schedule, compute, tags(), 1);
    }
}
