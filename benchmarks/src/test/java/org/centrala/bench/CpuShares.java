package org.centrala.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where a run's CPU went: the threads that took most of it (by name, numbers taken out, so that
 * lanes and pumps add up), what no Java thread took (garbage collection, the JIT compiler, threads
 * that ended), and the compiler's and collector's own clocks. On two cores every share counts.
 */
final class CpuShares {
    private final Map<String, Long> threads = threadCpu();
    private final long process = processCpu();
    private final long gcMillis = gcMillis();
    private final long jitMillis = jitMillis();
    private long processNanos;
    private double jitSeconds;

    /** What went where since this was made. */
    String since() {
        processNanos = processCpu() - process;
        jitSeconds = (jitMillis() - jitMillis) / 1e3;
        Map<String, Long> spent = new HashMap<>();
        threadCpu().forEach((thread, nanos) -> spent.merge(thread.substring(0, thread.lastIndexOf('#')),
                nanos - threads.getOrDefault(thread, 0L), Long::sum));
        long inThreads = spent.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder text = new StringBuilder();
        spent.entrySet().stream().filter(e -> e.getValue() > 10_000_000).sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(8).forEach(e -> text.append(String.format(Locale.ROOT, "%s %.2f s, ", e.getKey(), e.getValue() / 1e9)));
        return text.append(String.format(Locale.ROOT, "outside Java threads %.2f s (GC %.2f s, JIT %.2f s), process %.2f s",
                (processNanos - inThreads) / 1e9, (gcMillis() - gcMillis) / 1e3, jitSeconds,
                processNanos / 1e9)).toString();
    }

    /** The JIT compiler's time up to {@link #since()}. */
    double jitSeconds() {
        return jitSeconds;
    }

    /** The process's CPU time up to {@link #since()}. */
    long processNanos() {
        return processNanos;
    }

    private static Map<String, Long> threadCpu() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<String, Long> byThread = new HashMap<>();
        for (ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (info != null) {
                long nanos = mx.getThreadCpuTime(info.getThreadId());
                if (nanos > 0) {
                    byThread.put(info.getThreadName().replaceAll("[0-9]+", "N") + "#" + info.getThreadId(), nanos);
                }
            }
        }
        return byThread;
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(gc -> Math.max(0, gc.getCollectionTime())).sum();
    }

    private static long jitMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }
}
