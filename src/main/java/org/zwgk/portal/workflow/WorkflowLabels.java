package org.zwgk.portal.workflow;

import io.quarkus.qute.i18n.MessageBundle;

/** Chinese labels of this feature's enums ({@code workflowlabel:…} in templates; texts in workflowlabel_zh_CN.properties). */
@MessageBundle(value = "workflowlabel", locale = "zh-CN")
public interface WorkflowLabels {

    String draftField(org.zwgk.portal.workflow.DraftInput.Field value);
    String draftStatus(org.zwgk.portal.workflow.DraftStatus value);

    /** Why a draft in review came back when its channel changed hands (the review history shows it). */
    String draftHandedOver(String channel, String organization);

    // 取消定时发布: an approved draft waiting for its time taken back to its editors (WorkflowService#unschedule)

    /** The draft page's section heading and button. */
    String unschedule();

    /** The reason field's label. */
    String unscheduleReason();

    /** Beside the button: what cancelling does. */
    String unscheduleHint(String at);

    /** The confirmation the page's script asks before the post. */
    String unscheduleConfirm();

    /** Refused: no reason given. */
    String unscheduleNeedsReason();

    /** Refused: a reason longer than the review history keeps. */
    String unscheduleReasonTooLong(int max);

    /** Refused: the draft is not approved and waiting (published meanwhile, returned, in review …). */
    String unscheduleNotApproved(String status);

    /** The draft page after a cancellation ({@code ?done=unscheduled}). */
    String unscheduleDone();

    /** The review history's line for a cancellation. */
    String unscheduledInHistory();

    /** Beside a returned draft's status: who cancelled its scheduled publication, the reason follows. */
    String unscheduledBecause(String who);

    /**
     * Under the boxes that mark sensitive words and personal data in place: they show the text as the
     * editor typed it (Markdown marks and all), since the marks stand at positions of that text; the
     * rendered, masked text is the preview.
     */
    String inPlaceHint();
}
