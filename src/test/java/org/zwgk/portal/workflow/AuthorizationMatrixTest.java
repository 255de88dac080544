package org.zwgk.portal.workflow;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.access.Staff;
import org.zwgk.portal.surveys.SurveyFixtures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 谁开设、谁管理 on every write: each write endpoint of the workbench, by each role, on the user's
 * own organization (市政府办公室, szfb) and on another one (市财政局, czj), and by a visitor who is
 * not logged in. Allowed writes answer 303 or 200 (pages) or 200/201 (API); refused ones 403 (or the login
 * form, or 401 on the API) and write nothing: the audit log, which every write extends, does not grow.
 * A draft of an organization the user has no role in answers 404, as a draft that does not exist: only
 * its organization's staff and site admins learn that it exists (and are told 403); so for a record.
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.zwgk.portal.WorkbenchTestProfile.class)
class AuthorizationMatrixTest {

    @Inject
    Fixtures fixtures;
    @Inject
    org.zwgk.portal.requests.RequestFixtures requests;
    @Inject
    org.zwgk.portal.messages.MessageFixtures messages;
    @Inject
    org.zwgk.portal.consultations.ConsultationFixtures consultations;
    @Inject
    org.zwgk.portal.surveys.SurveyFixtures surveys;
    @Inject
    org.zwgk.portal.interviews.InterviewFixtures interviews;
    @Inject
    org.zwgk.portal.records.RecordIntake recordIntake;
    @Inject
    org.zwgk.portal.records.RecordFixtures records;

    /** An intake token of 市政府办公室 (szfb) for its 行政许可 records, issued once. */
    private String szfbToken;

    String szfbToken() {
        if (szfbToken == null) {
            szfbToken = recordIntake.issue(fixtures.user("site-admin"), "szfb", "矩阵测试系统", "xzxk",
                    org.zwgk.portal.audit.AuditLog.system("fixture"));
        }
        return szfbToken;
    }

    static final java.util.concurrent.atomic.AtomicInteger SOURCE_KEYS = new java.util.concurrent.atomic.AtomicInteger();

    static String licence(String org) {
        return "{\"sourceKey\":\"M-" + SOURCE_KEYS.incrementAndGet() + "\",\"partyName\":\"某某公司\",\"partyCategory\":\"法人及非法人组织\","
                + "\"licenceDocumentName\":\"许可决定书\",\"licenceDocumentNumber\":\"矩阵许〔2026〕1号\",\"licenceCategory\":\"普通\","
                + "\"licenceContent\":\"内容\",\"decisionDate\":\"2026-11-20\",\"validFrom\":\"2026-11-20\","
                + "\"licensingAuthority\":\"" + org + "\",\"status\":\"有效\"}";
    }

    /** Who may: role name → allowed on own organization, allowed on the other one. */
    record Rule(Set<String> own, Set<String> other) {
        static Rule ownOrg(String... roles) {
            return new Rule(Set.of(roles), Set.of());
        }

        Rule andAnywhere(String role) {
            Set<String> o = new java.util.HashSet<>(own);
            o.add(role);
            Set<String> t = new java.util.HashSet<>(other);
            t.add(role);
            return new Rule(o, t);
        }
    }

    /** A write endpoint: how to make a target in an organization and the request against it. */
    record Endpoint(String name, Function<String, Request> target, Rule rule) {
    }

    /** A form post, a multipart upload (with a file) or a JSON call (with a method and body, and maybe a bearer token). */
    record Request(String path, Map<String, Object> form, String method, String json, byte[] file, String bearer) {
        Request(String path, Map<String, Object> form) {
            this(path, form, "POST", null, null, null);
        }

        static Request json(String method, String path, String json) {
            return new Request(path, Map.of(), method, json, null, null);
        }

        /** A business system's call with an intake token: the token, not the session, decides. */
        static Request withToken(String path, String json, String token) {
            return new Request(path, Map.of(), "POST", json, null, token);
        }

        static Request upload(String path, long lockVersion) {
            return new Request(path, Map.of("lockVersion", lockVersion), "POST", null,
                    "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), null);
        }

        boolean api() {
            return path.startsWith("/api/");
        }

        Response send(Staff who) {
            if (bearer != null) {
                return who.given().header("Authorization", "Bearer " + bearer).contentType("application/json").body(json)
                        .request(method, path);
            }
            if (json != null) {
                return who.given().contentType("application/json").body(json).request(method, path);
            }
            if (file != null) {
                var spec = who.given().multiPart("csrf-token", who.csrf()).multiPart("file", "a.pdf", file, "application/pdf");
                for (Map.Entry<String, Object> e : form.entrySet()) {
                    spec = spec.multiPart(new io.restassured.builder.MultiPartSpecBuilder(String.valueOf(e.getValue()))
                            .controlName(e.getKey()).charset(java.nio.charset.StandardCharsets.UTF_8).build());
                }
                return spec.post(path);
            }
            return who.post(path, form);
        }
    }

