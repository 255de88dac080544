package org.zwgk.portal.web;

import io.quarkus.qute.TemplateExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Every address of the portal that a page links to or a resource redirects to, built in one place:
 * Java calls these methods, templates write {@code {route:document(d.id)}}. A path changes here and
 * in its resource's {@code @Path}, nowhere else.
 */
@TemplateExtension(namespace = "route")
public final class Routes {

    private Routes() {
    }

    public static String home() {
        return "/";
    }

    /** A picture of the site's identity (emblem, banner) from content/site/. */
    public static String siteImage(String file) {
        return "/site/" + file;
    }

    /** The document page's 打印 button (the page prints without it, from the browser's menu). */
    public static String printScript() {
        return "/js/print.js";
    }

    public static String stylesheet() {
        return "/css/site.css";
    }

    public static String suggestScript() {
        return "/js/suggest.js";
    }

    /** Asks before a step that cannot be taken back (publishing, 签发, sending a reply): buttons with data-confirm-submit. */
    public static String confirmScript() {
        return "/js/confirm.js";
    }

    /** Counts what is typed into a text box with a limit and keeps a longer paste whole, marked (js/length.js). */
    public static String lengthScript() {
        return "/js/length.js";
    }

    /** The draft editor's enhancements: Word tables pasted as Markdown, fields that do not apply hidden, 放弃 confirmed. */
    public static String draftScript() {
        return "/js/draft.js";
    }

    public static String catalog() {
        return "/xxgk";
    }

    /** The catalogue of one organization ("" or null: all of them). */
    public static String catalogOf(String organization) {
        return organization == null || organization.isBlank() ? catalog() : catalog() + "?org=" + encode(organization);
    }

    /** One channel's documents in the catalogue, only one organization's when it is given. */
    public static String catalogChannel(String organization, String channel) {
        return catalog() + "?" + (organization == null || organization.isBlank() ? "" : "org=" + encode(organization) + "&")
                + "channel=" + encode(channel);
    }

    /** 政策文件/解读 in the main navigation: the policy documents, each linking its interpretations. */
    public static String policies() {
        return catalog() + "?type=POLICY";
    }

    /**
     * A part of the 政府信息公开 专栏: guide (指南), rules (制度), statutory (法定主动公开内容), reports (年报),
     * apply (依申请公开); for one organization when it is given.
     */
    public static String xxgkPart(String part, String organization) {
        return catalog() + "/" + part + (organization == null || organization.isBlank() ? "" : "?org=" + encode(organization));
    }

    /** Pages linked from the header and footer: contact, sitemap, privacy, terms, interaction, services. */
    public static String about(String page) {
        return "/about/" + page;
    }

    public static String developers() {
        return "/developers";
    }

    public static String favicon() {
        return "/favicon.ico";
    }

    public static String govSiteMark() {
        return "/img/dzjg.svg";
    }

    public static String robots() {
        return "/robots.txt";
    }

    public static String sitemapXml() {
        return "/sitemap.xml";
    }

    /** One page of the sitemap: "pages" or "documents-N". */
    public static String sitemapPart(String part) {
        return "/sitemaps/" + part + ".xml";
    }

    /** The whole site's latest documents as Atom. */
    public static String feed() {
        return "/feeds/latest.atom";
    }

    public static String channelFeed(String code) {
        return "/feeds/channels/" + encode(code) + ".atom";
    }

    public static String search() {
        return "/search";
    }

    public static String searchFor(String query) {
        return "/search?q=" + encode(query);
    }

    public static String apiDocs() {
        return "/q/openapi";
    }

    public static String channel(String code) {
        return "/channels/" + encode(code);
    }

    public static String document(long id) {
        return "/documents/" + id;
    }

    public static String documentVersion(long id, String label) {
        return document(id) + "/versions/" + label;
    }

    public static String attachment(long id, String fileName) {
        return "/attachments/" + id + "/" + encode(fileName);
    }

    public static String apiDocument(long id) {
        return "/api/v1/documents/" + id;
    }

    public static String apiDraft(long id) {
        return "/api/v1/drafts/" + id;
    }

    /** The 长辈版 switch: on or off, then back to a local page. */
    public static String elder(boolean on, String back) {
        return "/elder?on=" + (on ? "1" : "0") + "&back=" + encode(back);
    }

    public static String accessibility() {
        return "/accessibility";
    }

    public static String kiosk() {
        return "/kiosk";
    }

    public static String kioskChannel(String code) {
        return kiosk() + "/channels/" + encode(code);
    }

    public static String kioskDocument(long id) {
        return kiosk() + "/documents/" + id;
    }

