package org.zwgk.portal.messages;

/**
 * Where a message stands. RECEIVED waits for the platform operator's 受理 (ACCEPTED) or 不予受理
 * (REJECTED); ACCEPTED waits for 转办 (again, 退回待改派, when its lead unit sent it back: {@link MessageSendBack}); HANDLING is with the organizations (办理, a reply being
 * written); REPLY_REVIEW waits for a reviewer of the lead unit; REPLIED has been answered and waits
 * for the citizen's rating; CLOSED is rated (or rated unsatisfied after its one 重办).
 */
public enum MessageStatus {
    RECEIVED, REJECTED, ACCEPTED, HANDLING, REPLY_REVIEW, REPLIED, CLOSED;

    /** Still waiting for an answer: the clock runs. */
    public boolean open() {
        return this == RECEIVED || this == ACCEPTED || this == HANDLING || this == REPLY_REVIEW;
    }
}
