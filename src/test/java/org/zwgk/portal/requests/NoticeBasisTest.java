package org.zwgk.portal.requests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The article a 告知书 cites for each kind of answer (条例 2019). */
class NoticeBasisTest {

    private static String basis(AnswerType type, AnswerReason reason) {
        InfoRequest r = new InfoRequest();
        r.answerType = type;
        r.answerReason = reason;
        return NoticePdf.basis(r);
    }

    @Test
    void aPartialAnswerCitesArticle37AndTheGroundOfTheWithheldPart() {
        assertThat(basis(AnswerType.PARTLY_DISCLOSED, AnswerReason.THIRD_PARTY_RIGHTS)).isEqualTo("第三十七条、第十五条");
        assertThat(basis(AnswerType.PARTLY_DISCLOSED, AnswerReason.PROCESS_INFORMATION)).isEqualTo("第三十七条、第十六条第二款");
    }

    @Test
    void otherAnswersCiteTheirOwnArticle() {
        assertThat(basis(AnswerType.DISCLOSED, null)).isEqualTo("第三十六条第（一）项、第（二）项");
        assertThat(basis(AnswerType.WITHHELD, AnswerReason.STATE_SECRET)).isEqualTo("第十四条");
        // 经检索没有 is item (4); another body's information item (5) (staff walk: both cited (5)); 其他 the article itself,
        // not item (7), which is about registration records under special laws
        assertThat(basis(AnswerType.UNABLE, AnswerReason.NOT_HELD)).isEqualTo("第三十六条第（四）项");
        assertThat(basis(AnswerType.UNABLE, AnswerReason.NOT_THIS_BODY)).isEqualTo("第三十六条第（五）项");
        assertThat(basis(AnswerType.OTHER, AnswerReason.OTHER)).isEqualTo("第三十六条");
    }

    @Test
    void aPartialAnswerChoosesFromTheWithheldAndUnableReasons() {
        assertThat(AnswerType.PARTLY_DISCLOSED.needsReason()).isTrue();
        assertThat(AnswerType.PARTLY_DISCLOSED.reasons()).containsAll(AnswerType.WITHHELD.reasons())
                .containsAll(AnswerType.UNABLE.reasons()).doesNotContainAnyElementsOf(AnswerType.NOT_HANDLED.reasons());
        assertThat(basis(AnswerType.PARTLY_DISCLOSED, AnswerReason.NOT_HELD)).isEqualTo("第三十七条、第三十六条第（四）项");
        assertThat(AnswerType.DISCLOSED.needsReason()).isFalse();
    }

    @Test
    void linesNeverBeginWithClosingPunctuationNorEndWithOpeningPunctuation() {
        NoticePdf.ChineseLineBreaks breaks = new NoticePdf.ChineseLineBreaks();
        char[] text = "第一部分予以公开；第二部分（涉及第三方）不予公开。".toCharArray();
        assertThat(breaks.isSplitCharacter(0, 7, text.length, text, null)).as("before ；").isFalse();
        assertThat(breaks.isSplitCharacter(0, 8, text.length, text, null)).as("after ；").isTrue();
        assertThat(breaks.isSplitCharacter(0, 13, text.length, text, null)).as("after （").isFalse();
        assertThat(breaks.isSplitCharacter(0, 12, text.length, text, null)).as("between 分 and （").isTrue();
        assertThat(NoticePdf.asked("会议纪要\n及附件。")).isEqualTo("会议纪要 及附件");
    }
}
