package org.zwgk.portal.content;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.TestContent;
import org.zwgk.portal.documents.Document;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@QuarkusTest
@io.quarkus.test.junit.TestProfile(CorpusImportTest.OwnDatabase.class)
@jakarta.transaction.Transactional
class CorpusImportTest {

    /** The imported laws are newer than the seed notice: they get their own database, so the home page tests still see only content/. */
    public static class OwnDatabase implements io.quarkus.test.junit.QuarkusTestProfile {
        @Override
        public java.util.Map<String, String> getConfigOverrides() {
            return org.zwgk.portal.WorkbenchTestProfile.isolated("corpus");
        }
    }


    @Inject
    CorpusImporter importer;

    static final String LAW = """
            {"id": "test-law-1", "title": "测试行政法规条例", "category": "行政法规", "version_date": "2019-04-03", "promulgation": ["2019年4月3日 国务院令公布"], "body": "## 第一章 总则\\n\\n第一条 为了测试，制定本条例。"}""";
    static final String CODE = """
            {"id": "test-code-1", "title": "中华人民共和国民法典（测试）", "category": "民法典", "version_date": "2020-05-28", "promulgation": ["2020年5月28日第十三届全国人民代表大会第三次会议通过"], "body": "第一条 为了测试，制定本法。"}""";
    static final String REPORT = """
            {"id": "test-gwr-1", "title": "2030年测试市政府工作报告", "category": "政府工作报告/测试", "version_date": null, "year": "2030", "promulgation": [], "body": "各位代表：现在，我代表市人民政府作报告。"}""";

    @Test
    void corpusRecordsBecomePublishedDocumentsKeepingTheirIds() throws Exception {
        Path file = gz("corpus-ok", LAW + "\n" + CODE + "\n" + REPORT + "\n");
        assertThat(importer.importFile(file, quiet())).isEqualTo(3);

        JsonPath laws = given().get("/api/v1/documents?channel=flfg&size=100").then().statusCode(200).extract().jsonPath();
        int i = laws.getList("results.externalId").indexOf("test-law-1");
        assertThat(i).isNotNegative();
        assertThat(laws.getString("results[" + i + "].title")).isEqualTo("测试行政法规条例");
        assertThat(laws.getString("results[" + i + "].genre")).isEqualTo("行政法规");
        assertThat(laws.getString("results[" + i + "].type")).isEqualTo("POLICY");
        // the civil code has a category of its own in the corpus, and a genre of its own (its search prior)
        assertThat(laws.getString("results[" + laws.getList("results.externalId").indexOf("test-code-1") + "].genre")).isEqualTo("法典");
        long id = laws.getLong("results[" + i + "].id");
        given().get("/documents/" + id).then().statusCode(200);

        JsonPath reports = given().get("/api/v1/documents?channel=zfgzbg&size=100").then().extract().jsonPath();
        assertThat(reports.getList("results.externalId")).contains("test-gwr-1");

        // a second run changes nothing
        long before = Document.count();
        importer.importFile(file, quiet());
        assertThat(Document.count()).isEqualTo(before);
        assertThat(Document.<Document>find("externalId", "test-law-1").firstResult().versionLabel()).isEqualTo("1.0");

        // a document imported before a genre rule existed (the civil code as 法律) gets the rule's genre on the next run
        QuarkusTransaction.requiringNew().run(() -> Document.<Document>find("externalId", "test-code-1")
                .firstResult().meta.genre = org.zwgk.portal.catalog.Classification.<org.zwgk.portal.catalog.Classification>find(
                        "scheme = ?1 and code = ?2", org.zwgk.portal.catalog.ClassificationScheme.GENRE, "fl").firstResult());
        importer.importFile(file, quiet());
        assertThat(QuarkusTransaction.requiringNew().call(() ->
                Document.<Document>find("externalId", "test-code-1").firstResult().meta.genre.code)).isEqualTo("fd");
    }

