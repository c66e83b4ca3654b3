package org.centrala.statistics.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.centrala.pbx.CallRecord;
import org.centrala.pbx.EndedCall;
import org.centrala.pbx.EndedCallConsumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts every ended call the PBX link hands over into the roll-ups (issue 12, R8). A consumer of
 * the link in a bundle of its own: while the bundle is updated the link keeps the calls, so none is
 * lost; one handed over twice is counted once.
 */
@Component(service = EndedCallConsumer.class, property = EndedCallConsumer.NAME + "=statistics")
public class CallStatistics implements EndedCallConsumer {
    private static final Logger LOG = LoggerFactory.getLogger(CallStatistics.class);
    /** Far longer than the link ever keeps a call to hand it over again. */
    static final Duration COUNTED_KEPT = Duration.ofDays(7);

    private final RollupWriter writer;
    private final QueueDirectory queues;
    private final JdbcRollups rollups;
    private volatile Instant lastPruned = Instant.EPOCH;

    @Activate
    public CallStatistics(@Reference StatisticsSchema schema, @Reference RollupWriter writer, @Reference QueueDirectory queues) {
        this.writer = writer;
        this.queues = queues;
        this.rollups = schema.rollups();
    }

    @Override
    public void accept(EndedCall call) {
        acceptAll(List.of(call));
    }

    /** Calls that waited (a busy PBX, or this bundle back after an update): each tenant's in one transaction. */
    @Override
    public void acceptAll(List<EndedCall> calls) {
        Map<String, List<EndedCall>> byTenant = new LinkedHashMap<>();
        calls.forEach(call -> byTenant.computeIfAbsent(call.record().tenantId(), t -> new ArrayList<>()).add(call));
        byTenant.forEach((tenantId, ofTenant) -> {
            List<RollupBatch> batches = ofTenant.stream().map(call -> CallFacts.of(call, pbxName -> queues.byPbxName(tenantId, pbxName)))
                    .toList();
            writer.add(tenantId, () -> {
                RollupBatch all = new RollupBatch();
                for (int i = 0; i < ofTenant.size(); i++) {
                    CallRecord record = ofTenant.get(i).record();
                    if (rollups.markCounted(tenantId, ofTenant.get(i).linkId(), record.pbxCallId(), record.endedAt())) {
                        all.addAll(batches.get(i));
                    } else {
                        LOG.debug("Call {} on {} was counted already", record.pbxCallId(), ofTenant.get(i).linkId());
                    }
                }
                return all;
            }, ofTenant.get(ofTenant.size() - 1).record().endedAt());
        });
        pruneNowAndThen();
    }

    private void pruneNowAndThen() {
        Instant now = writer.now();
        if (Duration.between(lastPruned, now).toHours() >= 1) {
            lastPruned = now;
            int forgotten = writer.onThread(() -> rollups.forgetCountedBefore(now.minus(COUNTED_KEPT)));
            LOG.debug("Forgot {} counted calls older than {}", forgotten, COUNTED_KEPT);
        }
    }
}
