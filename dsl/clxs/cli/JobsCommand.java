package clxs.cli;

import clxs.databricks.DatabricksJobs;
import clxs.jobs.JobRefusedException;
import clxs.jobs.JobSummary;
import clxs.jobs.ScheduledStream;
import clxs.result.TextTable;
import clxs.settings.Json;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code clxs jobs}: the scheduled streams' jobs (tag {@code created_by = clxs}): list them, pause,
 * resume or delete one. A job without the tag is refused unless {@code --force}.
 */
@Command(name = "jobs", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"The Databricks Jobs clxs created for scheduled streams (tag created_by = clxs): list, pause, resume, delete.", ""},
        subcommands = {JobsCommand.ListJobs.class, JobsCommand.Pause.class, JobsCommand.Resume.class, JobsCommand.Delete.class},
        footer = {"", "Examples:", "  clxs jobs list", "  clxs jobs pause 123", "  clxs jobs delete 123"})
public final class JobsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options every jobs subcommand has. */
    abstract static class JobsSubcommand {
        @Mixin
        RestWorkspaceOptions workspace;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        DatabricksJobs jobs() {
            return DatabricksJobs.on(workspace.workspace());
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "List clxs's jobs with their stream, schedule, pause state and last run.")
    static final class ListJobs extends JobsSubcommand implements Callable<Integer> {
        @Override
        public Integer call() {
            List<JobSummary> all = jobs().list();
            if (json) {
                out().println(Json.write(all));
                return ExitCodes.OK;
            }
            if (all.isEmpty()) {
                out().println("No clxs jobs in this workspace. Schedule a stream with: clxs schedule --profile smart_meter --catalog demo");
                return ExitCodes.OK;
            }
            List<List<String>> rows = new ArrayList<>();
            for (JobSummary j : all) {
                rows.add(List.of(Long.toString(j.jobId()), orDash(j.profile()), orDash(j.stream()),
                        j.quartzCronExpression() == null ? "-" : j.quartzCronExpression() + " (" + j.timezoneId() + ")", orDash(j.pauseStatus()), lastRun(j), j.jobUrl()));
            }
            out().print(TextTable.render(List.of("JOB", "PROFILE", "STREAM", "SCHEDULE", "STATE", "LAST RUN", "URL"), rows,
                    List.of(true, false, false, false, false, false, false)));
            out().flush();
            return ExitCodes.OK;
        }

        private static String lastRun(JobSummary j) {
            JobSummary.LastRun r = j.lastRun();
            if (r == null) return "never";
            String what = r.result() != null ? r.result() : r.state();
            return what + (r.startTime() == null ? "" : " " + r.startTime());
        }

        private static String orDash(String s) {
            return s == null ? "-" : s;
        }
    }

    /** pause, resume, delete: one job by id. */
    abstract static class OneJob extends JobsSubcommand implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "The job's id (clxs jobs list shows it).")
        long jobId;

        @Option(names = "--force", description = "Act on a job clxs did not create (no tag created_by = clxs).")
        boolean force;

        abstract JobSummary act(DatabricksJobs jobs);

        abstract String done(JobSummary j);

        @Override
        public Integer call() {
            JobSummary j;
            try {
                j = act(jobs());
            } catch (JobRefusedException e) {
                throw new BadInputException(e.getMessage());
            }
            out().println(json ? Json.write(j) : done(j));
            return ExitCodes.OK;
        }
    }

    @Command(name = "pause", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = "Pause a job's schedule (runs stop; the stream's state stays).")
    static final class Pause extends OneJob {
        @Override
        JobSummary act(DatabricksJobs jobs) {
            return jobs.pause(jobId, force);
        }

        @Override
        String done(JobSummary j) {
            return "Paused job " + j.jobId() + " (" + j.quartzCronExpression() + " " + j.timezoneId() + "). Resume it with: clxs jobs resume " + j.jobId();
        }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Resume a paused job's schedule; its next run continues the stream from its saved state.")
    static final class Resume extends OneJob {
        @Override
        JobSummary act(DatabricksJobs jobs) {
            return jobs.resume(jobId, force);
        }

        @Override
        String done(JobSummary j) {
            return "Resumed job " + j.jobId() + " (" + j.quartzCronExpression() + " " + j.timezoneId() + "): its next run continues the stream.";
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Delete a job and the notebook clxs uploaded for it; the stream's files and state stay in the volume.")
    static final class Delete extends OneJob {
        @Override
        JobSummary act(DatabricksJobs jobs) {
            return jobs.delete(jobId, force);
        }

        @Override
        String done(JobSummary j) {
            String state = statePath(j.stream());
            return "Deleted job " + j.jobId() + (j.name() == null ? "" : " (" + j.name() + ")") + "."
                    + (state == null ? "" : " The stream's files and state stay in the volume: delete " + state + " to start over when you schedule it again.");
        }

        /** {@code catalog.schema.volume.profile} (the stream tag) → its state file. */
        private static String statePath(String stream) {
            if (stream == null) return null;
            String[] p = stream.split("\\.");
            return p.length == 4 ? ScheduledStream.VOLUMES + "/" + p[0] + "/" + p[1] + "/" + p[2] + "/_state/" + p[3] + ".json" : null;
        }
    }
}
