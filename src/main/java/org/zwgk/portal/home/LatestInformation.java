package org.zwgk.portal.home;

import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.answers.KnowledgeBase;
import org.zwgk.portal.documents.DocumentCatalog;
import org.zwgk.portal.documents.DocumentFilter;
import org.zwgk.portal.documents.DocumentSummary;
import org.zwgk.portal.messages.MessageService;
import org.zwgk.portal.web.PageRequest;

import java.util.List;
import java.util.Set;

/**
 * 最新信息 on the home page and the kiosk: what the government newly published. The 一号答 knowledge
 * base (reference, not news) and citizens' published letters (互动交流, shown there) stay out: a letter
 * answered today is not the government's latest information.
 */
@ApplicationScoped
public class LatestInformation {

    private static final Set<String> NOT_NEWS = Set.of(KnowledgeBase.CHANNEL, MessageService.CHANNEL);
    /** How far back to look for enough news among the latest entries. */
    private static final int LOOK_AT = 50;

    private final DocumentCatalog documents;

    LatestInformation(DocumentCatalog documents) {
        this.documents = documents;
    }

    public List<DocumentSummary> latest(int count) {
        return documents.list(DocumentFilter.ALL, new PageRequest(1, LOOK_AT)).results().stream()
                .filter(d -> !NOT_NEWS.contains(d.channelCode())).limit(count).toList();
    }
}