    /** The count /xxgk shows beside 市政府办公室. */
    private static long catalogueCountOfTheOffice() {
        return Long.parseLong(org.jsoup.Jsoup.parse(given().get("/xxgk").then().statusCode(200).extract().asString())
                .select("a[href=/xxgk?org=szfb] + .count").text().strip());
    }

    @Test
    void importedLawsAreFoundAndListedInTheirChannelButAreNotTheGovernmentsOwnInformation() throws Exception {
        // browser walk: /xxgk counted 3,424 national laws as 昆山市人民政府办公室's, and 最新信息 held nothing but laws
        long before = catalogueCountOfTheOffice();
        String fresh = """
                {"id": "test-law-fresh", "title": "测试鲲鹏新近条例", "category": "行政法规", "version_date": "2026-11-20", "promulgation": ["2026年11月20日 国务院令公布"], "body": "第一条 为了测试鲲鹏，制定本条例。"}""";
        assertThat(importer.importFile(gz("corpus-fresh", fresh + "\n"), quiet())).isEqualTo(1);

        assertThat(given().get("/channels/flfg").then().statusCode(200).extract().asString()).as("its channel lists it")
                .contains("测试鲲鹏新近条例");
        org.zwgk.portal.Eventually.within(java.time.Duration.ofSeconds(5), () -> assertThat(given().queryParam("q", "鲲鹏新近条例")
                .get("/api/v1/search").then().extract().jsonPath().getList("results.title")).contains("测试鲲鹏新近条例"));
        assertThat(given().get("/").then().statusCode(200).extract().asString()).as("not the government's latest information")
                .doesNotContain("测试鲲鹏新近条例");
        assertThat(given().get("/xxgk?org=szfb").then().statusCode(200).extract().asString()).doesNotContain("测试鲲鹏新近条例");
        assertThat(catalogueCountOfTheOffice()).as("nor counted as the office's").isEqualTo(before);
    }

    @Test
    void aBadFileIsRefusedWithItsLineAndImportsNothing() throws Exception {
        Path file = gz("corpus-bad", LAW.replace("test-law-1", "test-law-bad-1") + "\n{\"id\": \"x\", \"title\": \n"
                + "{\"id\": \"y\", \"body\": \"无标题\"}\n" + "{\"id\": \"z\", \"title\": \"无正文\", \"body\": \"\"}\n");
        ContentImportException e = catchThrowableOfType(ContentImportException.class, () -> importer.importFile(file, quiet()));
        assertThat(e.errors()).hasSize(2);
        assertThat(e.errors().get(0).line()).isEqualTo(2);
        assertThat(e.errors().get(1).toString()).endsWith(":3: missing field 'title'");
        assertThat(Document.count("externalId", "test-law-bad-1")).isZero();

        Path notGzip = Files.writeString(Files.createTempFile(Path.of("target"), "corpus", ".jsonl.gz"), "not gzip");
        assertThat(catchThrowableOfType(ContentImportException.class, () -> importer.importFile(notGzip, quiet())))
                .hasMessageContaining("cannot be read");
    }

