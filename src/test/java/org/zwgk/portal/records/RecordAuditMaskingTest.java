package org.zwgk.portal.records;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.access.Staff;
import org.zwgk.portal.audit.AuditLog;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auditor reads records being edited only as the public would (security audit: the audit log showed a
 * 行政处罚 record's values as typed, a private person's name and full ID number among them, to the auditor, who
 * is refused the record itself): the log's before and after states of a record are its public values, names
 * masked, hidden fields left out, and a draft's title through the gate; a site admin, who reads the record unmasked anyway, reads them as stored.
 */
@QuarkusTest
class RecordAuditMaskingTest {

    @Inject
    RecordFixtures fixtures;
    @Inject
    RecordService service;

    @Test
    void theAuditorReadsARecordsStatesInTheAuditLogMaskedAsThePublicWould() {
        Map<String, String> values = new HashMap<>(RecordSamples.good("xzcf"));
        values.put("partyName", "欧阳明远");
        values.put("idNumber", "320583198805061230");
        values.put("violationFacts", "欧阳明远销售过期食品，联系电话13912348888。");
        values.put("penaltyAuthority", "czj");
        long id = service.create(fixtures.user("czj-editor"), "xzcf", "czj", values, AuditLog.system("test")).id;

        Staff auditor = Staff.login("auditor");
        assertThat(auditor.get("/workbench/records/" + id).statusCode()).as("the record itself").isEqualTo(404);
        String audited = Jsoup.parse(auditor.get("/workbench/audit?entityType=record&entityId=" + id).asString()).select("table.audit").text();
        assertThat(audited).contains("record.create", "\"partyName\":\"欧***\"", "139****8888")
                .doesNotContain("320583198805061230").doesNotContain("欧阳明远").doesNotContain("13912348888");

        // a draft's title as typed, and what an event's detail says of it, through the same gate
        Staff editor = Staff.login("czj-editor");
        String location = editor.post("/workbench/drafts", Map.of("channel", "czj-qt", "type", "NOTICE",
                "title", "关于退还320583198805061230多缴款项的通知", "body", "正文。", "disclosure", "PROACTIVE")).header("Location");
        long draft = Long.parseLong(location.replaceAll(".*/drafts/(\\d+).*", "$1"));
        String drafts = Jsoup.parse(auditor.get("/workbench/audit?entityType=draft&entityId=" + draft).asString()).select("table.audit").text();
        assertThat(drafts).contains("draft.create", "320583********1230").doesNotContain("320583198805061230");

        String admin = Jsoup.parse(Staff.login("site-admin").get("/workbench/audit?entityType=record&entityId=" + id).asString())
                .select("table.audit").text();
        assertThat(admin).as("a site admin reads the record unmasked anyway").contains("欧阳明远", "320583198805061230");
    }
}
