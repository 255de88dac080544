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

    /**
     * Hand-made review posts to {@code item} (its workbench address): 发布 without a version, 发布 with
     * {@code notANumber} as one, 退回修改 with {@code returnComment} and no version; each must be a 400 that
     * says why. The last page is returned (it keeps what was typed).
     */
    public static io.restassured.response.Response refusedWithoutVersion(org.zwgk.portal.access.Staff reviewer, String item,
                                                                        String notANumber, String returnComment) {
        io.restassured.response.Response publish = reviewer.post(item + "/publish");
        org.assertj.core.api.Assertions.assertThat(publish.statusCode()).isEqualTo(400);
        org.assertj.core.api.Assertions.assertThat(text(publish)).contains("审核表单缺少所审核内容的版本号");
        io.restassured.response.Response notNumber = reviewer.post(item + "/publish", Map.of("version", notANumber));
        org.assertj.core.api.Assertions.assertThat(notNumber.statusCode()).isEqualTo(400);
        org.assertj.core.api.Assertions.assertThat(text(notNumber)).contains("审核表单所带的版本号不正确");
        io.restassured.response.Response sendBack = reviewer.post(item + "/return", Map.of("returnComment", returnComment));
        org.assertj.core.api.Assertions.assertThat(sendBack.statusCode()).isEqualTo(400);
        org.assertj.core.api.Assertions.assertThat(text(sendBack)).contains("审核表单缺少所审核内容的版本号");
        return sendBack;
    }

    private static String text(io.restassured.response.Response r) {
        return org.jsoup.Jsoup.parse(r.asString()).text();
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
