package org.zwgk.portal.workflow;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of a consultation's, survey's or interview's way to the public besides its approval (退回修改,
 * changes and deletion before publication): {@code pub:…} in templates, pub_zh_CN.properties.
 */
@MessageBundle(value = "pub", locale = "zh-CN")
public interface PublicationMessages {

    String returnNeedsComment();

    String returnedAlready();

    String changedSinceSeen();

    /** A review form posted without the version its page showed (field version). */
    String versionMissing();

    /** A review form whose version is not a whole number (field version). */
    String versionNotANumber();

    String tooManyChangers();

    String discarded();

    String returnedShort();

    String publicPage();

    String returnForChanges();

    String returnComment();

    String returnedNotice(String who, String when);

    String returnedHint();

    String change();

    String changeSave();

    String changeHint();

    String discard();

    String discardConfirm();

    String discardHint();

    /** An interpretation names a policy of an organization neither its own nor above it (field interprets). */
    String interpretsAnotherOrganizationsPolicy(String policyOrganization, String organization);

    /** The row of a withdrawn document's page that says so: its 公开状态, not a 有效性 (browser walk). */
    String documentState();
}
