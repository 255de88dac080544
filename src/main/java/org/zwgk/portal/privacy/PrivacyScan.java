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
import java.util.TreeMap;

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

    /**
     * How a {@link PublishedTexts} says that an attachment could not be read (encrypted, corrupt, an image
     * without OCR): this, the title and the file name as the field, the reason as the text. Not a finding,
     * but the admin must know that this file was not checked.
     */
    public static final String ATTACHMENT_UNREAD = "attachment-unread:";

    /** A public attachment whose text the scan could not read, and why (in Chinese, as the workbench says it). */
    public record Unread(String subject, String label, String url, String attachment, String why) {
        public String text() {
            return subject + "\t" + url + "\t" + attachment + "\t" + why;
        }
    }

    private final Deidentifier gate;
    private final Instance<PublishedTexts> sources;

    PrivacyScan(Deidentifier gate, Instance<PublishedTexts> sources) {
        this.gate = gate;
        this.sources = sources;
    }

    /**
     * What one scan found, and how many public subjects it read per source ({@link PublishedTexts#kind()}:
     * documents, consultations …, every source listed, 0 when it has nothing public), so an admin sees
     * that every kind of public content was read.
     */
    public record Result(List<Line> lines, Map<String, Long> checked, List<Unread> unread) {
        /** "12 documents, 3 consultations, …" (the command's summary). */
        public String checkedText() {
            StringBuilder sb = new StringBuilder();
            checked.forEach((kind, n) -> sb.append(sb.isEmpty() ? "" : ", ").append(n).append(' ').append(kind));
            return sb.toString();
        }

        /** The counts as a list, for the page. */
        public List<Map.Entry<String, Long>> checkedList() {
            return List.copyOf(checked.entrySet());
        }
    }

    /** The findings of {@link #check()}. */
    public List<Line> scan() {
        return check().lines();
    }

    /** One read-only transaction for the whole scan: reading attachments (OCR of images) can take minutes, not the default 60 s. */
    @Transactional
    @io.quarkus.narayana.jta.runtime.TransactionConfiguration(timeout = 3600)
    public Result check() {
        Map<String, Set<String>> kept = new HashMap<>();
        PrivacyDecision.<PrivacyDecision>list("decision", PrivacyDecision.Decision.NOT_PERSONAL)
                .forEach(d -> kept.computeIfAbsent(d.subject, s -> new HashSet<>()).add(d.findingKey));
        List<Line> out = new ArrayList<>();
        List<Unread> unread = new ArrayList<>();
        Map<String, Long> checked = new TreeMap<>();
        for (PublishedTexts source : sources) {
            String kind = source.kind();
            checked.putIfAbsent(kind, 0L);
            String[] previous = {null};
            source.forEach(t -> {
                if (!t.subject().equals(previous[0])) {
                    // the texts of one subject come together: a new subject is one more read
                    checked.merge(kind, 1L, Long::sum);
                    previous[0] = t.subject();
                }
                if (t.field().startsWith(ATTACHMENT_UNREAD)) {
                    unread.add(new Unread(t.subject(), maskedLabel(t), t.url(), t.field().substring(ATTACHMENT_UNREAD.length()), t.text()));
                    return;
                }
                Set<PiiType> byLaw = gate.rules().keptByLaw(t.documentType());
                Set<String> notPersonal = kept.getOrDefault(t.subject(), Set.of());
                for (Finding f : gate.find(t.text())) {
                    if (!byLaw.contains(f.type()) && !notPersonal.contains(f.key())) {
                        out.add(new Line(t.subject(), maskedLabel(t), t.url(), t.field(), f.type(), gate.masked(f)));
                    }
                }
            });
        }
        return new Result(out, checked, unread);
    }

    /** The label is public text too (a title): named masked, like a finding; masked only when a line needs it. */
    private String maskedLabel(PublishedTexts.Text t) {
        return t.label() == null ? "" : gate.mask(t.label());
    }

    /**
     * The {@code privacy-scan} command: one line per finding on {@code out}, a summary with the
     * counts read per source and a line per attachment it could not read on {@code err}; exit status
     * 1 when any finding, 0 when none.
     */
    public int run(PrintStream out, PrintStream err) {
        Result result = check();
        result.lines().forEach(l -> out.println(l.text()));
        result.unread().forEach(u -> err.println("privacy-scan: not checked\t" + u.text()));
        err.println("privacy-scan: " + result.lines().size() + " finding(s) in published content; checked " + result.checkedText()
                + (result.unread().isEmpty() ? "" : "; " + result.unread().size() + " attachment(s) could not be read, check them by hand"));
        return result.lines().isEmpty() ? 0 : 1;
    }
}
