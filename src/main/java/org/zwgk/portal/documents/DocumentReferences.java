package org.zwgk.portal.documents;

import java.util.List;

/**
 * What features above documents say about a document on its public page ("this is evidence for plan
 * row 8"): a higher feature implements it (plans.PlanReferences), documents knows none of them.
 */
public interface DocumentReferences {

    /** One line on the page: its text and where it links. */
    record Reference(String text, String url) {
    }

    /** The references to a public document, in order; empty when none. */
    List<Reference> to(long documentId);
}
