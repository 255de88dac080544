package org.zwgk.portal.requests;

/** The kinds of answer of 条例 Art. 36, as the rows of the annual report's table 3 group them. */
public enum AnswerType {
    DISCLOSED, PARTLY_DISCLOSED, WITHHELD, UNABLE, NOT_HANDLED, OTHER;

    /**
     * The kinds that must name one of their reasons. A partial answer names the ground for the part it
     * does not give (Art. 37: content that 不应当公开 or 不属于政府信息 — one of the 不予公开 or 无法提供 reasons).
     */
    public boolean needsReason() {
        return this != DISCLOSED;
    }

    /** Whether this kind's reasons are also the grounds a partial answer may give for the part it does not give. */
    public boolean groundOfPartial() {
        return this == WITHHELD || this == UNABLE;
    }

    public boolean partial() {
        return this == PARTLY_DISCLOSED;
    }

    public java.util.List<AnswerReason> reasons() {
        if (this == PARTLY_DISCLOSED) {
            return java.util.Arrays.stream(values()).filter(AnswerType::groundOfPartial).flatMap(t -> AnswerReason.of(t).stream()).toList();
        }
        return AnswerReason.of(this);
    }
}
