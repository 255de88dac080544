package org.zwgk.portal.privacy;

import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.audit.AuditLog.Actor;
import org.zwgk.portal.web.UserError;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reviewers' decisions on the personal data a text holds, by subject ({@code draft:12}): which
 * findings are masked, which are not personal (with a reason), and which high-risk ones are still
 * undecided. Every decision is audited. Who may decide is the caller's rule (the workflow's).
 */
@ApplicationScoped
public class PrivacyReviews {

    /** One finding of a text as the workbench shows it: where, what, how the public sees it, and what was decided. */
    public record Hit(String field, Finding finding, String masked, PrivacyDecision decision, boolean keptByLaw, boolean inFile) {

        public Hit(String field, Finding finding, String masked, PrivacyDecision decision, boolean keptByLaw) {
            this(field, finding, masked, decision, keptByLaw, false);
        }

        public boolean pending() {
            return decision == null && !keptByLaw;
        }

        /**
         * An ID number or bank card nobody decided on. In an attachment's text (served as the file
         * was uploaded, so nothing is masked) only "not personal" clears it; otherwise the editor
         * replaces the file with a redacted one.
         */
        public boolean blocking() {
            if (!finding.type().highRisk() || keptByLaw) {
                return false;
            }
            return inFile ? decision == null || decision.decision != PrivacyDecision.Decision.NOT_PERSONAL : decision == null;
        }

        public String key() {
            return finding.key();
        }

        /** Whether it was decided so (MASK, NOT_PERSONAL): the page then offers only the other decision. */
        public boolean decidedAs(String name) {
            return decision != null && decision.decision.name().equals(name);
        }

        /** What the public will see for this stretch. */
        public String published() {
            return inFile || keptByLaw || decision != null && decision.decision == PrivacyDecision.Decision.NOT_PERSONAL ? finding.value() : masked;
        }
    }

    private final Deidentifier gate;
    private final AuditLog audit;

    PrivacyReviews(Deidentifier gate, AuditLog audit) {
        this.gate = gate;
        this.audit = audit;
    }

    /** Every finding of the named fields, in field order then position, with the subject's decisions. */
    @Transactional
    public List<Hit> hits(String subject, String documentType, Map<String, String> fields) {
        return hits(subject, documentType, fields, Map.of());
    }

    /** As {@link #hits(String, String, Map)}, then the findings of the attachments' texts ({@code files}: field → text), marked {@link Hit#inFile()}. */
    @Transactional
    public List<Hit> hits(String subject, String documentType, Map<String, String> fields, Map<String, String> files) {
        Map<String, PrivacyDecision> decided = decisions(subject);
        Set<PiiType> byLaw = gate.rules().keptByLaw(documentType);
        List<Hit> out = new ArrayList<>();
        fields.forEach((field, text) -> {
            for (Finding f : gate.find(text)) {
                out.add(new Hit(field, f, gate.masked(f), decided.get(f.key()), byLaw.contains(f.type())));
            }
        });
        files.forEach((field, text) -> {
            for (Finding f : gate.find(text)) {
                out.add(new Hit(field, f, gate.masked(f), decided.get(f.key()), byLaw.contains(f.type()), true));
            }
        });
        return out;
    }

    /** The decisions of a subject by finding key. */
    @Transactional
    public Map<String, PrivacyDecision> decisions(String subject) {
        Map<String, PrivacyDecision> out = new LinkedHashMap<>();
        PrivacyDecision.of(subject).forEach(d -> out.put(d.findingKey, d));
        return out;
    }

    /** The keys a reviewer declared not personal: what the gate leaves as written. */
    @Transactional
    public Set<String> notPersonal(String subject) {
        return PrivacyDecision.of(subject).stream().filter(d -> d.decision == PrivacyDecision.Decision.NOT_PERSONAL)
                .map(d -> d.findingKey).collect(Collectors.toUnmodifiableSet());
    }

    /** The policy a subject's text is published under. */
    @Transactional
    public Deidentifier.Policy policy(String subject, String documentType) {
        return Deidentifier.Policy.of(documentType, notPersonal(subject));
    }

    /**
     * Records a decision on the finding with this key among the subject's current findings; a
     * "not personal" decision needs a reason. Audited with the kind and key, never the value.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PrivacyDecision decide(String subject, List<Hit> current, String key, PrivacyDecision.Decision decision, String reason,
                                  Actor actor, String entityType, Long entityId) {
        Hit hit = current.stream().filter(h -> h.key().equals(key)).findFirst()
                .orElseThrow(() -> UserError.badInput("key", m -> MessageBundles.get(PrivacyMessages.class).hitNotFound()));
        if (decision == PrivacyDecision.Decision.MASK && current.stream().filter(h -> h.key().equals(key)).allMatch(Hit::inFile)) {
            // an attachment is published as uploaded: "masked" would be a promise nothing keeps
            throw UserError.badInput("decision", m -> MessageBundles.get(PrivacyMessages.class).attachmentMaskNotPossible());
        }
        String why = reason == null ? null : reason.strip();
        if (decision == PrivacyDecision.Decision.NOT_PERSONAL && (why == null || why.isEmpty())) {
            throw UserError.badInput("reason", m -> MessageBundles.get(PrivacyMessages.class).reasonRequired());
        }
        if (why != null && why.length() > 1000) {
            why = why.substring(0, 1000);
        }
        PrivacyDecision d = PrivacyDecision.<PrivacyDecision>find("subject = ?1 and findingKey = ?2", subject, key).firstResultOptional()
                .orElseGet(PrivacyDecision::new);
        String before = d.decision == null ? null : d.decision + (d.reason == null ? "" : ": " + d.reason);
        d.subject = subject;
        d.findingKey = key;
        d.piiType = hit.finding().type();
        d.decision = decision;
        d.reason = why == null || why.isEmpty() ? null : why;
        d.decidedBy = actor.name();
        d.decidedAt = Instant.now();
        if (!d.isPersistent()) {
            d.persist();
        }
        audit.record(actor, "privacy.decide", entityType, entityId, hit.field() + " " + hit.finding().type() + " " + key + " (" + hit.masked() + ")",
                before, decision + (d.reason == null ? "" : ": " + d.reason));
        return d;
    }

    /** The decisions of one subject carried to another (a draft's to the document it became), for the scan. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void carry(String from, String to) {
        Map<String, PrivacyDecision> existing = decisions(to);
        for (PrivacyDecision d : PrivacyDecision.of(from)) {
            PrivacyDecision c = existing.getOrDefault(d.findingKey, new PrivacyDecision());
            c.subject = to;
            c.findingKey = d.findingKey;
            c.piiType = d.piiType;
            c.decision = d.decision;
            c.reason = d.reason;
            c.decidedBy = d.decidedBy;
            c.decidedAt = d.decidedAt;
            if (!c.isPersistent()) {
                c.persist();
            }
        }
    }
}
