package org.zwgk.portal.plans;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.zwgk.portal.documents.DocumentReferences;

import java.util.ArrayList;
import java.util.List;

/**
 * Traceability on a document's page: a published result says which plan row it reports on, and a
 * document cited as evidence says which rows cite it; each links back to the row.
 */
@ApplicationScoped
class PlanReferences implements DocumentReferences {

    @Override
    @Transactional
    public List<Reference> to(long documentId) {
        List<Reference> out = new ArrayList<>();
        PlanMessages text = PlanService.labels();
        for (PlanResult r : PlanResult.<PlanResult>list("draft.document.id = ?1 order by createdAt", documentId)) {
            if (PlanService.isPublic(r)) {
                out.add(new Reference(text.resultFor("《" + r.row.plan.title + "》", r.row.number),
                        PlanRoutes.row(r.row.plan.code, r.row.number)));
            }
        }
        List<PlanResult> citing = PlanResult.list("select r from PlanResult r join r.evidence e where e = ?1 order by r.createdAt", documentId);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (PlanResult r : citing) {
            if (PlanService.isPublic(r) && seen.add(r.row.plan.code + ":" + r.row.number)) {
                out.add(new Reference(text.evidenceFor("《" + r.row.plan.title + "》", r.row.number),
                        PlanRoutes.row(r.row.plan.code, r.row.number)));
            }
        }
        return out;
    }
}
