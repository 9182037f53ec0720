package clxs.databricks;

import clxs.jobs.JobCompute;
import clxs.jobs.JobRefusedException;
import clxs.jobs.JobRequest;
import clxs.jobs.JobSummary;
import clxs.jobs.JobsException;
import clxs.jobs.NoSuchJobException;
import clxs.jobs.ScheduledJob;
import clxs.jobs.StreamJob;
import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksException;
import com.databricks.sdk.core.error.platform.InvalidParameterValue;
import com.databricks.sdk.core.error.platform.NotFound;
import com.databricks.sdk.mixin.NodeTypeSelector;
import com.databricks.sdk.mixin.SparkVersionSelector;
import com.databricks.sdk.service.iam.MeRequest;
import com.databricks.sdk.service.jobs.BaseJob;
import com.databricks.sdk.service.jobs.BaseRun;
import com.databricks.sdk.service.jobs.CreateJob;
import com.databricks.sdk.service.jobs.CronSchedule;
import com.databricks.sdk.service.jobs.GetJobRequest;
import com.databricks.sdk.service.jobs.Job;
import com.databricks.sdk.service.jobs.JobSettings;
import com.databricks.sdk.service.jobs.ListJobsRequest;
import com.databricks.sdk.service.jobs.ListRunsRequest;
import com.databricks.sdk.service.jobs.PauseStatus;
import com.databricks.sdk.service.jobs.ResetJob;
import com.databricks.sdk.service.jobs.Task;
import com.databricks.sdk.service.jobs.UpdateJob;
import com.databricks.sdk.service.workspace.Delete;
import com.databricks.sdk.service.workspace.Import;
import com.databricks.sdk.service.workspace.ImportFormat;
import com.databricks.sdk.service.workspace.Language;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Scheduled streams as Databricks Jobs, through databricks-sdk-java: upload a stream's notebook
 * and create its job (or reset the job the same stream already has), list clxs's jobs with their
 * schedule and last run, pause, resume and delete them. A job is clxs's when it carries the tag
 * {@code created_by = clxs}; pause, resume and delete refuse any other job unless forced.
 *
 * <pre>{@code
 * DatabricksJobs jobs = DatabricksJobs.on(Workspace.resolveForRest(profile, null));
 * ScheduledJob job = jobs.schedule(StreamJob.of("smart_meter", "demo", "iot", "events"), notebookSource);
 * jobs.list().forEach(j -> System.out.println(j.jobId() + " " + j.pauseStatus()));
 * }</pre>
 *
 * The create and reset bodies are {@link JobRequest#toJson()} read into the SDK's request types,
 * so what a dry run prints is what is sent (a field the SDK does not know fails here, not silently).
 */
public final class DatabricksJobs {

    private static final String NOTEBOOK_HEADER = "# Databricks notebook source";
    /** Reads clxs's request JSON into the SDK's types; unknown fields fail. */
    private static final ObjectMapper SDK_TYPES = new ObjectMapper();

    private final WorkspaceClient client;
    private final URI host;
    private final UnaryOperator<String> redact;
    private final Clock clock;
    private final long pageSize;

    DatabricksJobs(WorkspaceClient client, URI host, UnaryOperator<String> redact, Clock clock, long pageSize) {
        this.client = client;
        this.host = host;
        this.redact = redact;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    public static DatabricksJobs on(Workspace workspace) {
        return new DatabricksJobs(workspace.client(), workspace.host(), workspace::redact, Clock.systemUTC(), 100);
    }

    /** The same client with another clock (it stamps notebook names). */
    public DatabricksJobs withClock(Clock c) {
        return new DatabricksJobs(client, host, redact, c, pageSize);
    }

    /** Jobs per page of {@code jobs/list} (1..100); tests use small pages to walk the pagination. */
    DatabricksJobs withPageSize(long size) {
        return new DatabricksJobs(client, host, redact, clock, size);
    }

    /** {@code <host>/jobs/<id>}. */
    public String url(long jobId) {
        return host + "/jobs/" + jobId;
    }

    /** The user the workspace knows the caller as: the owner of {@code /Users/<me>/clxs}. */
    public String currentUser() {
        return call("reading the current user", () -> client.currentUser().me(new MeRequest()).getUserName());
    }

    /**
     * Uploads {@code notebookSource} to {@code /Users/<me>/clxs/streaming_<profile>_<isoZ>} and
     * creates the stream's job, or resets the job the same stream (catalog, schema, volume,
     * profile) already has, whose previous notebook is then removed.
     */
    public ScheduledJob schedule(StreamJob job, String notebookSource) {
        if (notebookSource == null || !notebookSource.startsWith(NOTEBOOK_HEADER)) {
            throw new IllegalArgumentException("a Databricks Python source notebook starts with '" + NOTEBOOK_HEADER + "'");
        }
        String me = currentUser();
        String path = StreamJob.notebookPath(me, job.profile(), clock.instant());
        JobRequest request = request(job, path);
        List<BaseJob> existing = streamJobs(job.streamKey());
        List<String> warnings = new ArrayList<>();
        if (existing.size() > 1) {
            warnings.add("stream " + job.streamKey() + " has " + existing.size() + " jobs; updating the oldest, " + existing.get(0).getJobId());
        }
        String previous = existing.isEmpty() ? null : notebookPath(job(existing.get(0).getJobId()));
        call("uploading the notebook to " + path, () -> {
            client.workspace().mkdirs(StreamJob.notebookFolder(me));
            client.workspace().importContent(new Import().setPath(path).setFormat(ImportFormat.SOURCE).setLanguage(Language.PYTHON).setOverwrite(true)
                    .setContent(Base64.getEncoder().encodeToString(notebookSource.getBytes(StandardCharsets.UTF_8))));
            return null;
        });
        long id;
        try {
            if (existing.isEmpty()) {
                id = client.jobs().create(sdk(request.toJson(), CreateJob.class)).getJobId();
            } else {
                id = existing.get(0).getJobId();
                client.jobs().reset(new ResetJob().setJobId(id).setNewSettings(sdk(request.toJson(), JobSettings.class)));
            }
        } catch (DatabricksException e) {
            // the job keeps its old notebook: remove the new one unless it is the same path
            if (!path.equals(previous)) removeNotebook(path, warnings);
            throw new JobsException((existing.isEmpty() ? "creating" : "updating") + " the job of stream " + job.streamKey() + " failed: " + message(e), e);
        }
        if (previous != null && !previous.equals(path) && previous.startsWith(StreamJob.notebookFolder(me) + "/streaming_")) {
            removeNotebook(previous, warnings);
        }
        return new ScheduledJob(id, url(id), request.name(), existing.isEmpty() ? "created" : "updated", path, request.schedule().quartzCron(),
                request.schedule().timeZone(), request.compute().describe(), warnings);
    }

    /** The job a stream already has and its notebook's parameters (what rescheduling would change). */
    public record StreamJobParameters(long jobId, Map<String, String> parameters) {
        public StreamJobParameters {
            parameters = Map.copyOf(parameters);
        }
    }

    /** The job of stream {@code streamKey} (its oldest, when it has several) with its notebook's parameters; empty when the stream has no job. */
    public java.util.Optional<StreamJobParameters> streamJob(String streamKey) {
        List<BaseJob> existing = streamJobs(streamKey);
        if (existing.isEmpty()) return java.util.Optional.empty();
        Job job = job(existing.get(0).getJobId());
        Map<String, String> params = Map.of();
        if (job.getSettings() != null && job.getSettings().getTasks() != null) {
            for (Task t : job.getSettings().getTasks()) {
                if (t.getNotebookTask() != null && t.getNotebookTask().getBaseParameters() != null) params = t.getNotebookTask().getBaseParameters();
            }
        }
        return java.util.Optional.of(new StreamJobParameters(job.getJobId(), params));
    }

    /** The request {@link #schedule} sends for {@code job}, with a cluster's runtime and node type chosen from the workspace when not given. */
    public JobRequest request(StreamJob job, String notebookPath) {
        if (job.compute() instanceof JobCompute.SingleNodeCluster c && !c.resolved()) {
            String version = c.sparkVersion() != null ? c.sparkVersion()
                    : call("choosing a runtime", () -> client.clusters().selectSparkVersion(new SparkVersionSelector().withLongTermSupport().withLatest()));
            String node = c.nodeTypeId() != null ? c.nodeTypeId()
                    : call("choosing a node type", () -> client.clusters().selectNodeType(new NodeTypeSelector().withLocalDisk()));
            job = job.compute(JobCompute.singleNode(version, node));
        }
        return job.request(notebookPath);
    }

    /** clxs's jobs (tag {@code created_by = clxs}), oldest first, each with its schedule and last run. */
    public List<JobSummary> list() {
        List<JobSummary> out = new ArrayList<>();
        for (BaseJob j : allJobs()) {
            if (isClxs(j.getSettings())) out.add(summary(j.getJobId(), j.getSettings()));
        }
        return out;
    }

    /** One job, clxs's or not. */
    public JobSummary get(long jobId) {
        return summary(jobId, job(jobId).getSettings());
    }

    /** Pauses the job's schedule; a job without the clxs tag is refused unless {@code force}. */
    public JobSummary pause(long jobId, boolean force) {
        return setPause(jobId, force, PauseStatus.PAUSED, "pause");
    }

    /** Resumes the job's schedule; a job without the clxs tag is refused unless {@code force}. */
    public JobSummary resume(long jobId, boolean force) {
        return setPause(jobId, force, PauseStatus.UNPAUSED, "resume");
    }

    /** Deletes the job (and the notebook clxs uploaded for it); a job without the clxs tag is refused unless {@code force}. */
    public JobSummary delete(long jobId, boolean force) {
        Job job = job(jobId);
        refuseUnlessClxs(job, force, "delete");
        JobSummary before = summary(jobId, job.getSettings());
        call("deleting job " + jobId, () -> {
            client.jobs().delete(jobId);
            return null;
        });
        String notebook = notebookPath(job);
        if (isClxs(job.getSettings()) && notebook != null && notebook.matches("/Users/[^/]+/clxs/streaming_[^/]+")) removeNotebook(notebook, new ArrayList<>());
        return before;
    }

    private JobSummary setPause(long jobId, boolean force, PauseStatus status, String verb) {
        Job job = job(jobId);
        refuseUnlessClxs(job, force, verb);
        CronSchedule s = job.getSettings().getSchedule();
        if (s == null) throw new JobsException("job " + jobId + " has no schedule to " + verb);
        CronSchedule updated = new CronSchedule().setQuartzCronExpression(s.getQuartzCronExpression()).setTimezoneId(s.getTimezoneId()).setPauseStatus(status);
        call(verb + " job " + jobId, () -> {
            client.jobs().update(new UpdateJob().setJobId(jobId).setNewSettings(new JobSettings().setSchedule(updated)));
            return null;
        });
        return get(jobId);
    }

    private void refuseUnlessClxs(Job job, boolean force, String verb) {
        if (force || isClxs(job.getSettings())) return;
        String name = job.getSettings() == null ? null : job.getSettings().getName();
        throw new JobRefusedException(job.getJobId(), "job " + job.getJobId() + (name == null ? "" : " (" + name + ")") + " was not created by clxs (it has no tag "
                + StreamJob.CREATED_BY + " = " + StreamJob.CLXS + "); nothing was changed. Pass --force to " + verb + " it anyway");
    }

    private List<BaseJob> streamJobs(String streamKey) {
        List<BaseJob> out = new ArrayList<>();
        for (BaseJob j : allJobs()) {
            if (isClxs(j.getSettings()) && streamKey.equals(tags(j.getSettings()).get(StreamJob.STREAM))) out.add(j);
        }
        out.sort(Comparator.comparing(BaseJob::getJobId));
        return out;
    }

    /** Every job, all pages (the Jobs API cannot filter by tag). */
    private List<BaseJob> allJobs() {
        return call("listing jobs", () -> {
            List<BaseJob> out = new ArrayList<>();
            // expand_tasks must be set: the SDK's list unboxes it
            client.jobs().list(new ListJobsRequest().setExpandTasks(false).setLimit(pageSize)).forEach(out::add);
            return out;
        });
    }

    private Job job(long jobId) {
        try {
            return client.jobs().get(new GetJobRequest().setJobId(jobId));
        } catch (NotFound e) {
            throw new NoSuchJobException(jobId, host.toString());
        } catch (InvalidParameterValue e) {
            // Databricks answers an unknown job id with 400 INVALID_PARAMETER_VALUE "Job 123 does not exist."
            if (String.valueOf(e.getMessage()).contains("does not exist")) throw new NoSuchJobException(jobId, host.toString());
            throw new JobsException("reading job " + jobId + " failed: " + message(e), e);
        } catch (DatabricksException e) {
            throw new JobsException("reading job " + jobId + " failed: " + message(e), e);
        }
    }

    private JobSummary summary(long jobId, JobSettings settings) {
        Map<String, String> tags = tags(settings);
        CronSchedule s = settings == null ? null : settings.getSchedule();
        return new JobSummary(jobId, url(jobId), settings == null ? null : settings.getName(), isClxs(settings), tags.get(StreamJob.PROFILE),
                tags.get(StreamJob.STREAM), s == null ? null : s.getQuartzCronExpression(), s == null ? null : s.getTimezoneId(),
                s == null ? null : String.valueOf(s.getPauseStatus() == null ? PauseStatus.UNPAUSED : s.getPauseStatus()), tags, lastRun(jobId));
    }

    private JobSummary.LastRun lastRun(long jobId) {
        return call("listing the runs of job " + jobId, () -> {
            Iterator<BaseRun> runs = client.jobs().listRuns(new ListRunsRequest().setJobId(jobId).setLimit(1L).setExpandTasks(false)).iterator();
            if (!runs.hasNext()) return null;
            BaseRun r = runs.next();
            String state = r.getState() == null || r.getState().getLifeCycleState() == null ? null : r.getState().getLifeCycleState().toString();
            String result = r.getState() == null || r.getState().getResultState() == null ? null : r.getState().getResultState().toString();
            return new JobSummary.LastRun(r.getRunId(), state, result, time(r.getStartTime()), time(r.getEndTime()), url(jobId) + "/runs/" + r.getRunId());
        });
    }

    private void removeNotebook(String path, List<String> warnings) {
        try {
            client.workspace().delete(new Delete().setPath(path));
        } catch (DatabricksException e) {
            warnings.add("could not remove the notebook " + path + ": " + message(e));
        }
    }

    private static String notebookPath(Job job) {
        if (job.getSettings() == null || job.getSettings().getTasks() == null) return null;
        for (Task t : job.getSettings().getTasks()) {
            if (t.getNotebookTask() != null) return t.getNotebookTask().getNotebookPath();
        }
        return null;
    }

    private static boolean isClxs(JobSettings settings) {
        return StreamJob.CLXS.equals(tags(settings).get(StreamJob.CREATED_BY));
    }

    private static Map<String, String> tags(JobSettings settings) {
        return settings == null || settings.getTags() == null ? Map.of() : settings.getTags();
    }

    private static String time(Long epochMillis) {
        return epochMillis == null || epochMillis == 0 ? null : Instant.ofEpochMilli(epochMillis).toString();
    }

    private static <T> T sdk(ObjectNode json, Class<T> type) {
        try {
            return SDK_TYPES.treeToValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the job request does not fit the SDK's " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    private String message(DatabricksException e) {
        return redact.apply(String.valueOf(e.getMessage()));
    }

    private interface Call<T> {
        T run();
    }

    private <T> T call(String what, Call<T> call) {
        try {
            return call.run();
        } catch (DatabricksException e) {
            throw new JobsException(what + " failed: " + message(e), e);
        } catch (IllegalArgumentException e) {
            // the SDK's cluster selectors: no runtime or node type matched
            throw new JobsException(what + " failed: " + e.getMessage(), e);
        }
    }
}
