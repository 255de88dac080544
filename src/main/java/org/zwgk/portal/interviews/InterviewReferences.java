package org.zwgk.portal.interviews;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.zwgk.portal.documents.DocumentReferences;
import org.zwgk.portal.web.Routes;

import java.util.List;

/**
 * A policy's page links back to the interviews and press conferences of its own organization that
 * discussed it (one scheduled before the same-organization rule cannot write onto another's page).
 */
@ApplicationScoped
class InterviewReferences implements DocumentReferences {

    private final org.zwgk.portal.privacy.Deidentifier deidentifier;

    InterviewReferences(org.zwgk.portal.privacy.Deidentifier deidentifier) {
        this.deidentifier = deidentifier;
    }

    @Override
    @Transactional
    public List<Reference> to(long documentId) {
        InterviewMessages text = InterviewService.im();
        org.zwgk.portal.documents.Document doc = org.zwgk.portal.documents.Document.findById(documentId);
        if (doc == null) {
            return List.of();
        }
        return Interview.<Interview>list("select i from Interview i join i.documentIds d where d = ?1 and i.publishedAt is not null order by i.startsAt, i.id", documentId)
                .stream().filter(i -> i.organization.id.equals(doc.organization.id)).map(i -> new Reference(text.reference(text.kind(i.kind), deidentifier.mask(i.title)), Routes.interview(i.id))).toList();
    }
}
