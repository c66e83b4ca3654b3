package org.centrala.distribution;

import org.junit.runner.RunWith;
import org.junit.runners.Suite;

/**
 * The Pax Exam suites that run against one node: one container boots for all of them.
 *
 * <p>Pax Exam's PerSuite reactor keeps its container while a test class is pending. Run one by one,
 * as failsafe runs classes, no class is pending after each, so each booted the distribution afresh
 * (about half a minute on two cores, twelve times). A JUnit suite makes every class's runner, and so
 * registers every class, before the first runs; the container then lives until the last is done.
 *
 * <p>What that asks of the classes: each works in tenants, resellers and users of its own (none counts
 * what the whole node holds), and one that changes the node (updates a bundle, turns provisioning on,
 * adds a configuration) puts it back before it ends; each test waits for the node's readiness first.
 * ProvisioningIT goes first: while it runs, provisioning writes the PBX configuration of every tenant
 * on the node, and there are none yet but its own. NodeLogIT goes last: the node's whole log, after all
 * of them, has no ERROR line.
 *
 * <p>Each class still runs alone, in a container of its own, with {@code -Dit.test=AuditIT}; the
 * build's failsafe configuration runs them only through this suite.
 */
@RunWith(Suite.class)
@Suite.SuiteClasses({ProvisioningIT.class, AuditIT.class, CentralaDistributionIT.class, DirectoryLicensingIT.class, EventStreamIT.class,
        HotUpdateIT.class, PbxLinkIT.class, QueueAgentIT.class, RecordingIT.class, SecurityIT.class,
        StatisticsIT.class, WebhookIT.class, NodeLogIT.class})
public class NodeSuiteIT {
}
