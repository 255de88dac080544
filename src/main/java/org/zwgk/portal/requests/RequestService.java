package org.zwgk.portal.requests;

import org.zwgk.portal.web.validation.PlainText;
import org.zwgk.portal.calendar.NoCalendarForYear;
import jakarta.persistence.LockModeType;
import org.zwgk.portal.common.VisibleText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.access.Role;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.calendar.Regulation;
import org.zwgk.portal.calendar.WorkingDays;
import org.zwgk.portal.common.PortalConfig;
import org.zwgk.portal.common.ReceiptSecrets;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.web.UserError;
import org.zwgk.portal.web.validation.InputValidation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The rules and transactions of 依申请公开: the applicant's submission, correction and status lookup
 * (by tracking code and secret, no account), and the receiving organization's steps 登记 → 补正 →
 * 征求第三方意见 → 延期 → 答复 → 归档, or 转送. Only the receiving organization's own staff see a
 * request or act on it (not site admins, not auditors): anyone else is told it does not exist.
 * Every step is audited by tracking code and status only, never with the applicant's data.
 */
@ApplicationScoped
public class RequestService {

    /** Crockford's Base32: no I, L, O, U, so a code read aloud or typed is not misread. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final String ENTITY = "info_request";
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(RequestService.class);

    private final ApplicantCipher cipher;
    private final RequestThrottle throttle;
    private final InputValidation validation;
    private final AuditLog audit;
    private final WorkingDays workingDays;
    private final Clock clock;
    private final org.zwgk.portal.web.LookupThrottle lookups;
    private final org.zwgk.portal.organizations.Staffing staffing;

    RequestService(ApplicantCipher cipher, RequestThrottle throttle, InputValidation validation, AuditLog audit,
                   WorkingDays workingDays, Clock clock, org.zwgk.portal.web.LookupThrottle lookups,
                   org.zwgk.portal.organizations.Staffing staffing) {
        this.staffing = staffing;
        this.lookups = lookups;
        this.cipher = cipher;
        this.throttle = throttle;
        this.validation = validation;
        this.audit = audit;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** What the applicant takes away: shown once, the secret is kept only as its hash. */
    public record Receipt(String trackingCode, String secret, long id) {
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(PortalConfig.ZONE));
    }

    /** The latest 补正期限 the form takes, in days from today. */
    static final int MAX_CORRECTION_DAYS = 90;

    public RequestClock clock() {
        return new RequestClock(workingDays);
    }

    // ---- applicant ------------------------------------------------------------------------

    @Transactional
    public Receipt submit(RequestInput input, AuditLog.Actor actor, Runnable beforeWrite) {
        var admitted = throttle.admitSubmission(actor.address());
        try {
            InputValidation.requireNone(input.check(validation));
            if (!cipher.ready()) {
                throw UserError.unavailable(m -> Ysq.text().ysqNotConfigured());
            }
            // every field is right: now the form's token is spent (a refusal for a field keeps it good)
            beforeWrite.run();
        } catch (RuntimeException refused) {
            throttle.submissionNotMade(admitted);
            throw refused;
        }
        InfoRequest r = new InfoRequest();
        r.trackingCode = ReceiptSecrets.REQUEST_PREFIX + today().getYear() + "-" + random(4) + "-" + random(4);
        String secret = random(16);
        r.secretHash = ReceiptSecrets.hash(secret);
        r.organization = Organization.findByCode(input.organization.strip()).orElseThrow();
        r.status = RequestStatus.SUBMITTED;
        r.applicantType = ApplicantType.valueOf(input.applicantType.strip());
        ApplicantCipher.Sealed sealed = cipher.seal(input.applicant(), r.trackingCode);
        r.applicantKey = sealed.keyId();
        r.applicantSealed = sealed.text();
        r.description = input.description.strip();
        r.purpose = RequestInput.strip(input.purpose);
        r.infoFormat = InfoFormat.valueOf(input.infoFormat.strip());
        r.delivery = Delivery.valueOf(input.delivery.strip());
        r.submittedAt = clock.instant();
        r.updatedAt = r.submittedAt;
        r.persist();
        audit.record(actor, "request.submit", ENTITY, r.id, r.trackingCode + " → " + r.organization.code);
        // the code and the organization only: never a word of what the applicant typed
        LOG.infof("request %s submitted to %s", r.trackingCode, r.organization.code);
        return new Receipt(r.trackingCode, secret, r.id);
    }

    /** The request these two identify; a wrong pair is 404 (as for none) and counts against the address. */
    @Transactional
    public InfoRequest lookup(String code, String secret, String address) {
        // wrong secrets count against the code however it is typed (hyphens, spaces, small letters)
        var admitted = lookups.admit(address, ReceiptSecrets.compactCode(code));
        InfoRequest r = !ReceiptSecrets.possibleCode(code) || RequestInput.blank(secret) ? null
                : InfoRequest.byCode(code).orElse(null);
        if (r == null || !ReceiptSecrets.matches(secret, r.secretHash)) {
            throw lookups.wrongSecret(admitted, () -> UserError.notFound(m -> Ysq.text().ysqLookupFailed()));
        }
        lookups.rightSecret(admitted);
        if (r.status == RequestStatus.CORRECTION) {
            // only a request waiting for its 补正 is written by a look (withdrawn once the due day passed) or by
            // the applicant (corrected): read again under a lock, before anything is changed, so two looks or a
            // look and a correction run one after the other; other looks only read, and lock nothing
            InfoRequest.getEntityManager().refresh(r, LockModeType.PESSIMISTIC_WRITE);
        }
        expire(r, AuditLog.system("requests"));
        r.organization.name.length();
        return r;
    }

    /** The applicant sends the 补正 asked for: the clock starts again today. */
    @Transactional
    public InfoRequest correct(String code, String secret, String text, AuditLog.Actor actor) {
        // under the lookup's lock (a request waiting for its 补正 is read locked): a correction sent twice at once
        // is written once, the second finds it done, and one sent after its due day finds the request withdrawn
        InfoRequest r = lookup(code, secret, actor.address());
        if (r.status != RequestStatus.CORRECTION) {
            throw UserError.conflict(m -> Ysq.text().ysqWrongState());
        }
        r.correctionText = text("correctionText", VisibleText.lines(text), 4000, true);
        r.correctedOn = today();
        r.clockStart = r.correctedOn;
        r.status = RequestStatus.REGISTERED;
        touch(r);
        audit.record(actor, "request.corrected", ENTITY, r.id, r.trackingCode, "CORRECTION", "REGISTERED");
        return r;
    }

    // ---- receiving organization -----------------------------------------------------------

    /** The request if this user is staff of its organization; 404 as for none otherwise. */
    public InfoRequest visible(PortalUser user, long id) {
        return staffOnly(user, InfoRequest.findById(id));
    }

    /**
     * The same, locked for this transaction: two steps posted together (a double click, two colleagues)
     * run one after the other, and the second finds the first's version and gets 409, not a failed write.
     */
    public InfoRequest writable(PortalUser user, long id) {
        return staffOnly(user, InfoRequest.findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    private static InfoRequest staffOnly(PortalUser user, InfoRequest r) {
        if (r == null || !isStaff(user, r.organization)) {
            throw UserError.notFound(m -> Ysq.text().ysqNotFound());
        }
        return r;
    }

    public static boolean isStaff(PortalUser user, Organization org) {
        return user != null && user.roles().containsKey(org.code);
    }

    /** The roles that take a request: any of an organ's staff registers and drafts, its reviewers issue. */
    static final Role[] STAFF = {Role.EDITOR, Role.REVIEWER, Role.ORG_ADMIN};

    /**
     * For the 转送 list: the organs nobody on the site works for (a transfer there is refused), and those with staff
     * but no reviewer (a transfer is taken, but no answer can be issued there until one is added).
     */
    public TransferTargets transferTargets(List<Organization> organs) {
        java.util.Set<String> nobody = staffing.without(organs, STAFF);
        java.util.Set<String> noIssuer = new java.util.HashSet<>(staffing.without(organs, Role.REVIEWER));
        noIssuer.removeAll(nobody);
        return new TransferTargets(nobody, noIssuer);
    }

    /** {@link #transferTargets}: the codes of organs with nobody, and with nobody to issue an answer. */
    public record TransferTargets(java.util.Set<String> nobody, java.util.Set<String> noIssuer) {
        public boolean any() {
            return !nobody.isEmpty() || !noIssuer.isEmpty();
        }
    }

    /** The organizations whose requests this user handles. */
    public List<Organization> handledBy(PortalUser user) {
        return Organization.listOrdered().stream().filter(o -> isStaff(user, o)).toList();
    }

    /** Corrections not sent in time become withdrawn (视为放弃) before the list is read. */
    @Transactional
    public List<InfoRequest> listFor(PortalUser user) {
        List<InfoRequest> out = new java.util.ArrayList<>();
        for (Organization o : handledBy(user)) {
            for (InfoRequest r : InfoRequest.ofOrganization(o)) {
                expire(r, AuditLog.system("requests"));
                out.add(r);
            }
        }
        return out;
    }

    public Applicant applicant(PortalUser user, InfoRequest r) {
        visible(user, r.id);
        return cipher.open(r.sealed(), r.trackingCode);
    }

    @Transactional
    public InfoRequest register(PortalUser user, long id, long lockVersion, String receivedOn, AuditLog.Actor actor) {
        InfoRequest r = step(user, id, lockVersion, RequestStatus.SUBMITTED);
        LocalDate day = date("receivedOn", receivedOn, today());
        LocalDate submitted = r.submittedAt.atZone(PortalConfig.ZONE).toLocalDate();
        if (day.isAfter(today()) || day.isBefore(submitted)) {
            throw UserError.badInput("receivedOn", m -> Ysq.text().ysqReceivedOutOfRange());
        }
        if (r.transferredOn != null && day.isBefore(r.transferredOn)) {
            throw UserError.badInput("receivedOn", m -> Ysq.text().ysqReceivedBeforeTransfer(r.transferredOn.toString()));
        }
        RequestClock.regulation(day);
        try {
            workingDays.addWorkingDays(day, 0);
        } catch (NoCalendarForYear e) {
            throw UserError.badInput("receivedOn", m -> Ysq.text().ysqNoCalendar(day.getYear()));
        }
        r.receivedOn = day;
        r.clockStart = day;
        return done(r, RequestStatus.REGISTERED, "request.register", actor);
    }

    @Transactional
    public InfoRequest askCorrection(PortalUser user, long id, long lockVersion, String note, String due, AuditLog.Actor actor) {
        InfoRequest r = step(user, id, lockVersion, RequestStatus.REGISTERED);
        if (r.correctionAskedOn != null) {
            throw UserError.conflict(m -> Ysq.text().ysqCorrectionOnce());
        }
        LocalDate windowEnd;
        try {
            windowEnd = clock().correctionWindowEnd(r.receivedOn);
        } catch (NoCalendarForYear e) {
            windowEnd = null; // its 7th working day is in that year or later
            requireBeforeYearWithoutCalendar(e);
        }
        if (windowEnd != null && today().isAfter(windowEnd)) {
            throw UserError.conflict(m -> Ysq.text().ysqCorrectionTooLate(RequestClock.CORRECTION_WINDOW));
        }
        String text = text("correctionNote", note, 2000, true);
        LocalDate dueDay = date("correctionDue", due, null);
        if (!dueDay.isAfter(today())) {
            throw UserError.badInput("correctionDue", m -> Ysq.text().ysqDueInFuture());
        }
        // the office sets a reasonable time (Art. 30); a date years away is a typing mistake, and it would
        // hold the request in 补正 with no clock running
        LocalDate latest = today().plusDays(MAX_CORRECTION_DAYS);
        if (dueDay.isAfter(latest)) {
            throw UserError.badInput("correctionDue", m -> Ysq.text().ysqDueTooFar(latest.toString()));
        }
        r.correctionAskedOn = today();
        r.correctionNote = text;
        r.correctionDue = dueDay;
        return done(r, RequestStatus.CORRECTION, "request.correction", actor);
    }

    /**
     * A consultation of a third party or another authority; the clock stands still until it ends. A request
     * may need several, one after the other (Art. 33 sets no number).
     */
    @Transactional
    public InfoRequest startConsultation(PortalUser user, long id, long lockVersion, String kind, String note, AuditLog.Actor actor) {
        InfoRequest r = step(user, id, lockVersion, RequestStatus.REGISTERED);
        requireWithinPeriod(r);
        RequestConsultation c = new RequestConsultation();
        c.kind = parse(RequestConsultation.Kind.class, "consultationKind", kind, true);
        c.note = text("consultationNote", note, 2000, true);
        c.startedOn = today();
        c.startedBy = user.username();
        c.request = r;
        c.persist();
        r.consultations.add(c);
        return done(r, RequestStatus.CONSULTING, "request.consult", actor);
    }

    @Transactional
    public InfoRequest endConsultation(PortalUser user, long id, long lockVersion, AuditLog.Actor actor) {
        InfoRequest r = step(user, id, lockVersion, RequestStatus.CONSULTING);
        r.runningConsultation().orElseThrow(() -> UserError.conflict(m -> Ysq.text().ysqWrongState())).endedOn = today();
        return done(r, RequestStatus.REGISTERED, "request.consulted", actor);
    }

    /** One extension, approved by the organization's admin, at most the regulation's. */
    @Transactional
    public InfoRequest extend(PortalUser user, long id, long lockVersion, Integer workingDaysAdded, String reason, AuditLog.Actor actor) {
        InfoRequest r = writable(user, id);
        if (!user.has(Role.ORG_ADMIN, r.organization.code)) {
            throw UserError.forbidden(m -> Ysq.text().ysqExtensionNeedsAdmin());
        }
        requireVersion(r, lockVersion);
        if (r.status != RequestStatus.REGISTERED && r.status != RequestStatus.CONSULTING) {
            throw UserError.conflict(m -> Ysq.text().ysqWrongState());
        }
        if (r.extensionDays > 0) {
            throw UserError.conflict(m -> Ysq.text().ysqExtensionOnce());
        }
        requireWithinPeriod(r);
        Regulation reg = RequestClock.regulation(r.receivedOn);
        // both fields named at once when both are wrong (staff walk: the reason's error came only on the next try)
        List<UserError.Invalid> problems = new java.util.ArrayList<>();
        if (workingDaysAdded == null || workingDaysAdded < 1 || workingDaysAdded > reg.extensionWorkingDays()) {
            problems.add(new UserError.Invalid("extensionDays", m -> Ysq.text().ysqExtensionRange(reg.extensionWorkingDays(), reg.label())));
        }
        if (RequestInput.blank(reason)) {
            problems.add(new UserError.Invalid("extensionReason", required("extensionReason")));
        }
        if (!problems.isEmpty()) {
            throw UserError.invalid(problems);
        }
        r.extensionReason = text("extensionReason", reason, 2000, true);
        r.extensionDays = workingDaysAdded;
        r.extendedBy = user.username();
        return done(r, r.status, "request.extend", actor);
    }

    /**
     * Drafts the answer: checked as it will be sent, kept on the request (which stays 已登记, its clock
     * running) until a reviewer of the organization other than the drafter issues it. A new draft
     * replaces one waiting.
     */
    @Transactional
    public InfoRequest answer(PortalUser user, long id, long lockVersion, String type, String reason, String text,
                              AuditLog.Actor actor) {
        InfoRequest r = step(user, id, lockVersion, RequestStatus.REGISTERED);
        AnswerType t = parse(AnswerType.class, "answerType", type, true);
        AnswerReason why = parse(AnswerReason.class, "answerReason", reason, t.needsReason());
        if (t.needsReason() && !t.reasons().contains(why)) {
            throw UserError.badInput("answerReason", m -> Ysq.text().ysqReasonNotOfType());
        }
        r.proposedAnswerType = t;
        r.proposedAnswerReason = t.needsReason() ? why : null; // a reason left selected for 予以公开 says nothing
        r.proposedAnswerText = text("answerText", text, 8000, true);
        r.proposedOn = today();
        r.proposedBy = user.username();
        r.proposalReturnedNote = null;
        return done(r, r.status, "request.answer.propose", actor);
    }

    /**
     * Issues (签发) the drafted answer: an answer is an administrative act, so a reviewer of the handling
     * organization signs it, never its drafter (four eyes, as for publications). The answer date is today.
     */
    @Transactional
    public InfoRequest issueAnswer(PortalUser user, long id, long lockVersion, AuditLog.Actor actor) {
        InfoRequest r = step(user, id, lockVersion, RequestStatus.REGISTERED);
        requireIssuer(user, r);
        r.answerType = r.proposedAnswerType;
        r.answerReason = r.proposedAnswerReason;
        r.answerText = r.proposedAnswerText;
        r.answeredBy = r.proposedBy;
        r.answerIssuedBy = user.username();
        r.answeredOn = today();
        r.clearProposal();
        r.answerFilesChangedBy = null;
        return done(r, RequestStatus.ANSWERED, "request.answer", actor);
    }

    /** Sends the drafted answer back to be redrafted, saying why. */
    @Transactional
    public InfoRequest returnAnswer(PortalUser user, long id, long lockVersion, String note, AuditLog.Actor actor) {
        InfoRequest r = step(user, id, lockVersion, RequestStatus.REGISTERED);
        requireIssuer(user, r);
        r.proposalReturnedNote = text("returnNote", note, 2000, true);
        r.clearProposal();
        return done(r, r.status, "request.answer.return", actor);
    }

    private static void requireIssuer(PortalUser user, InfoRequest r) {
        if (!r.answerProposed()) {
            throw UserError.conflict(m -> Ysq.text().ysqWrongState());
        }
        if (!user.has(Role.REVIEWER, r.organization.code)) {
            throw UserError.forbidden(m -> Ysq.text().ysqIssueNeedsReviewer());
        }
        if (r.draftedBy(user.username())) {
            throw UserError.forbidden(m -> Ysq.text().ysqIssueNotOwnDraft());
        }
    }

    @Transactional
    public InfoRequest archive(PortalUser user, long id, long lockVersion, AuditLog.Actor actor) {
        InfoRequest r = writable(user, id);
        requireVersion(r, lockVersion);
        if (r.status != RequestStatus.ANSWERED && r.status != RequestStatus.WITHDRAWN) {
            throw UserError.conflict(m -> Ysq.text().ysqWrongState());
        }
        r.archivedOn = today();
        return done(r, RequestStatus.ARCHIVED, "request.archive", actor);
    }

    /** Sends the request on to the organization that holds the information; it registers it afresh. */
    @Transactional
    public InfoRequest transfer(PortalUser user, long id, long lockVersion, String to, String note, AuditLog.Actor actor) {
        InfoRequest r = writable(user, id);
        requireVersion(r, lockVersion);
        if (r.status != RequestStatus.SUBMITTED && r.status != RequestStatus.REGISTERED) {
            throw UserError.conflict(m -> Ysq.text().ysqWrongState());
        }
        Organization target = RequestInput.blank(to) ? null
                : Organization.findByCode(to.strip()).filter(o -> o.type.receivesRequests()).orElse(null);
        if (target == null || target.id.equals(r.organization.id)) {
            throw UserError.badInput("to", m -> m.draftFieldInvalid(Ysq.text().ysqField("to")));
        }
        if (staffing.without(List.of(target), STAFF).contains(target.code)) {
            // nobody on the site would see it (a request is shown only to its organ's own staff), while its new clock
            // ran: the request would go unanswered. The organ that has it answers instead (无法提供, not this body's
            // information, naming the organ that holds it: Art. 36(5)), or asks for the organ's staff to be added first.
            throw UserError.badInput("to", m -> Ysq.text().ysqTransferNobody(target.name));
        }
        String why = text("transferNote", note, 2000, true);
        String from = r.organization.code;
        r.transferredFrom = r.organization;
        r.organization = target;
        r.transferNote = why;
        r.receivedOn = null;
        r.clockStart = null;
        // the receiving organization's clock is its own, from a receipt no earlier than today: the first
        // one's extension does not carry over, its consultations (ended by now) pause nothing, and it may
        // ask for a 补正 of its own (what the applicant already supplied stays part of the request)
        r.transferredOn = today();
        r.extensionDays = 0;
        r.extensionReason = null;
        r.extendedBy = null;
        r.correctionAskedOn = null;
        r.correctionDue = null;
        r.correctionNote = null;
        r.clearProposal();
        r.proposalReturnedNote = null;
        touch(r);
        audit.record(actor, "request.transfer", ENTITY, r.id, r.trackingCode + " " + from + " → " + target.code,
                r.status.name(), "SUBMITTED");
        r.status = RequestStatus.SUBMITTED;
        return r;
    }

    /** Table 3 of the annual report for these organizations (all of them when null) and year. */
    @Transactional
    public Table3 table3(List<Organization> organizations, int year) {
        return Table3.of(year, InfoRequest.receivedBy(organizations, java.time.LocalDate.of(year, 12, 31)));
    }

    // ---- helpers ---------------------------------------------------------------------------

    /**
     * A consultation sets time aside within the answer period and an extension lengthens it (Art. 33):
     * once the period has run out there is none left to set aside or lengthen.
     */
    private void requireWithinPeriod(InfoRequest r) {
        LocalDate due;
        try {
            due = clock().deadline(r.facts(), today()).due();
        } catch (NoCalendarForYear e) {
            requireBeforeYearWithoutCalendar(e); // the period ends in that year or later
            return;
        }
        if (today().isAfter(due)) {
            throw UserError.conflict(m -> Ysq.text().ysqPeriodOver(due.toString()));
        }
    }

    /**
     * A count that ran into a year without a calendar file ends in that year or later, so it has not run out while
     * today is before that year (deadline check: 补正, 征求意见 and 延期 of a request received in the last days of
     * December failed with a 500). From that year on the portal cannot tell: refused, naming the file to add.
     */
    private void requireBeforeYearWithoutCalendar(NoCalendarForYear e) {
        if (!today().isBefore(LocalDate.of(e.year(), 1, 1))) {
            throw UserError.conflict(m -> Ysq.text().ysqNoCalendar(e.year()));
        }
    }

    /**
     * A request whose 补正 due day passed is withdrawn (视为放弃) by whoever looks at it first. Written under
     * the request's lock, taken before the audit chain's (as every step takes them): a look by the applicant
     * and the staff's list at once run one after the other, and the second finds it withdrawn.
     */
    private void expire(InfoRequest r, AuditLog.Actor actor) {
        if (!correctionOverdue(r)) {
            return;
        }
        var em = InfoRequest.getEntityManager();
        if (em.getLockMode(r) != LockModeType.PESSIMISTIC_WRITE) {
            em.refresh(r, LockModeType.PESSIMISTIC_WRITE); // nothing of it changed yet in this transaction
        }
        if (correctionOverdue(r)) {
            r.answerType = AnswerType.OTHER;
            r.answerReason = AnswerReason.NO_CORRECTION;
            r.answeredOn = r.correctionDue.plusDays(1);
            r.answerText = Ysq.text().ysqWithdrawnText();
            done(r, RequestStatus.WITHDRAWN, "request.withdrawn", actor);
        }
    }

    private boolean correctionOverdue(InfoRequest r) {
        return r.status == RequestStatus.CORRECTION && r.correctionDue != null && today().isAfter(r.correctionDue);
    }

    private InfoRequest step(PortalUser user, long id, long lockVersion, RequestStatus required) {
        InfoRequest r = writable(user, id);
        requireVersion(r, lockVersion);
        if (r.status != required) {
            throw UserError.conflict(m -> Ysq.text().ysqWrongState());
        }
        return r;
    }

    private static void requireVersion(InfoRequest r, long lockVersion) {
        if (r.lockVersion != lockVersion) {
            throw UserError.conflict(m -> Ysq.text().ysqStale());
        }
    }

    private InfoRequest done(InfoRequest r, RequestStatus to, String action, AuditLog.Actor actor) {
        RequestStatus from = r.status;
        r.status = to;
        touch(r);
        audit.record(actor, action, ENTITY, r.id, r.trackingCode, from.name(), to.name());
        return r;
    }

    /** Marks the change, and seals the applicant's data anew when it is under an old key. */
    private void touch(InfoRequest r) {
        r.updatedAt = clock.instant();
        if (cipher.stale(r.applicantKey)) {
            ApplicantCipher.Sealed s = cipher.seal(cipher.open(r.sealed(), r.trackingCode), r.trackingCode);
            r.applicantKey = s.keyId();
            r.applicantSealed = s.text();
        }
    }

    private static String random(int n) {
        return ReceiptSecrets.random(ALPHABET, n);
    }

    private static String text(String field, String value, int max, boolean required) {
        if (RequestInput.blank(value)) {
            if (required) {
                throw UserError.badInput(field, required(field));
            }
            return null;
        }
        if (value.length() > max) {
            throw UserError.badInput(field, m -> m.draftFieldTooLong(Ysq.text().ysqField(field), max));
        }
        if (!PlainText.Check.isPlain(value)) {
            throw UserError.badInput(field, m -> m.draftFieldControl(Ysq.text().ysqField(field)));
        }
        return value.strip();
    }

    /** "{field} is required", in the field's own words. */
    private static java.util.function.Function<org.zwgk.portal.web.Messages, String> required(String field) {
        return m -> m.draftFieldRequired(Ysq.text().ysqField(field));
    }

    private static LocalDate date(String field, String value, LocalDate fallback) {
        if (RequestInput.blank(value)) {
            if (fallback != null) {
                return fallback;
            }
            throw UserError.badInput(field, m -> m.draftFieldRequired(Ysq.text().ysqField(field)));
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw UserError.badInput(field, m -> m.draftBadDate(Ysq.text().ysqField(field)));
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value, boolean required) {
        if (RequestInput.blank(value)) {
            if (required) {
                // every choice of a list is a drop-down on the page: it is chosen, not typed (browser walk: 请填写“理由”)
                throw UserError.badInput(field, m -> m.fieldNotChosen(Ysq.text().ysqField(field)));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw UserError.badInput(field, m -> m.draftFieldInvalid(Ysq.text().ysqField(field)));
        }
    }
}
