package org.zwgk.portal.workflow;

/**
 * Where a draft stands in the workflow: written (DRAFT), sent back by a reviewer (RETURNED), waiting
 * for review (SUBMITTED), every review level passed and waiting for its publication time (APPROVED),
 * published (PUBLISHED), or given up (DISCARDED). Only DRAFT and RETURNED can be edited; an APPROVED
 * draft can be taken back to RETURNED before its time (取消定时发布, {@link WorkflowService#unschedule}).
 */
public enum DraftStatus {
    DRAFT, RETURNED, SUBMITTED, APPROVED, PUBLISHED, DISCARDED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
