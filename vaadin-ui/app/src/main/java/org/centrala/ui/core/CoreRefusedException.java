package org.centrala.ui.core;

/**
 * A request the core refused or could not answer where no form waits for the answer (a grid
 * loading a page, say): the session's error handler shows it as a message, never a stack trace.
 */
public class CoreRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient CoreProblem problem;

    public CoreRefusedException(CoreProblem problem) {
        super(problem.status() + " " + problem.title() + ": " + problem.detail());
        this.problem = problem;
    }

    public CoreProblem problem() {
        return problem;
    }

    /**
     * Runs a call made in the background (a page following the PBX): a refusal or an unanswered
     * request is skipped, for the next round or the person's next action to show.
     */
    public static <T> java.util.Optional<T> quietly(CoreCall<T> call) {
        try {
            return java.util.Optional.ofNullable(call.call());
        } catch (org.centrala.ui.client.ApiException e) {
            return java.util.Optional.empty();
        }
    }

    /** Runs a call whose refusal goes to the session's error handler. */
    public static <T> T unchecked(CoreCall<T> call) {
        try {
            return call.call();
        } catch (org.centrala.ui.client.ApiException e) {
            throw new CoreRefusedException(CoreProblem.of(e));
        }
    }
}