    @Test
    void nationalLawsShowTheBodyThatIssuedThemNotTheOfficeThatFiledThem() throws Exception {
        String records = String.join("\n",
                record("pub-npcsc", "测试法", "行政法", "2021年8月20日 第十三届全国人民代表大会常务委员会第三十次会议通过"),
                record("pub-npc", "测试基本法", "民法典", "2020年5月28日 第十三届全国人民代表大会第三次会议通过"),
                record("pub-spc", "测试司法解释", "司法解释", "2019年12月2日 最高人民法院审判委员会第1780次会议通过"),
                record("pub-sc", "测试条例", "行政法规", "1996年9月19日 经国务院批准"),
                record("pub-local", "测试地方条例", "DLC/浙江地方法规/地方性法规/浙江", "2017年12月27日 浙江省第十二届人民代表大会常务委员会第四十六次会议通过"),
                record("pub-dept", "测试规章", "部门规章/公安部", null),
                record("pub-none", "测试其他", "其他", null),
                // review: /documents/2750 showed 文号 中华人民共和国中央军事委员会令第805号 and 发布机构 国务院
                record("pub-joint", "测试军队条例", "行政法规", "2025年4月5日 中华人民共和国国务院、中华人民共和国中央军事委员会令第805号修订）")) + "\n";
        importer.importFile(gz("corpus-publishers", records), quiet());
        assertThat(publisherOnPage("pub-joint")).isEqualTo("国务院、中央军事委员会");
        long joint = Document.<Document>find("externalId", "pub-joint").firstResult().id;
        assertThat(org.jsoup.Jsoup.parse(given().get("/documents/" + joint).then().extract().asString())
                .select("table.meta th:containsOwn(文号) + td").text())
                .isEqualTo("中华人民共和国国务院、中华人民共和国中央军事委员会令第805号");

        assertThat(publisherOnPage("pub-npcsc")).isEqualTo("全国人民代表大会常务委员会");
        assertThat(publisherOnPage("pub-npc")).isEqualTo("全国人民代表大会");
        assertThat(publisherOnPage("pub-spc")).isEqualTo("最高人民法院");
        assertThat(publisherOnPage("pub-sc")).isEqualTo("国务院");
        assertThat(publisherOnPage("pub-local")).isEqualTo("浙江省人民代表大会常务委员会");
        assertThat(publisherOnPage("pub-dept")).isEqualTo("公安部");
        // nothing to go by: not the office that filed it (review: a guide from GitHub was 昆山市人民政府办公室's)
        assertThat(publisherOnPage("pub-none")).isEqualTo("未注明");
        long none = Document.<Document>find("externalId", "pub-none").firstResult().id;
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(given().get("/documents/" + none).then().extract().asString());
        assertThat(page.select("table.meta td.disclosing-unit").text()).as("who republished it").isEqualTo("昆山市人民政府办公室");
        // the office that filed them still owns them
        Document law = Document.<Document>find("externalId", "pub-npcsc").firstResult();
        assertThat(law.organization.code).isEqualTo("szfb");
    }

    @Test
    void recordsWithoutADateOrAMeetingLineAreDatedAndNamedFromWhatTheyCarry() throws Exception {
        // browser walk (session 33): the 民法典's parts, which carry no version_date, were all published "today" and
        // filled the home page; a 行政法规 and a 司法解释 without a meeting line were published by 昆山市人民政府办公室
        String records = String.join("\n",
                "{\"id\": \"undated-code\", \"title\": \"测试法典\", \"category\": \"民法典\", \"promulgation\": "
                        + "[\"2020年5月28日 第十三届全国人民代表大会第三次会议通过\", \"2021年1月1日 施行\"], \"body\": \"第一条 测试。\"}",
                record("bare-spc", "最高人民法院关于审理测试案件的规定", "司法解释", null),
                record("bare-sc", "测试经办条例", "行政法规", null),
                record("bare-sh", "上海市测试条例", "DLC/上海地方法规/地方性法规/上海", null),
                record("bare-hn", "河南省测试条例", "DLC/河南地方法规/地方性法规/河南", null),
                // review: a joint interpretation's lines name each court; a city's regulation filed under its province;
                // one passed by a city's full congress
                record("joint", "最高人民法院、最高人民检察院关于测试案件的解释", "司法解释", "2020年8月31日 最高人民法院审判委员会第1811次会议"),
                record("city", "宁波市测试条例", "DLC/浙江地方法规/地方性法规/浙江", null),
                record("city-congress", "测试市民条例", "DLC/浙江地方法规/地方性法规/浙江", "2019年1月19日 宁波市第十五届人民代表大会第四次会议通过")) + "\n";
        importer.importFile(gz("corpus-undated", records), quiet());

        long id = Document.<Document>find("externalId", "undated-code").firstResult().id;
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(given().get("/documents/" + id).then().statusCode(200).extract().asString());
        assertThat(page.select("table.meta th:containsOwn(发布日期) + td").text()).isEqualTo("2020-05-28");
        assertThat(publisherOnPage("undated-code")).isEqualTo("全国人民代表大会");
        assertThat(publisherOnPage("bare-spc")).isEqualTo("最高人民法院");
        assertThat(publisherOnPage("bare-sc")).isEqualTo("国务院");
        assertThat(publisherOnPage("bare-sh")).isEqualTo("上海市人民代表大会常务委员会");
        assertThat(publisherOnPage("bare-hn")).isEqualTo("河南省人民代表大会常务委员会");
        assertThat(publisherOnPage("joint")).isEqualTo("最高人民法院、最高人民检察院");
        assertThat(publisherOnPage("city")).isEqualTo("宁波市人民代表大会常务委员会");
        assertThat(publisherOnPage("city-congress")).isEqualTo("宁波市人民代表大会");
    }

