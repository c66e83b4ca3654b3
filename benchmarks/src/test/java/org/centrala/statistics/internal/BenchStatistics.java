package org.centrala.statistics.internal;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.List;

import org.centrala.common.Page;
import org.centrala.pbx.EndedCallConsumer;
import org.centrala.persistence.Database;
import org.centrala.queues.Queue;
import org.centrala.queues.QueueService;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventHandler;

/**
 * The statistics bundle's components wired as Declarative Services wires them: the ended-call
 * consumer, the waiting callers, the roll-up writer on Derby and the publisher of
 * {@code statistics.updated}. The queues concern is stood in for by the tenant's queues as a list
 * (the statistics read it once per tenant and minute).
 */
public final class BenchStatistics implements AutoCloseable {
    private final RollupWriter writer;
    private final FiguresPublisher publisher;
    private final CallStatistics calls;
    private final WaitingCallers waiting;

    public BenchStatistics(Database db, EventAdmin events, List<Queue> queues) {
        StatisticsSchema schema = new StatisticsSchema(db, Clock.systemUTC());
        writer = new RollupWriter(schema, new TimeZones(db, "UTC"));
        QueueDirectory directory = new QueueDirectory(listing(queues));
        waiting = new WaitingCallers(writer, directory);
        publisher = new FiguresPublisher(events, writer, waiting, directory);
        calls = new CallStatistics(schema, writer, directory);
    }

    public EndedCallConsumer calls() {
        return calls;
    }

    /** For {@code QueueTopics.CALLER_JOINED}, {@code CALLER_LEFT} and {@code CallTopics.ENDED}. */
    public EventHandler waitingCallers() {
        return waiting;
    }

    @Override
    public void close() {
        publisher.deactivate();
        writer.deactivate();
    }

    private static QueueService listing(List<Queue> queues) {
        return (QueueService) Proxy.newProxyInstance(QueueService.class.getClassLoader(), new Class<?>[]{QueueService.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("list")) {
                        return new Page<>(queues, 0, queues.size(), queues.size());
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
