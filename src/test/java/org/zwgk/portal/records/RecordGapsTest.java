package org.zwgk.portal.records;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.common.Sha256;
import org.zwgk.portal.web.UserError;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

/**
 * What the records audit found built but untested, and the intake's order of checks: the token before
 * the body, revocation, the owner rule, intake that waits for review, the 权责清单 adjustment history
 * and the list page's filters.
 */
@QuarkusTest
class RecordGapsTest {

    @Inject
    RecordFixtures fixtures;
    @Inject
    RecordService service;

    @Test
    void withoutATokenTheBodyIsNeverParsed() {
        // malformed JSON and CSV: 401 for no token or an unknown one, not the parser's 400
        given().contentType("application/json").body("[{\"sourceKey\": oops").post("/api/v1/records/xzxk/batches")
                .then().statusCode(401);
        RecordsFlowTest.send("zwgk_not-a-token-at-all", "xzxk", "{{{{").then().statusCode(401);
        byte[] badCsv = "\"unterminated,quote\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        given().header("Authorization", "Bearer zwgk_not-a-token-at-all").contentType("text/csv; charset=UTF-8").body(badCsv)
                .post("/api/v1/records/xzxk/batches").then().statusCode(401);
        // CSV without any Authorization header: 401 too, before the body is parsed
        given().contentType("text/csv; charset=UTF-8").body(badCsv).post("/api/v1/records/xzxk/batches").then().statusCode(401);
        // a valid token outside its scope is refused before parsing too
        String czjXzxk = fixtures.token("czj", "xzxk");
        RecordsFlowTest.send(czjXzxk, "xzcf", "not json at all").then().statusCode(403);
        given().header("Authorization", "Bearer " + czjXzxk).contentType("application/json").body("not json")
                .post("/api/v1/records/xzxk/batches?organization=szfb").then().statusCode(403);
        // with a token in scope the same body is the parser's 400
        RecordsFlowTest.send(czjXzxk, "xzxk", "not json at all").then().statusCode(400);
    }

    @Test
    void aRevokedTokenIsRefusedAndTheRevocationIsAudited() {
        fixtures.publishAtOnce("czj", "xzxk", true);
        String token = fixtures.token("czj", "xzxk");
        Map<String, String> good = new HashMap<>(RecordSamples.good("xzxk"));
        good.put("licensingAuthority", "czj");
        RecordsFlowTest.send(token, "xzxk", "[" + RecordsFlowTest.json(good, "REV-1") + "]").then().statusCode(200);
        long tokenId = QuarkusTransaction.requiringNew().call(() -> ApiToken.byHash(Sha256.hex(token)).orElseThrow().id);

        // an editor of the organization may not revoke it; a site admin does, from the tokens page
        org.zwgk.portal.access.Staff.login("czj-editor").post("/workbench/records/tokens/" + tokenId + "/revoke")
                .then().statusCode(403);
        RecordsFlowTest.send(token, "xzxk", "[" + RecordsFlowTest.json(good, "REV-1") + "]").then().statusCode(200);
        org.zwgk.portal.access.Staff.login("site-admin").post("/workbench/records/tokens/" + tokenId + "/revoke")
                .then().statusCode(303);

        long before = fixtures.count("xzxk");
        RecordsFlowTest.send(token, "xzxk", "[" + RecordsFlowTest.json(good, "REV-2") + "]").then().statusCode(401);
        assertThat(fixtures.count("xzxk")).isEqualTo(before);
        assertThat(QuarkusTransaction.requiringNew().call(() -> org.zwgk.portal.audit.AuditEvent.count(
                "action = ?1 and entityId = ?2", "record.token.revoke", tokenId))).isEqualTo(1);
    }

