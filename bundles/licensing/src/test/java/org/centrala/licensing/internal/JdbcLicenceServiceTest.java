package org.centrala.licensing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centrala.licensing.internal.Expect.fields;
import static org.centrala.licensing.internal.Expect.thrown;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.centrala.licensing.internal.LicensingFixture.MONTH;
import static org.centrala.licensing.internal.LicensingFixture.holder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.centrala.common.ConflictException;
import org.centrala.common.NotFoundException;
import org.centrala.common.ValidationException;
import org.centrala.licensing.Channel;
import org.centrala.licensing.ChannelType;
import org.centrala.licensing.LicencePosition;
import org.centrala.licensing.QuantityChange;
import org.centrala.tenancy.Tenant;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

public class JdbcLicenceServiceTest {
    private static LicensingFixture fixture;
    private JdbcLicenceService licences;
    private Tenant tenant;

    @BeforeClass
    public static void createDatabase() {
        fixture = new LicensingFixture();
    }

    @AfterClass
    public static void forgetDatabase() {
        fixture = null;
    }

    @Before
    public void newTenant() {
        fixture.resetClock();
        licences = fixture.licences;
        tenant = fixture.tenant();
    }

    /** Issue 9, item 2: licences are set against the version read, or not at all; each change leaves a newer version. */
    @Test
    public void licencesAreSetOnlyAtTheVersionRead() {
        LicencePosition first = licences.set(tenant.id(), Channel.VOICE, MONTH, 5);
        assertThat(first.updatedAt()).isNotNull();
        LicencePosition second = licences.set(tenant.id(), Channel.VOICE, MONTH, 6, first.updatedAt());
        assertThat(second.updatedAt()).as("newer, even on the tests' fixed clock").isAfter(first.updatedAt());
        assertThat(thrown(org.centrala.common.StaleVersionException.class, () -> licences.set(tenant.id(), Channel.VOICE, MONTH, 9,
                first.updatedAt())).getMessage()).contains("voice licences").contains("was changed by someone else");
        assertThat(licences.position(tenant.id(), Channel.VOICE).licences()).as("nothing written").isEqualTo(6);
        assertThat(licences.position(tenant.id(), Channel.CHAT).updatedAt()).as("another channel, never bought").isNull();
    }

    @Test
    public void r13_everyBuiltInChannelHasAPositionFromTheStart() {
        assertThat(licences.positions(tenant.id())).containsExactly(
                new LicencePosition(tenant.id(), Channel.VOICE, 0, 0, List.of()),
                new LicencePosition(tenant.id(), Channel.CHAT, 0, 0, List.of()),
                new LicencePosition(tenant.id(), Channel.EMAIL, 0, 0, List.of()));
        assertThat(licences.position(tenant.id(), Channel.CHAT)).usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(new LicencePosition(tenant.id(), Channel.CHAT, 0, 0, List.of()));
    }

    @Test
    public void r13_unknownChannelOrTenantIsNotFound() {
        assertThat(thrown(NotFoundException.class, () -> licences.position(tenant.id(), "fax")).id()).isEqualTo("fax");
        assertThat(thrown(NotFoundException.class, () -> licences.set(tenant.id(), "fax", MONTH, 1)).id()).isEqualTo("fax");
        assertThat(thrown(NotFoundException.class, () -> licences.acquire(tenant.id(), "fax", holder())).id()).isEqualTo("fax");
        String nobody = holder();
        assertThat(thrown(NotFoundException.class, () -> licences.positions(nobody)).id()).isEqualTo(nobody);
        assertThat(thrown(NotFoundException.class, () -> licences.set(nobody, Channel.VOICE, MONTH, 1)).id()).isEqualTo(nobody);
        assertThat(thrown(NotFoundException.class, () -> licences.acquire(nobody, Channel.VOICE, holder())).id()).isEqualTo(nobody);
    }

