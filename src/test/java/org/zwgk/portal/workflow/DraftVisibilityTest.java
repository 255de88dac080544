package org.zwgk.portal.workflow;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.access.Staff;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A draft of another organization is answered as if it did not exist: the same 404 as an id that was
 * never used, on the page and in the API, for reads and writes, so ids do not tell what exists.
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.zwgk.portal.WorkbenchTestProfile.class)
class DraftVisibilityTest {

    static final long NO_SUCH_DRAFT = 987_654_321L;

    @Inject
    Fixtures fixtures;

    @Test
    void anotherOrganizationsDraftAnswersLikeOneThatDoesNotExist() {
        long id = fixtures.submitted("czj-editor", "czyjs");
        Staff outsider = Staff.login("szfb-editor");
        for (String suffix : new String[]{"", "/text"}) {
            Response hidden = outsider.get("/workbench/drafts/" + id + suffix);
            Response missing = outsider.get("/workbench/drafts/" + NO_SUCH_DRAFT + suffix);
            assertThat(hidden.statusCode()).as("page " + suffix).isEqualTo(404);
            assertThat(missing.statusCode()).as("page " + suffix).isEqualTo(404);
            // the same page but for the address it names (the 长辈版 link returns to it)
            assertThat(hidden.asString().replace("%2F" + id, "%2FN"))
                    .as("page " + suffix).isEqualTo(missing.asString().replace("%2F" + NO_SUCH_DRAFT, "%2FN"));
        }
        Response hidden = outsider.get("/api/v1/drafts/" + id);
        Response missing = outsider.get("/api/v1/drafts/" + NO_SUCH_DRAFT);
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(hidden.contentType()).contains("problem+json");
        assertThat(hidden.jsonPath().getString("detail")).isEqualTo(missing.jsonPath().getString("detail"));
        assertThat(hidden.jsonPath().getString("title")).isEqualTo(missing.jsonPath().getString("title"));

        // writes: the lock version of someone else's draft is no way to tell either
        for (long target : new long[]{id, NO_SUCH_DRAFT}) {
            Response page = Staff.login("szfb-reviewer1").post("/workbench/drafts/" + target + "/approve", Map.of("lockVersion", 0));
            assertThat(page.statusCode()).as("approve " + target).isEqualTo(404);
            assertThat(page.asString()).contains("未找到该稿件").doesNotContain("czj-editor");
            Response api = outsider.given().contentType("application/json").body("{\"lockVersion\":0}")
                    .post("/api/v1/drafts/" + target + "/submit");
            assertThat(api.statusCode()).as("API submit " + target).isEqualTo(404);
        }
        assertThat(fixtures.draftNow(id).status).isEqualTo(DraftStatus.SUBMITTED);

        // who may see it still does; who sees it but may not act is told so
        assertThat(Staff.login("site-admin").get("/workbench/drafts/" + id).statusCode()).isEqualTo(200);
        assertThat(Staff.login("site-admin").get("/api/v1/drafts/" + id).statusCode()).isEqualTo(200);
        assertThat(Staff.login("czj-editor").get("/workbench/drafts/" + id).statusCode()).isEqualTo(200);
        // the auditor reads what was published, not drafts with personal data yet to be masked (security review)
        assertThat(Staff.login("auditor").get("/workbench/drafts/" + id).statusCode()).isEqualTo(404);
        assertThat(Staff.login("auditor").get("/api/v1/drafts/" + id).statusCode()).isEqualTo(404);
        assertThat(Staff.login("site-admin").post("/workbench/drafts/" + id + "/approve",
                Map.of("lockVersion", fixtures.lockVersion(id))).statusCode()).isEqualTo(403);
    }

    @Test
    void draftsOfAnOrganizationOneNoLongerWorksForAreNotListedEither() {
        long id = fixtures.draft("szfb-editor", "zcwj");
        Staff author = Staff.login("szfb-editor");
        assertThat(author.get("/api/v1/drafts").jsonPath().getList("mine.id", Long.class)).contains(id);
        // the draft's channel went to another organization (or its author left szfb): its page is 404, and so is its listing
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            Draft d = Draft.findById(id);
            d.organization = org.zwgk.portal.organizations.Organization.findByCode("czj").orElseThrow();
        });
        assertThat(author.get("/api/v1/drafts/" + id).statusCode()).isEqualTo(404);
        assertThat(author.get("/api/v1/drafts").jsonPath().getList("mine.id", Long.class)).doesNotContain(id);
        assertThat(author.get("/workbench").asString()).doesNotContain("/workbench/drafts/" + id + "\"");
    }
}
