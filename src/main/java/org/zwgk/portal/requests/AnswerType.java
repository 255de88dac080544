package org.zwgk.portal.requests;

/** The kinds of answer of 条例 Art. 36, as the rows of the annual report's table 3 group them. */
public enum AnswerType {
    DISCLOSED, PARTLY_DISCLOSED, WITHHELD, UNABLE, NOT_HANDLED, OTHER;

    /**
     * The kinds that must name one of their reasons. A partial answer names the ground for the part it
     * withholds (Art. 37: 对不予公开的内容说明理由), one of the 不予公开 reasons.
     */
    public boolean needsReason() {
        return this != DISCLOSED;
    }

    public boolean partial() {
        return this == PARTLY_DISCLOSED;
    }

    public java.util.List<AnswerReason> reasons() {
        return AnswerReason.of(this == PARTLY_DISCLOSED ? WITHHELD : this);
    }
}
