package org.zwgk.portal.requests;

import java.util.Arrays;
import java.util.List;

/**
 * The reasons of each answer kind, one per row of table 3 of the 2021 annual report template
 * (国办公开办函〔2021〕30号), with the article the 告知书 cites.
 */
public enum AnswerReason {
    STATE_SECRET(AnswerType.WITHHELD, "第十四条"),
    FORBIDDEN_BY_LAW(AnswerType.WITHHELD, "第十四条"),
    ENDANGERS_SECURITY(AnswerType.WITHHELD, "第十四条"),
    THIRD_PARTY_RIGHTS(AnswerType.WITHHELD, "第十五条"),
    INTERNAL_AFFAIRS(AnswerType.WITHHELD, "第十六条第一款"),
    PROCESS_INFORMATION(AnswerType.WITHHELD, "第十六条第二款"),
    ENFORCEMENT_FILE(AnswerType.WITHHELD, "第十六条第二款"),
    ADMINISTRATIVE_QUERY(AnswerType.WITHHELD, "第三十六条第（七）项"),

    /** 经检索没有: the information does not exist (Art. 36 (4)). */
    NOT_HELD(AnswerType.UNABLE, "第三十六条第（四）项"),
    /**
     * Not this body's to disclose (Art. 36 (5)); the answer names the body that is. The annual report counts it
     * in the same row as {@link #NOT_HELD} (本机关不掌握相关政府信息).
     */
    NOT_THIS_BODY(AnswerType.UNABLE, "第三十六条第（五）项"),
    NEEDS_NEW_MAKING(AnswerType.UNABLE, "第三十八条"),
    STILL_UNCLEAR(AnswerType.UNABLE, "第三十条"),

    COMPLAINT(AnswerType.NOT_HANDLED, "第三十九条第一款"),
    REPEATED(AnswerType.NOT_HANDLED, "第三十六条第（六）项"),
    PUBLICATIONS(AnswerType.NOT_HANDLED, "第三十九条第二款"),
    MASS_REPEATED(AnswerType.NOT_HANDLED, "第三十五条"),
    CONFIRM_OR_REISSUE(AnswerType.NOT_HANDLED, "第三十九条第二款"),

    NO_CORRECTION(AnswerType.OTHER, "第三十条"),
    FEE_UNPAID(AnswerType.OTHER, "第四十二条"),
    /** Other: the article on answers in general (its item (7) is about registration records under special laws). */
    OTHER(AnswerType.OTHER, "第三十六条");

    public final AnswerType type;
    public final String article;

    AnswerReason(AnswerType type, String article) {
        this.type = type;
        this.article = article;
    }

    /** The reason whose row of the annual report's table 3 counts this one. */
    public AnswerReason reported() {
        return this == NOT_THIS_BODY ? NOT_HELD : this;
    }

    public static List<AnswerReason> of(AnswerType type) {
        return Arrays.stream(values()).filter(r -> r.type == type).toList();
    }
}