    @Test
    void governmentWorkReportsNameTheGovernmentThatGaveThem() throws Exception {
        // review: /documents/119, the State Council's report, was shown as issued by 昆山市人民政府办公室
        String records = String.join("\n",
                record("gwr-sc", "2019年中华人民共和国国务院政府工作报告", "政府工作报告/国务院", null),
                record("gwr-npc", "第十三届全国人民代表大会第二次会议关于政府工作报告的决议", "政府工作报告/国务院", null),
                record("gwr-js", "2026年江苏省政府工作报告", "政府工作报告/江苏省", null),
                record("gwr-nmg", "2026年内蒙古自治区政府工作报告", "政府工作报告/内蒙古自治区", null),
                record("gwr-yn", "2026年政府工作报告", "政府工作报告/云南省", null)) + "\n";
        importer.importFile(gz("corpus-reports", records), quiet());

        assertThat(publisherOnPage("gwr-sc")).isEqualTo("国务院");
        assertThat(publisherOnPage("gwr-npc")).isEqualTo("全国人民代表大会");
        assertThat(publisherOnPage("gwr-js")).isEqualTo("江苏省人民政府");
        assertThat(publisherOnPage("gwr-nmg")).isEqualTo("内蒙古自治区人民政府");
        assertThat(publisherOnPage("gwr-yn")).as("by its category, the title naming no place").isEqualTo("云南省人民政府");
        assertThat(Document.<Document>find("externalId", "gwr-sc").firstResult().channel.code).isEqualTo("zfgzbg");
    }

    @Test
    void aCopyOfARecordOrOfAContentDocumentIsNotPublishedTwice() throws Exception {
        // review: 职业病防治法 was published twice (/documents/2529 and 2602: the corpus files the same text under
        // 社会法 and 经济法), and the 2019 政府信息公开条例 both from content/ (/documents/5) and from the corpus
        String law = "{\"id\": \"%s\", \"title\": \"测试职业病防治法\", \"category\": \"%s\", \"version_date\": \"2018-12-29\", "
                + "\"promulgation\": [], \"body\": \"%s\"}";
        // an earlier import (before copies were recognised) published the second copy
        importer.importFile(gz("corpus-copy-before", law.formatted("copy-2", "经济法", "第一条 为了测试。") + "\n"), quiet());
        long earlier = Document.<Document>find("externalId", "copy-2").firstResult().id;

        String records = String.join("\n",
                law.formatted("copy-1", "社会法", "第一条  为了测试。"),
                law.formatted("copy-2", "经济法", "第一条 为了测试。"),
                // another version of the law: a document of its own
                law.formatted("copy-2011", "社会法", "第一条 为了测试。").replace("2018-12-29", "2011-12-31"),
                "{\"id\": \"copy-gi\", \"title\": \"中华人民共和国政府信息公开条例\", \"category\": \"行政法规\", "
                        + "\"version_date\": \"2019-04-03\", \"promulgation\": [], \"body\": \"第一条 为了保障公民。\"}") + "\n";
        importer.importFile(gz("corpus-copies", records), quiet());

        Document kept = Document.<Document>find("externalId", "copy-1").firstResult();
        assertThat(Document.count("meta.title = ?1 and status = ?2", "测试职业病防治法",
                org.zwgk.portal.documents.DocumentStatus.PUBLISHED)).as("the 2018 text once, the 2011 version").isEqualTo(2);
        // the copy published before is removed, naming the one that stays
        String gone = given().get("/documents/" + earlier).then().statusCode(410).extract().asString();
        assertThat(gone).contains(kept.url());
        assertThat(Document.count("externalId", "copy-gi")).as("content/ has it").isZero();
        assertThat(Document.count("meta.title", "中华人民共和国政府信息公开条例")).isEqualTo(1);
    }

