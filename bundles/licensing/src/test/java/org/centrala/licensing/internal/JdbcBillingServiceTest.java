package org.centrala.licensing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.centrala.licensing.internal.Expect.fields;
import static org.centrala.licensing.internal.Expect.thrown;
import static org.assertj.core.api.Assertions.tuple;
import static org.centrala.licensing.internal.LicensingFixture.MONTH;
import static org.centrala.licensing.internal.LicensingFixture.holder;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.centrala.common.NotFoundException;
import org.centrala.common.ValidationException;
import org.centrala.licensing.BillingLine;
import org.centrala.licensing.BillingCorrection;
import org.centrala.licensing.CorrectionDraft;
import org.centrala.licensing.BillingStatement;
import org.centrala.licensing.Channel;
import org.centrala.licensing.DevicePacks;
import org.centrala.licensing.LicencePosition;
import org.centrala.licensing.Price;
import org.centrala.licensing.PriceList;
import org.centrala.tenancy.Reseller;
import org.centrala.tenancy.Tenant;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

public class JdbcBillingServiceTest {
    private static final String VOICE = LicencePosition.item(Channel.VOICE);
    private static final String CHAT = LicencePosition.item(Channel.CHAT);

    private static LicensingFixture fixture;
    private JdbcBillingService billing;
    private Reseller reseller;
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
        billing = fixture.billing;
        reseller = fixture.reseller();
        tenant = fixture.tenant(reseller, "Acme");
    }

    private static Price price(String item, String amount) {
        return new Price(item, amount == null ? null : new BigDecimal(amount));
    }

    private static BigDecimal amount(String amount) {
        return new BigDecimal(amount);
    }

    private BillingLine line(BillingStatement statement, String item) {
        return statement.lines().stream().filter(l -> l.item().equals(item)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + item + " in " + statement));
    }

    private int quantity(YearMonth month, String item) {
        return billing.statement(tenant.id(), month).lines().stream().filter(l -> l.item().equals(item))
                .mapToInt(BillingLine::quantity).findFirst().orElse(0);
    }

    @Test
    public void r17_statementBillsPbxPacksAndPeakLicencesHeldAtThePrices() {
        billing.setPrices(reseller.id(), new PriceList("EUR", List.of(
                price(PriceList.PBX, "49.90"), price(DevicePacks.ITEM, "20"), price(VOICE, "15.5"), price(CHAT, "5"))));
        fixture.packs.set(tenant.id(), MONTH, 2);
        fixture.licences.set(tenant.id(), Channel.VOICE, MONTH, 3);
        fixture.licences.set(tenant.id(), Channel.CHAT, MONTH, 1);
        String anna = holder();
        fixture.licences.acquire(tenant.id(), Channel.VOICE, anna);
        fixture.licences.acquire(tenant.id(), Channel.VOICE, holder());
        fixture.licences.acquire(tenant.id(), Channel.CHAT, anna);

        BillingStatement statement = billing.statement(tenant.id(), MONTH);

        assertThat(statement.resellerId()).isEqualTo(reseller.id());
        assertThat(statement.tenantId()).isEqualTo(tenant.id());
        assertThat(statement.tenantName()).isEqualTo("Acme");
        assertThat(statement.month()).isEqualTo(MONTH);
        assertThat(statement.currency()).isEqualTo("EUR");
        assertThat(statement.lines()).extracting(BillingLine::item, BillingLine::quantity).containsExactly(
                tuple(PriceList.PBX, 1), tuple(DevicePacks.ITEM, 2), tuple(CHAT, 1), tuple(VOICE, 2));
        assertThat(line(statement, PriceList.PBX).amount()).isEqualByComparingTo("49.90");
        assertThat(line(statement, DevicePacks.ITEM).unitPrice()).isEqualByComparingTo("20");
        assertThat(line(statement, DevicePacks.ITEM).amount()).isEqualByComparingTo("40");
        assertThat(line(statement, CHAT).amount()).isEqualByComparingTo("5");
        assertThat(line(statement, VOICE).description()).contains("Voice");
        assertThat(line(statement, VOICE).amount()).isEqualByComparingTo("31.00");
        assertThat(statement.total()).isEqualTo(amount("125.90"));
        assertThat(statement.complete()).isTrue();
    }

    @Test
    public void r17_withoutPricesTheStatementIsIncomplete() {
        fixture.packs.set(tenant.id(), MONTH, 1);

        BillingStatement unpriced = billing.statement(tenant.id(), MONTH);
        assertThat(unpriced.currency()).isNull();
        assertThat(unpriced.lines()).extracting(BillingLine::item, BillingLine::quantity, BillingLine::unitPrice, BillingLine::amount)
                .containsExactly(tuple(PriceList.PBX, 1, null, null), tuple(DevicePacks.ITEM, 1, null, null));
        assertThat(unpriced.total()).isEqualTo(amount("0.00"));
        assertThat(unpriced.complete()).isFalse();

        billing.setPrices(reseller.id(), new PriceList("RSD", List.of(price(PriceList.PBX, "3000"))));
        BillingStatement partly = billing.statement(tenant.id(), MONTH);
        assertThat(partly.currency()).isEqualTo("RSD");
        assertThat(partly.total()).as("the priced lines only").isEqualTo(amount("3000.00"));
        assertThat(line(partly, DevicePacks.ITEM).amount()).isNull();
        assertThat(partly.complete()).isFalse();
    }

    @Test
    public void r17_statementBillsPeakLicencesHeldAcrossAMonthOfLeaversAndNewcomers() {
        billing.setPrices(reseller.id(), new PriceList("EUR", List.of(price(VOICE, "10"))));
        fixture.clock.set(MONTH, 1);
        fixture.licences.set(tenant.id(), Channel.VOICE, MONTH, 5);
        String a = holder();
        String b = holder();
        String c = holder();
        String d = holder();
        String e = holder();
        fixture.licences.acquire(tenant.id(), Channel.VOICE, a);
        fixture.licences.acquire(tenant.id(), Channel.VOICE, b);
        fixture.clock.set(MONTH, 5);
        fixture.licences.acquire(tenant.id(), Channel.VOICE, c);          // three at once: the peak
        fixture.clock.set(MONTH, 10);
        fixture.licences.releaseAll(tenant.id(), a);
        fixture.licences.release(tenant.id(), Channel.VOICE, b);
        fixture.clock.set(MONTH, 12);
        fixture.licences.acquire(tenant.id(), Channel.VOICE, d);
        fixture.clock.set(MONTH, 20);
        fixture.licences.release(tenant.id(), Channel.VOICE, c);         // handed over at the same moment
        fixture.licences.acquire(tenant.id(), Channel.VOICE, e);

        BillingStatement march = billing.statement(tenant.id(), MONTH);
        assertThat(line(march, VOICE).quantity()).as("five held during the month, never more than three at once").isEqualTo(3);
        assertThat(line(march, VOICE).amount()).isEqualByComparingTo("30");
        assertThat(fixture.licences.position(tenant.id(), Channel.VOICE).held()).isEqualTo(2);

        fixture.clock.set(MONTH.plusMonths(1), 3);
        assertThat(quantity(MONTH.plusMonths(1), VOICE)).as("d and e hold on into the next month").isEqualTo(2);
        assertThat(quantity(MONTH.minusMonths(1), VOICE)).as("nothing was held the month before").isZero();
    }

    @Test
    public void r15_aLicenceHandedOverTheSameMomentIsBilledOnce() {
        fixture.clock.set(MONTH, 2);
        fixture.licences.set(tenant.id(), Channel.VOICE, MONTH, 1);
        String leaver = holder();
        fixture.licences.acquire(tenant.id(), Channel.VOICE, leaver);
        fixture.clock.set(MONTH, 15);
        fixture.licences.releaseAll(tenant.id(), leaver);
        fixture.licences.acquire(tenant.id(), Channel.VOICE, holder());

        assertThat(quantity(MONTH, VOICE)).isEqualTo(1);
    }

    @Test
    public void r3_packsLoweredMidMonthAreBilledAtTheHighestOfTheMonth() {
        fixture.clock.set(MONTH.minusMonths(1), 20);
        fixture.packs.set(tenant.id(), MONTH.minusMonths(1), 4);
        fixture.clock.set(MONTH, 15);
        fixture.packs.set(tenant.id(), MONTH, 2);                // four were in effect from the 1st to the 15th
        fixture.packs.set(tenant.id(), MONTH.plusMonths(1), 1);

        assertThat(quantity(MONTH.minusMonths(1), DevicePacks.ITEM)).isEqualTo(4);
        assertThat(quantity(MONTH, DevicePacks.ITEM)).isEqualTo(4);
        assertThat(quantity(MONTH.plusMonths(1), DevicePacks.ITEM)).isEqualTo(1);
        assertThat(quantity(MONTH.plusMonths(5), DevicePacks.ITEM)).isEqualTo(1);
    }

    @Test
    public void r3_packsRaisedAndLoweredWithinTheMonthAreBilledAtTheHighest() {
        fixture.clock.set(MONTH, 1);
        fixture.packs.set(tenant.id(), MONTH, 3);
        fixture.clock.set(MONTH, 15);
        fixture.packs.set(tenant.id(), MONTH, 1);

        assertThat(quantity(MONTH, DevicePacks.ITEM)).isEqualTo(3);
        assertThat(quantity(MONTH.plusMonths(1), DevicePacks.ITEM)).isEqualTo(1);
        assertThat(fixture.packs.get(tenant.id()).packs()).isEqualTo(1);
    }

    @Test
    public void r3_aRescheduledLaterMonthIsBilledAtWhatIsInEffectThen() {
        fixture.packs.set(tenant.id(), MONTH, 1);
        fixture.packs.set(tenant.id(), MONTH.plusMonths(1), 5);
        fixture.packs.set(tenant.id(), MONTH.plusMonths(1), 2);   // second thoughts before next month began
        fixture.licences.set(tenant.id(), Channel.VOICE, MONTH.plusMonths(1), 9);
        fixture.licences.set(tenant.id(), Channel.VOICE, MONTH.plusMonths(1), 4);

        fixture.clock.set(MONTH.plusMonths(1), 1);
        assertThat(fixture.packs.get(tenant.id()).packs()).isEqualTo(2);
        assertThat(quantity(MONTH.plusMonths(1), DevicePacks.ITEM)).as("five packs were never in effect").isEqualTo(2);
        assertThat(quantity(MONTH, DevicePacks.ITEM)).isEqualTo(1);
        // Still billed at the highest once the month has begun and the packs are lowered in it.
        fixture.packs.set(tenant.id(), MONTH.plusMonths(1), 1);
        assertThat(quantity(MONTH.plusMonths(1), DevicePacks.ITEM)).isEqualTo(2);
    }

    @Test
    public void r17_aMonthBeforeTheTenantExistedBillsNothing() {
        BillingStatement statement = billing.statement(tenant.id(), YearMonth.of(2000, 1));

        assertThat(statement.lines()).isEmpty();
        assertThat(statement.total()).isEqualTo(amount("0.00"));
        assertThat(statement.complete()).isTrue();
    }

    @Test
    public void r17_statementNeedsAKnownTenantAndAMonth() {
        String nobody = UUID.randomUUID().toString();
        assertThat(thrown(NotFoundException.class, () -> billing.statement(nobody, MONTH)).id()).isEqualTo(nobody);
        assertThat(fields(thrown(ValidationException.class, () -> billing.statement(tenant.id(), null)))).containsExactly("month");
        assertThat(thrown(NotFoundException.class, () -> billing.statements(nobody, MONTH)).id()).isEqualTo(nobody);
    }

    @Test
    public void r17_resellerSeesOneStatementPerTenantByName() {
        Tenant beta = fixture.tenant(reseller, "Beta");
        Tenant alpha = fixture.tenant(reseller, "alpha");
        fixture.tenant(fixture.reseller(), "Another reseller's");
        fixture.packs.set(beta.id(), MONTH, 3);

        List<BillingStatement> statements = billing.statements(reseller.id(), MONTH);

        assertThat(statements).extracting(BillingStatement::tenantId).containsExactly(tenant.id(), alpha.id(), beta.id());
        assertThat(statements.get(2).lines()).extracting(BillingLine::item, BillingLine::quantity)
                .containsExactly(tuple(PriceList.PBX, 1), tuple(DevicePacks.ITEM, 3));
    }

    @Test
    public void r17_priceListIsReplacedWhole() {
        assertThat(billing.prices(reseller.id(), null)).isEqualTo(new PriceList(null, List.of()));

        PriceList stored = billing.setPrices(reseller.id(), new PriceList("EUR", List.of(
                price(VOICE, "12.345"), price(PriceList.PBX, "50"), price("licence:whatsapp", "0"))));
        assertThat(stored.currency()).isEqualTo("EUR");
        assertThat(stored.prices()).extracting(Price::item).containsExactly("licence:voice", "licence:whatsapp", "pbx");
        assertThat(stored.prices()).extracting(Price::unitPrice).containsExactly(amount("12.35"), amount("0.00"), amount("50.00"));
        assertThat(billing.prices(reseller.id(), null)).isEqualTo(stored);

        java.time.YearMonth running = stored.fromMonth();
        assertThat(billing.setPrices(reseller.id(), new PriceList("USD", List.of(price(DevicePacks.ITEM, "7"))))).usingRecursiveComparison()
                .ignoringFields("updatedAt").isEqualTo(new PriceList("USD", List.of(new Price(DevicePacks.ITEM, amount("7.00"))), running));
        assertThat(billing.setPrices(reseller.id(), new PriceList("USD", List.of()))).usingRecursiveComparison().ignoringFields("updatedAt")
                .isEqualTo(new PriceList("USD", List.of(), running));
        assertThat(billing.priceLists(reseller.id())).as("one list per month: the running month's was replaced").hasSize(1);
        assertThat(billing.prices(fixture.reseller().id(), null).prices()).as("another reseller's").isEmpty();
    }

    /** Issue 9, item 2: a price list is written against the version of the list in effect in its month, or not at all. */
    @Test
    public void aPriceListIsWrittenOnlyAtTheVersionRead() {
        PriceList first = billing.setPrices(reseller.id(), new PriceList("EUR", List.of(price(PriceList.PBX, "10"))));
        assertThat(first.updatedAt()).isNotNull();
        PriceList second = billing.setPrices(reseller.id(), new PriceList("EUR", List.of(price(PriceList.PBX, "11"))), first.updatedAt());
        assertThat(second.updatedAt()).as("a new version, even within the same millisecond").isAfter(first.updatedAt());
        assertThat(thrown(org.centrala.common.StaleVersionException.class, () -> billing.setPrices(reseller.id(),
                new PriceList("EUR", List.of(price(PriceList.PBX, "99"))), first.updatedAt())).getMessage()).contains("was changed by someone else");
        assertThat(billing.prices(reseller.id(), null).prices()).extracting(Price::unitPrice).as("nothing written").containsExactly(amount("11.00"));
        PriceList next = billing.setPrices(reseller.id(), new PriceList("EUR", List.of(price(PriceList.PBX, "12")), MONTH.plusMonths(1)),
                second.updatedAt());
        assertThat(next.fromMonth()).as("a list for a later month, written against the list in effect then").isEqualTo(MONTH.plusMonths(1));
    }

    @Test
    public void r17_setPricesRefusesBadCurrencyDuplicatesNegativeAndUnknownItems() {
        billing.setPrices(reseller.id(), new PriceList("EUR", List.of(price(PriceList.PBX, "10"))));

        assertThat(fields(thrown(ValidationException.class, () -> billing.setPrices(reseller.id(), new PriceList("EURO", List.of())))))
                .containsExactly("currency");
        assertThat(fields(thrown(ValidationException.class, () -> billing.setPrices(reseller.id(), new PriceList(null, List.of())))))
                .containsExactly("currency");
        assertThat(fields(thrown(ValidationException.class, () -> billing.setPrices(reseller.id(), new PriceList("EUR", List.of(
                price(PriceList.PBX, "1"), price(DevicePacks.ITEM, "2"), price(PriceList.PBX, "3")))))))
                .containsExactly("prices[2].item");
        assertThat(fields(thrown(ValidationException.class, () -> billing.setPrices(reseller.id(), new PriceList("EUR", List.of(
                price(PriceList.PBX, "-0.01"), price(VOICE, null)))))))
                .containsExactly("prices[0].unitPrice", "prices[1].unitPrice");
        assertThat(fields(thrown(ValidationException.class, () -> billing.setPrices(reseller.id(), new PriceList("EUR", List.of(
                price("fax", "1"), price("licence:", "1"), price("licence:Voice", "1"), price(null, "1")))))))
                .containsExactly("prices[0].item", "prices[1].item", "prices[2].item", "prices[3].item");
        assertThat(fields(thrown(ValidationException.class, () -> billing.setPrices(reseller.id(), new PriceList("eur", Arrays.asList(
                (Price) null)))))).as("every error at once").containsExactly("currency", "prices[0].item");
        assertThat(fields(thrown(ValidationException.class, () -> billing.setPrices(reseller.id(), new PriceList("EUR", null)))))
                .containsExactly("prices");
        assertThat(fields(thrown(ValidationException.class, () -> billing.setPrices(reseller.id(), null)))).containsExactly("body");

        String nobody = UUID.randomUUID().toString();
        assertThat(thrown(NotFoundException.class, () -> billing.setPrices(nobody, new PriceList("EUR", List.of()))).id()).isEqualTo(nobody);
        assertThat(thrown(NotFoundException.class, () -> billing.prices(nobody, null)).id()).isEqualTo(nobody);

        assertThat(billing.prices(reseller.id(), null).prices()).as("unchanged by refused lists").containsExactly(new Price(PriceList.PBX, amount("10.00")));
    }

    /** Issue 9, item 1: a suspended tenant is billed for the month it was suspended in, and not for the months after. */
    @Test
    public void billingStopsFromTheMonthAfterASuspension() {
        billing.setPrices(reseller.id(), new PriceList("EUR", List.of(price(PriceList.PBX, "49.90"))));
        java.time.YearMonth thisMonth = java.time.YearMonth.now(java.time.ZoneOffset.UTC);
        fixture.tenants.suspend(tenant.id());

        assertThat(billing.statement(tenant.id(), thisMonth).lines()).extracting(BillingLine::item).containsExactly(PriceList.PBX);
        BillingStatement later = billing.statement(tenant.id(), MONTH);
        assertThat(later.lines()).isEmpty();
        assertThat(later.total()).isEqualByComparingTo("0");

        fixture.tenants.reactivate(tenant.id());
        assertThat(billing.statement(tenant.id(), MONTH).lines()).extracting(BillingLine::item).containsExactly(PriceList.PBX);
    }

    /** Issue 9, item 1: a tenant that moves is billed by the reseller it leaves for the month of the move, by the new one after. */
    @Test
    public void aMovedTenantIsBilledByTheResellerItLeftForThatMonthAndByTheNewOneAfter() {
        java.time.YearMonth thisMonth = java.time.YearMonth.now(java.time.ZoneOffset.UTC);
        org.centrala.tenancy.Reseller next = fixture.reseller();
        billing.setPrices(reseller.id(), new PriceList("EUR", List.of(price(PriceList.PBX, "49.90")), thisMonth));
        billing.setPrices(next.id(), new PriceList("EUR", List.of(price(PriceList.PBX, "39.00")), thisMonth));

        fixture.tenants.move(tenant.id(), next.id());

        assertThat(billing.statements(reseller.id(), thisMonth)).extracting(BillingStatement::tenantId, BillingStatement::total)
                .containsExactly(tuple(tenant.id(), amount("49.90")));
        assertThat(billing.statements(next.id(), thisMonth)).isEmpty();
        assertThat(billing.statements(next.id(), thisMonth.plusMonths(1))).extracting(BillingStatement::tenantId, BillingStatement::total)
                .containsExactly(tuple(tenant.id(), amount("39.00")));
        assertThat(billing.statements(reseller.id(), thisMonth.plusMonths(1))).isEmpty();
        assertThat(billing.statement(tenant.id(), thisMonth.plusMonths(1)).resellerId()).isEqualTo(next.id());
        assertThatThrownBy(() -> billing.statement(tenant.id(), thisMonth)).isInstanceOf(org.centrala.common.ConflictException.class)
                .hasMessageContaining("by the reseller it had then");
    }

    /** Issue 9, item 1: a terminated tenant is billed for the month it was terminated in, and never after. */
    @Test
    public void aTerminatedTenantIsBilledForTheMonthOfItsTerminationOnly() {
        java.time.YearMonth thisMonth = java.time.YearMonth.now(java.time.ZoneOffset.UTC);
        billing.setPrices(reseller.id(), new PriceList("EUR", List.of(price(PriceList.PBX, "49.90")), thisMonth));

        fixture.tenants.terminate(tenant.id());

        assertThat(billing.statement(tenant.id(), thisMonth).total()).isEqualByComparingTo("49.90");
        assertThat(billing.statement(tenant.id(), thisMonth.plusMonths(1)).lines()).isEmpty();
    }

    /** Issue 9, item 6: a price list applies from its month until the next one; earlier months keep the prices they had. */
    @Test
    public void pricesApplyFromTheirMonthAndEarlierMonthsKeepTheirs() {
        billing.setPrices(reseller.id(), new PriceList("EUR", List.of(price(PriceList.PBX, "20")), MONTH));
        billing.setPrices(reseller.id(), new PriceList("EUR", List.of(price(PriceList.PBX, "25")), MONTH.plusMonths(2)));

        assertThat(billing.statement(tenant.id(), MONTH).total()).isEqualByComparingTo("20");
        assertThat(billing.statement(tenant.id(), MONTH.plusMonths(1)).total()).isEqualByComparingTo("20");
        assertThat(billing.statement(tenant.id(), MONTH.plusMonths(2)).total()).isEqualByComparingTo("25");
        assertThat(billing.prices(reseller.id(), MONTH.plusMonths(1)).fromMonth()).isEqualTo(MONTH);
        assertThat(billing.prices(reseller.id(), MONTH.minusMonths(1)).prices()).as("before the first list").isEmpty();
        assertThat(billing.priceLists(reseller.id())).extracting(PriceList::fromMonth).containsExactly(MONTH, MONTH.plusMonths(2));

        fixture.clock.set(MONTH.plusMonths(1), 5);
        billing.closeMonth(reseller.id(), MONTH);
        assertThat(thrown(org.centrala.common.ConflictException.class, () -> billing.setPrices(reseller.id(),
                new PriceList("EUR", List.of(price(PriceList.PBX, "99")), MONTH))).getMessage()).contains("closed").contains("/corrections");
    }

    /** Issue 9, item 6: a closed month is corrected by a credit or debit on an open month; the closed statement stays. */
    @Test
    public void aCorrectionOnAnOpenMonthCreditsAClosedOne() {
        billing.setPrices(reseller.id(), new PriceList("EUR", List.of(price(PriceList.PBX, "20")), MONTH));
        fixture.clock.set(MONTH.plusMonths(1), 5);
        billing.closeMonth(reseller.id(), MONTH);

        BillingCorrection credit = billing.addCorrection(reseller.id(), MONTH.plusMonths(1),
                new CorrectionDraft(tenant.id(), "PBX outage credit", new BigDecimal("-5"), MONTH));

        assertThat(credit.amount()).isEqualByComparingTo("-5.00");
        BillingStatement corrected = billing.statement(tenant.id(), MONTH.plusMonths(1));
        assertThat(corrected.total()).isEqualByComparingTo("15.00");
        assertThat(line(corrected, BillingCorrection.ITEM_PREFIX + credit.id()).description()).isEqualTo("PBX outage credit (correcting " + MONTH + ")");
        assertThat(billing.statement(tenant.id(), MONTH).total()).as("the closed month as invoiced").isEqualByComparingTo("20");
        assertThat(thrown(org.centrala.common.ConflictException.class, () -> billing.addCorrection(reseller.id(), MONTH,
                new CorrectionDraft(tenant.id(), "late", BigDecimal.ONE, null))).getMessage()).contains("closed");
        assertThat(fields(thrown(org.centrala.common.ValidationException.class, () -> billing.addCorrection(reseller.id(), MONTH.plusMonths(1),
                new CorrectionDraft(tenant.id(), " ", new BigDecimal("0.001"), null))))).containsExactlyInAnyOrder("description");
        assertThat(thrown(org.centrala.common.ValidationException.class, () -> billing.addCorrection(reseller.id(), MONTH.plusMonths(1),
                new CorrectionDraft(tenant.id(), "x", new BigDecimal("0.001"), null))).getMessage()).contains("amount");
        org.centrala.tenancy.Tenant stranger = fixture.tenant(fixture.reseller(), "Stranger");
        assertThat(thrown(NotFoundException.class, () -> billing.addCorrection(reseller.id(), MONTH.plusMonths(1),
                new CorrectionDraft(stranger.id(), "x", BigDecimal.ONE, null))).getMessage()).as("R1").doesNotContain("Stranger");

        billing.deleteCorrection(reseller.id(), MONTH.plusMonths(1), credit.id());
        assertThat(billing.statement(tenant.id(), MONTH.plusMonths(1)).total()).isEqualByComparingTo("20");
        assertThat(thrown(NotFoundException.class, () -> billing.deleteCorrection(reseller.id(), MONTH.plusMonths(1), credit.id()))).isNotNull();
    }

    /** Issue 9, item 6: a closed month keeps its statements as invoiced, whatever changes afterwards. */
    @Test
    public void aClosedMonthsStatementsNeverChange() {
        billing.setPrices(reseller.id(), new PriceList("EUR", List.of(price(PriceList.PBX, "20"), price(DevicePacks.ITEM, "15"))));
        fixture.packs.set(tenant.id(), MONTH, 2);
        fixture.clock.set(MONTH, 10);
        assertThat(thrown(org.centrala.common.ValidationException.class, () -> billing.closeMonth(reseller.id(), MONTH)).getMessage())
                .as("the running month").contains("has not");
        BillingStatement live = billing.statement(tenant.id(), MONTH);
        assertThat(live.closed()).isFalse();

        fixture.clock.set(MONTH.plusMonths(1), 3);
        List<BillingStatement> kept = billing.closeMonth(reseller.id(), MONTH);
        assertThat(kept).extracting(BillingStatement::tenantId).contains(tenant.id());
        assertThat(kept).allMatch(BillingStatement::closed);

        // Afterwards prices double and packs change: the closed month stays as invoiced.
        billing.setPrices(reseller.id(), new PriceList("EUR", List.of(price(PriceList.PBX, "40"), price(DevicePacks.ITEM, "30"))));
        BillingStatement after = billing.statement(tenant.id(), MONTH);
        assertThat(after.closed()).isTrue();
        assertThat(after.total()).isEqualByComparingTo(live.total()).isEqualByComparingTo("50.00");
        assertThat(after.lines()).isEqualTo(live.lines());
        assertThat(billing.statements(reseller.id(), MONTH)).filteredOn(s -> s.tenantId().equals(tenant.id())).singleElement()
                .extracting(BillingStatement::total).satisfies(total -> assertThat(total).isEqualByComparingTo("50.00"));
        assertThat(billing.statement(tenant.id(), MONTH.plusMonths(1)).total()).as("an open month is priced anew").isEqualByComparingTo("100.00");
        assertThat(thrown(org.centrala.common.ConflictException.class, () -> billing.closeMonth(reseller.id(), MONTH)).getMessage())
                .contains("already closed");
    }
}
