package org.zwgk.portal.workflow;

import io.quarkus.qute.i18n.MessageBundle;

/** Chinese labels of this feature's enums ({@code workflowlabel:…} in templates; texts in workflowlabel_zh_CN.properties). */
@MessageBundle(value = "workflowlabel", locale = "zh-CN")
public interface WorkflowLabels {

    String draftField(org.zwgk.portal.workflow.DraftInput.Field value);
    String draftStatus(org.zwgk.portal.workflow.DraftStatus value);

    /** Why a draft in review came back when its channel changed hands (the review history shows it). */
    String draftHandedOver(String channel, String organization);
}
