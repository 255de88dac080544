package org.zwgk.portal.plans;

/** Where a unit says it stands on a row. 逾期 (overdue) is not a status: it is computed from the due date. */
public enum ResultStatus {
    NOT_STARTED, IN_PROGRESS, DONE
}
