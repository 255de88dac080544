package org.zwgk.portal.contributions;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts shared by every kind of contribution ({@code ctb:…} in templates; texts in ctb_zh_CN.properties);
 * {@code noun} is the kind's own word from its feature's bundle (意见, 问题, 填空回答).
 */
@MessageBundle(value = "ctb", locale = "zh-CN")
public interface ContributionMessages {

    String approve();
    String reject();

    String moderatedApproved();

    String moderatedRejected();

    String moderatedApprovedLater();
    String pendingTitle(String noun, int count);

    String shownAs();
    /** A consultation comment taken up in the feedback (采纳). */
    String adopted();

    String needsText(String noun);
    String tooLong(String noun, int max);
    String alreadyModerated(String noun);
    /** The per-address limit of letters, reached by a contribution: named as what was submitted. */
    String throttled(String noun);
    /** The moderator's queue: a text with sensitive words, shown marked. */
    String sensitiveFound(int count);
    String acknowledge();
    String sensitiveNotChecked(String noun, int count);
}
