package org.zwgk.portal.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageNumbersTest {

    @Test
    void theFirstTheLastAndTwoEachSideOfTheCurrentPage() {
        assertThat(PageNumbers.around(1, 1)).containsExactly(1);
        assertThat(PageNumbers.around(1, 5)).containsExactly(1, 2, 3, 4, 5);
        assertThat(PageNumbers.around(1, 6)).containsExactly(1, 2, 3, 0, 6);
        assertThat(PageNumbers.around(1, 40)).containsExactly(1, 2, 3, 0, 40);
        assertThat(PageNumbers.around(20, 40)).containsExactly(1, 0, 18, 19, 20, 21, 22, 0, 40);
        assertThat(PageNumbers.around(40, 40)).containsExactly(1, 0, 38, 39, 40);
        // a gap of one page is that page's number, not "…"
        assertThat(PageNumbers.around(4, 7)).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(PageNumbers.around(3, 4)).containsExactly(1, 2, 3, 4);
    }
}