    @Test
    public void r14_licencesAreBoughtPerChannelFromAMonthOn() {
        LicencePosition voice = licences.set(tenant.id(), Channel.VOICE, MONTH, 5);
        assertThat(voice).usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(new LicencePosition(tenant.id(), Channel.VOICE, 5, 0, List.of(new QuantityChange(MONTH, 5))));
        assertThat(licences.position(tenant.id(), Channel.CHAT).licences()).as("per channel").isZero();

        LicencePosition scheduled = licences.set(tenant.id(), Channel.VOICE, MONTH.plusMonths(1), 8);
        assertThat(scheduled.licences()).isEqualTo(5);
        assertThat(scheduled.changes()).containsExactly(new QuantityChange(MONTH, 5), new QuantityChange(MONTH.plusMonths(1), 8));

        fixture.clock.set(MONTH.plusMonths(1), 1);
        assertThat(licences.position(tenant.id(), Channel.VOICE))
                .usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(new LicencePosition(tenant.id(), Channel.VOICE, 8, 0, List.of(new QuantityChange(MONTH.plusMonths(1), 8))));
    }

    @Test
    public void r14_aLaterChangeReplacesTheChangesScheduledAfterIt() {
        licences.set(tenant.id(), Channel.CHAT, MONTH, 2);
        licences.set(tenant.id(), Channel.CHAT, MONTH.plusMonths(2), 6);

        assertThat(licences.set(tenant.id(), Channel.CHAT, MONTH.plusMonths(1), 3).changes())
                .containsExactly(new QuantityChange(MONTH, 2), new QuantityChange(MONTH.plusMonths(1), 3));
        assertThat(licences.set(tenant.id(), Channel.CHAT, null, 1).changes()).containsExactly(new QuantityChange(MONTH, 1));
    }

    @Test
    public void r14_pastMonthsAndNegativeQuantitiesAreRefused() {
        assertThat(fields(thrown(ValidationException.class, () -> licences.set(tenant.id(), Channel.VOICE, MONTH.minusMonths(1), 1))))
                .containsExactly("fromMonth");
        assertThat(fields(thrown(ValidationException.class, () -> licences.set(tenant.id(), Channel.VOICE, MONTH, -1))))
                .containsExactly("quantity");
        assertThat(licences.position(tenant.id(), Channel.VOICE).changes()).isEmpty();
    }

    @Test
    public void r14_acquireIsIdempotent() {
        licences.set(tenant.id(), Channel.VOICE, MONTH, 2);
        String agent = holder();

        licences.acquire(tenant.id(), Channel.VOICE, agent);
        licences.acquire(tenant.id(), Channel.VOICE, agent);

        assertThat(licences.position(tenant.id(), Channel.VOICE).held()).isEqualTo(1);
        assertThat(fixture.openHoldings(tenant.id(), Channel.VOICE)).isEqualTo(1);
        assertThat(licences.channelsHeld(tenant.id(), agent)).containsExactly(Channel.VOICE);
    }

    @Test
    public void r14_whenEveryLicenceIsHeldAcquireIsAConflict() {
        licences.set(tenant.id(), Channel.VOICE, MONTH, 1);
        String first = holder();
        String second = holder();
        licences.acquire(tenant.id(), Channel.VOICE, first);

        ConflictException e = thrown(ConflictException.class, () -> licences.acquire(tenant.id(), Channel.VOICE, second));

        assertThat(e).hasMessageContaining("no free voice licence").hasMessageContaining("buy more");
        assertThat(licences.channelsHeld(tenant.id(), second)).isEmpty();
        assertThat(licences.position(tenant.id(), Channel.VOICE).held()).isEqualTo(1);
    }

    @Test
    public void r14_aChannelNeverBoughtHasNoLicenceToHold() {
        assertThat(thrown(ConflictException.class, () -> licences.acquire(tenant.id(), Channel.EMAIL, holder())))
                .hasMessageContaining("has 0");
        assertThat(fixture.openHoldings(tenant.id(), Channel.EMAIL)).isZero();
    }

