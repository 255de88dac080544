package org.zwgk.portal.annualreport;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.WorkbenchTestProfile;
import org.zwgk.portal.access.Staff;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.catalog.Classification;
import org.zwgk.portal.catalog.DocumentType;
import org.zwgk.portal.channels.Channel;
import org.zwgk.portal.documents.ChangeKind;
import org.zwgk.portal.documents.Document;
import org.zwgk.portal.documents.DocumentContent;
import org.zwgk.portal.documents.DocumentMetadata;
import org.zwgk.portal.documents.DocumentService;
import org.zwgk.portal.documents.DocumentVersion;
import org.zwgk.portal.documents.Validity;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.records.RecordEntry;
import org.zwgk.portal.workflow.Fixtures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Section 2 of the annual report (主动公开政府信息情况) on a fixture whose figures are counted by
 * hand: 规章 and 行政规范性文件 from published policy documents (by 成文日期, the day of repeal, in
 * force at year end), 行政许可 and 行政处罚 from the 双公示 records by decision date; 行政强制 and
 * 收费 as the organization enters them, marked so.
 */
@QuarkusTest
@TestProfile(WorkbenchTestProfile.class)
class ProactiveSectionTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    Fixtures fixtures;
    @Inject
    DocumentService documents;

    long policy(String channel, DocumentType type, String genre, String writtenOn) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Channel c = Channel.findByCode(channel).orElseThrow();
            DocumentMetadata meta = DocumentMetadata.proactive(type, "年报统计测试文件" + genre + writtenOn, "正文。");
            meta.genre = Classification.find(org.zwgk.portal.catalog.ClassificationScheme.GENRE, genre).orElseThrow();
            meta.writtenOn = LocalDate.parse(writtenOn);
            meta.validity = Validity.VALID;
            meta.docNumber = "昆财规〔" + writtenOn.substring(0, 4) + "〕" + genre + "号";
            return documents.publish(new DocumentContent(c.owner, c, meta, meta.writtenOn.atStartOfDay(ZONE).toInstant()),
                    new DocumentService.Origin(null, null, null), "首次发布", AuditLog.system("fixture")).id;
        });
    }

    /** The document's validity becomes {@code validity} on {@code day} (its new version is dated so). */
    void becomes(long id, Validity validity, String day) {
        QuarkusTransaction.requiringNew().run(() -> {
            Document d = Document.findById(id);
            DocumentMetadata meta = d.meta.copy();
            meta.validity = validity;
            documents.revise(d, new DocumentContent(d.organization, d.channel, meta, null), ChangeKind.MINOR, "有效性变更",
                    null, AuditLog.system("fixture"));
        });
        QuarkusTransaction.requiringNew().run(() -> {
            DocumentVersion v = DocumentVersion.<DocumentVersion>find("document.id = ?1 order by createdAt desc, id desc", id).firstResult();
            v.createdAt = LocalDate.parse(day).atTime(10, 0).atZone(ZONE).toInstant();
        });
    }

    static void record(String type, String org, String decisionDate, RecordEntry.PublicState state) {
        QuarkusTransaction.requiringNew().run(() -> {
            RecordEntry r = new RecordEntry();
            r.typeCode = type;
            r.organization = Organization.findByCode(org).orElseThrow();
            r.title = "年报统计测试决定";
            r.publishedValues = "{\"decisionDate\":\"" + decisionDate + "\",\"partyName\":\"某某公司\"}";
            r.publicState = state;
            r.version = 1;
            r.createdAt = Instant.now();
            r.createdBy = "fixture";
            r.updatedAt = r.createdAt;
            r.publishedAt = r.createdAt;
            r.persist();
        });
    }

    @Test
    void section2CountedByHand() {
        String channel = fixtures.channel("czj");
        // 规章: one made in 2021, in force at its end
        policy(channel, DocumentType.POLICY, "gz", "2021-03-01");
        // 规范性文件: made in 2021 (counted made + valid)
        policy(channel, DocumentType.POLICY, "tz", "2021-05-10");
        // made in 2019, repealed on 2021-07-01: repealed in 2021, not in force at its end
        long repealed = policy(channel, DocumentType.POLICY, "yj", "2019-02-01");
        becomes(repealed, Validity.REPEALED, "2021-07-01");
        // made in 2020, expired only in 2022: in force at the end of 2021, neither made nor repealed in it
        long expiresLater = policy(channel, DocumentType.POLICY, "tz", "2020-06-01");
        becomes(expiresLater, Validity.EXPIRED, "2022-01-05");
        // not counted: a 行政法规 filed under policy, a notice, one made in 2022
        policy(channel, DocumentType.POLICY, "xzfg", "2021-01-01");
        policy(channel, DocumentType.NOTICE, "tz", "2021-04-01");
        policy(channel, DocumentType.POLICY, "tz", "2022-01-10");

        // 行政许可: two decisions dated 2021 (first and last day); not 2020-12-31, not a withdrawn one, not szfb's
        record("xzxk", "czj", "2021-01-01", RecordEntry.PublicState.PUBLISHED);
        record("xzxk", "czj", "2021-12-31", RecordEntry.PublicState.PUBLISHED);
        record("xzxk", "czj", "2020-12-31", RecordEntry.PublicState.PUBLISHED);
        record("xzxk", "czj", "2021-06-01", RecordEntry.PublicState.WITHDRAWN);
        record("xzxk", "szfb", "2021-05-05", RecordEntry.PublicState.PUBLISHED);
        // 行政处罚: one in 2021, one in 2022
        record("xzcf", "czj", "2021-08-08", RecordEntry.PublicState.PUBLISHED);
        record("xzcf", "czj", "2022-01-01", RecordEntry.PublicState.PUBLISHED);

        Staff editor = Staff.login("czj-editor");
        String base = "/workbench/annual-reports/czj/2021";
        assertThat(editor.post(base, java.util.Map.of("coercions", "4", "fees", "12.5")).statusCode()).isEqualTo(303);
        String page = editor.get(base).asString().replaceAll(">\\s+<", "><");
        // each row's header and its cells (a cell carries its column's name for a phone's card: data-label)
        org.jsoup.nodes.Document laidOut = org.jsoup.Jsoup.parse(page);
        assertThat(laidOut.select("#row-rules > th[scope=row], #row-rules > td").eachText()).containsExactly("规章", "1", "0", "1");
        assertThat(laidOut.select("#row-normative > th[scope=row], #row-normative > td").eachText()).containsExactly("行政规范性文件", "1", "1", "2");
        assertThat(laidOut.select("#row-permits > th[scope=row], #row-permits > td").eachText()).containsExactly("行政许可", "2");
        assertThat(laidOut.select("#row-penalties > th[scope=row], #row-penalties > td").eachText()).containsExactly("行政处罚", "1");
        assertThat(page).containsPattern("id=\"row-coercions\">.*value=\"4\".*由单位填写");
        assertThat(page).containsPattern("id=\"row-fees\">.*value=\"12.5\".*由单位填写");

        String csv = editor.get(base + "/tables.csv").asString();
        assertThat(csv).contains("\"规章\",1,0,1", "\"行政规范性文件\",1,1,2", "\"行政许可：本年处理决定数量\",2",
                "\"行政处罚：本年处理决定数量\",1", "\"行政强制：本年处理决定数量\",4", "12.5");

    }
}
