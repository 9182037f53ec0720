package clxs;

import clxs.databricks.StreamScheduler;
import clxs.databricks.Workspace;
import clxs.jobs.JobCompute;
import clxs.jobs.Schedule;
import clxs.jobs.ScheduleDryRun;
import clxs.jobs.ScheduledStream;
import clxs.jobs.ScheduledStreamJob;
import clxs.jobs.StreamJob;
import clxs.stream.StreamSettings;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

/**
 * A stream scheduled as a Databricks Job, the step after {@link StreamSpec#schedule(String)}: each
 * run of the job continues the stream where the last one stopped (the devices' state is kept in
 * the volume), serverless unless a cluster is asked for. Immutable; each step returns a new one.
 *
 * <pre>{@code
 * StreamSchedule s = demo("demo").stream(SMART_METER).seed(42).devices(200)
 *     .schedule("every-5-min").timeZone("Europe/Paris");
 * ScheduleDryRun plan = s.dryRun();                       // the job request and the notebook, no workspace needed
 * ScheduledStreamJob job = s.create(Workspace.resolveForRest(null, null));
 * System.out.println(job.jobUrl());
 * }</pre>
 *
 * A schedule needs a fixed seed: when the stream has none, one is drawn here ({@link #seedGiven()}
 * is then false, and rescheduling an existing stream keeps that stream's seed instead).
 */
public final class StreamSchedule {

    private final ScheduledStream stream;
    private final String cron;
    private final boolean seedGiven;

    private StreamSchedule(ScheduledStream stream, String cron, boolean seedGiven) {
        this.stream = stream;
        this.cron = cron;
        this.seedGiven = seedGiven;
    }

    /** {@code spec} every {@code cronOrPreset} (a Quartz cron or every-5-min, hourly, weekdays-9am) in UTC, serverless. */
    static StreamSchedule of(StreamSpec spec, String cronOrPreset) {
        StreamSettings s = spec.settings();
        boolean given = s.seed() != null;
        if (!given) s = s.seed((long) new SecureRandom().nextInt(1, Integer.MAX_VALUE));
        ScheduledStream stream = ScheduledStream.of(s, spec.location(), spec.destination(), Schedule.of(cronOrPreset, null), JobCompute.serverless())
                .startTime(s.startTime());
        return new StreamSchedule(stream, cronOrPreset, given);
    }

    private StreamSchedule with(ScheduledStream s) {
        return new StreamSchedule(s, cron, seedGiven);
    }

    /** The time zone the cron is read in: a region id such as {@code Europe/Paris} (default UTC). */
    public StreamSchedule timeZone(String zone) {
        return with(stream.schedule(Schedule.of(cron, zone)));
    }

    /** Serverless compute (the default): the task names no cluster. */
    public StreamSchedule serverless() {
        return with(stream.compute(JobCompute.serverless()));
    }

    /** A single-node job cluster, the latest LTS runtime and the smallest node type chosen when the job is created. */
    public StreamSchedule singleNodeCluster() {
        return with(stream.compute(JobCompute.singleNode()));
    }

    public StreamSchedule singleNodeCluster(String sparkVersion, String nodeTypeId) {
        return with(stream.compute(JobCompute.singleNode(sparkVersion, nodeTypeId)));
    }

    /** The first run's event time (default: a window ending when it runs). */
    public StreamSchedule startTime(Instant t) {
        return with(stream.startTime(t));
    }

    /** How far behind real time a run may continue the saved event time before it jumps to now (default an hour; zero: always now). */
    public StreamSchedule maxLag(Duration d) {
        return with(stream.maxLag(d));
    }

    /** The stream, schedule and compute as plain data. */
    public ScheduledStream definition() {
        return stream;
    }

    public long seed() {
        return stream.seed();
    }

    /** False when the seed was drawn by {@link StreamSpec#schedule(String)}. */
    public boolean seedGiven() {
        return seedGiven;
    }

    /** The job request and notebook, computed without a workspace ({@code <me>} stands for the user the notebook is uploaded for). */
    public ScheduleDryRun dryRun() {
        return stream.dryRun(StreamJob.notebookPath("<me>", stream.profile(), Instant.now()));
    }

    /** Uploads the notebook and creates the stream's job, or updates the job the stream already has. */
    public ScheduledStreamJob create(Workspace workspace) {
        return StreamScheduler.on(workspace).schedule(stream, seedGiven);
    }

    @Override
    public String toString() {
        return "StreamSchedule[" + stream.profile() + " -> " + stream.landsIn() + ", " + stream.schedule().quartzCron() + " " + stream.schedule().timeZone()
                + ", " + stream.compute().describe() + ", seed " + stream.seed() + "]";
    }
}