    @Test
    public void r14_aLowerQuantityScheduledForLaterLimitsWhatMayBeHeldNow() {
        licences.set(tenant.id(), Channel.VOICE, MONTH, 3);
        licences.set(tenant.id(), Channel.VOICE, MONTH.plusMonths(1), 1);
        licences.acquire(tenant.id(), Channel.VOICE, holder());

        assertThat(thrown(ConflictException.class, () -> licences.acquire(tenant.id(), Channel.VOICE, holder())))
                .hasMessageContaining("scheduled for a later month");
    }

    @Test
    public void r14_licencesOfOneTenantAreNotAnothers() {
        Tenant other = fixture.tenant();
        licences.set(tenant.id(), Channel.VOICE, MONTH, 5);

        assertThat(licences.position(other.id(), Channel.VOICE).licences()).isZero();
        assertThat(catchThrowableOfType(() -> licences.acquire(other.id(), Channel.VOICE, holder()), ConflictException.class)).isNotNull();
    }

    @Test
    public void r14_loweringLicencesBelowTheirHoldersIsAConflict() {
        licences.set(tenant.id(), Channel.VOICE, MONTH, 3);
        List<String> agents = List.of(holder(), holder(), holder());
        agents.forEach(agent -> licences.acquire(tenant.id(), Channel.VOICE, agent));

        assertThat(thrown(ConflictException.class, () -> licences.set(tenant.id(), Channel.VOICE, MONTH, 2)))
                .hasMessageContaining("3 user(s) hold");
        assertThat(thrown(ConflictException.class, () -> licences.set(tenant.id(), Channel.VOICE, MONTH.plusMonths(1), 0)))
                .as("nor from a later month").isNotNull();
        assertThat(licences.position(tenant.id(), Channel.VOICE).changes()).containsExactly(new QuantityChange(MONTH, 3));

        licences.release(tenant.id(), Channel.VOICE, agents.get(0));
        assertThat(licences.set(tenant.id(), Channel.VOICE, MONTH.plusMonths(1), 2).changes())
                .containsExactly(new QuantityChange(MONTH, 3), new QuantityChange(MONTH.plusMonths(1), 2));
    }

    @Test
    public void r15_releaseFreesTheLicenceForAnotherUser() {
        licences.set(tenant.id(), Channel.VOICE, MONTH, 1);
        String leaver = holder();
        String newcomer = holder();
        licences.acquire(tenant.id(), Channel.VOICE, leaver);

        assertThat(licences.release(tenant.id(), Channel.VOICE, leaver)).isTrue();
        assertThat(licences.release(tenant.id(), Channel.VOICE, leaver)).as("nothing left to release").isFalse();
        assertThat(licences.release(tenant.id(), Channel.CHAT, leaver)).as("a channel never bought").isFalse();

        licences.acquire(tenant.id(), Channel.VOICE, newcomer);
        assertThat(licences.channelsHeld(tenant.id(), newcomer)).containsExactly(Channel.VOICE);
        assertThat(licences.channelsHeld(tenant.id(), leaver)).isEmpty();
        assertThat(licences.position(tenant.id(), Channel.VOICE).held()).isEqualTo(1);
    }