    @Test
    void anOrganizationWhoseTypeMayNotPublishARecordTypeIsRefused() {
        // 双随机一公开 is published by departments, towns and agencies; 市政府办公室 is an office
        Map<String, String> check = new HashMap<>(RecordSamples.good("ssjygk"));
        check.put("inspectingBody", "szfb");
        long before = fixtures.count("ssjygk");
        assertThatThrownBy(() -> service.create(fixtures.user("szfb-editor"), "ssjygk", "szfb", check, AuditLog.system("test")))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> fixtures.token("szfb", "ssjygk")).isInstanceOf(UserError.class);
        String allTypes = fixtures.token("szfb", null);
        RecordsFlowTest.send(allTypes, "ssjygk", "[" + RecordsFlowTest.json(check, "SZFB-SS-1") + "]").then().statusCode(403);
        assertThat(fixtures.count("ssjygk")).isEqualTo(before);
    }

    @Test
    void intakeThatWaitsForReviewIsNotPublicUntilReviewed() {
        fixtures.publishAtOnce("czj", "ssjygk", false);
        String token = fixtures.token("czj", "ssjygk");
        Map<String, String> check = new HashMap<>(RecordSamples.good("ssjygk"));
        check.put("inspectingBody", "czj");
        check.put("taskName", "2026年财政票据双随机抽查");
        RecordsFlowTest.send(token, "ssjygk", "[" + RecordsFlowTest.json(check, "WAIT-1") + "]").then().statusCode(200)
                .body("created", equalTo(1)).body("published", equalTo(0)).body("awaitingReview", equalTo(1));
        long id = QuarkusTransaction.requiringNew().call(() -> RecordEntry.<RecordEntry>find("sourceKey", "WAIT-1").firstResult().id);

        given().get("/records/ssjygk/" + id).then().statusCode(404);
        given().get("/api/v1/records/ssjygk/" + id).then().statusCode(404);
        given().get("/api/v1/records/ssjygk?q=财政票据").then().body("total", equalTo(0));
        given().get("/api/v1/search/records?q=财政票据").then().body("total", equalTo(0));

        service.approve(fixtures.user("czj-reviewer"), id, fixtures.lockVersion(id), AuditLog.system("test"));

        given().get("/records/ssjygk/" + id).then().statusCode(200);
        given().get("/api/v1/records/ssjygk?q=财政票据").then().body("total", equalTo(1));
        given().get("/api/v1/search/records?q=财政票据").then().body("total", equalTo(1));
    }

    @Test
    void aTooLongSearchOfRecordsIsRefusedInWordsNotSilentlyCut() {
        String longest = "财政".repeat(250);
        given().get("/api/v1/search/records?q=" + longest).then().statusCode(200);
        given().get("/api/v1/search/records?q=" + longest + "票").then().statusCode(400)
                .contentType("application/problem+json").body("parameter", equalTo("q"))
                .body("detail", org.hamcrest.Matchers.containsString("500"));
        String filter = "票".repeat(RecordCatalog.MAX_TEXT);
        given().get("/api/v1/records/ssjygk?q=" + filter).then().statusCode(200);
        given().get("/api/v1/records/ssjygk?q=" + filter + "据").then().statusCode(400)
                .contentType("application/problem+json").body("parameter", equalTo("q"));
        String page = given().get("/records/ssjygk?q=" + filter + "据").then().statusCode(400).extract().asString();
        assertThat(Jsoup.parse(page).text()).contains("查询内容过长", String.valueOf(RecordCatalog.MAX_TEXT));
    }

    @Test
    void aPowerListItemShowsItsAdjustmentsWithTheApprovingDocuments() {
        Map<String, String> item = new HashMap<>(RecordSamples.good("qzqd"));
        item.put("itemCode", "QZ-HIST-1");
        item.put("implementingBody", "czj");
        item.put("itemName", "政府采购代理机构监督检查");
        item.put("adjustmentKind", "增加");
        item.put("approvingDocumentNumber", "昆编办〔2026〕11号");
        long id = fixtures.published("czj-editor", "czj-reviewer", "czj", "qzqd", item);
        adjust(id, item, "调整", "昆编办〔2026〕12号", "依据新修订条例调整");
        adjust(id, item, "取消", "昆编办〔2026〕13号", "事项取消");

        String page = given().get("/records/qzqd/" + id).then().statusCode(200).extract().asString();
        Element history = Jsoup.parse(page).selectFirst(".record-history");
        assertThat(history).isNotNull();
        assertThat(history.select("tbody tr")).hasSize(3);
        assertThat(history.select("tbody tr:contains(增加)").text()).contains("昆编办〔2026〕11号");
        assertThat(history.select("tbody tr:contains(调整)").text()).contains("昆编办〔2026〕12号").contains("依据新修订条例调整");
        assertThat(history.select("tbody tr:contains(取消)").text()).contains("昆编办〔2026〕13号").contains("事项取消");
    }

    private void adjust(long id, Map<String, String> item, String kind, String document, String note) {
        item.put("adjustmentKind", kind);
        item.put("approvingDocumentNumber", document);
        service.update(fixtures.user("czj-editor"), id, fixtures.lockVersion(id), item, note, AuditLog.system("test"));
        service.submit(fixtures.user("czj-editor"), id, fixtures.lockVersion(id), AuditLog.system("test"));
        service.approve(fixtures.user("czj-reviewer"), id, fixtures.lockVersion(id), AuditLog.system("test"));
    }

    @Test
    void aListFilterNarrowsTheList() {
        fixtures.publishAtOnce("czj", "xzcf", true);
        String token = fixtures.token("czj", "xzcf");
        Map<String, String> warning = new HashMap<>(RecordSamples.good("xzcf"));
        warning.put("penaltyAuthority", "czj");
        warning.put("decisionNumber", "昆财监罚〔2026〕501号");
        warning.put("penaltyCategory", "警告");
        Map<String, String> fine = new HashMap<>(warning);
        fine.put("decisionNumber", "昆财监罚〔2026〕502号");
        fine.put("penaltyCategory", "罚款");
        RecordsFlowTest.send(token, "xzcf", "[" + RecordsFlowTest.json(warning, "FILTER-1") + ","
                + RecordsFlowTest.json(fine, "FILTER-2") + "]").then().statusCode(200);

        assertThat(given().get("/records/xzcf?organization=czj").then().statusCode(200).extract().asString())
                .contains("昆财监罚〔2026〕501号").contains("昆财监罚〔2026〕502号");
        String filtered = given().get("/records/xzcf?organization=czj&penaltyCategory=警告").then().statusCode(200).extract().asString();
        assertThat(filtered).contains("昆财监罚〔2026〕501号").doesNotContain("昆财监罚〔2026〕502号");
        long all = given().get("/api/v1/records/xzcf?organization=czj").then().extract().jsonPath().getLong("total");
        given().get("/api/v1/records/xzcf?organization=czj&penaltyCategory=警告").then()
                .body("results.values.penaltyCategory", org.hamcrest.Matchers.everyItem(equalTo("警告")))
                .body("total", org.hamcrest.Matchers.lessThan((int) all));
        // review: every filter held only 全部. A field with declared options offers all of them, in their order,
        // with their counts; the chosen one stays chosen
        org.jsoup.nodes.Document page = Jsoup.parse(filtered);
        assertThat(page.select("select[name=penaltyCategory] option").eachAttr("value")).containsExactly("", "警告", "通报批评", "罚款",
                "没收违法所得", "没收非法财物", "暂扣许可证件", "降低资质等级", "吊销许可证件", "限制开展生产经营活动", "责令停产停业", "责令关闭",
                "限制从业", "行政拘留", "其他");
        assertThat(page.select("select[name=penaltyCategory] option[selected]").text()).matches("警告（[1-9]\\d*）");
        assertThat(page.select("select[name=penaltyCategory] option[value=通报批评]").text()).isEqualTo("通报批评（0）");
        assertThat(page.select("select[name=penaltyAuthority] option").eachAttr("value")).contains("czj");
        assertThat(page.select("form.record-filters select")).allSatisfy(s -> assertThat(s.select("option")).hasSizeGreaterThan(1));
        assertThat(page.select("form.record-filters button[type=submit]").text()).isEqualTo("筛选");
    }

    @Test
    void aListOffersNoFilterWithNothingToChoose() {
        // 建议提案: 类别 and 办理结果 have declared options; 年度 and 承办单位 take their values from the public records
        org.jsoup.nodes.Document page = Jsoup.parse(given().get("/records/jyta").then().statusCode(200).extract().asString());
        assertThat(page.select("select[name=proposalKind] option").eachAttr("value")).containsExactly("", "人大代表建议", "政协委员提案");
        assertThat(page.select("select[name=outcome] option")).hasSize(4);
        if (given().get("/api/v1/records/jyta").then().extract().jsonPath().getLong("total") == 0) {
            assertThat(page.select("select[name=year], select[name=handlingUnit], select[name=organization]"))
                    .as("no select holding only 全部").isEmpty();
        }
        assertThat(page.select("form.record-filters input[name=q]")).hasSize(1);
    }
}
