package org.centrala.calls.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.centrala.audit.internal.JdbcAuditLog;
import org.centrala.persistence.internal.ThreadActorContext;
import org.centrala.common.NotFoundException;
import org.centrala.common.PageRequest;
import org.centrala.directory.UserType;
import org.centrala.pbx.CallDirection;
import org.centrala.pbx.CallDisposition;
import org.centrala.pbx.CallRecord;
import org.centrala.pbx.EndedCall;
import org.centrala.pbx.CallRecordQuery;
import org.centrala.persistence.Database;
import org.centrala.persistence.internal.JdbcAccessChanges;
import org.centrala.persistence.internal.JdbcDatabase;
import org.centrala.tenancy.PbxSettings;
import org.centrala.tenancy.ResellerDraft;
import org.centrala.tenancy.TenantDraft;
import org.centrala.tenancy.internal.JdbcResellerService;
import org.centrala.tenancy.internal.JdbcTenantService;
import org.centrala.tenancy.internal.TenancySchema;
import org.junit.Before;
import org.junit.Test;

/** The call-record store on Derby: no record twice, and who reads what (R6, R18). */
public class JdbcCallRecordsTest {
    private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");
    private static final String SALES = "11111111-1111-1111-1111-111111111111";
    private static final String CARE = "22222222-2222-2222-2222-222222222222";

    private JdbcCallRecords records;
    private CallRecordStore store;
    private String tenant;
    private String otherTenant;

    @Before
    public void setUp() {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:calls-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        Database db = new JdbcDatabase(dataSource);
        TenancySchema tenancy = new TenancySchema(db, new JdbcAuditLog(db, new ThreadActorContext()), new JdbcAccessChanges(db));
        String reseller = new JdbcResellerService(tenancy).create(new ResellerDraft("Reseller", null)).id();
        JdbcTenantService tenants = new JdbcTenantService(tenancy);
        tenant = tenants.create(new TenantDraft(reseller, "Tenant", pbx("one"))).id();
        otherTenant = tenants.create(new TenantDraft(reseller, "Other", pbx("two"))).id();
        records = new JdbcCallRecords(db);
        store = new CallRecordStore(db);
    }

    @Test
    public void callsHandedOverTogetherAreKeptInOneGoAndOneKeptAlreadyIsNotDoubled() {
        CallRecord kept = record(tenant, "3.1", "agent-1", SALES, T0);
        store.accept(new EndedCall("link", "127.0.0.1", 5038, kept, UserType.CONTACT_CENTRE, List.of(), List.of()));

        store.acceptAll(List.of(new EndedCall("link", "127.0.0.1", 5038, kept, UserType.CONTACT_CENTRE, List.of(), List.of()),
                new EndedCall("link", "127.0.0.1", 5038, record(tenant, "3.2", null, null, T0), null, List.of(), List.of()),
                new EndedCall("link", "127.0.0.1", 5038, record(otherTenant, "3.3", null, null, T0), null, List.of(), List.of())));

        assertThat(records.find(CallRecordQuery.ofTenant(tenant), PageRequest.first(10)).items())
                .extracting(CallRecord::pbxCallId).containsExactlyInAnyOrder("3.1", "3.2");
        assertThat(records.find(CallRecordQuery.ofTenant(otherTenant), PageRequest.first(10)).items())
                .extracting(CallRecord::pbxCallId).containsExactly("3.3");
    }

    @Test
    public void theSameCallIsRecordedOncePerTenantWhateverReplaysIt() {
        assertThat(records.insert("link", record(tenant, "1.1", "agent-1", SALES, T0), UserType.CONTACT_CENTRE)).isTrue();
        assertThat(records.insert("link", record(tenant, "1.1", "agent-1", SALES, T0), UserType.CONTACT_CENTRE)).isFalse();
        // The same linked id on another PBX link, or for another tenant, is another call.
        assertThat(records.insert("other-link", record(tenant, "1.1", "agent-1", SALES, T0), UserType.CONTACT_CENTRE)).isTrue();
        assertThat(records.insert("link", record(otherTenant, "1.1", null, null, T0), null)).isTrue();

        assertThat(records.find(CallRecordQuery.ofTenant(tenant), PageRequest.first(10)).total()).isEqualTo(2);
        assertThat(records.find(CallRecordQuery.ofTenant(otherTenant), PageRequest.first(10)).total()).isEqualTo(1);
    }

    @Test
    public void callIdsAsLongAsAsteriskAllowsAreKept() {
        String channelId = "ari-originate-" + "x".repeat(136); // 150, Asterisk's AST_MAX_UNIQUEID
        assertThat(records.insert("link", record(tenant, channelId, null, null, T0), null)).isTrue();
        assertThat(records.find(CallRecordQuery.ofTenant(tenant), PageRequest.first(1)).items().get(0).pbxCallId())
                .isEqualTo(channelId);
    }

