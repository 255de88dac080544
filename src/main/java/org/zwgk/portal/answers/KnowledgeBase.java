package org.zwgk.portal.answers;

import org.zwgk.portal.search.SynonymRule;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.zwgk.portal.documents.Document;
import org.zwgk.portal.documents.DocumentChanged;
import org.zwgk.portal.documents.DocumentStatus;
import org.zwgk.portal.privacy.Deidentifier;

import java.util.List;

/**
 * The 一号答 knowledge base: the published documents of the 一号答 channel, each a question (its
 * title) and an answer (its text) with the 来源 line naming the provision it rests on, and a link to
 * that provision (an INTERPRETS link). Owned, reviewed, versioned and indexed as documents are; this
 * class only keeps them ranked in memory, read again after any document change.
 */
@ApplicationScoped
public class KnowledgeBase {

    /** The channel the pairs are published in (content/channels.yaml). */
    public static final String CHANNEL = org.zwgk.portal.channels.Channel.ANSWERS;
    private static final String SOURCE = "来源：";

    private final Deidentifier deidentifier;
    private final java.nio.file.Path contentDir;
    private volatile AnswerRanker ranker;

    KnowledgeBase(Deidentifier deidentifier, org.zwgk.portal.common.PortalConfig config) {
        this.deidentifier = deidentifier;
        this.contentDir = config.contentDir();
    }

    /**
     * The synonym rules of content/search/synonyms.txt, content/search/citizen-words.txt and
     * content/interaction/answer-synonyms.txt, read as the search reads them ({@link SynonymRule}).
     */
    public static List<SynonymRule> synonyms(java.nio.file.Path contentDir) {
        List<SynonymRule> rules = new java.util.ArrayList<>();
        for (String file : List.of("search/synonyms.txt", "search/citizen-words.txt", "interaction/answer-synonyms.txt")) {
            rules.addAll(SynonymRule.read(contentDir.resolve(file)));
        }
        return rules;
    }

    public AnswerRanker ranker() {
        AnswerRanker r = ranker;
        if (r == null) {
            r = QuarkusTransaction.joiningExisting().call(this::load);
            ranker = r;
        }
        return r;
    }

    /** Every pair, in the order of their questions' publication. */
    public List<AnswerRanker.Entry> all() {
        ranker();
        return entries;
    }

    private volatile List<AnswerRanker.Entry> entries = List.of();

    private AnswerRanker load() {
        List<Document> docs = Document.list("channel.code = ?1 and status = ?2 order by publishedAt, id", CHANNEL, DocumentStatus.PUBLISHED);
        List<AnswerRanker.Entry> list = docs.stream().filter(Document::isListed)
                .map(d -> new AnswerRanker.Entry(d.id, d.contentKey, deidentifier.mask(d.meta.title), deidentifier.mask(answerOf(d.meta.body)),
                        d.organization.name, deidentifier.mask(sourceOf(d.meta.body)), d.url())).toList();
        entries = list;
        return new AnswerRanker(list, synonyms(contentDir));
    }

    void onDocument(@Observes(during = TransactionPhase.AFTER_SUCCESS) DocumentChanged change) {
        ranker = null;
    }

    /** The answer without its 来源 line. */
    public static String answerOf(String body) {
        if (body == null) {
            return "";
        }
        int i = body.lastIndexOf(SOURCE);
        return (i >= 0 ? body.substring(0, i) : body).strip();
    }

    /** What the 来源 line names, or null. */
    public static String sourceOf(String body) {
        if (body == null) {
            return null;
        }
        int i = body.lastIndexOf(SOURCE);
        return i < 0 ? null : body.substring(i + SOURCE.length()).lines().findFirst().orElse("").strip();
    }
}
