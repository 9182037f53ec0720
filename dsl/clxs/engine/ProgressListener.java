package clxs.engine;

import clxs.result.RunResult;

import clxs.plan.Phase;
import clxs.plan.Plan;
import clxs.plan.Step;

/** Hears about a run as it goes; called from worker threads, so implementations are thread-safe. */
public interface ProgressListener {

    /** A listener that ignores everything (tests, embedded use). */
    ProgressListener SILENT = new ProgressListener() {};

    default void runStarted(Plan plan, String targetDescription) {}

    default void phaseStarted(Phase phase) {}

    /** A step's statements are about to run (steps with nothing to run go straight to {@link #stepFinished}). */
    default void stepStarted(Step step) {}

    default void stepFinished(Step step) {}

    default void stepFailed(Step step, String error) {}

    default void phaseFinished(Phase phase) {}

    default void runFinished(RunResult result) {}
}
