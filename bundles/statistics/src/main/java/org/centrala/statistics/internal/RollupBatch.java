package org.centrala.statistics.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one fact (an ended call, an agent's state that ended) adds to the roll-ups: a tally per
 * subject and quarter, written in one transaction.
 */
final class RollupBatch {
    record Key(Subject subject, Instant quarterStart) {
    }

    private final Map<Key, Tally> tallies = new LinkedHashMap<>();

    /** Adds to each subject's measure in the quarter holding {@code at}. */
    RollupBatch add(List<Subject> subjects, Instant at, Measure measure, long value) {
        Instant quarter = Quarters.startOf(at);
        for (Subject subject : subjects) {
            tallies.merge(new Key(subject, quarter), Tally.ZERO.plus(measure, value), Tally::plus);
        }
        return this;
    }

    /** Adds a whole tally to the subjects in the quarter holding {@code at}. */
    RollupBatch add(List<Subject> subjects, Instant at, Tally tally) {
        Instant quarter = Quarters.startOf(at);
        for (Subject subject : subjects) {
            tallies.merge(new Key(subject, quarter), tally, Tally::plus);
        }
        return this;
    }

    /** Adds another batch's tallies (several calls counted in one transaction). */
    RollupBatch addAll(RollupBatch other) {
        other.tallies.forEach((key, tally) -> tallies.merge(key, tally, Tally::plus));
        return this;
    }

    /** The batch folded into the days of a time zone. */
    Map<java.time.LocalDate, Map<Subject, Tally>> byDay(java.time.ZoneId zone) {
        Map<java.time.LocalDate, Map<Subject, Tally>> days = new LinkedHashMap<>();
        tallies.forEach((key, tally) -> days.computeIfAbsent(key.quarterStart().atZone(zone).toLocalDate(), d -> new LinkedHashMap<>())
                .merge(key.subject(), tally, Tally::plus));
        return days;
    }

    /** Adds the time of [from, to) to each subject's measure, each quarter its own part. */
    RollupBatch addTime(List<Subject> subjects, Instant from, Instant to, Measure measure) {
        Instant start = from;
        while (start.isBefore(to)) {
            Instant quarterEnd = Quarters.next(Quarters.startOf(start));
            Instant end = quarterEnd.isBefore(to) ? quarterEnd : to;
            add(subjects, start, measure, end.toEpochMilli() - start.toEpochMilli());
            start = end;
        }
        return this;
    }

    Map<Key, Tally> tallies() {
        return tallies;
    }

    boolean isEmpty() {
        return tallies.isEmpty();
    }
}