    static final String EDITOR = "editor", REVIEWER = "reviewer", ORG_ADMIN = "org-admin", SITE_ADMIN = "site-admin",
            AUDITOR = "auditor", NOBODY = "anonymous";
    static final Map<String, String> ACCOUNTS = Map.of(EDITOR, "szfb-editor", REVIEWER, "szfb-reviewer1",
            ORG_ADMIN, "szfb-admin", SITE_ADMIN, "site-admin", AUDITOR, "auditor");
    /** The organization under test → an editor there and a channel it owns. */
    /** A reviewer of each organization, for fixtures that must be published by someone other than the editor. */
    static final Map<String, String> REVIEWERS = Map.of("szfb", "szfb-reviewer1", "czj", "czj-reviewer");
    static final Map<String, String[]> ORG = Map.of("szfb", new String[]{"szfb-editor", "tzgg"},
            "czj", new String[]{"czj-editor", "czyjs"});

    List<Endpoint> endpoints() {
        List<Endpoint> list = new ArrayList<>();
        list.add(new Endpoint("create draft", org -> new Request("/workbench/drafts",
                form("channel", ORG.get(org)[1], "type", "NOTICE", "title", "矩阵测试", "body", "正文")), Rule.ownOrg(EDITOR)));
        list.add(new Endpoint("create and submit draft", org -> new Request("/workbench/drafts/new/submit",
                form("channel", ORG.get(org)[1], "type", "NOTICE", "title", "矩阵测试直接提交", "body", "正文")), Rule.ownOrg(EDITOR)));
        list.add(new Endpoint("save draft", org -> {
            long id = fixtures.draft(ORG.get(org)[0], ORG.get(org)[1]);
            return new Request("/workbench/drafts/" + id, form("lockVersion", fixtures.lockVersion(id), "type", "NOTICE",
                    "title", "改过的标题", "body", "改过的正文"));
        }, Rule.ownOrg(EDITOR)));
        list.add(new Endpoint("submit draft", org -> {
            long id = fixtures.draft(ORG.get(org)[0], ORG.get(org)[1]);
            return new Request("/workbench/drafts/" + id + "/submit", fixtures.form(id, "title", "提交时改过的标题"));
        }, Rule.ownOrg(EDITOR)));
        list.add(new Endpoint("discard draft", org -> {
            long id = fixtures.draft(ORG.get(org)[0], ORG.get(org)[1]);
            return new Request("/workbench/drafts/" + id + "/discard", form("lockVersion", fixtures.lockVersion(id), "confirmed", "true"));
        }, Rule.ownOrg(EDITOR)));
        list.add(new Endpoint("approve", org -> {
            long id = fixtures.submitted(ORG.get(org)[0], ORG.get(org)[1]);
            return new Request("/workbench/drafts/" + id + "/approve", form("lockVersion", fixtures.lockVersion(id)));
        }, Rule.ownOrg(REVIEWER)));
        list.add(new Endpoint("privacy decision", org -> {
            long id = fixtures.submittedWithPersonalData(ORG.get(org)[0], ORG.get(org)[1]);
            return new Request("/workbench/drafts/" + id + "/privacy", form("lockVersion", fixtures.lockVersion(id),
                    "key", Fixtures.PERSONAL_KEY, "decision", "NOT_PERSONAL", "reason", "矩阵测试：示例号码"));
        }, Rule.ownOrg(REVIEWER)));
        list.add(new Endpoint("return", org -> {
            long id = fixtures.submitted(ORG.get(org)[0], ORG.get(org)[1]);
            return new Request("/workbench/drafts/" + id + "/return", form("lockVersion", fixtures.lockVersion(id), "comment", "请修改"));
        }, Rule.ownOrg(REVIEWER)));
        list.add(new Endpoint("recall", org -> {
            long id = fixtures.submitted(ORG.get(org)[0], ORG.get(org)[1]);
            return new Request("/workbench/drafts/" + id + "/recall", form("lockVersion", fixtures.lockVersion(id)));
        }, Rule.ownOrg(EDITOR)));
        // 取消定时发布: any staff of the draft's organization stops an approved draft waiting for its time
        list.add(new Endpoint("cancel scheduled publication", org -> {
            long id = fixtures.scheduled(ORG.get(org)[0], ORG.get(org)[1], Fixtures.scheduledTime());
            return new Request("/workbench/drafts/" + id + "/unschedule", form("lockVersion", fixtures.lockVersion(id),
                    "reason", "矩阵测试：发布前发现个人信息"));
        }, Rule.ownOrg(EDITOR, REVIEWER, ORG_ADMIN)));
        list.add(new Endpoint("upload attachment", org -> {
            long id = fixtures.draft(ORG.get(org)[0], ORG.get(org)[1]);
            return Request.upload("/workbench/drafts/" + id + "/attachments", fixtures.lockVersion(id));
        }, Rule.ownOrg(EDITOR)));
        list.add(new Endpoint("remove attachment", org -> {
            long id = fixtures.draft(ORG.get(org)[0], ORG.get(org)[1]);
            return new Request("/workbench/drafts/" + id + "/attachments/999999/delete", form("lockVersion", fixtures.lockVersion(id)));
        }, new Rule(Set.of(), Set.of())) /* no such attachment: even the editor gets 404, never a write */);
        list.add(new Endpoint("revise document", org -> new Request("/workbench/documents/" + fixtures.published(ORG.get(org)[1]) + "/revise",
                form()), Rule.ownOrg(EDITOR)));
        list.add(new Endpoint("withdraw document", org -> new Request("/workbench/documents/" + fixtures.published(ORG.get(org)[1]) + "/withdraw",
                form("reason", "测试撤回")), Rule.ownOrg(REVIEWER, ORG_ADMIN)));
        list.add(new Endpoint("edit channel", org -> new Request("/workbench/channels/" + fixtures.channel(org) + "/edit",
                form("name", "改名后的栏目" + System.nanoTime(), "description", "说明")), Rule.ownOrg(ORG_ADMIN).andAnywhere(SITE_ADMIN)));
        list.add(new Endpoint("transfer channel", org -> new Request("/workbench/channels/" + fixtures.channel(org) + "/transfer",
                form("organization", org.equals("szfb") ? "czj" : "szfb", "reason", "测试移交")), Rule.ownOrg().andAnywhere(SITE_ADMIN)));
        list.add(new Endpoint("merge channel", org -> new Request("/workbench/channels/" + fixtures.channel(org) + "/merge",
                form("into", fixtures.channel(org), "reason", "测试整合")), Rule.ownOrg().andAnywhere(SITE_ADMIN)));
        list.add(new Endpoint("add member", org -> new Request("/workbench/organizations/" + org + "/members",
                form("username", fixtures.account(), "role", "editor")), Rule.ownOrg(ORG_ADMIN).andAnywhere(SITE_ADMIN)));
        list.add(new Endpoint("create account", org -> new Request("/workbench/organizations/" + org + "/members/new",
                form("username", "mx-" + System.nanoTime(), "displayName", "矩阵新人", "role", "editor")),
                Rule.ownOrg(ORG_ADMIN).andAnywhere(SITE_ADMIN)));
        list.add(new Endpoint("remove member", org -> new Request("/workbench/organizations/" + org + "/members/"
                + fixtures.member(org) + "/delete", form()), Rule.ownOrg(ORG_ADMIN).andAnywhere(SITE_ADMIN)));
        // plans: a result on a row, by the row's unit (row 8 names 市财政局 as lead and 市政府办公室 among
        // 市各有关部门); row 30 names only 市政府办公室, so 市财政局 may not report there even with its own editor
        list.add(new Endpoint("report plan result", org -> new Request("/plans/kunshan-2018/rows/8/report",
                form("organization", org, "status", "IN_PROGRESS", "title", "矩阵测试落实情况", "body", "正文")), Rule.ownOrg(EDITOR)));
        list.add(new Endpoint("report plan result on a row naming only szfb", org -> new Request("/plans/kunshan-2018/rows/30/report",
                form("organization", org, "status", "DONE", "title", "矩阵测试落实情况", "body", "正文")), Rule.ownOrg(EDITOR)));
        list.add(new Endpoint("API: create draft", org -> Request.json("POST", "/api/v1/drafts",
                "{\"channel\":\"" + ORG.get(org)[1] + "\",\"type\":\"NOTICE\",\"title\":\"接口稿件\",\"body\":\"正文\"}"),
                Rule.ownOrg(EDITOR)));
        list.add(new Endpoint("API: update draft", org -> {
            long id = fixtures.draft(ORG.get(org)[0], ORG.get(org)[1]);
            return Request.json("PUT", "/api/v1/drafts/" + id, "{\"lockVersion\":" + fixtures.lockVersion(id)
                    + ",\"type\":\"NOTICE\",\"title\":\"接口改过\",\"body\":\"正文\"}");
        }, Rule.ownOrg(EDITOR)));
        list.add(new Endpoint("API: submit", org -> {
            long id = fixtures.draft(ORG.get(org)[0], ORG.get(org)[1]);
            return Request.json("POST", "/api/v1/drafts/" + id + "/submit", "{\"lockVersion\":" + fixtures.lockVersion(id) + "}");
        }, Rule.ownOrg(EDITOR)));
        list.add(new Endpoint("API: approve", org -> {
            long id = fixtures.submitted(ORG.get(org)[0], ORG.get(org)[1]);
            return Request.json("POST", "/api/v1/drafts/" + id + "/approve", "{\"lockVersion\":" + fixtures.lockVersion(id) + "}");
        }, Rule.ownOrg(REVIEWER)));
        list.add(new Endpoint("API: return", org -> {
            long id = fixtures.submitted(ORG.get(org)[0], ORG.get(org)[1]);
            return Request.json("POST", "/api/v1/drafts/" + id + "/return",
                    "{\"lockVersion\":" + fixtures.lockVersion(id) + ",\"comment\":\"请修改\"}");
        }, Rule.ownOrg(REVIEWER)));
        list.add(new Endpoint("API: recall", org -> {
            long id = fixtures.submitted(ORG.get(org)[0], ORG.get(org)[1]);
            return Request.json("POST", "/api/v1/drafts/" + id + "/recall", "{\"lockVersion\":" + fixtures.lockVersion(id) + "}");
        }, Rule.ownOrg(EDITOR)));
        list.add(new Endpoint("API: cancel scheduled publication", org -> {
            long id = fixtures.scheduled(ORG.get(org)[0], ORG.get(org)[1], Fixtures.scheduledTime());
            return Request.json("POST", "/api/v1/drafts/" + id + "/unschedule",
                    "{\"lockVersion\":" + fixtures.lockVersion(id) + ",\"comment\":\"矩阵测试：发布前发现个人信息\"}");
        }, Rule.ownOrg(EDITOR, REVIEWER, ORG_ADMIN)));
        // 依申请公开: only the receiving organization's own staff; the extension only its admin
        Rule staffOnly = Rule.ownOrg(EDITOR, REVIEWER, ORG_ADMIN);
        list.add(new Endpoint("request: register", org -> requestStep(requests.submitted(org), "register"), staffOnly));
        list.add(new Endpoint("request: ask correction", org -> requestStep(requests.registered(org), "correction",
                "correctionNote", "请补充", "correctionDue", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(10).toString()),
                staffOnly));
        list.add(new Endpoint("request: consult", org -> requestStep(requests.registered(org), "consult", "consultationKind", "THIRD_PARTY", "consultationNote", "征求意见"),
                staffOnly));
        list.add(new Endpoint("request: consulted", org -> requestStep(requests.consulting(org), "consulted"), staffOnly));
        list.add(new Endpoint("request: extend", org -> requestStep(requests.registered(org), "extend", "extensionDays", "10",
                "extensionReason", "需调档"), Rule.ownOrg(ORG_ADMIN)));
        list.add(new Endpoint("request: answer", org -> requestStep(requests.registered(org), "answer", "answerType", "DISCLOSED",
                "answerText", "予以公开"), staffOnly));
        list.add(new Endpoint("request: archive", org -> requestStep(requests.answered(org), "archive"), staffOnly));
        list.add(new Endpoint("request: attach file to the drafted answer", org -> {
            long id = requests.proposed(org);
            return Request.upload("/workbench/requests/" + id + "/files", requests.lockVersion(id));
        }, staffOnly));
        list.add(new Endpoint("request: remove a file from the drafted answer", org -> {
            long id = requests.proposed(org);
            return new Request("/workbench/requests/" + id + "/files/" + requests.answerFile(id) + "/remove", form("reason", "误传"));
        }, staffOnly));
        list.add(new Endpoint("request: take a file off the issued answer", org -> {
            long id = requests.answered(org);
            return new Request("/workbench/requests/" + id + "/files/" + requests.answerFile(id) + "/remove", form("reason", "误传"));
        }, Rule.ownOrg(REVIEWER)));
        list.add(new Endpoint("request: transfer", org -> requestStep(requests.submitted(org), "transfer",
                "to", org.equals("szfb") ? "czj" : "szfb", "transferNote", "转送"), staffOnly));
        int year = java.time.Year.now().getValue();
        list.add(new Endpoint("annual report: save", org -> new Request("/workbench/annual-reports/" + org + "/" + year,
                form("permits", "3", "overview", "总体情况")), Rule.ownOrg(EDITOR, ORG_ADMIN)));
        list.add(new Endpoint("annual report: make draft", org -> new Request("/workbench/annual-reports/" + org + "/" + year + "/draft",
                form()), Rule.ownOrg(EDITOR)));
        // 互动交流: the platform operator (site admin) takes and assigns messages; only the lead unit answers
        list.add(new Endpoint("message: accept", org -> new Request("/workbench/messages/" + messages.received() + "/accept", form()),
                Rule.ownOrg().andAnywhere(SITE_ADMIN)));
        list.add(new Endpoint("message: reject", org -> new Request("/workbench/messages/" + messages.received() + "/reject",
                form("reason", "不属于本平台受理范围")), Rule.ownOrg().andAnywhere(SITE_ADMIN)));
        list.add(new Endpoint("message: assign", org -> new Request("/workbench/messages/" + messages.accepted() + "/assign",
                form("lead", org)), Rule.ownOrg().andAnywhere(SITE_ADMIN)));
        list.add(new Endpoint("message: handle", org -> new Request("/workbench/messages/" + messages.handling(org) + "/handle",
                form("organization", org, "note", "已办理")), Rule.ownOrg(EDITOR)));
        // 申请退回: the lead unit's editors and reviewers send a letter assigned by mistake back to the operator
        list.add(new Endpoint("message: send back for reassignment", org -> new Request("/workbench/messages/" + messages.handling(org)
                + "/send-back", form("reason", "不属于本单位职责")), Rule.ownOrg(EDITOR, REVIEWER)));
        list.add(new Endpoint("message: reply", org -> new Request("/workbench/messages/" + messages.handling(org) + "/reply",
                form("reply", "矩阵测试答复")), Rule.ownOrg(EDITOR)));
        list.add(new Endpoint("message: approve reply", org -> {
            long m = messages.replyInReview(org, ORG.get(org)[0]);
            return new Request("/workbench/messages/" + m + "/approve", form("reply", messages.replyOf(m)));
        }, Rule.ownOrg(REVIEWER)));
        list.add(new Endpoint("message: return reply", org -> {
            long m = messages.replyInReview(org, ORG.get(org)[0]);
            return new Request("/workbench/messages/" + m + "/return", form("reply", messages.replyOf(m), "comment", "请补充"));
        }, Rule.ownOrg(REVIEWER)));
        // 征集调查: an organization's editors open and answer it, its editors or reviewers moderate
        list.add(new Endpoint("consultation: open", org -> new Request("/workbench/consultations", form("organization", org,
                "title", "矩阵测试征集", "description", "征求意见稿", "opensOn", "2026-01-01", "closesOn", "2099-03-01")), Rule.ownOrg(EDITOR)));
        list.add(new Endpoint("consultation: approve comment", org -> new Request("/workbench/consultations/"
                + consultations.pendingComment(org, ORG.get(org)[0]) + "/approve", form()), Rule.ownOrg(EDITOR, REVIEWER)));
        list.add(new Endpoint("consultation: feedback", org -> new Request("/workbench/consultations/"
                + consultations.closed(org, ORG.get(org)[0]) + "/feedback", form("feedback", "采纳情况")), Rule.ownOrg(EDITOR)));
        list.add(new Endpoint("consultation: approve feedback", org -> {
            long id = consultations.feedbackWaiting(org, ORG.get(org)[0]);
            return new Request("/workbench/consultations/" + id + "/feedback/approve", form("version", consultationVersion(id)));
        }, Rule.ownOrg(REVIEWER)));
        // before publication: its reviewers send it back with a reason, its editors change or delete it
        list.add(new Endpoint("consultation: return for changes", org -> {
            long id = consultations.draft(org, ORG.get(org)[0]);
            return new Request("/workbench/consultations/" + id + "/return", form("version", consultationVersion(id),
                    "returnComment", "请补充起草说明"));
        }, Rule.ownOrg(REVIEWER)));
        list.add(new Endpoint("consultation: change", org -> new Request("/workbench/consultations/"
                + consultations.draft(org, ORG.get(org)[0]) + "/change", form("title", "矩阵测试征集（修改）", "description", "草案",
                "opensOn", "2026-01-01", "closesOn", "2099-03-01")), Rule.ownOrg(EDITOR)));
        list.add(new Endpoint("consultation: discard", org -> new Request("/workbench/consultations/"
                + consultations.draft(org, ORG.get(org)[0]) + "/discard", form()), Rule.ownOrg(EDITOR)));
        // 问卷调查: an organization's editor writes it, another person (its reviewer) publishes, editors or reviewers moderate
        list.add(new Endpoint("survey: create", org -> new Request("/workbench/surveys", form("organization", org,
                "title", "矩阵测试问卷", "description", "说明", "opensOn", "2026-01-01", "closesOn", "2099-03-01",
                "questions", SurveyFixtures.QUESTIONS)), Rule.ownOrg(EDITOR)));
        list.add(new Endpoint("survey: publish", org -> {
            long id = surveys.draft(org, ORG.get(org)[0]);
            return new Request("/workbench/surveys/" + id + "/publish", form("version", surveyVersion(id)));
        }, Rule.ownOrg(REVIEWER)));
        list.add(new Endpoint("survey: return for changes", org -> {
            long id = surveys.draft(org, ORG.get(org)[0]);
            return new Request("/workbench/surveys/" + id + "/return", form("version", surveyVersion(id), "returnComment", "请删去第二题"));
        }, Rule.ownOrg(REVIEWER)));
        list.add(new Endpoint("survey: change", org -> new Request("/workbench/surveys/" + surveys.draft(org, ORG.get(org)[0])
                + "/change", form("title", "矩阵测试问卷（修改）", "description", "说明", "opensOn", "2026-01-01", "closesOn", "2099-03-01",
                "questions", SurveyFixtures.QUESTIONS)), Rule.ownOrg(EDITOR)));
        list.add(new Endpoint("survey: discard", org -> new Request("/workbench/surveys/" + surveys.draft(org, ORG.get(org)[0])
                + "/discard", form()), Rule.ownOrg(EDITOR)));
        list.add(new Endpoint("survey: approve answer", org -> new Request("/workbench/surveys/"
                + surveys.pendingAnswer(org, ORG.get(org)[0], REVIEWERS.get(org)) + "/approve", form()), Rule.ownOrg(EDITOR, REVIEWER)));
        // 在线访谈: the organization's editors schedule, post live entries and end it; editors or reviewers moderate questions
        list.add(new Endpoint("interview: schedule", org -> new Request("/workbench/interviews", form("organization", org,
                "kind", "PRESS_CONFERENCE", "title", "矩阵测试发布会", "startsAt", "2026-12-01T10:00", "place", "发布厅",
                "guests", "张三 局长", "description", "简介")), Rule.ownOrg(EDITOR)));
        list.add(new Endpoint("interview: return for changes", org -> {
            long id = interviews.draft(org, ORG.get(org)[0]);
            return new Request("/workbench/interviews/" + id + "/return", form("version", interviewVersion(id), "returnComment", "嘉宾名单待定"));
        }, Rule.ownOrg(REVIEWER)));
        list.add(new Endpoint("interview: change", org -> new Request("/workbench/interviews/"
                + interviews.draft(org, ORG.get(org)[0]) + "/change", form("kind", "INTERVIEW", "title", "矩阵测试访谈（修改）",
                "startsAt", "2026-12-01T10:00", "place", "发布厅", "guests", "张三 局长", "description", "简介")), Rule.ownOrg(EDITOR)));
        list.add(new Endpoint("interview: discard", org -> new Request("/workbench/interviews/"
                + interviews.draft(org, ORG.get(org)[0]) + "/discard", form()), Rule.ownOrg(EDITOR)));
        list.add(new Endpoint("interview: approve question", org -> new Request("/workbench/interviews/"
                + interviews.pendingQuestion(org, ORG.get(org)[0]) + "/approve", form()), Rule.ownOrg(EDITOR, REVIEWER)));
        list.add(new Endpoint("interview: live entry", org -> new Request("/workbench/interviews/"
                + interviews.scheduled(org, ORG.get(org)[0]) + "/entries", form("speaker", "主持人", "body", "欢迎各位网友")),
                Rule.ownOrg(EDITOR)));
        list.add(new Endpoint("interview: end", org -> new Request("/workbench/interviews/"
                + interviews.scheduled(org, ORG.get(org)[0]) + "/end", form()), Rule.ownOrg(EDITOR)));
        list.add(new Endpoint("create record", org -> new Request("/workbench/records", form("type", "xzxk", "organization", org,
                "partyName", "某某公司", "partyCategory", "法人及非法人组织", "licenceDocumentName", "许可决定书",
                "licenceDocumentNumber", "矩阵许〔2026〕2号", "licenceCategory", "普通", "licenceContent", "内容",
                "decisionDate", "2026-11-20", "validFrom", "2026-11-20", "licensingAuthority", org, "status", "有效")),
                Rule.ownOrg(EDITOR)));
        // a record's steps: written by the owner's editors, each review level by its reviewers, withdrawn by reviewers or org admins
        list.add(new Endpoint("save record", org -> {
            long id = records.drafted(ORG.get(org)[0], org);
            return new Request("/workbench/records/" + id, form("lockVersion", records.lockVersion(id),
                    "partyName", "某某公司", "partyCategory", "法人及非法人组织", "licenceDocumentName", "许可决定书",
                    "licenceDocumentNumber", "矩阵许〔2026〕3号", "licenceCategory", "普通", "licenceContent", "改过的内容",
                    "decisionDate", "2026-11-20", "validFrom", "2026-11-20", "licensingAuthority", org, "status", "有效"));
        }, Rule.ownOrg(EDITOR)));
        list.add(new Endpoint("submit record", org -> {
            long id = records.drafted(ORG.get(org)[0], org);
            return new Request("/workbench/records/" + id + "/submit", form("lockVersion", records.lockVersion(id)));
        }, Rule.ownOrg(EDITOR)));
        list.add(new Endpoint("approve record (a review level)", org -> {
            long id = records.submitted(ORG.get(org)[0], org);
            return new Request("/workbench/records/" + id + "/approve", form("lockVersion", records.lockVersion(id)));
        }, Rule.ownOrg(REVIEWER)));
        list.add(new Endpoint("return record", org -> {
            long id = records.submitted(ORG.get(org)[0], org);
            return new Request("/workbench/records/" + id + "/return", form("lockVersion", records.lockVersion(id), "comment", "请核实"));
        }, Rule.ownOrg(REVIEWER)));
        list.add(new Endpoint("withdraw record", org -> {
            long id = records.publishedRecord(ORG.get(org)[0], org);
            return new Request("/workbench/records/" + id + "/withdraw", form("lockVersion", records.lockVersion(id), "reason", "矩阵测试撤回"));
        }, Rule.ownOrg(REVIEWER, ORG_ADMIN)));
        // the workbench upload's save step (CSV rows carried from the preview; an empty file field)
        list.add(new Endpoint("upload records (save)", org -> new Request("/workbench/records/upload", form("type", "xzxk",
                "organization", org, "step", "save", "csv", "partyName,partyCategory,licenceDocumentName,licenceDocumentNumber,"
                        + "licenceCategory,licenceContent,decisionDate,validFrom,licensingAuthority,status\r\n"
                        + "某某公司,法人及非法人组织,许可决定书,矩阵许〔2026〕4号,普通,内容,2026-11-20,2026-11-20," + org + ",有效\r\n"),
                "POST", null, new byte[0], null), Rule.ownOrg(EDITOR)));
        list.add(new Endpoint("record intake setting", org -> new Request("/workbench/records/settings",
                form("organization", org, "type", "xzxk", "publishAtOnce", "false")), Rule.ownOrg(ORG_ADMIN).andAnywhere(SITE_ADMIN)));
        list.add(new Endpoint("issue intake token", org -> new Request("/workbench/records/tokens",
                form("organization", org, "name", "矩阵令牌", "types", "xzxk")), Rule.ownOrg().andAnywhere(SITE_ADMIN)));
        // the intake token of szfb, whoever's session comes along: it writes szfb's records and never czj's
        list.add(new Endpoint("API: record batch with szfb's token", org -> Request.withToken(
                "/api/v1/records/xzxk/batches?organization=" + org, "[" + licence(org) + "]", szfbToken()),
                Rule.ownOrg(EDITOR, REVIEWER, ORG_ADMIN, SITE_ADMIN, AUDITOR, NOBODY)));
        return list;
    }

