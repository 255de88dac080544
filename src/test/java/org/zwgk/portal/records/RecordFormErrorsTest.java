package org.zwgk.portal.records;

import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.access.Staff;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record form that fails validation comes back (4xx) with every field as typed and each wrong
 * field's message next to it, not an error page; nothing is saved.
 */
@QuarkusTest
class RecordFormErrorsTest {

    @Inject
    RecordFixtures fixtures;

    static Map<String, Object> typed() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("type", "xzcf");
        form.put("organization", "czj");
        form.put("partyName", "昆山某某建材有限公司");
        form.put("partyCategory", "法人及非法人组织");
        form.put("decisionNumber", "昆财罚〔2026〕88号");
        form.put("violationType", "未按规定申报");
        form.put("violationFacts", "该公司未按规定申报，\"引号\"与<尖括号>照原样保留。");
        form.put("legalBasis", "《某条例》第十二条");
        form.put("penaltyCategory", "罚站"); // not an option
        form.put("penaltyContent", "罚款人民币2万元");
        form.put("fineAmount", "两万"); // not an amount
        form.put("decisionDate", "2026-02-30"); // no such day
        form.put("penaltyAuthority", "czj");
        return form;
    }

    @Test
    void aNewRecordWithWrongFieldsComesBackAsTypedWithEachMessageNextToItsField() {
        Staff editor = Staff.login("czj-editor");
        long before = fixtures.count("xzcf");
        Response r = editor.post("/workbench/records", typed());
        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(r.asString());
        assertThat(page.select("#form-error").text()).contains("3 处需要更正");
        assertThat(page.select("#f-partyName").val()).isEqualTo("昆山某某建材有限公司");
        assertThat(page.select("#f-violationFacts").text()).isEqualTo("该公司未按规定申报，\"引号\"与<尖括号>照原样保留。");
        assertThat(page.select("#f-decisionDate").val()).isEqualTo("2026-02-30");
        assertThat(page.select("#f-fineAmount").val()).isEqualTo("两万");
        assertThat(page.select("#f-penaltyCategory option[selected]").text()).isEqualTo("罚站");
        assertThat(page.select("select[name=organization] option[selected]").val()).isEqualTo("czj");
        assertThat(page.select("#f-decisionDate-error").text()).contains("处罚决定日期");
        assertThat(page.select("#f-fineAmount-error").text()).contains("罚款金额");
        assertThat(page.select("#f-penaltyCategory-error").text()).contains("处罚类别");
        assertThat(page.select("#f-decisionDate").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#f-partyName-error")).isEmpty();
        assertThat(page.select("input[name=csrf-token]").val()).as("the form can be sent again").isNotBlank();
        assertThat(fixtures.count("xzcf")).isEqualTo(before);

        // corrected, it is saved
        Map<String, Object> fixed = typed();
        fixed.put("penaltyCategory", "罚款");
        fixed.put("fineAmount", "2");
        fixed.put("decisionDate", "2026-11-20");
        assertThat(editor.post("/workbench/records", fixed).statusCode()).isEqualTo(303);
        assertThat(fixtures.count("xzcf")).isEqualTo(before + 1);
    }

    @Test
    void aChangeWithAWrongFieldComesBackAsTypedAndTheRecordKeepsItsValues() {
        Map<String, String> values = new HashMap<>(RecordSamples.good("xzxk"));
        values.put("licensingAuthority", "czj");
        long id = fixtures.drafted("czj-editor", "czj");
        String savedBefore = fixtures.entry(id).pendingValues;
        Staff editor = Staff.login("czj-editor");
        Map<String, Object> form = new LinkedHashMap<>(values);
        form.put("lockVersion", fixtures.lockVersion(id));
        form.put("licenceContent", "改过的许可内容");
        form.put("validFrom", "明年");
        Response r = editor.post("/workbench/records/" + id, form);
        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(r.asString());
        assertThat(page.select("#f-licenceContent").val()).isEqualTo("改过的许可内容");
        assertThat(page.select("#f-validFrom").val()).isEqualTo("明年");
        assertThat(page.select("#f-validFrom-error").text()).contains("有效期自");
        assertThat(page.select("input[name=lockVersion]").val()).isEqualTo(String.valueOf(fixtures.lockVersion(id)));
        assertThat(fixtures.entry(id).pendingValues).isEqualTo(savedBefore);
    }
}
