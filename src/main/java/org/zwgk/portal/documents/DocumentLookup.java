package org.zwgk.portal.documents;

import org.zwgk.portal.catalog.DocumentType;
import org.zwgk.portal.web.Messages;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
    /** What always separates the documents of a list: a new line, a comma, 、 or a semicolon (never inside a 文号). */
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[\\r\\n,，、;；]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** The State Council's and the President's orders are numbered 中华人民共和国国务院令第N号 and cited without the country. */
    private static final Pattern NATIONAL_ORDER = Pattern.compile("^(?:国务院令|主席令)第\\d{1,6}号$");

    /** The document found, or (when none or more than one) the refusal to show next to the field. */
    public record Result(Document document, Function<Messages, String> refusal) {
        public boolean found() {
            return document != null;
        }
    }

    private DocumentLookup() {
    }

    /**
     * The documents of a list as staff type it (an interview's documents, a plan result's evidence), each
     * to be read by {@link #find}. One rule for every such field, so a list that works in one works in all.
     * <p>
     * New lines, commas, 、 and semicolons always separate. Spaces separate only when every piece between
     * them names a document by itself: an id, an address or a 索引号 (none has a Chinese character) or a
     * whole 文号 ({@link DocNumbers#complete}). Otherwise the spaces are inside one 文号, as staff copy it
     * from a printed page or type it ("昆政发 〔2018〕 12号", "国务院令 第711号"): cut there, each piece would be
     * refused although the whole names a document.
     */
    public static List<String> references(String typed) {
        List<String> out = new ArrayList<>();
        if (typed == null) {
            return out;
        }
        for (String item : LIST_SEPARATORS.split(typed)) {
            String s = item.strip();
            if (s.isEmpty()) {
                continue;
            }
            List<String> pieces = List.of(SPACES.split(s));
            if (pieces.stream().allMatch(DocumentLookup::namesOneByItself)) {
                out.addAll(pieces);
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean namesOneByItself(String piece) {
        return !HAN.matcher(piece).find() || DocNumbers.complete(piece);
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
        String query = "(meta.docNumber in ?1 or indexNumber = ?2) and status = ?3 and meta.disclosure = ?4"
                + (type == null ? "" : " and meta.type = ?5");
        Object[] params = type == null
                ? new Object[]{docNumbers(s), s, DocumentStatus.PUBLISHED, Disclosure.PROACTIVE}
                : new Object[]{docNumbers(s), s, DocumentStatus.PUBLISHED, Disclosure.PROACTIVE, type};
        // two are enough to know it is ambiguous; picking one would link whichever was published last
        List<Document> matches = Document.<Document>find(query, params).page(0, 2).list();
        if (matches.size() > 1) {
            return new Result(null, x -> x.documentReferenceAmbiguous(s));
        }
        return matches.isEmpty() ? notFound(s) : new Result(matches.get(0), null);
    }

    /**
     * The 文号 a typed one may be stored as: its standard form, and without the spaces typed inside it (a
     * 文号 has none: 国务院令 第711号 is 国务院令第711号), a State Council or President's order also with the
     * 中华人民共和国 it is promulgated under. The typed form stays a candidate, for a number stored with its spaces.
     */
    private static Set<String> docNumbers(String typed) {
        Set<String> numbers = new LinkedHashSet<>();
        numbers.add(DocNumbers.standard(typed));
        String compact = DocNumbers.standard(SPACES.matcher(typed).replaceAll(""));
        numbers.add(compact);
        if (NATIONAL_ORDER.matcher(compact).matches()) {
            numbers.add("中华人民共和国" + compact);
        }
        return numbers;
    }

    private static Result notFound(String typed) {
        return new Result(null, x -> x.documentReferenceNotFound(typed));
    }
}
