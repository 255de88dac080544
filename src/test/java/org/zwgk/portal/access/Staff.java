package org.zwgk.portal.access;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person at the workbench in a test: logged in through the real login form (CSRF token and all),
 * holding the session cookie and the session's CSRF token as a browser (or a script of the JSON API)
 * would. Before login the token is the value of the {@code csrf-token} cookie the login form sets.
 */
public final class Staff {

    /** The demo accounts' password (src/main/resources/demo-accounts.yaml). */
    public static final String PASSWORD = "Kunshan-demo-2018";
    /** What browsers send: the form percent-encoded as UTF-8 (RestAssured's default would be ISO-8859-1). */
    public static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    public final String username;
    private final String session;
    private final String csrf;

    private Staff(String username, String session, String csrf) {
        this.username = username;
        this.session = session;
        this.csrf = csrf;
    }

    /** A visitor who is not logged in but holds a valid CSRF pair, so refusals are about login, not CSRF. */
    public static Staff anonymous() {
        return new Staff(null, null, csrfFromLoginPage());
    }

    public static Staff login(String username) {
        return loginWith(username, PASSWORD);
    }

    public static Staff loginWith(String username, String password) {
        String csrf = csrfFromLoginPage();
        Response r = attempt(username, password, csrf);
        assertThat(r.statusCode()).as("login of " + username).isEqualTo(303);
        String session = r.getCookie(SessionCookie.NAME);
        assertThat(session).isNotBlank();
        return new Staff(username, session, csrfOfSession(session));
    }

    /** This person after a response that opened a new session (a password change): its cookie, and its CSRF token. */
    public Staff inSessionOf(Response r) {
        String renewed = r.getCookie(SessionCookie.NAME);
        assertThat(renewed).as("a new session cookie").isNotBlank().isNotEqualTo(session);
        return new Staff(username, renewed, csrfOfSession(renewed));
    }

    /** The token a logged-in person's forms carry: bound to the session, so read from a page of it. */
    public static String csrfOfSession(String session) {
        Response page = RestAssured.given().cookie(SessionCookie.NAME, session).get("/workbench");
        Matcher m = TOKEN.matcher(page.asString());
        assertThat(m.find()).as("a workbench page carries the session's CSRF token").isTrue();
        return m.group(1);
    }

    /** The status of one login attempt through the form. */
    public static int loginAttempt(String username, String password) {
        return attempt(username, password, csrfFromLoginPage()).statusCode();
    }

    private static Response attempt(String username, String password, String csrf) {
        return RestAssured.given().redirects().follow(false).cookie("csrf-token", csrf).contentType(FORM)
                .formParam("csrf-token", csrf).formParam("username", username).formParam("password", password)
                .formParam("next", "/workbench").post("/login");
    }

    public static String csrfFromLoginPage() {
        Response page = RestAssured.given().get("/login");
        Matcher m = TOKEN.matcher(page.asString());
        assertThat(m.find()).as("the login form carries a CSRF token").isTrue();
        String cookie = page.getCookie("csrf-token");
        return cookie != null ? cookie : m.group(1);
    }

    /** Requests as this person's browser or script sends them: cookies, and the token header the JSON API asks for. */
    public RequestSpecification given() {
        RequestSpecification spec = RestAssured.given().redirects().follow(false).cookie("csrf-token", csrf)
                .header("X-CSRF-Token", csrf);
        return session == null ? spec : spec.cookie(SessionCookie.NAME, session);
    }

    public Response get(String path) {
        return given().get(path);
    }

    /** A form post as the browser sends it, with the CSRF field. */
    public Response post(String path, Map<String, ?> form) {
        return given().contentType(Staff.FORM).formParam("csrf-token", csrf).formParams(form).post(path);
    }

    public Response post(String path) {
        return post(path, Map.of());
    }

    public String session() {
        return session;
    }

    public String csrf() {
        return csrf;
    }
}