    @Test
    void aRecordWithoutADateHasNoPublicationDateAndIsNotTheLatestNews() throws Exception {
        // review: 65 上海 regulations without a date, and a guide, were "published" the day of the import and opened
        // 最新信息, the kiosk and the feed; the 施行 date at the end of the text is not when a law was made
        String undated = "{\"id\": \"undated-port\", \"title\": \"上海测试港口条例\", \"category\": "
                + "\"DLC/上海地方法规/地方性法规/上海\", \"promulgation\": [], \"body\": \"第一条 为了测试，制定本条例。\\n\\n"
                + "第五十条 本条例自2006年3月1日起施行。\"}";
        Path file = gz("corpus-undated-news", undated + "\n" + record("dated-news", "测试有日期条例", "行政法规", null) + "\n");
        importer.importFile(file, quiet());

        Document doc = Document.<Document>find("externalId", "undated-port").firstResult();
        assertThat(doc.publishedAt).isNull();
        assertThat(doc.meta.writtenOn).isNull();
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(given().get("/documents/" + doc.id).then().statusCode(200).extract().asString());
        assertThat(page.select("table.meta th:containsOwn(发布日期) + td").text()).isEqualTo("无");
        assertThat(page.select("table.meta th:containsOwn(成文日期) + td").text()).isEqualTo("无");

        assertThat(given().get("/").then().statusCode(200).extract().asString()).doesNotContain("上海测试港口条例");
        assertThat(given().get("/kiosk").then().statusCode(200).extract().asString()).doesNotContain("上海测试港口条例");
        assertThat(given().get("/feeds/latest.atom").then().statusCode(200).extract().asString()).doesNotContain("上海测试港口条例");
        assertThat(given().get("/feeds/channels/flfg.atom").then().statusCode(200).extract().asString()).doesNotContain("上海测试港口条例");
        // its channel lists it after every dated document, without a date
        JsonPath listed = given().get("/api/v1/documents?channel=flfg&size=100").then().statusCode(200).extract().jsonPath();
        List<String> laws = listed.getList("results.externalId");
        List<String> dates = listed.getList("results.publishedAt");
        int at = laws.indexOf("undated-port");
        assertThat(at).as("%s %s", laws, dates).isNotNegative();
        assertThat(dates.subList(0, at)).as("%s %s", laws, dates).doesNotContainNull();
        assertThat(dates.subList(at, dates.size())).as("%s %s", laws, dates).containsOnlyNulls();
        assertThat(laws).contains("dated-news");
        // a page past the dated ones, and the page where they end
        int total = listed.getInt("total");
        assertThat(given().get("/api/v1/documents?channel=flfg&size=1&page=" + total).then().statusCode(200).extract()
                .jsonPath().getList("results.externalId")).containsExactly("undated-port");
        assertThat(given().get("/api/v1/documents?channel=flfg&size=2&page=" + (total + 1) / 2).then().statusCode(200).extract()
                .jsonPath().getList("results.externalId")).last().isEqualTo("undated-port");
        org.jsoup.select.Elements rows = new org.jsoup.select.Elements();
        for (int p = 1; p <= 10 && rows.isEmpty(); p++) {
            rows = org.jsoup.Jsoup.parse(given().get("/channels/flfg?page=" + p).then().statusCode(200).extract().asString())
                    .select("li:has(a:containsOwn(上海测试港口条例))");
        }
        assertThat(rows).hasSize(1);
        assertThat(rows.select("time")).isEmpty();

        // a document an earlier import dated on its own day loses that date on the next run
        QuarkusTransaction.requiringNew().run(() -> Document.<Document>find("externalId", "undated-port").firstResult().publishedAt
                = java.time.Instant.now());
        importer.importFile(file, quiet());
        assertThat(QuarkusTransaction.requiringNew().call(() ->
                Document.<Document>find("externalId", "undated-port").firstResult().publishedAt)).isNull();
    }

