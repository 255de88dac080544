package org.zwgk.portal.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Looks for personal data already present in published content (before the gate existed, or put
 * there around it): every public text of every {@link PublishedTexts}, except what reviewers marked
 * not personal and what the law keeps for the document's type. The {@code privacy-scan} command and
 * the site admins' page show the same findings; the findings name the value masked, never raw.
 */
@ApplicationScoped
public class PrivacyScan {

    /** One finding: where (subject, label, address, field) and what (kind, masked value). */
    public record Line(String subject, String label, String url, String field, PiiType type, String masked) {
        /** The command's line: tab-separated, one per finding. */
        public String text() {
            return subject + "\t" + url + "\t" + field + "\t" + type + "\t" + masked + "\t" + label;
        }

        /** For a finding in an attachment's text ({@code attachment-text:title (file)}), the attachment; null otherwise. */
        public String attachmentName() {
            return field.startsWith(ATTACHMENT_TEXT) ? field.substring(ATTACHMENT_TEXT.length()) : null;
        }
    }

    /** How a {@link PublishedTexts} names the field of an attachment's text: this, then the title and the file name. */
    public static final String ATTACHMENT_TEXT = "attachment-text:";

    private final Deidentifier gate;
    private final Instance<PublishedTexts> sources;

    PrivacyScan(Deidentifier gate, Instance<PublishedTexts> sources) {
        this.gate = gate;
        this.sources = sources;
    }

    @Transactional
    public List<Line> scan() {
        Map<String, Set<String>> kept = new HashMap<>();
        PrivacyDecision.<PrivacyDecision>list("decision", PrivacyDecision.Decision.NOT_PERSONAL)
                .forEach(d -> kept.computeIfAbsent(d.subject, s -> new HashSet<>()).add(d.findingKey));
        List<Line> out = new ArrayList<>();
        for (PublishedTexts source : sources) {
            source.forEach(t -> {
                Set<PiiType> byLaw = gate.rules().keptByLaw(t.documentType());
                Set<String> notPersonal = kept.getOrDefault(t.subject(), Set.of());
                for (Finding f : gate.find(t.text())) {
                    if (!byLaw.contains(f.type()) && !notPersonal.contains(f.key())) {
                        out.add(new Line(t.subject(), t.label(), t.url(), t.field(), f.type(), gate.masked(f)));
                    }
                }
            });
        }
        return out;
    }

    /** The {@code privacy-scan} command: one line per finding on {@code out}, a summary on {@code err}; exit status 1 when any, 0 when none. */
    public int run(PrintStream out, PrintStream err) {
        List<Line> lines = scan();
        lines.forEach(l -> out.println(l.text()));
        err.println("privacy-scan: " + lines.size() + " finding(s) in published content");
        return lines.isEmpty() ? 0 : 1;
    }
}
