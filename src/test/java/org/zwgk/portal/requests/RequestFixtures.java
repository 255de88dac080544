package org.zwgk.portal.requests;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.access.Account;
import org.zwgk.portal.access.AccountService;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.audit.AuditLog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Requests in the states the tests start from, made through the real service, each committed. */
@ApplicationScoped
public class RequestFixtures {

    /** The applicant every fixture request names: the privacy tests look for these anywhere public. */
    public static final String NAME = "欧阳测试申请人";
    public static final String ID_NUMBER = "11010519491231002X";
    public static final String PHONE = "13912345678";
    public static final String EMAIL = "ouyang.applicant@example.cn";
    public static final String ADDRESS = "昆山市前进西路测试小区88号";

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final RequestService service;
    private final AccountService accounts;
    private final org.zwgk.portal.attachments.AttachmentStore store;

    RequestFixtures(RequestService service, AccountService accounts, org.zwgk.portal.attachments.AttachmentStore store) {
        this.service = service;
        this.accounts = accounts;
        this.store = store;
    }

    static final java.util.regex.Pattern FORM_TOKEN = java.util.regex.Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

    /**
     * The form as a natural person fills it in, for {@code org}, with the token of the form as it is served
     * now (web.FormTokens: the test profile's minimum age is none, RequestFormAgeTest has one); {@code extra}
     * replaces fields.
     */
    public static Map<String, Object> form(String org, Object... extra) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("formToken", servedToken());
        f.putAll(fields(org, extra));
        return f;
    }

    /** The token of the 依申请公开 form served now. */
    static String servedToken() {
        java.util.regex.Matcher m = FORM_TOKEN.matcher(io.restassured.RestAssured.get("/ysqgk").asString());
        if (!m.find()) {
            throw new IllegalStateException("the form carries no formToken");
        }
        return m.group(1);
    }

    /** The fields the applicant fills in, without the form's token. */
    static Map<String, Object> fields(String org, Object... extra) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("organization", org);
        f.put("applicantType", "NATURAL_PERSON");
        f.put("name", NAME);
        f.put("idType", "RESIDENT_ID");
        f.put("idNumber", ID_NUMBER);
        f.put("phone", PHONE);
        f.put("email", EMAIL);
        f.put("address", ADDRESS);
        f.put("postcode", "215300");
        f.put("description", "2018年本单位政务公开工作要点的落实情况及相关会议纪要");
        f.put("purpose", "学习研究");
        f.put("infoFormat", "ELECTRONIC");
        f.put("delivery", "ONLINE");
        for (int i = 0; i + 1 < extra.length; i += 2) {
            f.put((String) extra[i], extra[i + 1]);
        }
        return f;
    }

    static RequestInput input(String org) {
        RequestInput in = new RequestInput();
        fields(org).forEach((k, v) -> {
            try {
                RequestInput.class.getField(k).set(in, String.valueOf(v));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
        return in;
    }

    public PortalUser user(String username) {
        return QuarkusTransaction.requiringNew().call(() -> accounts.user(Account.findByUsername(username).orElseThrow()));
    }

    static String editorOf(String org) {
        return org + "-editor";
    }

    /** The editor drafts 予以公开, a reviewer of the organization issues it. */
    private void answerAndIssue(String org, long id) {
        propose(org, id);
        issue(org, id);
    }

    /** The staff drafts a 予以公开 answer, waiting for 签发. */
    public void propose(String org, long id) {
        PortalUser editor = user(editorOf(org));
        QuarkusTransaction.requiringNew().run(() -> service.answer(editor, id, lockVersion(id), "DISCLOSED", null, "予以公开，见附件。", actor()));
    }

    /** A reviewer of the organization issues (签发) the drafted answer. */
    public void issue(String org, long id) {
        PortalUser reviewer = user(reviewerOf(org));
        QuarkusTransaction.requiringNew().run(() -> service.issueAnswer(reviewer, id, lockVersion(id), actor()));
    }

    static String reviewerOf(String org) {
        return "szfb".equals(org) ? "szfb-reviewer1" : org + "-reviewer";
    }

    private static AuditLog.Actor actor() {
        return new AuditLog.Actor("fixture", "fixture-" + SEQ.incrementAndGet());
    }

    public RequestService.Receipt receipt(String org) {
        return QuarkusTransaction.requiringNew().call(() -> service.submit(input(org), actor(), () -> { }));
    }

    public long submitted(String org) {
        return receipt(org).id();
    }

    public long registered(String org) {
        long id = submitted(org);
        PortalUser u = user(editorOf(org));
        QuarkusTransaction.requiringNew().run(() -> service.register(u, id, lockVersion(id), null, actor()));
        return id;
    }

    public long consulting(String org) {
        long id = registered(org);
        PortalUser u = user(editorOf(org));
        QuarkusTransaction.requiringNew().run(() -> service.startConsultation(u, id, lockVersion(id), "THIRD_PARTY", "征求第三方意见", actor()));
        return id;
    }

    /** A registered request of {@code org} with an answer drafted, not yet issued. */
    public long proposed(String org) {
        long id = registered(org);
        propose(org, id);
        return id;
    }

    /** The same, with what its applicant holds. */
    public RequestService.Receipt proposedReceipt(String org) {
        RequestService.Receipt receipt = receipt(org);
        long id = receipt.id();
        PortalUser u = user(editorOf(org));
        QuarkusTransaction.requiringNew().run(() -> service.register(u, id, lockVersion(id), null, actor()));
        propose(org, id);
        return receipt;
    }

    public long answered(String org) {
        long id = registered(org);
        answerAndIssue(org, id);
        return id;
    }

    /** An answered (予以公开) request of {@code org}, with what its applicant holds. */
    public RequestService.Receipt answeredReceipt(String org) {
        RequestService.Receipt receipt = receipt(org);
        long id = receipt.id();
        PortalUser u = user(editorOf(org));
        QuarkusTransaction.requiringNew().run(() -> service.register(u, id, lockVersion(id), null, actor()));
        answerAndIssue(org, id);
        return receipt;
    }

    /** The id of a file attached to the answer of {@code requestId}, stored as an upload would be. */
    public long answerFile(long requestId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            RequestFile f = new RequestFile();
            f.request = InfoRequest.findById(requestId);
            f.file = org.zwgk.portal.attachments.AttachedFile.of("答复附件", "answer.pdf", "application/pdf",
                    store.store(new java.io.ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))));
            f.uploadedBy = editorOf(f.request.organization.code);
            f.uploadedAt = java.time.Instant.now();
            f.persist();
            return f.id;
        });
    }

    public long lockVersion(long id) {
        return QuarkusTransaction.requiringNew().call(() -> InfoRequest.<InfoRequest>findById(id).lockVersion);
    }

    public InfoRequest now(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            InfoRequest r = InfoRequest.findById(id);
            r.organization.code.length();
            r.consultations.size();
            return r;
        });
    }
}
