package org.centrala.testpbx;

import java.time.Duration;

/**
 * How a phone behaves when the PBX dials it in a FastAGI-routed call: it answers after a while
 * and talks, rings until the Dial gives up, is busy, or is not registered (Dial fails at once).
 */
public record Answering(Kind kind, Duration after, Duration talk) {

    public enum Kind {
        ANSWER, NO_ANSWER, BUSY, UNAVAILABLE
    }

    public static Answering answersAfter(Duration after, Duration talk) {
        return new Answering(Kind.ANSWER, after, talk);
    }

    public static Answering noAnswer() {
        return new Answering(Kind.NO_ANSWER, Duration.ZERO, Duration.ZERO);
    }

    public static Answering busy() {
        return new Answering(Kind.BUSY, Duration.ZERO, Duration.ZERO);
    }

    public static Answering unavailable() {
        return new Answering(Kind.UNAVAILABLE, Duration.ZERO, Duration.ZERO);
    }
}
