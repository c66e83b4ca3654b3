package org.centrala.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centrala.directory.internal.Expect.thrown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.centrala.common.FieldError;
import org.centrala.common.NotFoundException;
import org.centrala.common.ValidationException;
import org.centrala.directory.DiallingRules;
import org.centrala.directory.DiallingRulesDraft;
import org.centrala.directory.NumberType;
import org.centrala.tenancy.Tenant;
import org.junit.Test;

/** Issue 11: a tenant's dialling rules are its own, stored whole, validated field by field. */
public class JdbcDiallingRulesServiceTest {
    private final DirectoryFixture fixture = new DirectoryFixture();
    private final JdbcDiallingRulesService rules = fixture.diallingRules;

    @Test
    public void theDefaultsUntilSetThenTheTenantsOwnAndBackToTheDefaults() {
        Tenant tenant = fixture.tenant();
        Tenant other = fixture.tenant();
        DiallingRules defaults = rules.get(tenant.id());
        assertThat(defaults.stored()).isFalse();
        assertThat(defaults.outsideLinePrefix()).isEmpty();
        assertThat(defaults.internationalAllowed()).isTrue();
        assertThat(defaults.barredNumberTypes()).containsExactly(NumberType.PREMIUM_RATE);

        DiallingRules set = rules.set(tenant.id(), new DiallingRulesDraft(" 0 ", false,
                Set.of(NumberType.PREMIUM_RATE, NumberType.SHARED_COST), List.of("+3819", "+881")));
        assertThat(set.stored()).isTrue();
        assertThat(set.outsideLinePrefix()).isEqualTo("0");
        assertThat(set.internationalAllowed()).isFalse();
        assertThat(set.barredNumberTypes()).containsExactlyInAnyOrder(NumberType.PREMIUM_RATE, NumberType.SHARED_COST);
        assertThat(set.barredPrefixes()).containsExactly("+3819", "+881");
        assertThat(rules.get(tenant.id())).isEqualTo(set);
        // R1: one tenant's rules are not another's.
        assertThat(rules.get(other.id()).stored()).isFalse();

        DiallingRules none = rules.set(tenant.id(), new DiallingRulesDraft("", true, Set.of(), List.of()));
        assertThat(none.barredNumberTypes()).isEmpty();
        assertThat(none.barredPrefixes()).isEmpty();
        assertThat(rules.reset(tenant.id()).stored()).isFalse();
        assertThat(rules.get(tenant.id()).barredNumberTypes()).containsExactly(NumberType.PREMIUM_RATE);
        assertThat(thrown(NotFoundException.class, () -> rules.get("no-such-tenant"))).isNotNull();
    }

    @Test
    public void everyBadFieldIsNamedAndNothingIsCleared() {
        Tenant tenant = fixture.tenant();
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add("+1" + (100 + i));
        }
        assertThat(fields(new DiallingRulesDraft(null, null, null, null)))
                .containsExactly("internationalAllowed", "outsideLinePrefix", "barredNumberTypes", "barredPrefixes");
        assertThat(fields(new DiallingRulesDraft("0a", true, Set.of(), Arrays.asList("381", "+0", null, "+3819", "+3819"))))
                .containsExactly("outsideLinePrefix", "barredPrefixes[0]", "barredPrefixes[1]", "barredPrefixes[2]",
                        "barredPrefixes[4]");
        assertThat(fields(new DiallingRulesDraft("123", true, Set.of(), many))).containsExactly("outsideLinePrefix",
                "barredPrefixes");
        assertThat(rules.get(tenant.id()).stored()).isFalse();
    }

    private List<String> fields(DiallingRulesDraft draft) {
        return thrown(ValidationException.class, () -> rules.set(fixture.tenant().id(), draft)).errors().stream()
                .map(FieldError::field).toList();
    }
}
