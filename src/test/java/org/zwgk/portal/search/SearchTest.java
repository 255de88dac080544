package org.zwgk.portal.search;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.Eventually;
import org.zwgk.portal.SeedDocuments;
import org.zwgk.portal.TestContent;
import org.zwgk.portal.content.ContentImporter;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class SearchTest {

    static final String SEED_TITLE = "市政府办公室关于印发昆山市2018年政务公开工作要点实施方案的通知";

    @Inject
    ContentImporter importer;

    @Inject
    SearchSync sync;

    @Inject
    SearchIndex index;

    @Inject
    org.zwgk.portal.documents.DocumentCatalog catalog;

    static JsonPath search(String query) {
        return given().queryParam("q", query).get("/api/v1/search").then().statusCode(200).extract().jsonPath();
    }

    static List<String> titles(String query) {
        return search(query).getList("results.title");
    }

    @Test
    void aWrongSortAndAnUnknownRecordAreSaidInWordsAndWholeSentences() {
        // outside review: “排序方式应为 relevance（按相关度）或 date（按日期）” put code words on the page
        String bad = given().queryParam("q", "公开").queryParam("sort", "xyz").get("/search").then().statusCode(400).extract().asString();
        String said = org.jsoup.Jsoup.parse(bad).body().text();
        assertThat(said).contains("排序方式只能是“按相关度”或“按日期”。").doesNotContain("relevance").doesNotContain("date");
        // the 404 texts end as every other message does
        assertThat(org.jsoup.Jsoup.parse(given().get("/records/nope").then().statusCode(404).extract().asString()).body().text())
                .contains("没有“nope”这一类公开记录。");
        assertThat(org.jsoup.Jsoup.parse(given().get("/records/xzcf/999999999").then().statusCode(404).extract().asString()).body().text())
                .contains("未找到该记录。");
    }

    @Test
    void aPastedQuestionIsShortenedInThePagesTitle() {
        String pasted = "我家邻居在自家院子里加盖了三层楼房，挡住了我家的采光，" + "请问这种情况应该向哪个部门反映".repeat(20);
        String html = io.restassured.RestAssured.given().queryParam("q", pasted).get("/search").then().statusCode(200).extract().asString();
        assertThat(org.jsoup.Jsoup.parse(html).title()).startsWith("我家邻居在自家院子里加盖了三层楼房").contains("…").hasSizeLessThan(80);
    }

    @Test
    void aLaterPageOfResultsSaysItsNumberInThePagesTitle() {
        String first = io.restassured.RestAssured.given().queryParam("q", "政务公开").get("/search").then().statusCode(200).extract().asString();
        String second = io.restassured.RestAssured.given().queryParam("q", "政务公开").queryParam("page", "2").get("/search").then()
                .statusCode(200).extract().asString();
        assertThat(org.jsoup.Jsoup.parse(first).title()).startsWith("政务公开 - 搜索结果 - ").doesNotContain("第1页");
        assertThat(org.jsoup.Jsoup.parse(second).title()).startsWith("政务公开 - 搜索结果 · 第2页 - ");
        // and its list goes on from the first page's numbers (browser walk: page 2 began again at 1.)
        assertThat(org.jsoup.Jsoup.parse(first).select("ol.results").attr("start")).isEmpty();
        assertThat(org.jsoup.Jsoup.parse(second).select("ol.results").attr("start")).isEqualTo("11");
    }

    @Test
    void aDocumentNumberTypedWithAnyBracketsPutsThatDocumentFirst() {
        for (String typed : List.of("昆政办发〔2018〕152号", "昆政办发[2018]152号", "昆政办发【2018】152号",
                "昆政办发(2018)152号", "昆政办发（2018）152号", "昆政办发 2018 152号", " 昆政办发〔2018〕 152 号 ",
                "昆政办发2018 152", "昆政办发〔2018〕152")) {
            assertThat(titles(typed)).as(typed).first().isEqualTo(SEED_TITLE);
        }
        String indexNumber = (String) SeedDocuments.byDocNumber(SeedDocuments.SEED_DOC_NUMBER).get("indexNumber");
        assertThat(titles(indexNumber.toLowerCase())).first().isEqualTo(SEED_TITLE);
        assertThat(titles("国务院令第711号")).first().isEqualTo("中华人民共和国政府信息公开条例");
        // the number's end alone, as a citizen remembers it (browser walk: 152号 found the 解读 quoting it, not the notice)
        assertThat(titles("152号")).as("152号").first().isEqualTo(SEED_TITLE);
        assertThat(titles("第711号")).first().isEqualTo("中华人民共和国政府信息公开条例");
        // a number nobody bears is said to be missing above what shares its parts (browser walk: 昆政发〔2018〕1号
        // listed the 152号's interpretation as if found); one that is borne, also after other words, is not
        assertThat(search("昆政发〔2018〕1号").getList("absentWords", String.class)).containsExactly("昆政发〔2018〕1号");
        // another office's number that shares its end is not this one (review)
        assertThat(search("苏政办发〔2018〕152号").getList("absentWords", String.class)).containsExactly("苏政办发〔2018〕152号");
        for (String borne : List.of("昆政办发[2018]152号", "查询昆政办发〔2018〕152号", "国务院令第711号")) {
            assertThat(search(borne).getList("absentWords", String.class)).as(borne).isEmpty();
        }
        // results and lists name the 发布机构 the document page gives, not the unit that posted it
        assertThat(search("国务院令第711号").getString("results[0].organization")).isEqualTo("国务院");
        assertThat(given().get("/channels/flfg").then().statusCode(200).extract().asString())
                .contains("<span class=\"doc-org\">国务院</span>");
        // the filter counts by the unit that disclosed it here, and says so: not under 发布机构 beside results naming 国务院
        org.jsoup.nodes.Document page = Jsoup.parse(given().queryParam("q", "国务院令第711号").get("/search")
                .then().statusCode(200).extract().asString());
        assertThat(page.select("nav.facets h2").eachText()).contains("公开单位").doesNotContain("发布机构");
    }

    @Test
    void theTotalAndTheFacetsCountTheDocumentsTheListHolds() {
        // browser walk: 社保 listed two documents (one found by its articles) and its facets counted one
        for (String typed : List.of("社保", "政府信息公开条例", "政务公开", "多少个工作日内答复", "依申请公开")) {
            JsonPath r = given().queryParam("q", typed).queryParam("size", 50).get("/api/v1/search").then().statusCode(200).extract().jsonPath();
            int total = r.getInt("total");
            assertThat(total).as(typed).isPositive().isLessThanOrEqualTo(50);
            assertThat(r.getList("results")).as(typed + ": the list holds the total").hasSize(total);
            for (String dim : List.of("type", "organization", "year")) {
                assertThat(r.getList("facets." + dim + ".count", Integer.class).stream().mapToInt(Integer::intValue).sum())
                        .as(typed + ": " + dim + " counts add up to the total").isEqualTo(total);
            }
        }
    }

    @Test
    void theContractShapeHoldsWithHighlightedSnippets() {
        JsonPath r = search("政务公开 工作要点");
        assertThat(r.getInt("total")).isGreaterThanOrEqualTo(2);
        assertThat(r.getMap("results[0]")).containsKeys("id", "title", "url", "snippet", "type", "organization",
                "publishedAt", "externalId");
        assertThat(r.getList("results.snippet", String.class)).anySatisfy(s -> assertThat(s).contains("<em>"));
        assertThat(r.getMap("facets")).containsKeys("organization", "channel", "type", "topic", "year");
        assertThat(r.getList("facets.organization.label")).contains("昆山市人民政府办公室");
    }

    @Test
    void aLawsNameTypedPutsThatLawFirstBeforeTheAnswersThatQuoteIt() {
        // the 一号答 answers (content/documents/yhd) quote the regulation's name in their titles and bodies
        for (String typed : List.of("政府信息公开条例", "《中华人民共和国政府信息公开条例》", "中华人民共和国政府信息公开条例",
                // browser walk: the name shortened by its first word (29th), or said with a synonym (政务公开 = 政府信息公开)
                "信息公开条例", "政务公开条例", "《信息公开条例》")) {
            assertThat(titles(typed)).as(typed).first().isEqualTo("中华人民共和国政府信息公开条例");
        }
        assertThat(TitleNames.name("中华人民共和国政府信息公开条例（2007年）")).isEqualTo("政府信息公开条例");
        // what the index keeps beside each document instead of its title
        assertThat(TitleNames.key("《政府信息公開條例》")).isEqualTo(TitleNames.key("中华人民共和国政府信息公开条例（2007年）"))
                .isNotEqualTo(TitleNames.key("政府信息公开条例实施办法"));
    }

    @Test
    void aResultSaysWhenItsLawIsNoLongerInForceAsWritten() {
        // browser walk: the 2007 regulation (validity: AMENDED in content/) was listed like the one in force
        io.restassured.path.json.JsonPath found = given().queryParam("q", "政府信息公开条例").get("/api/v1/search").jsonPath();
        java.util.List<java.util.Map<String, Object>> results = found.getList("results");
        assertThat(results).filteredOn(r -> "中华人民共和国政府信息公开条例（2007年）".equals(r.get("title")))
                .singleElement().satisfies(r -> assertThat(r.get("validity")).isEqualTo("AMENDED"));
        assertThat(results).filteredOn(r -> "中华人民共和国政府信息公开条例".equals(r.get("title")))
                .singleElement().satisfies(r -> assertThat(r.get("validity")).isNull());
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(given().queryParam("q", "政府信息公开条例").get("/search").asString());
        assertThat(page.select("li:has(a:containsOwn(（2007年）)) .validity").text()).isEqualTo("已修改");
    }

    @Test
    void aSingleCharacterFindsTheDocumentsThatUseIt() {
        // the index holds character pairs: one character alone used to match nothing
        for (String typed : List.of("政", " 務 ")) {
            JsonPath r = search(typed);
            assertThat(r.getInt("total")).as(typed).isGreaterThan(1);
            assertThat(r.getList("results.snippet", String.class)).as(typed)
                    .anySatisfy(s -> assertThat(s).contains("<em>" + typed.strip().replace('務', '务')));
        }
        // among everything else the suite publishes with 政 in its title (财政, 政策解读 …): the seed is found, not necessarily first ten
        assertThat(given().queryParam("q", "政").queryParam("size", 50).get("/api/v1/search").then().statusCode(200).extract()
                .jsonPath().getList("results.title", String.class)).contains(SEED_TITLE);
    }

    @Test
    void aWordNothingPublishedContainsIsNamedAboveResultsThatRestOnTheOthers() {
        org.jsoup.nodes.Document page = Jsoup.parse(given().queryParam("q", "犀牛保护 政务公开怎么申请").get("/search")
                .then().statusCode(200).extract().asString());
        assertThat(page.select("#results li, ol.results li, .results .hit, li.hit")).isNotEmpty();
        assertThat(page.select("#absent-words").text()).contains("“犀牛保护”").doesNotContain("政务公开");
        // the results rest on the other words: where to ask instead is said here too (browser walk: only on an empty page)
        assertThat(page.select("#absent-words a[href=/hudong/write]")).hasSize(1);
        // asked again (an answer the result cache may give), the notice is still there; the API says it too
        assertThat(Jsoup.parse(given().queryParam("q", "犀牛保护 政务公开怎么申请").get("/search").asString())
                .select("#absent-words").text()).contains("“犀牛保护”");
        assertThat(given().queryParam("q", "犀牛保护 政务公开怎么申请").get("/api/v1/search").then().statusCode(200)
                .extract().jsonPath().getList("absentWords", String.class)).containsExactly("犀牛保护");
        org.jsoup.nodes.Document found = Jsoup.parse(given().queryParam("q", "政务公开 工作要点").get("/search")
                .then().statusCode(200).extract().asString());
        assertThat(found.select("#absent-words")).isEmpty();
        // one word nothing holds, with results that share only some of its characters (保护): said too
        assertThat(Jsoup.parse(given().queryParam("q", "犀牛保护").get("/search").asString()).select("#absent-words").text())
                .contains("“犀牛保护”");
        // typed without spaces, a known word nothing holds is named (低保 has a synonym, 最低生活保障, in no text
        // either; 申请条件 is found): browser walk, the results passed off 申请条件 as answers about 低保
        assertThat(given().queryParam("q", "低保申请条件").get("/api/v1/search").then().statusCode(200)
                .extract().jsonPath().getList("absentWords", String.class)).containsExactly("低保");
        // a longer run typed without spaces is looked into word by word (browser walk: 个人所得税 found a
        // document about 个人 and said nothing); only the missing word is named, not the run nor 公开
        assertThat(given().queryParam("q", "个人所得税公开").get("/api/v1/search").then().statusCode(200)
                .extract().jsonPath().getList("absentWords", String.class)).containsExactly("个人所得税");
        assertThat(given().queryParam("q", "政务公开个人所得税").get("/api/v1/search").then().statusCode(200)
                .extract().jsonPath().getList("absentWords", String.class)).containsExactly("个人所得税");
        // a greeting is no word of the question, and a word typed in traditional characters is found as its
        // simplified synonym (browser walk: 没有找到含有“您好”的信息; 資訊公開 named missing above 信息公开's results)
        assertThat(given().queryParam("q", "您好，犀牛保护").get("/api/v1/search").then().statusCode(200)
                .extract().jsonPath().getList("absentWords", String.class)).containsExactly("犀牛保护");
        assertThat(given().queryParam("q", "資訊公開").get("/api/v1/search").then().statusCode(200)
                .extract().jsonPath().getList("absentWords", String.class)).isEmpty();
        // a 文号's words are in its number, not its text: not named as missing
        assertThat(given().queryParam("q", "法释〔2011〕17号").get("/api/v1/search").then().statusCode(200)
                .extract().jsonPath().getList("absentWords", String.class)).isEmpty();
    }

    @Test
    void traditionalCharactersFindSimplifiedText() {
        assertThat(titles("政務公開工作要點")).contains(SEED_TITLE);
        assertThat(titles("政府信息公開條例")).first().isEqualTo("中华人民共和国政府信息公开条例");
        // Taiwan's and Hong Kong's word for it, not only its characters (browser walk: 4 results, the regulation not first)
        assertThat(titles("政府資訊公開條例").subList(0, 3)).contains("中华人民共和国政府信息公开条例");
    }

    @Test
    void aQuestionInTraditionalCharactersIsAskedAsItsSimplifiedTwin() {
        // browser walk: 鄰居裝修噪音擾民怎麼辦 found 134 where 邻居装修噪音扰民怎么办 found 177, 刑事诉讼法's 搜查…邻居 third:
        // 怎麼辦 was no question word and 公積金 no synonym of 住房公积金, since both lists are written in simplified characters
        for (List<String> twins : List.of(List.of("政務公開工作要點怎麼辦", "政务公开工作要点怎么办"),
                List.of("政府信息公開條例是什麼", "政府信息公开条例是什么"))) {
            JsonPath traditional = search(twins.get(0));
            JsonPath simplified = search(twins.get(1));
            assertThat(traditional.getInt("total")).as(twins.get(0)).isEqualTo(simplified.getInt("total"));
            assertThat(traditional.getList("results.title", String.class)).as(twins.get(0))
                    .isEqualTo(simplified.getList("results.title", String.class));
        }
    }

    @Test
    void plainLanguageQuestionsWorkLikeKeywords() {
        // the regulation, or the 一号答 answer that rests on it (content/documents/yhd), among the first three
        assertThat(titles("申请政府信息公开，答复期限是多少天？").subList(0, 3))
                .containsAnyOf("中华人民共和国政府信息公开条例", "申请政府信息公开后多长时间答复？");
        assertThat(titles("政务公开工作要点有哪些任务？").subList(0, 2)).contains(SEED_TITLE);
    }

    @Test
    void synonymsFromTheContentRepositoryApplyAtQueryTime() {
        TestContent content = TestContent.copyOfRepository().write("documents/zcwj/test-synonym.md",
                TestContent.document("test-synonym", "关于调整职工基本医疗保险缴费比例的通知", "",
                        "职工基本医疗保险单位缴费比例调整为百分之七。"));
        importer.importFrom(content.root);
        Eventually.within(Duration.ofSeconds(1), () ->
                assertThat(titles("医保缴费")).contains("关于调整职工基本医疗保险缴费比例的通知"));
    }

    @Test
    void publishingIsFindableAndWithdrawingDisappearsWithinASecond() {
        TestContent content = TestContent.copyOfRepository().write("documents/zcwj/test-fresh.md",
                TestContent.document("test-fresh", "关于开展蓝藻水华应急演练的通知", "", "定于近期开展蓝藻水华应急演练。"));
        importer.importFrom(content.root);
        Eventually.within(Duration.ofSeconds(1), () -> assertThat(titles("蓝藻水华应急演练")).contains("关于开展蓝藻水华应急演练的通知"));

        content.replace("documents/zcwj/test-fresh.md", "---\n\n", "status: withdrawn\nstatusReason: 演练取消\n---\n\n");
        importer.importFrom(content.root);
        Eventually.within(Duration.ofSeconds(1), () -> assertThat(titles("蓝藻水华应急演练")).doesNotContain("关于开展蓝藻水华应急演练的通知"));
    }

    @Test
    void documentsNotProactivelyDisclosedNeverReachTheIndex() {
        TestContent content = TestContent.copyOfRepository().write("documents/zcwj/test-withheld.md",
                TestContent.document("test-withheld", "涉密的鹦鹉螺项目批复", "disclosure: WITHHELD\nwithheldReason: 涉及国家秘密\n",
                        "鹦鹉螺项目内容。"));
        importer.importFrom(content.root);
        Eventually.within(Duration.ofSeconds(1), () -> assertThat(search("鹦鹉螺").getInt("total")).isZero());
    }

    @Test
    void filtersSortingAndPaging() {
        JsonPath policies = given().queryParam("q", "政府信息公开").queryParam("type", "POLICY").get("/api/v1/search")
                .then().statusCode(200).extract().jsonPath();
        assertThat(policies.getList("results.type")).isNotEmpty().containsOnly("POLICY");

        JsonPath byYear = given().queryParam("year", "2018").get("/api/v1/search").then().statusCode(200).extract().jsonPath();
        assertThat(byYear.getList("results.title")).contains(SEED_TITLE).doesNotContain("中华人民共和国政府信息公开条例");

        List<String> dates = given().queryParam("q", "政府信息公开").queryParam("sort", "date").queryParam("size", "50")
                .get("/api/v1/search").then().statusCode(200).extract().jsonPath().getList("results.publishedAt");
        assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));

        JsonPath first = given().queryParam("q", "政府信息公开").queryParam("size", "2").get("/api/v1/search").then().extract().jsonPath();
        JsonPath second = given().queryParam("q", "政府信息公开").queryParam("size", "2").queryParam("page", "2").get("/api/v1/search").then().extract().jsonPath();
        assertThat(first.getList("results.id")).doesNotContainAnyElementsOf(second.getList("results.id"));
    }

    @Test
    void browsingWithoutWordsListsTheNewestFirst() {
        List<String> dates = given().get("/api/v1/search?size=30").then().statusCode(200).extract().jsonPath()
                .getList("results.publishedAt", String.class).stream().filter(java.util.Objects::nonNull).toList();
        assertThat(dates).hasSizeGreaterThan(5).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        // and the page says which order it is in
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(given().get("/search").then().statusCode(200).extract().asString());
        assertThat(page.select("p.total strong").text()).isEqualTo("按日期");
    }

    @Test
    void aChosenFilterSaysSoCanBeRemovedAndTheOtherValuesStayToChooseInstead() {
        // browser walk: 2018 chosen turned bold red, nothing said a click removes it, and the other years were gone
        JsonPath all = search("政府信息公开");
        List<String> years = all.getList("facets.year.value", String.class);
        assertThat(years).as("the words are found in several years").hasSizeGreaterThan(1);
        String chosen = years.get(0);
        String other = years.get(1);
        JsonPath filtered = given().queryParam("q", "政府信息公开").queryParam("year", chosen).get("/api/v1/search").jsonPath();
        assertThat(filtered.getList("facets.year.value", String.class)).contains(chosen, other);
        long otherCount = all.getList("facets.year.findAll { it.value == '" + other + "' }.count", Long.class).get(0);
        assertThat(filtered.getList("facets.year.findAll { it.value == '" + other + "' }.count", Long.class).get(0))
                .as("what choosing it instead would list").isEqualTo(otherCount);
        assertThat(filtered.getList("facets.year.findAll { it.value == '" + chosen + "' }.count", Long.class).get(0))
                .as("the chosen year counts the list shown").isEqualTo(filtered.getLong("total"));

        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(given().queryParam("q", "政府信息公开").queryParam("year", chosen)
                .get("/search").then().statusCode(200).extract().asString());
        org.jsoup.select.Elements chips = page.select("#chosen-filters a.filter-chip");
        assertThat(chips).hasSize(1);
        assertThat(chips.text()).contains(chosen);
        assertThat(chips.attr("aria-label")).startsWith("取消筛选");
        assertThat(chips.attr("href")).doesNotContain("year=");
        assertThat(page.select("#chosen-filters a.clear-all").attr("href")).isEqualTo(org.zwgk.portal.web.Routes.searchFor("政府信息公开"));
        assertThat(page.select("nav.facets a[aria-current]").text()).contains(chosen).contains("×");
        String instead = page.select("nav.facets a:not([aria-current])").stream().filter(a -> a.text().equals(other))
                .findFirst().orElseThrow().attr("href");
        assertThat(instead).contains("year=" + other).doesNotContain("year=" + chosen);
        assertThat(given().queryParam("q", "政府信息公开").get("/search").then().extract().asString())
                .as("nothing chosen, no line").doesNotContain("chosen-filters");
    }

    @Test
    void anAnswersSnippetIsItsAnswerNotTheLineNamingItsSource() {
        // browser walk: 谁可以申请政府信息公开 showed 来源：《中华人民共和国政府信息公开条例》第二十七条、第三十五条 as its snippet
        JsonPath r = search("谁可以申请政府信息公开");
        int at = r.getList("results.title", String.class).indexOf("谁可以申请政府信息公开？需要说明用途吗？");
        assertThat(at).as("the answer is found").isBetween(0, 4);
        String snippet = r.getString("results[" + at + "].snippet").replaceAll("</?em>", "");
        assertThat(snippet).doesNotStartWith("来源").contains("申请");
        // the source line is still searched
        assertThat(search("第二十七条、第三十五条").getList("results.title", String.class))
                .contains("谁可以申请政府信息公开？需要说明用途吗？");
    }

    @Test
    void oneCharacterIsMarkedAloneInTheSnippets() {
        List<String> snippets = search("法").getList("results.snippet", String.class);
        assertThat(snippets).isNotEmpty().anySatisfy(x -> assertThat(x).contains("<em>法</em>"));
        for (String snippet : snippets) {
            assertThat(snippet.replaceAll("<em>法</em>", "")).as(snippet).doesNotContain("<em>");
        }
    }

    @Test
    void sortedByDateALawsSnippetAndLinkAreTheArticleThatAnswers() {
        // quick browser check: by date a law's snippet was its beginning and its link pointed at no article
        JsonPath byDate = given().queryParam("q", "年度报告应当包括").queryParam("sort", "date").get("/api/v1/search")
                .then().statusCode(200).extract().jsonPath();
        int at = byDate.getList("results.title", String.class).indexOf("中华人民共和国政府信息公开条例");
        assertThat(at).isNotNegative();
        assertThat(byDate.getString("results[" + at + "].url")).endsWith("#art-50");
        assertThat(byDate.getString("results[" + at + "].snippet")).contains("第五十条");
    }

    @Test
    void anEmptyResultUnderAFilterOffersToClearIt() {
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(given().queryParam("q", "政府信息公开").queryParam("year", "1990")
                .get("/search").then().statusCode(200).extract().asString());
        assertThat(page.select("#clear-filters a").attr("href")).isEqualTo(org.zwgk.portal.web.Routes.searchFor("政府信息公开"));
        assertThat(given().queryParam("q", "没有这样的词语组合").get("/search").then().extract().asString())
                .as("no filter, nothing to clear").doesNotContain("clear-filters");
    }

    @Test
    void aPagePastTheLastSaysSoAndLinksToTheLast() {
        String search = given().queryParam("q", "政府信息公开").queryParam("page", "99").get("/search").then().statusCode(200)
                .extract().asString();
        assertThat(search).contains("没有第 99 页").contains("转到最后一页").doesNotContain("第 99 页，共");
        // deeper than any search lists, but past this one's last page too (browser walk: told only 5,000 are listed, of 774)
        org.jsoup.nodes.Document deep = org.jsoup.Jsoup.parse(given().queryParam("q", "政府信息公开").queryParam("page", "999")
                .get("/search").then().statusCode(200).extract().asString());
        assertThat(deep.text()).contains("没有第 999 页").doesNotContain("5000");
        assertThat(deep.select("input[name=q]").first().val()).isEqualTo("政府信息公开");
        // a page number that is none, in a shared or edited link: the first page, the words kept, saying so
        for (String bad : List.of("0", "-1", "abc", "7.5", "99999999999")) {
            org.jsoup.nodes.Document first = org.jsoup.Jsoup.parse(given().queryParam("q", "政府信息公开").queryParam("page", bad)
                    .get("/search").then().statusCode(200).extract().asString());
            assertThat(first.select("#bad-page").text()).as(bad).contains("不是有效的页码");
            assertThat(first.select("input[name=q]").first().val()).isEqualTo("政府信息公开");
            assertThat(first.select(".results li")).as(bad).isNotEmpty();
        }
        given().queryParam("q", "政府信息公开").queryParam("page", "abc").get("/api/v1/search").then().statusCode(400);
        String catalog = given().queryParam("page", "99").get("/xxgk").then().statusCode(200).extract().asString();
        assertThat(catalog).contains("没有第 99 页").doesNotContain("第 99 页，共");
    }

    @Test
    void suggestionsByPrefixAndPinyinInitials() {
        given().queryParam("q", "zwgk").get("/api/v1/suggest").then().statusCode(200).body("$", hasItem("政务公开"));
        given().queryParam("q", "政务").get("/api/v1/suggest").then().statusCode(200).body("$", hasItem("政务公开"));
        given().queryParam("q", "cz").get("/api/v1/suggest").then().statusCode(200).body("$", hasItem("财政"));
        // a law's name by a part of it no title word starts with (TitleSuggestions): the content's regulation
        given().queryParam("q", "信息公开条").get("/api/v1/suggest").then().statusCode(200).body("$", hasItem("政府信息公开条例"));
    }

    @Test
    void didYouMeanOffersTheWordThatSoundsTheSame() {
        assertThat(search("政物公开").getString("didYouMean")).isEqualTo("政务公开");
        assertThat(search("政务公开").getString("didYouMean")).isNull();
    }

    @Test
    void theResultsPageWorksWithoutJavaScriptAndHelpsOnEmptyResults() {
        org.jsoup.nodes.Document page = Jsoup.parse(given().queryParam("q", "昆政办发[2018]152号").get("/search")
                .then().statusCode(200).extract().asString());
        assertThat(page.select("ol.results li h3 a").first().text()).isEqualTo(SEED_TITLE);
        assertThat(page.select("nav.facets a")).isNotEmpty();
        assertThat(page.select("form[action=/search] input[name=q]").attr("value")).isEqualTo("昆政办发[2018]152号");
        // below results too, where to ask when they are not what was wanted (citizen walk)
        assertThat(page.select("#ask-instead a[href=/hudong/write]")).hasSize(1);
        assertThat(page.select("#ask-instead").text()).startsWith("没有找到需要的信息？").contains("12345");

        org.jsoup.nodes.Document empty = Jsoup.parse(given().queryParam("q", "火星殖民地税收").get("/search")
                .then().statusCode(200).extract().asString());
        assertThat(empty.text()).contains("没有找到相关信息", "括号写法不限");
        assertThat(empty.select("a[href=/xxgk]")).isNotEmpty();
        // and where to ask when the site has no answer: a letter, an application, the hotline
        assertThat(empty.select("#ask-instead a[href=/hudong/write]")).hasSize(1);
        assertThat(empty.select("#ask-instead a[href=/ysqgk]")).hasSize(1);
        assertThat(empty.select("#ask-instead").text()).contains("12345");

        org.jsoup.nodes.Document typo = Jsoup.parse(given().queryParam("q", "政物公开").get("/search")
                .then().statusCode(200).extract().asString());
        assertThat(typo.select(".did-you-mean a").text()).isEqualTo("政务公开");
    }

    @Test
    void theSearchApiIsDescribedInOpenApi() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/search'.get.summary", org.hamcrest.Matchers.is("Search public documents"))
                .body("paths.'/api/v1/search'.get.parameters.name", org.hamcrest.Matchers.hasItems("q", "page", "size", "sort"));
    }

    @Test
    void theIndexRebuildsFromTheDatabaseAlone() {
        // what `reindex` and a start with a missing or corrupt index do
        int rebuilt = sync.rebuild();
        assertThat((long) rebuilt).isEqualTo(catalog.countListed());
        assertThat(index.documentCount()).isEqualTo(rebuilt);
        assertThat(titles("昆政办发〔2018〕152号")).first().isEqualTo(SEED_TITLE);
    }

    @Test
    void healthReportsTheIndex() {
        given().get("/q/health").then().statusCode(200).body("checks.name", hasItem("Search index"));
    }
}
