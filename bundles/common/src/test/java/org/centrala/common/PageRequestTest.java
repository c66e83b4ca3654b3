package org.centrala.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.Test;

public class PageRequestTest {

    private static ValidationException parseFails(Integer page, Integer size, String sort) {
        ValidationException e = catchThrowableOfType(() -> PageRequest.parse(page, size, sort), ValidationException.class);
        assertThat(e).as("parse(%s, %s, %s) must be rejected", page, size, sort).isNotNull();
        return e;
    }

    @Test
    public void parseWithoutParametersGivesFirstPageOfTwentyInDefaultOrder() {
        PageRequest request = PageRequest.parse(null, null, null);
        assertThat(request.page()).isZero();
        assertThat(request.size()).isEqualTo(20).isEqualTo(PageRequest.DEFAULT_SIZE);
        assertThat(request.sortField()).isNull();
        assertThat(request.direction()).isEqualTo(SortDirection.ASC);
        assertThat(request.offset()).isZero();
    }

    @Test
    public void blankSortMeansDefaultOrder() {
        assertThat(PageRequest.parse(null, null, "  ").sortField()).isNull();
    }

    @Test
    public void parseTakesPageAndSize() {
        PageRequest request = PageRequest.parse(3, 50, null);
        assertThat(request.page()).isEqualTo(3);
        assertThat(request.size()).isEqualTo(50);
        assertThat(request.offset()).isEqualTo(150L);
    }

    @Test
    public void offsetDoesNotOverflowForLargePages() {
        assertThat(new PageRequest(Integer.MAX_VALUE, 500, null, null).offset()).isEqualTo(Integer.MAX_VALUE * 500L);
    }

    @Test
    public void sortFieldAloneIsAscending() {
        PageRequest request = PageRequest.parse(null, null, "name");
        assertThat(request.sortField()).isEqualTo("name");
        assertThat(request.direction()).isEqualTo(SortDirection.ASC);
    }

    @Test
    public void sortWithDirection() {
        PageRequest desc = PageRequest.parse(null, null, "name,desc");
        assertThat(desc.sortField()).isEqualTo("name");
        assertThat(desc.direction()).isEqualTo(SortDirection.DESC);

        PageRequest asc = PageRequest.parse(null, null, " createdAt , ASC ");
        assertThat(asc.sortField()).isEqualTo("createdAt");
        assertThat(asc.direction()).isEqualTo(SortDirection.ASC);

        assertThat(PageRequest.parse(null, null, "name,Desc").direction()).isEqualTo(SortDirection.DESC);
    }

    @Test
    public void badDirectionIsRejectedNamingSort() {
        ValidationException e = parseFails(null, null, "name,up");
        assertThat(e.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("sort");
            assertThat(error.message()).contains("up");
        });
    }

    @Test
    public void malformedSortIsRejectedNamingSort() {
        for (String sort : new String[] {"name,asc,extra", ",asc", "name,"}) {
            assertThat(parseFails(null, null, sort).errors()).as(sort).extracting(FieldError::field).containsExactly("sort");
        }
    }

    @Test
    public void negativePageIsRejectedNamingPage() {
        assertThat(parseFails(-1, null, null).errors()).extracting(FieldError::field).containsExactly("page");
    }

    @Test
    public void sizeMustBeBetweenOneAndFiveHundred() {
        assertThat(parseFails(null, 0, null).errors()).extracting(FieldError::field).containsExactly("size");
        assertThat(parseFails(null, 501, null).errors()).extracting(FieldError::field).containsExactly("size");
        assertThat(parseFails(null, -5, null).errors()).extracting(FieldError::field).containsExactly("size");
        assertThat(PageRequest.parse(null, 1, null).size()).isEqualTo(1);
        assertThat(PageRequest.parse(null, 500, null).size()).isEqualTo(PageRequest.MAX_SIZE);
    }

    @Test
    public void badPageAndSizeAreBothNamed() {
        assertThat(parseFails(-1, 501, null).errors()).extracting(FieldError::field).containsExactly("page", "size");
    }

    @Test
    public void constructorDefaultsDirectionToAscending() {
        assertThat(new PageRequest(0, 10, "name", null).direction()).isEqualTo(SortDirection.ASC);
    }

    @Test
    public void firstIsPageZeroAscending() {
        PageRequest request = PageRequest.first(7);
        assertThat(request.page()).isZero();
        assertThat(request.size()).isEqualTo(7);
        assertThat(request.sortField()).isNull();
        assertThat(request.direction()).isEqualTo(SortDirection.ASC);
    }

    @Test
    public void pageOfCarriesRequestAndTotalAndMapKeepsThem() {
        PageRequest request = PageRequest.parse(2, 3, null);
        Page<Integer> page = Page.of(java.util.List.of(1, 2, 3), request, 42);
        Page<String> mapped = page.map(i -> "#" + i);
        assertThat(mapped.items()).containsExactly("#1", "#2", "#3");
        assertThat(mapped.page()).isEqualTo(2);
        assertThat(mapped.size()).isEqualTo(3);
        assertThat(mapped.total()).isEqualTo(42);
    }
}
