package org.centrala.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Issue 8, item 2: a concern's bundle is updated (and refreshed, as {@code bundle:update} does)
 * while clients read and write the other concerns. The licensing and the audit bundles are each
 * updated five times; the tenancy, directory and call-record endpoints must not fail a single
 * request, and writes that need the audit log wait for it instead of failing.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class HotUpdateIT {
    private static final int UPDATES = 5;

    @Inject
    private org.apache.karaf.shell.api.console.SessionFactory sessionFactory;

    @Inject
    private BundleContext bundleContext;

    private Api operator;

    @Configuration
    public Option[] config() {
        return CentralaContainer.options();
    }

    @Before
    public void waitForReadiness() {
        operator = new Api(Integer.getInteger(CentralaContainer.HTTP_PORT_PROPERTY));
        Readiness.await(operator);
    }

    @Test
    public void updatingLicensingAndAuditNeverFailsARequestOfAnotherConcern() throws Exception {
        String reseller = operator.createReseller("Hot Update " + System.nanoTime());
        String tenant = operator.createTenant(reseller, "Hot Update Tenant", "hot-" + System.nanoTime(), "secret");
        String tenantPath = "/api/v1/tenants/" + tenant;
        String department = operator.id(operator.post(tenantPath + "/departments", "{\"name\":\"Support\",\"countryCode\":\"AT\"}"));
        operator.id(operator.post(tenantPath + "/users", "{\"type\":\"CONTACT_CENTRE\",\"departmentId\":\"" + department
                + "\",\"displayName\":\"Agent\",\"username\":\"hot-" + System.nanoTime() + "\",\"roles\":[]}"));
        List<String> otherConcerns = List.of(
                tenantPath,                          // tenancy
                tenantPath + "/departments",         // tenancy
                tenantPath + "/users",               // directory (its list asks licensing for channels)
                tenantPath + "/devices",             // directory
                tenantPath + "/calls",               // call records
                "/api/v1/resellers/" + reseller,     // tenancy
                "/soap/tenancy?wsdl",                // tenancy's SOAP service
                "/soap/directory?wsdl");             // the directory's, which holds no licensing operation
        Writer writer = new Writer(operator, tenantPath + "/departments");

        // About 50 reads/s per path: clients, not a load test that would starve the update of CPU.
        try (Readers readers = Readers.start(operator, otherConcerns, 20)) {
            writer.start();
            for (int round = 1; round <= UPDATES; round++) {
                updateAndRefresh("centrala-licensing");
                updateAndRefresh("centrala-audit");
            }
            writer.stop();
            readers.close();

            assertThat(readers.count()).as("reads made during the updates").isGreaterThan(100);
            assertThat(readers.failures()).as("failed reads of other concerns, of " + readers.count()).isEmpty();
            assertThat(writer.count()).as("writes made during the updates").isGreaterThan(5);
            assertThat(writer.failures()).as("failed writes (each records to the audit log), of " + writer.count()).isEmpty();
        } finally {
            writer.stop();
        }
        assertThat(operator.get("/api/v1/audit/verification").json().get("intact").asBoolean())
                .as("the audit chain is whole after the updates").isTrue();
    }

    /**
     * Every concern's API is in a bundle of its own, so updating tenancy or the directory refreshes
     * only that bundle; the other concern's endpoints (and the call records) keep answering.
     */
    @Test
    public void updatingTenancyTheDirectoryOrSecurityNeverFailsARequestOfAnotherConcern() throws Exception {
        String reseller = operator.createReseller("Hot Update 2 " + System.nanoTime());
        String tenant = operator.createTenant(reseller, "Hot Update Tenant 2", "hot2-" + System.nanoTime(), "secret");
        String tenantPath = "/api/v1/tenants/" + tenant;
        String department = operator.id(operator.post(tenantPath + "/departments", "{\"name\":\"Support\",\"countryCode\":\"AT\"}"));

        try (Readers readers = Readers.start(operator, List.of(tenantPath + "/users", tenantPath + "/devices",
                tenantPath + "/lines", tenantPath + "/calls"), 20)) {
            for (int round = 1; round <= 3; round++) {
                updateAndRefresh("centrala-tenancy");
            }
            readers.close();
            assertThat(readers.failures()).as("failed directory and call reads while tenancy was updated, of "
                    + readers.count()).isEmpty();
        }
        try (Readers readers = Readers.start(operator, List.of(tenantPath, tenantPath + "/departments",
                "/api/v1/resellers/" + reseller, tenantPath + "/calls"), 20)) {
            for (int round = 1; round <= 3; round++) {
                updateAndRefresh("centrala-directory");
            }
            readers.close();
            assertThat(readers.failures()).as("failed tenancy and call reads while the directory was updated, of "
                    + readers.count()).isEmpty();
        }
        // A concern's shell commands come and go with its bundle, and the others' stay.
        String agent = operator.id(operator.post(tenantPath + "/users", "{\"type\":\"BACK_OFFICE\",\"departmentId\":\"" + department
                + "\",\"displayName\":\"Shell After Update\"}"));
        assertThat(Shell.run(sessionFactory, "centrala:user-list " + tenant)).as("the updated directory's command").contains(agent);
        assertThat(Shell.run(sessionFactory, "centrala:tenant-show " + tenant)).as("tenancy's command").contains("Hot Update Tenant 2");
        // Every request is authenticated by the security bundle: while it is swapped they wait for it.
        try (Readers readers = Readers.start(operator, List.of(tenantPath, tenantPath + "/users", tenantPath + "/calls"), 20)) {
            for (int round = 1; round <= 3; round++) {
                updateAndRefresh("centrala-security");
            }
            readers.close();
            assertThat(readers.failures()).as("failed reads while the security bundle was updated, of "
                    + readers.count()).isEmpty();
        }
    }

    /** What {@code bundle:update} does: update from the bundle's location, then refresh it, and wait until the node is ready. */
    private void updateAndRefresh(String symbolicName) throws Exception {
        long started = System.nanoTime();
        Bundle bundle = Bundles.updateAndRefresh(bundleContext, symbolicName);
        Api anonymous = operator.as(null);
        Poll.until(symbolicName + " back and the node ready", Duration.ofSeconds(60),
                () -> bundle.getState() == Bundle.ACTIVE && anonymous.get("/api/v1/health/ready").status() == 200);
        System.out.printf("%s updated and ready again in %d ms%n", symbolicName, (System.nanoTime() - started) / 1_000_000);
    }

    /** Creates departments one after the other (each an audited write) until stopped, keeping what failed. */
    private static final class Writer {
        private final Api api;
        private final String path;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger count = new AtomicInteger();
        private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
        private Thread thread;

        Writer(Api api, String path) {
            this.api = api;
            this.path = path;
        }

        void start() {
            thread = new Thread(() -> {
                while (running.get()) {
                    int n = count.incrementAndGet();
                    try {
                        Api.Answer answer = api.post(path, "{\"name\":\"Team " + n + "\",\"countryCode\":\"DE\"}");
                        if (answer.status() != 201) {
                            failures.add(answer.status() + " " + answer.body());
                        }
                    } catch (RuntimeException e) {
                        failures.add(e.toString());
                    }
                }
            }, "writer");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            if (thread != null) {
                thread.join(30_000);
            }
        }

        int count() {
            return count.get();
        }

        List<String> failures() {
            synchronized (failures) {
                return new ArrayList<>(failures);
            }
        }
    }
}
