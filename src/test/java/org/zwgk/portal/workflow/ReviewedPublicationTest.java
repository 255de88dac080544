package org.zwgk.portal.workflow;

import org.junit.jupiter.api.Test;
import org.zwgk.portal.consultations.Consultation;

import static org.assertj.core.api.Assertions.assertThat;

/** Four eyes after a change: whoever changed a consultation, survey or interview before publication is one of its authors. */
class ReviewedPublicationTest {

    @Test
    void everyoneWhoChangedItIsAnAuthorOnce() {
        Consultation c = new Consultation();
        c.createdBy = "czj-editor";
        assertThat(c.authors()).containsExactly("czj-editor");
        c.changedBy("czj-editor");
        assertThat(c.changedBy).as("its author is not listed twice").isNull();
        c.changedBy("czj-editor2");
        c.changedBy("czj-chief");
        c.changedBy("czj-editor2");
        assertThat(c.authors()).containsExactly("czj-editor", "czj-editor2", "czj-chief");
        assertThat(c.changedBy).isEqualTo("czj-editor2 czj-chief");
    }
}
