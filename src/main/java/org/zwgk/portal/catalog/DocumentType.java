package org.zwgk.portal.catalog;

/** What a published document is; labels live in the message bundle. */
public enum DocumentType {
    POLICY, INTERPRETATION, RESPONSE, NOTICE, NEWS, TASK_RESULT, REPORT
}
