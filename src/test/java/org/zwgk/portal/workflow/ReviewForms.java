package org.zwgk.portal.workflow;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A review form of a consultation, survey or interview (发布, 退回修改, the feedback's approval) as its
 * workbench page posts it: with the hidden {@code version} the page shows, the item's version now, as
 * a page just opened carries it.
 */
public final class ReviewForms {

    private ReviewForms() {
    }

    /** The item's version now: what its workbench page shows in every review form. */
    public static long versionOf(Class<? extends ReviewedPublication> type, long id) {
        return QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager().find(type, id).lockVersion);
    }

    /** The form with the page's {@code version} and the given {@code fields}, names and values in turn. */
    public static Map<String, Object> seen(Class<? extends ReviewedPublication> type, long id, Object... fields) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("version", versionOf(type, id));
        for (int i = 0; i < fields.length; i += 2) {
            form.put((String) fields[i], fields[i + 1]);
        }
        return form;
    }

    /** What a review step changes on an item: its version, who published or sent it back, the levels approved. */
    public record Review(long version, String publishedBy, String returnedBy, List<String> approvers) {
    }

    /** The item's {@link Review} now, to compare before and after a step that should have done nothing. */
    public static Review review(Class<? extends ReviewedPublication> type, long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ReviewedPublication item = Panache.getEntityManager().find(type, id);
            return new Review(item.lockVersion, item.publishedBy, item.returnedBy, List.copyOf(item.approvers()));
        });
    }
}
