package org.centrala.statistics.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.centrala.directory.UserType;
import org.centrala.pbx.CallRecord;
import org.centrala.pbx.EndedCall;
import org.centrala.pbx.QueueVisit;

/**
 * What an ended call adds to the roll-ups (docs/statistics.md): each visit to a queue counts in
 * the quarter the caller joined it, for the tenant, the queue and the queue's department, as
 * offered and then answered, abandoned or timed out, with its wait; an answered visit also counts
 * its talk (from the answer to the call's end, or to the caller's next queue), and for the agent
 * who took it, only a contact-centre user (R6, R8: back-office users never appear in statistics).
 */
final class CallFacts {
    private CallFacts() {
    }

    static RollupBatch of(EndedCall call, Function<String, QueueFacts> queues) {
        RollupBatch batch = new RollupBatch();
        CallRecord record = call.record();
        List<QueueVisit> visits = call.queueVisits();
        QueueVisit takenByTheParty = lastAnswered(visits);
        for (int i = 0; i < visits.size(); i++) {
            QueueVisit visit = visits.get(i);
            QueueFacts queue = queues.apply(visit.queue());
            List<Subject> subjects = new ArrayList<>(List.of(Subject.tenant(record.tenantId()), Subject.queue(queue.id(), queue.departmentId())));
            if (queue.departmentId() != null) {
                subjects.add(Subject.department(queue.departmentId()));
            }
            Instant offered = visit.joinedAt();
            long waited = millis(offered, visit.answeredAt() != null ? visit.answeredAt() : visit.leftAt());
            batch.add(subjects, offered, Measure.OFFERED, 1).add(subjects, offered, Measure.LONGEST_WAIT_MS, waited);
            switch (visit.outcome()) {
                case ANSWERED -> {
                    List<Subject> answeredBy = new ArrayList<>(subjects);
                    if (visit == takenByTheParty && record.userId() != null && call.userType() == UserType.CONTACT_CENTRE) {
                        answeredBy.add(Subject.agent(record.userId(), record.departmentId()));
                    }
                    Instant talkEnds = i + 1 < visits.size() && visits.get(i + 1).joinedAt().isBefore(record.endedAt())
                            ? visits.get(i + 1).joinedAt() : record.endedAt();
                    batch.add(answeredBy, offered, Measure.ANSWERED, 1)
                            .add(answeredBy, offered, Measure.WAIT_ANSWERED_MS, waited)
                            .add(answeredBy, offered, Measure.TALK_MS, millis(visit.answeredAt(), talkEnds));
                    if (waited <= Duration.ofSeconds(queue.serviceLevelSeconds()).toMillis()) {
                        batch.add(answeredBy, offered, Measure.ANSWERED_IN_SL, 1);
                    }
                }
                case ABANDONED -> batch.add(subjects, offered, Measure.ABANDONED, 1).add(subjects, offered, Measure.WAIT_ABANDONED_MS, waited);
                case LEFT -> batch.add(subjects, offered, Measure.TIMED_OUT, 1);
            }
        }
        return batch;
    }

    /** The visit the call record's party answered: the last one answered (a transfer moves the caller on). */
    private static QueueVisit lastAnswered(List<QueueVisit> visits) {
        for (int i = visits.size() - 1; i >= 0; i--) {
            if (visits.get(i).outcome() == QueueVisit.Outcome.ANSWERED) {
                return visits.get(i);
            }
        }
        return null;
    }

    private static long millis(Instant from, Instant to) {
        return from == null || to == null ? 0 : Math.max(0, to.toEpochMilli() - from.toEpochMilli());
    }
}