    /** A path on this site: starts with one slash, no scheme, host, backslash or control character. */
    public static boolean isLocalPath(String path) {
        if (path == null || path.isEmpty() || path.charAt(0) != '/' || path.startsWith("//")) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' || c < 0x20 || c == 0x7f) {
                return false;
            }
        }
        // a redirect to it must be an address (security audit: /elder?back=/%20 was a 500)
        try {
            new java.net.URI(path);
            return true;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    public static String login() {
        return "/login";
    }

    public static String loginThenGo(String next) {
        return "/login?next=" + encode(next);
    }

    public static String loginSso() {
        return "/login/sso";
    }

    public static String loginSsoThenGo(String next) {
        return "/login/sso?next=" + encode(next);
    }

    public static String logout() {
        return "/logout";
    }

    public static String logoutSso() {
        return "/logout/sso";
    }

    public static String password() {
        return "/account/password";
    }

    public static String workbench() {
        return "/workbench";
    }

    /** The workbench after a step that leaves no draft to show (discarded). */
    public static String workbenchDone(String done) {
        return workbench() + "?done=" + encode(done);
    }

    public static String newDraft() {
        return "/workbench/drafts/new";
    }

    public static String newDraftIn(String channel) {
        return newDraft() + "?channel=" + encode(channel);
    }

    /** 提交审核 straight from the new-draft page. */
    public static String newDraftSubmit() {
        return newDraft() + "/submit";
    }

    public static String drafts() {
        return "/workbench/drafts";
    }

    public static String draft(long id) {
        return drafts() + "/" + id;
    }

    /** The draft after a step, saying which ({@code saved}, {@code submitted} …). */
    public static String draftDone(long id, String done) {
        return draft(id) + "?done=" + encode(done);
    }

    /** The draft after a review step at a level ({@code approved}, level 2). */
    public static String draftDoneAtLevel(long id, String done, int level) {
        return draftDone(id, done) + "&level=" + level;
    }

    /** A step on a draft: submit, approve, return, discard, attachments. */
    public static String draftStep(long id, String step) {
        return draft(id) + "/" + step;
    }

    /** A draft's file, downloaded by those who may read the draft. */
    public static String draftAttachment(long id, long attachment) {
        return draft(id) + "/attachments/" + attachment;
    }

    public static String draftAttachmentDelete(long id, long attachment) {
        return draft(id) + "/attachments/" + attachment + "/delete";
    }

    public static String documentVersions(long id) {
        return "/workbench/documents/" + id + "/versions";
    }

    /** A step on a published document from the workbench: revise, withdraw. */
    public static String documentStep(long id, String step) {
        return "/workbench/documents/" + id + "/" + step;
    }

    public static String channelsAdmin() {
        return "/workbench/channels";
    }

    /** A site admin's or org admin's step on a channel: edit, transfer, merge. */
    public static String channelStep(String code, String step) {
        return channelsAdmin() + "/" + encode(code) + "/" + step;
    }

    public static String members(String organization) {
        return "/workbench/organizations/" + encode(organization) + "/members";
    }

    public static String newMember(String organization) {
        return members(organization) + "/new";
    }

    public static String memberDelete(String organization, long membership) {
        return members(organization) + "/" + membership + "/delete";
    }

    public static String audit() {
        return "/workbench/audit";
    }

    /** The site admins' page of personal data found in published content (个人信息巡检). */
    public static String privacyScan() {
        return "/workbench/privacy-scan";
    }

    /** 互动交流: the citizens' side (messages, 一号答, consultations, surveys, interviews). */
    public static String hudong() {
        return "/hudong";
    }

    /** 我要写信: a letter (咨询, 投诉, 建议) to the government. */
    public static String writeLetter() {
        return hudong() + "/write";
    }

    /** A letter's progress, looked up by its query code (the code filled in when given). */
    public static String followLetter() {
        return hudong() + "/follow";
    }

    public static String followLetter(String code) {
        return followLetter() + "?code=" + encode(code);
    }

    /** 一号答: answers to the questions citizens ask most. */
    public static String answers() {
        return hudong() + "/answers";
    }

    /** The holiday arrangements and a request's answer deadline from its day of receipt. */
    public static String calendar() {
        return "/calendar";
    }

    /** 依申请公开: the online application form, addressed to one organization when it is given. */
    public static String apply() {
        return "/ysqgk";
    }

    public static String applyTo(String organization) {
        return organization == null || organization.isBlank() ? apply() : apply() + "?org=" + encode(organization);
    }

    /** An application's progress, looked up by its query code (the code filled in when given). */
    public static String requestStatus() {
        return apply() + "/status";
    }

    public static String requestStatus(String code) {
        return requestStatus() + "?code=" + encode(code);
    }

    /** 双公示 and other published records (行政许可, 行政处罚 …). */
    public static String records() {
        return "/records";
    }

    public static String records(String type) {
        return records() + "/" + encode(type);
    }

    public static String record(String type, long id) {
        return records(type) + "/" + id;
    }

    /** 开放数据: the records as files. */
    public static String openData() {
        return "/opendata";
    }

    /** A type's records as one file: csv or json. */
    public static String openDataFile(String type, String extension) {
        return openData() + "/" + encode(type) + "." + extension;
    }

    public static String consultations() {
        return hudong() + "/consultations";
    }

    public static String consultation(long id) {
        return consultations() + "/" + id;
    }

    /** Where a citizen's comment on a consultation is sent. */
    public static String consultationComments(long id) {
        return consultation(id) + "/comments";
    }

    public static String surveys() {
        return hudong() + "/surveys";
    }

    /** A survey's page, and where its form is sent. */
    public static String survey(long id) {
        return surveys() + "/" + id;
    }

    public static String surveyResults(long id) {
        return survey(id) + "/results";
    }

    public static String interviews() {
        return hudong() + "/interviews";
    }

    public static String interview(long id) {
        return interviews() + "/" + id;
    }

    /** The question form on a page of its own (the live page reloads itself). */
    public static String interviewAsk(long id) {
        return interview(id) + "/ask";
    }

    /** Where a citizen's question for an interview is sent. */
    public static String interviewQuestions(long id) {
        return interview(id) + "/questions";
    }

    public static String interviewPicture(long id, long entry) {
        return interview(id) + "/pictures/" + entry;
    }

    public static String workbenchConsultations() {
        return workbench() + "/consultations";
    }

    public static String workbenchConsultation(long id) {
        return workbenchConsultations() + "/" + id;
    }

    public static String workbenchSurveys() {
        return workbench() + "/surveys";
    }

    public static String workbenchSurvey(long id) {
        return workbenchSurveys() + "/" + id;
    }

    public static String workbenchInterviews() {
        return workbench() + "/interviews";
    }

    public static String workbenchInterview(long id) {
        return workbenchInterviews() + "/" + id;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
