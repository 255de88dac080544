package org.zwgk.portal.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetCellsTest {

    @Test
    void aCellThatWouldRunAsAFormulaIsShownAsText() {
        assertThat(SpreadsheetCells.text("=HYPERLINK(\"http://evil\",\"点我\")")).isEqualTo("'=HYPERLINK(\"http://evil\",\"点我\")");
        assertThat(SpreadsheetCells.text("+1+cmd|' /C calc'!A0")).startsWith("'+");
        assertThat(SpreadsheetCells.text("@SUM(A1)")).startsWith("'@");
        assertThat(SpreadsheetCells.text("-2+3")).startsWith("'-");
    }

    @Test
    void ordinaryTextAndNumbersStayAsTheyAre() {
        assertThat(SpreadsheetCells.text("昆山市某某公司")).isEqualTo("昆山市某某公司");
        assertThat(SpreadsheetCells.text("-12.5")).isEqualTo("-12.5");
        assertThat(SpreadsheetCells.text("2026-11-30")).isEqualTo("2026-11-30");
        assertThat(SpreadsheetCells.text("")).isEmpty();
    }
}