    @Test
    public void r6_r18_aSupervisorScopeReadsItsDepartmentsContactCentreCallsOnly() {
        CallRecord agentInSales = record(tenant, "1.1", "agent-1", SALES, T0);
        CallRecord backOfficeInSales = record(tenant, "1.2", "desk-1", SALES, T0);
        CallRecord agentInCare = record(tenant, "1.3", "agent-2", CARE, T0);
        CallRecord abandoned = record(tenant, "1.4", null, null, T0);
        records.insert("link", agentInSales, UserType.CONTACT_CENTRE);
        records.insert("link", backOfficeInSales, UserType.BACK_OFFICE);
        records.insert("link", agentInCare, UserType.CONTACT_CENTRE);
        records.insert("link", abandoned, null);
        CallRecordQuery supervisor = new CallRecordQuery(tenant, null, null, null, Set.of(SALES));

        assertThat(records.find(supervisor, PageRequest.first(10)).items()).extracting(CallRecord::id)
                .containsExactly(agentInSales.id());
        assertThat(records.get(supervisor, agentInSales.id()).pbxCallId()).isEqualTo("1.1");
        for (CallRecord hidden : List.of(backOfficeInSales, agentInCare, abandoned)) {
            assertThatThrownBy(() -> records.get(supervisor, hidden.id())).isInstanceOf(NotFoundException.class);
        }
        List<CallRecord> exported = new ArrayList<>();
        records.forEach(supervisor, exported::add);
        assertThat(exported).extracting(CallRecord::id).containsExactly(agentInSales.id());
        // No departments at all: nothing, not everything.
        assertThat(records.find(new CallRecordQuery(tenant, null, null, null, Set.of()), PageRequest.first(10)).total())
                .isZero();
        // The tenant-wide scope (administrators) reads all four.
        assertThat(records.find(CallRecordQuery.ofTenant(tenant), PageRequest.first(10)).total()).isEqualTo(4);
    }

    @Test
    public void aRecordOfAnotherTenantIsNotFoundThroughThisTenant() {
        CallRecord theirs = record(otherTenant, "9.1", null, null, T0);
        records.insert("link", theirs, null);

        assertThatThrownBy(() -> records.get(CallRecordQuery.ofTenant(tenant), theirs.id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(records.get(CallRecordQuery.ofTenant(otherTenant), theirs.id()).tenantId()).isEqualTo(otherTenant);
    }

    @Test
    public void anUnknownTenantIsNotFoundRatherThanEmpty() {
        CallRecordQuery nobody = CallRecordQuery.ofTenant("no-such-tenant");
        assertThatThrownBy(() -> records.find(nobody, PageRequest.first(10))).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Tenant");
        assertThatThrownBy(() -> records.forEach(nobody, r -> { })).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> records.get(nobody, "x")).isInstanceOf(NotFoundException.class);
    }

    @Test
    public void userAndTimeSpanFilterAndTheExportPagesThroughEverythingOldestFirst() {
        for (int i = 0; i < 1_001; i++) {
            records.insert("link", record(tenant, "2." + i, i % 2 == 0 ? "agent-1" : "agent-2", SALES,
                    T0.plusSeconds(i)), UserType.CONTACT_CENTRE);
        }
        List<Instant> exported = new ArrayList<>();
        records.forEach(CallRecordQuery.ofTenant(tenant), r -> exported.add(r.startedAt()));
        assertThat(exported).hasSize(1_001).isSorted();

        CallRecordQuery span = new CallRecordQuery(tenant, "agent-1", T0.plusSeconds(10), T0.plusSeconds(20), null);
        assertThat(records.find(span, PageRequest.first(100)).items()).extracting(CallRecord::startedAt)
                .containsExactlyInAnyOrder(T0.plusSeconds(10), T0.plusSeconds(12), T0.plusSeconds(14),
                        T0.plusSeconds(16), T0.plusSeconds(18));
    }

    private static PbxSettings pbx(String context) {
        return new PbxSettings("pbx.example.com", 5038, "centrala", "s3cret", context);
    }

    private static CallRecord record(String tenantId, String pbxCallId, String userId, String departmentId,
                                     Instant startedAt) {
        return new CallRecord(UUID.randomUUID().toString(), tenantId, pbxCallId, CallDirection.INBOUND,
                "+381111000001", "100", userId, null, departmentId, null, startedAt, startedAt.plusSeconds(5),
                startedAt.plusSeconds(65), 65, 60, CallDisposition.ANSWERED, false, null, false);
    }
}
