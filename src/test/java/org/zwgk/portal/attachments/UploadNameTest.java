package org.zwgk.portal.attachments;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What is kept of an uploaded file's name. */
class UploadNameTest {

    /**
     * A name longer than 200 characters keeps its end, cut between characters: one outside the BMP (an emoji, a
     * rare 汉字 of Extension B) is two Java chars, and a cut between them stored half a character, which the
     * download's name and the draft page showed as ? (security audit).
     */
    @Test
    void aLongNameIsCutBetweenCharactersNeverInsideOne() {
        String name = "\uD840\uDC00".repeat(100) + "a.pdf";   // 𠀀 ×100 and a.pdf: 205 chars, the last 200 begin inside one
        String kept = UploadCheck.cleanName(name);
        assertThat(kept.codePoints().noneMatch(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE))
                .as("no half character").isTrue();
        assertThat(Character.isLowSurrogate(kept.charAt(0))).isFalse();
        assertThat(kept).endsWith("\uD840\uDC00a.pdf").hasSizeLessThanOrEqualTo(200);
        assertThat(kept.codePointCount(0, kept.length())).isEqualTo(97 + 5);
        assertThat(UploadCheck.cleanName("dir/报告.pdf")).isEqualTo("报告.pdf");
    }
}
