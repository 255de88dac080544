package org.zwgk.portal.answers;

import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.privacy.PublishedTexts;

import java.util.function.Consumer;

/**
 * The 一号答 pairs for the privacy scan, as /hudong/answers and its JSON show them: the knowledge
 * base's own entries ({@link KnowledgeBase#all()}, what the pages rank and print): question, answer,
 * organization and the 来源 line. Each pair is a document of the 一号答 channel (read by the
 * documents' source as stored); this reads the text the answers pages serve from memory.
 */
@ApplicationScoped
class PublishedAnswerTexts implements PublishedTexts {

    private final KnowledgeBase knowledgeBase;

    PublishedAnswerTexts(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @Override
    public String kind() {
        return "answers";
    }

    @Override
    public void forEach(Consumer<Text> each) {
        // already in memory for the pages (one channel's pairs): no batches to read
        for (AnswerRanker.Entry e : knowledgeBase.all()) {
            Subject texts = new Subject(each, "answer:" + e.id(), e.question(), e.url());
            texts.send("question", e.question());
            texts.send("answer", e.answer());
            texts.send("organization", e.organization());
            texts.send("source", e.source());
        }
    }
}
