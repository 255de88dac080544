package org.zwgk.portal.documents;

import org.zwgk.portal.catalog.DocumentType;
import org.zwgk.portal.web.Messages;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A public document as staff type it into a form: its id, its address (…/documents/123), its 文号 in
 * any bracket form, or its 索引号. One reading for every form that links a document (an
 * interpretation's policy, a plan result's evidence, an interview's or a consultation's documents),
 * so what works in one works in all, and the refusals read the same.
 */
public final class DocumentLookup {

    private static final Pattern ADDRESS = Pattern.compile("(?:^|/documents/)(\\d{1,18})(?:[/?#].*)?$");

    /** The document found, or (when none or more than one) the refusal to show next to the field. */
    public record Result(Document document, Function<Messages, String> refusal) {
        public boolean found() {
            return document != null;
        }
    }

    private DocumentLookup() {
    }

    /** A listed document of any type. */
    public static Result find(String typed) {
        return find(typed, null);
    }

    /**
     * A listed document. {@code type}, when given, narrows only the 文号/索引号 search: an id or address
     * names one document whatever its type, so the caller can say "not a policy" instead of "not found".
     */
    public static Result find(String typed, DocumentType type) {
        String s = typed == null ? "" : typed.strip();
        if (s.isEmpty()) {
            return notFound(s);
        }
        Matcher m = ADDRESS.matcher(s);
        if (m.find()) {
            Document doc = Document.findById(Long.parseLong(m.group(1)));
            if (doc == null) {
                return notFound(s);
            }
            // withdrawn or withheld: staff typed a real one, so say why it cannot be linked (its title must
            // not reach a public page) rather than that it does not exist
            return doc.isListed() ? new Result(doc, null) : new Result(null, x -> x.documentReferenceNotListed(s));
        }
        String query = "(meta.docNumber = ?1 or indexNumber = ?2) and status = ?3 and meta.disclosure = ?4"
                + (type == null ? "" : " and meta.type = ?5");
        Object[] params = type == null
                ? new Object[]{DocNumbers.standard(s), s, DocumentStatus.PUBLISHED, Disclosure.PROACTIVE}
                : new Object[]{DocNumbers.standard(s), s, DocumentStatus.PUBLISHED, Disclosure.PROACTIVE, type};
        // two are enough to know it is ambiguous; picking one would link whichever was published last
        List<Document> matches = Document.<Document>find(query, params).page(0, 2).list();
        if (matches.size() > 1) {
            return new Result(null, x -> x.documentReferenceAmbiguous(s));
        }
        return matches.isEmpty() ? notFound(s) : new Result(matches.get(0), null);
    }

    private static Result notFound(String typed) {
        return new Result(null, x -> x.documentReferenceNotFound(typed));
    }
}
