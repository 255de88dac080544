package org.zwgk.portal.requests;

/** The kinds of answer of 条例 Art. 36, as the rows of the annual report's table 3 group them. */
public enum AnswerType {
    DISCLOSED, PARTLY_DISCLOSED, WITHHELD, UNABLE, NOT_HANDLED, OTHER;

    /** The kinds that must name one of their reasons. */
    public boolean needsReason() {
        return this == WITHHELD || this == UNABLE || this == NOT_HANDLED || this == OTHER;
    }

    public java.util.List<AnswerReason> reasons() {
        return AnswerReason.of(this);
    }
}
