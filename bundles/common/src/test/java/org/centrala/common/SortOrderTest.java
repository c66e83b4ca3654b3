package org.centrala.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;

import org.junit.Test;

public class SortOrderTest {
    private final SortOrder sort = new SortOrder(Map.of("name", "name_key", "createdAt", "created_at"), "name");

    @Test
    public void knownFieldMapsToItsColumnWithIdTiebreakAscending() {
        assertThat(sort.orderBy(PageRequest.parse(null, null, "createdAt"), "id"))
                .isEqualTo("created_at ASC, id ASC");
    }

    @Test
    public void directionAppliesToColumnAndTiebreak() {
        assertThat(sort.orderBy(PageRequest.parse(null, null, "name,desc"), "t.id"))
                .isEqualTo("name_key DESC, t.id DESC");
    }

    @Test
    public void noSortFieldUsesTheDefault() {
        assertThat(sort.orderBy(PageRequest.parse(null, null, null), "id")).isEqualTo("name_key ASC, id ASC");
    }

    @Test
    public void unknownFieldIsRejectedNamingSortAndListingAllowedKeys() {
        ValidationException e = catchThrowableOfType(
                () -> sort.orderBy(PageRequest.parse(null, null, "password,desc"), "id"), ValidationException.class);
        assertThat(e).isNotNull();
        assertThat(e.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("sort");
            assertThat(error.message()).contains("password").contains("createdAt, name");
        });
    }

    @Test
    public void clientInputNeverReachesTheClause() {
        String injection = "name_key; DROP TABLE reseller";
        assertThatThrownBy(() -> sort.orderBy(PageRequest.parse(null, null, injection), "id"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> sort.orderBy(PageRequest.parse(null, null, "name_key"), "id"))
                .as("columns are not sort keys").isInstanceOf(ValidationException.class);
    }

    @Test
    public void fieldNamesAreCaseSensitive() {
        assertThatThrownBy(() -> sort.orderBy(PageRequest.parse(null, null, "NAME"), "id"))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    public void defaultFieldMustBeAmongTheKeys() {
        assertThatThrownBy(() -> new SortOrder(Map.of("name", "name_key"), "createdAt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("createdAt");
    }
}
