package org.zwgk.portal.search;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Whatever arrives in a query string, the answer is 200 with results or 400 with a reason; never 500. */
@QuarkusTest
class HostileQueryTest {

    static final List<String> NASTY = List.of("\"", "\"政务公开", "((((", "))", "〔〔〔", "】", "[2018", "title:政务 AND body:*",
            "*", "?", "~", "政务~2", "\\", "+-&&||!(){}[]^\"~*?:\\/", "a".repeat(99), "政".repeat(100), "OR", "NOT",
            "<script>alert(1)</script>", "' OR 1=1 --", "%", "%%", "\u0000", "\u0007\u001b[31m", "\uFEFF政务",
            "\uD800", "𠮷𠮷𠮷", "🙂🙂", "政务\t公开\n", " ", "　", "null", "{\"a\":1}", "ＡＢＣ１２３");

    @Test
    void hostileQueriesNeverFailTheServer() {
        List<String> queries = new ArrayList<>(NASTY);
        Random random = new Random(20181152);
        for (int i = 0; i < 150; i++) {
            StringBuilder sb = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int j = 0; j < length; j++) {
                int pick = random.nextInt(4);
                sb.appendCodePoint(pick == 0 ? 0x4E00 + random.nextInt(0x51A5) : pick == 1 ? 0x20 + random.nextInt(0x5F)
                        : pick == 2 ? random.nextInt(0x20) : 0x3000 + random.nextInt(0x40));
            }
            queries.add(sb.toString());
        }
        for (String q : queries) {
            for (String path : List.of("/api/v1/search", "/search", "/api/v1/suggest")) {
                Response r = given().queryParam("q", q).get(path);
                assertThat(r.statusCode()).as(path + " q=" + q.codePoints().limit(20).boxed().toList()).isIn(200, 400);
            }
        }
    }

    @Test
    void aPastedQuestionOfFiveHundredCharactersIsAnswered() {
        // varied words with many synonyms (医保, 社保, 公积金, 低保, 政务公开, 户口, 驾照, 身份证 …): each variant repeats all terms
        String asked = "我想了解一下昆山市政务公开和依申请公开的具体流程是什么，需要准备哪些材料，多长时间可以得到答复？"
                + "另外我家老人的医保和社保怎么办理转移，公积金能不能用来支付房租，低保的申请条件有哪些，"
                + "孩子入学要不要户口，驾照和身份证丢了在哪里补办，残疾人有什么补贴，失业金怎么领取，网购退货有纠纷找谁投诉，"
                + "拆迁补偿标准在哪里公开，养老金每年什么时候调整，退休手续在哪个部门办理，营商环境方面有哪些新政策。";
        StringBuilder q = new StringBuilder();
        while (q.length() < 500) {
            q.append(asked);
        }
        String question = q.substring(0, 500);
        given().queryParam("q", question).get("/api/v1/search").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.greaterThan(0));
        given().queryParam("q", question).get("/search").then().statusCode(200);
        given().queryParam("q", question.substring(0, 260)).get("/api/v1/search").then().statusCode(200);
    }

    @Test
    void tenKilobyteQueriesGetAClear400() {
        String big = "政务公开".repeat(854); // 10 KB of UTF-8
        given().queryParam("q", big).get("/api/v1/search").then().statusCode(400)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("过长"));
        given().queryParam("q", big).get("/search").then().statusCode(400);
        // security audit: a 200 KB query came back twice over; the box keeps ten times the limit, the count says it all
        String huge = "政".repeat(20_000);
        io.restassured.response.Response refused = given().queryParam("q", huge).get("/search");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString().length()).isLessThan(30_000);
        assertThat(org.jsoup.Jsoup.parse(refused.asString()).select("#too-long").text()).contains("您输入了 20000 个字");
        // citizen walk: a pasted question of 528 characters got a bare error page, the text gone
        String pasted = "我家住在老小区，" + "楼下邻居在公共绿地上私自搭建棚子，".repeat(30);
        io.restassured.response.Response page = given().queryParam("q", pasted).get("/search");
        assertThat(page.statusCode()).isEqualTo(400);
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page.asString());
        assertThat(html.select("#too-long").text()).contains("不超过 500 个字", "您输入了 " + pasted.length() + " 个字");
        assertThat(html.title()).as("the tab says the search was refused").startsWith("错误：站内搜索");
        assertThat(html.select("form[role=search] textarea#q").text()).isEqualTo(pasted);
        String firstPart = html.select("a#first-part").attr("href");
        given().urlEncodingEnabled(false).get(firstPart).then().statusCode(200);
        assertThat(java.net.URLDecoder.decode(firstPart.substring(firstPart.indexOf("q=") + 2), java.nio.charset.StandardCharsets.UTF_8))
                .as("the beginning, as the search reads it").isEqualTo(java.text.Normalizer.normalize(pasted, java.text.Normalizer.Form.NFKC).substring(0, 500));
    }

    @Test
    void aDocumentTypeNotOnTheListIsNamedAsTheMistake() {
        given().get("/api/v1/search?q=公开&type=NOPE").then().statusCode(400)
                .contentType("application/problem+json").body("parameter", org.hamcrest.Matchers.equalTo("type"))
                .body("detail", org.hamcrest.Matchers.containsString("未知的信息类别“NOPE”"));
        given().get("/search?q=公开&type=NOPE").then().statusCode(400);
        // the same words as the document list's filter
        given().get("/api/v1/documents?type=NOPE").then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.containsString("未知的信息类别“NOPE”"));
        given().get("/api/v1/search?q=公开&type=policy").then().statusCode(200);
    }

    @Test
    void anOrganizationChannelOrTopicNobodyHasIsNamedAsTheMistakeNotAnEmptyResult() {
        given().get("/api/v1/search?q=公开&organization=FOO").then().statusCode(400)
                .contentType("application/problem+json").body("parameter", org.hamcrest.Matchers.equalTo("organization"))
                .body("detail", org.hamcrest.Matchers.containsString("未找到机构“FOO”"));
        assertThat(given().get("/search?q=公开&channel=FOO").then().statusCode(400).extract().asString()).contains("未找到栏目“FOO”");
        given().get("/api/v1/search?q=公开&topic=FOO").then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.containsString("未找到主题分类“FOO”"));
        // the codes the facets offer are all known
        given().get("/api/v1/search?q=公开&organization=szfb").then().statusCode(200);
    }

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL root;

    @Test
    void invalidUtf8AndBadParametersAreHandled() throws Exception {
        for (String raw : List.of("q=%FF%FE%FD", "q=%E6%94", "q=%", "q=%zz", "q=%E6%94%BF%", "page=99999999999",
                "page=-1", "page=abc", "size=0", "page=0&size=0", "size=51", "page=1000&size=50", "sort=sideways", "year=abcd",
                "organization=%00", "type=../../etc", "q=%C0%AF", "q=\u0000", "q=a&q=b")) {
            for (String path : List.of("/api/v1/search", "/search")) {
                int status = rawGet(path + "?" + raw);
                assertThat(status).as(path + "?" + raw).isIn(200, 400);
            }
        }
        given().urlEncodingEnabled(false).get("/api/v1/search?page=1000&size=50").then().statusCode(400);
        // the refusal of a search offers a search box again: the search page's own is not on it
        String refused = given().get("/search?q=条例&sort=sideways").then().statusCode(400).extract().asString();
        assertThat(org.jsoup.Jsoup.parse(refused).select("form[role=search] input[name=q]")).hasSize(1);
    }

    /** Sends the request line exactly as written: HTTP clients refuse to send malformed escapes. */
    int rawGet(String target) throws Exception {
        try (java.net.Socket socket = new java.net.Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.ISO_8859_1)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }
}