    Request requestStep(long id, String step, String... fields) {
        Map<String, Object> f = form((Object[]) fields);
        f.put("lockVersion", requests.lockVersion(id));
        return new Request("/workbench/requests/" + id + "/" + step, f);
    }

    /** A request is seen only by its organization's own staff (not site admins, not auditors). */
    static boolean seesRequestsOf(String org, String who) {
        return org.equals("szfb") && (who.equals(EDITOR) || who.equals(REVIEWER) || who.equals(ORG_ADMIN));
    }

    /** A message, consultation, survey or interview of another organization is not found for its people, like one that does not exist. */
    static boolean targetsMessage(Request request) {
        return request.path().matches("/workbench/(messages|consultations|surveys|interviews)/\\d+(/.*)?");
    }

    @Test
    void everyWriteEndpointByEveryRoleOnOwnAndOtherOrganization() {
        Map<String, Staff> staff = new LinkedHashMap<>();
        staff.put(NOBODY, Staff.anonymous());
        ACCOUNTS.forEach((role, username) -> staff.put(role, Staff.login(username)));
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (Endpoint e : endpoints()) {
            for (String org : List.of("szfb", "czj")) {
                for (Map.Entry<String, Staff> who : staff.entrySet()) {
                    Request request = e.target().apply(org);
                    long before = fixtures.auditCount();
                    Response r = request.send(who.getValue());
                    boolean allowed = (org.equals("szfb") ? e.rule().own() : e.rule().other()).contains(who.getKey());
                    String verdict = check(e, request, org, who.getKey(), allowed, r, before);
                    if (verdict != null) {
                        failures.add(e.name() + " on " + org + " by " + who.getKey() + ": " + verdict);
                    }
                    cases++;
                }
            }
        }
        assertThat(failures).as(cases + " cases").isEmpty();
        assertThat(cases).isEqualTo(endpoints().size() * 2 * 6);
    }