    @Test
    void versionsOfOneLawAreToldApartAndPartsOfOneLawAreTitledWithTheirArticles() throws Exception {
        // browser walk: 公司法 2018 and 2023 listed alike, the 2018 one not 已修改; eight results read 中华人民共和国民法典
        String file = String.join("\n",
                "{\"id\": \"ver-2018\", \"title\": \"测试公司法\", \"category\": \"法律\", \"version_date\": \"2018-10-26\", \"promulgation\": [], \"body\": \"第一条 旧的文本。\"}",
                "{\"id\": \"ver-2023\", \"title\": \"测试公司法\", \"category\": \"法律\", \"version_date\": \"2023-12-29\", \"promulgation\": [], \"body\": \"第一条 新的文本。\"}",
                "{\"id\": \"part-1\", \"title\": \"测试法典\", \"category\": \"民法典\", \"version_date\": \"2020-05-28\", \"promulgation\": [], \"body\": \"第一条 总则。\\n\\n第二条 范围。\\n\\n第三条 原则。\"}",
                "{\"id\": \"part-2\", \"title\": \"测试法典\", \"category\": \"民法典\", \"version_date\": \"2020-05-28\", \"promulgation\": [], \"body\": \"## 第一章 一般规定\\n\\n第一千一百一十九条 继承。\\n\\n第一千一百二十条 遗产。\\n\\n第一千一百二十一条 开始。\"}",
                // review: the 民法典's 附则, two articles under an empty heading, kept the plain title (/documents/2475)
                "{\"id\": \"part-3\", \"title\": \"测试法典\", \"category\": \"民法典\", \"version_date\": \"2020-05-28\", \"promulgation\": [], \"body\": \"##\\n\\n第一千二百五十九条 用语。\\n\\n第一千二百六十条 本法自2021年1月1日起施行。\"}",
                // one title and date, different texts, both from 第一条: not parts of one law
                "{\"id\": \"twin-1\", \"title\": \"测试条例\", \"category\": \"法律\", \"version_date\": \"2020-05-28\", \"promulgation\": [], \"body\": \"第一条 甲。\\n\\n第二条 乙。\"}",
                "{\"id\": \"twin-2\", \"title\": \"测试条例\", \"category\": \"法律\", \"version_date\": \"2020-05-28\", \"promulgation\": [], \"body\": \"第一条 丙。\\n\\n第二条 丁。\"}") + "\n";
        importer.importFile(gz("corpus-editions", file), quiet());
        assertThat(validityOf("ver-2018")).isEqualTo(org.zwgk.portal.documents.Validity.AMENDED);
        assertThat(validityOf("ver-2023")).isNull();
        // the part from 第一条 too: a plain 测试法典 beside the others reads as the whole law
        assertThat(titleOf("part-1")).isEqualTo("测试法典（第一条至第三条）");
        assertThat(titleOf("part-2")).isEqualTo("测试法典（第一千一百一十九条至第一千一百二十一条）");
        assertThat(titleOf("part-3")).isEqualTo("测试法典（第一千二百五十九条至第一千二百六十条）");
        assertThat(titleOf("twin-1")).isEqualTo("测试条例");
        assertThat(titleOf("twin-2")).isEqualTo("测试条例");
        // each part's page lists the others, in the order of their articles
        long second = Document.<Document>find("externalId", "part-2").firstResult().id;
        org.jsoup.select.Elements others = org.jsoup.Jsoup.parse(given().get("/documents/" + second).then().statusCode(200)
                .extract().asString()).select("ul.references a");
        assertThat(others.eachText()).containsExactly("本法其他部分：测试法典（第一条至第三条）",
                "本法其他部分：测试法典（第一千二百五十九条至第一千二百六十条）");
        assertThat(others.first().attr("href")).isEqualTo("/documents/" + Document.<Document>find("externalId", "part-1").firstResult().id);
        long twin = Document.<Document>find("externalId", "twin-1").firstResult().id;
        assertThat(org.jsoup.Jsoup.parse(given().get("/documents/" + twin).then().extract().asString()).select("ul.references a")).isEmpty();
        long old = Document.<Document>find("externalId", "ver-2018").firstResult().id;
        assertThat(org.jsoup.Jsoup.parse(given().get("/documents/" + old).then().statusCode(200).extract().asString())
                .select("td.validity").text()).isEqualTo("已修改");
        // a second run changes nothing
        long versions = org.zwgk.portal.documents.DocumentVersion.count();
        importer.importFile(gz("corpus-editions", file), quiet());
        assertThat(org.zwgk.portal.documents.DocumentVersion.count()).isEqualTo(versions);
    }