    @Test
    public void r15_leaverFreesEveryLicenceItHeld() {
        licences.set(tenant.id(), Channel.VOICE, MONTH, 1);
        licences.set(tenant.id(), Channel.CHAT, MONTH, 1);
        licences.set(tenant.id(), Channel.EMAIL, MONTH, 1);
        String leaver = holder();
        String stayer = holder();
        licences.acquire(tenant.id(), Channel.VOICE, leaver);
        licences.acquire(tenant.id(), Channel.CHAT, leaver);
        licences.acquire(tenant.id(), Channel.EMAIL, stayer);
        assertThat(licences.channelsHeld(tenant.id(), leaver)).containsExactly(Channel.CHAT, Channel.VOICE);

        fixture.clock.advance(Duration.ofHours(1));
        licences.releaseAll(tenant.id(), leaver);

        assertThat(licences.channelsHeld(tenant.id(), leaver)).isEmpty();
        assertThat(licences.channelsHeld(tenant.id(), stayer)).containsExactly(Channel.EMAIL);
        assertThat(licences.positions(tenant.id())).extracting(LicencePosition::channel, LicencePosition::held)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Channel.VOICE, 0), org.assertj.core.groups.Tuple.tuple(Channel.CHAT, 0),
                        org.assertj.core.groups.Tuple.tuple(Channel.EMAIL, 1));
        // The holdings stay, closed, for billing (R17).
        assertThat(fixture.db.count("SELECT COUNT(*) FROM licence_holding WHERE tenant_id = ? AND holder_id = ? AND held_until = ?",
                tenant.id(), leaver, fixture.clock.instant())).isEqualTo(2);

        licences.releaseAll(tenant.id(), leaver);
        licences.acquire(tenant.id(), Channel.VOICE, holder());
        licences.acquire(tenant.id(), Channel.CHAT, holder());
    }

    @Test(timeout = 60_000)
    public void r14_neverMoreHoldersThanLicencesUnderConcurrency() throws Exception {
        int licencesBought = 50;
        int contenders = 200;
        licences.set(tenant.id(), Channel.VOICE, MONTH, licencesBought);
        ExecutorService pool = Executors.newFixedThreadPool(100);
        try {
            CountDownLatch start = new CountDownLatch(1);
            AtomicInteger won = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
            List<Future<?>> races = new ArrayList<>();
            for (int i = 0; i < contenders; i++) {
                String agent = holder();
                races.add(pool.submit(() -> {
                    try {
                        start.await();
                        licences.acquire(tenant.id(), Channel.VOICE, agent);
                        won.incrementAndGet();
                    } catch (ConflictException e) {
                        refused.incrementAndGet();
                    } catch (Throwable e) {
                        unexpected.add(e);
                    }
                }));
            }
            start.countDown();
            for (Future<?> race : races) {
                race.get(50, TimeUnit.SECONDS);
            }

            assertThat(unexpected).isEmpty();
            assertThat(won.get()).isEqualTo(licencesBought);
            assertThat(refused.get()).isEqualTo(contenders - licencesBought);
            assertThat(fixture.openHoldings(tenant.id(), Channel.VOICE)).isEqualTo(licencesBought);
            assertThat(licences.position(tenant.id(), Channel.VOICE).held()).isEqualTo(licencesBought);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void r13_aPluginChannelIsLicensedAndStaysHeldWhenThePluginGoes() {
        ChannelType whatsapp = new ChannelType() {
            @Override
            public String id() {
                return "whatsapp";
            }

            @Override
            public String displayName() {
                return "WhatsApp";
            }
        };
        fixture.catalog.addChannelType(whatsapp);
        try {
            assertThat(fixture.catalog.channels()).extracting(Channel::id).containsExactly("voice", "chat", "email", "whatsapp");
            licences.set(tenant.id(), "whatsapp", MONTH, 1);
            String agent = holder();
            licences.acquire(tenant.id(), "whatsapp", agent);

            fixture.catalog.removeChannelType(whatsapp);

            assertThat(licences.position(tenant.id(), "whatsapp")).usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(
                    new LicencePosition(tenant.id(), "whatsapp", 1, 1, List.of(new QuantityChange(MONTH, 1))));
            assertThat(licences.positions(tenant.id())).extracting(LicencePosition::channel).contains("whatsapp");
            assertThat(licences.channelsHeld(tenant.id(), agent)).isEqualTo(Set.of("whatsapp"));
            assertThat(catchThrowableOfType(() -> licences.acquire(tenant.id(), "whatsapp", holder()), NotFoundException.class))
                    .as("no new holders of a channel that is gone").isNotNull();
            assertThat(licences.release(tenant.id(), "whatsapp", agent)).isTrue();
        } finally {
            fixture.catalog.removeChannelType(whatsapp);
        }
    }
}