    /** Writes on one draft, by its id: the page's and the API's. */
    static boolean targetsDraft(Request request) {
        return request.path().matches("/workbench/drafts/\\d+(/.*)?|/api/v1/drafts/\\d+(/.*)?");
    }

    /** Who sees an organization's drafts: its own staff (the szfb accounts on szfb) and site admins; not the auditor. */
    static boolean seesDraftsOf(String org, String who) {
        return org.equals("szfb") && !who.equals(AUDITOR) || who.equals(SITE_ADMIN);
    }

    /** Who sees an organization's records at work (values not yet masked): as its drafts. */
    static boolean seesRecordsOf(String org, String who) {
        return seesDraftsOf(org, who);
    }

    private String check(Endpoint e, Request request, String org, String who, boolean allowed, Response r, long auditBefore) {
        int status = r.statusCode();
        long auditAfter = fixtures.auditCount();
        if (allowed) {
            // pages redirect after a write, except one that must show its result once (a new account's password)
            if (request.api() ? status != 200 && status != 201 : status != 303 && status != 200) {
                return "expected 303 (or 200), got " + status + " " + r.asString().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
            }
            return auditAfter > auditBefore ? null : "allowed but nothing audited";
        }
        if (request.bearer() != null) {
            if (status != 403) {
                return "a token of another organization: expected 403, got " + status;
            }
        } else if (who.equals(NOBODY) && request.api()) {
            if (status != 401) {
                return "anonymous on the API: expected 401, got " + status;
            }
        } else if (who.equals(NOBODY)) {
            if (status != 303 || !r.getHeader("Location").contains("/login")) {
                return "anonymous: expected a redirect to the login form, got " + status;
            }
        } else if (request.path().matches("/workbench/requests/\\d+(/.*)?") && !seesRequestsOf(org, who)) {
            if (status != 404 || !r.asString().contains("未找到该申请")) {
                return "a request this user may not see: expected 404 as for none, got " + status;
            }
        } else if (request.path().matches("/workbench/records/\\d+(/.*)?") && !seesRecordsOf(org, who)) {
            if (status != 404 || !r.asString().contains("未找到该记录")) {
                return "a record this user may not see: expected 404 as for none, got " + status;
            }
        } else if (targetsDraft(request) && !seesDraftsOf(org, who)) {
            if (status != 404 || !r.asString().contains("未找到该稿件")) {
                return "a draft this user may not see: expected 404 as for none, got " + status;
            }
        } else if (targetsMessage(request) && status == 404 && !who.equals(SITE_ADMIN) && !who.equals(AUDITOR)) {
            // refused without telling that the message exists
        } else if (e.name().equals("remove attachment") ? status != 404 && status != 403 : status != 403) {
            return "expected 403, got " + status;
        }
        if (status == 403 && !r.asString().contains("权限")) {
            return "403 page does not say why";
        }
        return auditAfter == auditBefore ? null : "refused but the audit log grew: something was written";
    }

    /** The version a consultation's, survey's or interview's review forms carry (every review step must name it). */
    static long consultationVersion(long id) {
        return ReviewForms.versionOf(org.zwgk.portal.consultations.Consultation.class, id);
    }

    static long surveyVersion(long id) {
        return ReviewForms.versionOf(org.zwgk.portal.surveys.Survey.class, id);
    }

    static long interviewVersion(long id) {
        return ReviewForms.versionOf(org.zwgk.portal.interviews.Interview.class, id);
    }

    static Map<String, Object> form(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
