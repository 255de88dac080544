package org.zwgk.portal.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VisibleTextTest {

    @Test
    void bidiControlsAreStripped() {
        assertThat(VisibleText.clean("invoice\u202Eexe.pdf")).isEqualTo("invoiceexe.pdf");
        for (int cp : new int[]{0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C}) {
            assertThat(VisibleText.clean("附" + Character.toString(cp) + "件")).as("U+%04X", cp).isEqualTo("附件");
        }
    }

    @Test
    void otherInvisibleAndControlCharactersAreStrippedAndSpacesFolded() {
        assertThat(VisibleText.clean("\uFEFF报\u200B表\u200D\u00AD\u2060\u0000\u007F\u0085\u3164\uFE0F.xlsx")).isEqualTo("报表.xlsx");
        assertThat(VisibleText.clean("  2018年\t预算\u3000公开\n\u2028表 ")).isEqualTo("2018年 预算 公开 表");
        assertThat(VisibleText.clean("\u202E\u200B")).isEmpty();
        assertThat(VisibleText.clean(null)).isNull();
    }

    @Test
    void visibleTextStaysAsTyped() {
        assertThat(VisibleText.clean("昆政办发〔2018〕152号 附件1（表格）.pdf")).isEqualTo("昆政办发〔2018〕152号 附件1（表格）.pdf");
        assertThat(VisibleText.clean("Cafe\u0301")).as("combining marks are visible").isEqualTo("Cafe\u0301");
        assertThat(VisibleText.clean("\uE000\uD840\uDC00\uD87E\uDC00"))
                .as("private use, supplementary and compatibility CJK stay").isEqualTo("\uE000\uD840\uDC00\uD87E\uDC00");
    }

    @Test
    void citizensLinesLoseTheirInvisibleFormattingButKeepTheirShape() {
        assertThat(VisibleText.lines("第一行\u202E反转\n第二\u200B行\t（附表）\r\n  缩进")).isEqualTo("第一行反转\n第二行\t（附表）\r\n  缩进");
        assertThat(VisibleText.lines("含\u0000控制符")).as("left for the plain-text check to refuse").isEqualTo("含\u0000控制符");
        assertThat(VisibleText.lines("含\u0085\u009B控制符")).as("C1 controls, which that check lets pass").isEqualTo("含控制符");
        assertThat(VisibleText.lines(null)).isNull();
    }

    @Test
    void aCitizensOneLineFieldIsWhatShowsButKeepsWhatThePlainTextCheckRefuses() {
        assertThat(VisibleText.field("\u202E abc\u200B ")).isEqualTo("abc");
        assertThat(VisibleText.field("\u200B\u200B")).as("nothing visible: empty, so required").isEmpty();
        assertThat(VisibleText.field("王\u3000 小明")).isEqualTo("王 小明");
        assertThat(VisibleText.field("张\u0007三")).as("left for the plain-text check to refuse").isEqualTo("张\u0007三");
        assertThat(VisibleText.field("补贴\uD800发放")).as("a half character too").isEqualTo("补贴\uD800发放");
        assertThat(VisibleText.lines("补贴\uD800发放")).isEqualTo("补贴\uD800发放");
        assertThat(VisibleText.field(null)).isNull();
    }
}