    private static org.zwgk.portal.documents.Validity validityOf(String externalId) {
        return QuarkusTransaction.requiringNew().call(() -> Document.<Document>find("externalId", externalId).firstResult().meta.validity);
    }

    private static String titleOf(String externalId) {
        return QuarkusTransaction.requiringNew().call(() -> Document.<Document>find("externalId", externalId).firstResult().meta.title);
    }

    private static String record(String id, String title, String category, String promulgation) {
        return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"category\": \"" + category
                + "\", \"version_date\": \"2021-08-20\", \"promulgation\": ["
                + (promulgation == null ? "" : "\"" + promulgation + "\"") + "], \"body\": \"第一条 测试。\"}";
    }

    private static String publisherOnPage(String externalId) {
        long id = Document.<Document>find("externalId", externalId).firstResult().id;
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(given().get("/documents/" + id).then().statusCode(200).extract().asString());
        return page.select("table.meta th:containsOwn(发布机构) + td").text();
    }

    @Test
    void theMappingFromContentNamesTheLineOfAnUnknownCode() {
        assertThat(mappingErrors("lawChannel: flfg", "lawChannel: no-such-channel"))
                .singleElement().hasToString("corpus.yaml:7: channel 'no-such-channel' is not defined");
    }

    @Test
    void anUnknownGenreCodeIsNamedAtItsLine() {
        assertThat(mappingErrors("genre: fd", "genre: no-such-genre"))
                .singleElement().hasToString("corpus.yaml:22: genre 'no-such-genre' is not defined");
    }

    /** What loading the mapping reports when the repository's corpus.yaml has {@code from} changed to {@code to}. */
    private static List<?> mappingErrors(String from, String to) {
        TestContent content = TestContent.copyOfRepository().replace("corpus.yaml", from, to);
        ContentImportException e = catchThrowableOfType(ContentImportException.class, () ->
                QuarkusTransaction.requiringNew().call(() -> CorpusMapping.load(content.root)));
        return e.errors();
    }

    @Test
    void theGenreRulesReadWithoutTheDatabaseGiveTheImportsCodes() {
        CorpusGenres genres = CorpusGenres.read(Path.of("content"));
        assertThat(genres.codeFor("民法典/第三编 合同")).isEqualTo("fd");
        assertThat(genres.codeFor("行政法规")).isEqualTo("xzfg");
        assertThat(genres.codeFor("宪法相关法")).as("no rule: the default").isEqualTo("fl");
        assertThat(genres.codeFor(null)).isEqualTo("fl");
    }

    static Path gz(String name, String text) throws Exception {
        Path file = Files.createTempFile(Path.of("target"), name, ".jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
