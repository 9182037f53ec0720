package clxs.databricks;

import clxs.jobs.ScheduledJob;
import clxs.jobs.ScheduledStream;
import clxs.jobs.ScheduledStreamJob;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Schedules a {@link ScheduledStream} in a workspace: uploads its notebook and creates its job, or
 * updates the job the stream already has ({@link DatabricksJobs#schedule}). Rescheduling keeps the
 * stream going: when no seed was given, the stream's job's seed is kept instead of the drawn one;
 * a given seed or device count that differs from the job's is allowed, with a warning that the
 * next run will refuse the saved state until its file is deleted.
 *
 * <pre>{@code
 * ScheduledStreamJob job = StreamScheduler.on(Workspace.resolveForRest(null, null)).schedule(stream, true);
 * System.out.println(job.jobUrl());
 * }</pre>
 */
public final class StreamScheduler {

    private final DatabricksJobs jobs;

    StreamScheduler(DatabricksJobs jobs) {
        this.jobs = jobs;
    }

    public static StreamScheduler on(Workspace workspace) {
        return new StreamScheduler(DatabricksJobs.on(workspace));
    }

    /** The same scheduler with another clock (it stamps notebook names). */
    public StreamScheduler withClock(Clock clock) {
        return new StreamScheduler(jobs.withClock(clock));
    }

    /**
     * Uploads the stream's notebook and creates or updates its job.
     *
     * @param seedGiven false when the stream's seed was drawn: the seed of the stream's existing job is then kept
     */
    public ScheduledStreamJob schedule(ScheduledStream stream, boolean seedGiven) {
        Optional<DatabricksJobs.StreamJobParameters> before = jobs.streamJob(stream.streamJob().streamKey());
        String seedSource = seedGiven ? "given" : "drawn";
        List<String> notes = new ArrayList<>();
        if (before.isPresent()) {
            Map<String, String> old = before.get().parameters();
            Long oldSeed = parseLong(old.get("seed"));
            if (!seedGiven && oldSeed != null) {
                stream = stream.settings(stream.settings().seed(oldSeed));
                seedSource = "kept from job " + before.get().jobId();
            }
            changed(notes, stream, "seed", old.get("seed"), Long.toString(stream.seed()));
            changed(notes, stream, "num_devices", old.get("num_devices"), Integer.toString(stream.settings().numDevices()));
        }
        ScheduledJob job = jobs.schedule(stream.streamJob(), stream.notebook());
        return ScheduledStreamJob.of(job, stream, seedSource, notes);
    }

    private static void changed(List<String> notes, ScheduledStream s, String parameter, String before, String now) {
        if (before == null || before.equals(now)) return;
        notes.add(parameter + " changes from " + before + " to " + now + ": the next run refuses the saved state of the old stream; delete "
                + s.statePath() + " to start the stream over");
    }

    private static Long parseLong(String s) {
        try {
            return s == null ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
