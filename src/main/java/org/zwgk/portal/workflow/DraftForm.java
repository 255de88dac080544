package org.zwgk.portal.workflow;

import org.jboss.resteasy.reactive.RestForm;

/** The draft editor's form fields as posted; the same record the JSON API reads. */
public class DraftForm {
    @RestForm public String channel;
    @RestForm public String type;
    @RestForm public String title;
    @RestForm public String docNumber;
    @RestForm public String topic;
    @RestForm public String genre;
    @RestForm public String writtenOn;
    @RestForm public String validity;
    @RestForm public String disclosure;
    @RestForm public String withheldReason;
    @RestForm public String summary;
    @RestForm public String body;
    @RestForm public String changeKind;
    @RestForm public String changeNote;
    @RestForm public String scheduledAt;
    @RestForm public Long lockVersion;

    DraftInput input() {
        return new DraftInput(type, title, docNumber, topic, genre, writtenOn, validity, disclosure, withheldReason,
                summary, body, changeKind, changeNote, scheduledAt);
    }
}
