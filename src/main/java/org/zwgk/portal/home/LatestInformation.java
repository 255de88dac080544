package org.zwgk.portal.home;

import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.documents.DocumentCatalog;
import org.zwgk.portal.documents.DocumentFilter;
import org.zwgk.portal.documents.DocumentSummary;
import org.zwgk.portal.web.PageRequest;

import java.util.List;

/**
 * 最新信息 on the home page and the kiosk: what the government newly published, the newest of the
 * 政府信息公开目录. The 一号答 knowledge base (reference, not news) and citizens' published letters
 * (互动交流, shown there) are not in it: a letter answered today is not the government's latest information.
 */
@ApplicationScoped
public class LatestInformation {

    private final DocumentCatalog documents;

    LatestInformation(DocumentCatalog documents) {
        this.documents = documents;
    }

    public List<DocumentSummary> latest(int count) {
        // undated documents (an imported law whose source gives no date) list last, and are never news
        return documents.list(DocumentFilter.CATALOGUE, new PageRequest(1, count)).results().stream()
                .filter(d -> d.publishedAt() != null).toList();
    }
}
