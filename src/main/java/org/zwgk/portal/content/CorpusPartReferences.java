package org.zwgk.portal.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.zwgk.portal.documents.Articles;
import org.zwgk.portal.documents.Document;
import org.zwgk.portal.documents.DocumentReferences;
import org.zwgk.portal.documents.DocumentStatus;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page of a part of a law the import titled with its articles (中华人民共和国民法典（第二百零五条至第四百六十二条）,
 * {@link CorpusImporter.Editions}) lists the law's other parts, in the order of their articles: a reader of one
 * book of the 民法典 finds the others without a search.
 */
@ApplicationScoped
class CorpusPartReferences implements DocumentReferences {

    /** A part's title: the law's title, then its first (and last) article. */
    private static final Pattern PART = Pattern.compile("^(.+)（第([〇零一二三四五六七八九十百千]+)条(?:至第[〇零一二三四五六七八九十百千]+条)?）$");

    private final CorpusMessages messages;

    CorpusPartReferences(CorpusMessages messages) {
        this.messages = messages;
    }

    @Override
    @Transactional
    public List<Reference> to(long documentId) {
        Document doc = Document.findById(documentId);
        Matcher part = doc == null || doc.externalId == null ? null : PART.matcher(doc.meta.title);
        if (part == null || !part.matches()) {
            return List.of();
        }
        String law = part.group(1);
        // imported parts of the same law and date (a later edition of the law is another document)
        return Document.<Document>list("externalId is not null and status = ?1 and id <> ?2 and meta.title like ?3",
                        DocumentStatus.PUBLISHED, documentId, escaped(law) + "（第%条）").stream()
                .filter(d -> d.isListed() && java.util.Objects.equals(d.meta.writtenOn, doc.meta.writtenOn))
                .filter(d -> law.equals(lawOf(d.meta.title)))
                .sorted(Comparator.comparingInt(d -> firstArticle(d.meta.title)))
                .map(d -> new Reference(messages.otherPart(d.meta.title), d.url()))
                .toList();
    }

    private static String lawOf(String title) {
        Matcher m = PART.matcher(title);
        return m.matches() ? m.group(1) : null;
    }

    private static int firstArticle(String title) {
        Matcher m = PART.matcher(title);
        return m.matches() ? Articles.parse(m.group(2)) : Integer.MAX_VALUE;
    }

    private static String escaped(String like) {
        return like.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
