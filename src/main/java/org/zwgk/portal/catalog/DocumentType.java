package org.zwgk.portal.catalog;

/** What a published document is; labels live in the message bundle. */
public enum DocumentType {
    POLICY, INTERPRETATION, RESPONSE, NOTICE, NEWS, TASK_RESULT, REPORT,
    /** 惩戒公示: names people where the law requires it (see content/privacy.yaml, exceptions). */
    PUNISHMENT
}
