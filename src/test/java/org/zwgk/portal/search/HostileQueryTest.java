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
    void tenKilobyteQueriesGetAClear400() {
        String big = "政务公开".repeat(854); // 10 KB of UTF-8
        given().queryParam("q", big).get("/api/v1/search").then().statusCode(400)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("过长"));
        given().queryParam("q", big).get("/search").then().statusCode(400);
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

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL root;

    @Test
    void invalidUtf8AndBadParametersAreHandled() throws Exception {
        for (String raw : List.of("q=%FF%FE%FD", "q=%E6%94", "q=%", "q=%zz", "q=%E6%94%BF%", "page=99999999999",
                "page=-1", "page=abc", "size=0", "size=51", "page=1000&size=50", "sort=sideways", "year=abcd",
                "organization=%00", "type=../../etc", "q=%C0%AF", "q=\u0000", "q=a&q=b")) {
            for (String path : List.of("/api/v1/search", "/search")) {
                int status = rawGet(path + "?" + raw);
                assertThat(status).as(path + "?" + raw).isIn(200, 400);
            }
        }
        given().urlEncodingEnabled(false).get("/api/v1/search?page=1000&size=50").then().statusCode(400);
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
