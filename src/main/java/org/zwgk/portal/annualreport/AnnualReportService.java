package org.zwgk.portal.annualreport;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.zwgk.portal.access.AccessLabels;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.access.Role;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.catalog.DocumentType;
import org.zwgk.portal.catalog.ClassificationScheme;
import org.zwgk.portal.catalog.Classification;
import org.zwgk.portal.channels.Channel;
import org.zwgk.portal.common.PortalConfig;
import org.zwgk.portal.documents.Document;
import org.zwgk.portal.documents.DocumentStatus;
import org.zwgk.portal.documents.DocumentVersion;
import org.zwgk.portal.records.RecordStatistics;
import org.zwgk.portal.documents.Validity;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.organizations.OrganizationType;
import org.zwgk.portal.requests.ApplicantType;
import org.zwgk.portal.requests.RequestMessages;
import org.zwgk.portal.requests.RequestService;
import org.zwgk.portal.requests.Table3;
import org.zwgk.portal.web.UserError;
import org.zwgk.portal.web.validation.InputValidation;
import org.zwgk.portal.workflow.Draft;
import org.zwgk.portal.workflow.DraftStatus;
import org.zwgk.portal.workflow.DraftInput;
import org.zwgk.portal.workflow.WorkflowService;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 政府信息公开工作年度报告 of an organization (or, for the city government, of every
 * organization together): the six sections of the template, its tables computed from the portal's
 * documents and requests, the figures the portal cannot know entered by hand, the text sections by
 * the editor. The report becomes a draft of type REPORT in the organization's 年报 channel
 * ({@code xxgknb-<code>}) and goes through the normal review workflow. Due 31 January for
 * departments, 31 March for the city government (条例 Art. 49, 50).
 */
@ApplicationScoped
public class AnnualReportService {

    /** The sections written as text, by their form fields. */
    public static final List<String> TEXT_KEYS = List.of("overview", "problems", "otherMatters");
    /** Figures entered by hand, in the order of the template. */
    public static final List<String> HAND_KEYS = List.of("coercions", "fees", "review.kept", "review.corrected", "review.other", "review.pending", "lit.kept", "lit.corrected",
            "lit.other", "lit.pending", "litr.kept", "litr.corrected", "litr.other", "litr.pending");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RequestService requests;
    private final WorkflowService workflow;
    private final AuditLog audit;
    private final Clock clock;

    AnnualReportService(RequestService requests, WorkflowService workflow, AuditLog audit, Clock clock) {
        this.requests = requests;
        this.workflow = workflow;
        this.audit = audit;
        this.clock = clock;
    }

    /** A row of section 2's first table: 本年制发件数, 本年废止件数, 现行有效件数. */
    public record Issued(long made, long repealed, long valid) {
    }

    /**
     * Section 2's computed rows: 规章 and 行政规范性文件 from published POLICY documents, 行政许可 and
     * 行政处罚 decisions from the published 双公示 records. 行政强制 and 行政事业性收费 have no data in
     * the portal and are entered by the organization ({@link #HAND_KEYS}).
     */
    public record Proactive(Issued rules, Issued normative, long permits, long penalties) {
    }

    /** Genres of laws and regulations made by others, and 规章: none of them is a 行政规范性文件. */
    static final java.util.Set<String> NOT_NORMATIVE = java.util.Set.of("fl", "fd", "xzfg", "dfxfg", "sfjs", "gz");
    static final String RULES_GENRE = "gz";

    /** Everything a report page and the report's text need; {@code late}: past its due day and not published. */
    public record View(Organization organization, boolean city, int year, Proactive proactive, Table3 table3,
                       Map<String, String> figures, Map<String, String> texts, AnnualReport stored, LocalDate due, boolean late,
                       Draft openDraft) {

        public String figure(String key) {
            return figures.getOrDefault(key, "");
        }

        /** A section's text (overview, problems, otherMatters) as saved, or as typed on a form refused. */
        public String text(String key) {
            return texts.getOrDefault(key, "");
        }

        /**
         * This view with what the form sent in place of what was saved: a refused form shows every figure and
         * text as typed (browser walk: one wrong figure sent the typed overview back to the saved one).
         */
        public View typed(Map<String, String> form) {
            Map<String, String> f = new HashMap<>(figures);
            HAND_KEYS.forEach(k -> f.put(k, form.getOrDefault(k, "")));
            Map<String, String> t = new HashMap<>();
            TEXT_KEYS.forEach(k -> t.put(k, form.getOrDefault(k, "")));
            return new View(organization, city, year, proactive, table3, f, t, stored, due, late, openDraft);
        }

        public long sum(String prefix) {
            return HAND_KEYS.stream().filter(k -> k.startsWith(prefix + ".")).mapToLong(k -> parse(figures.get(k))).sum();
        }

        public List<String> handKeys() {
            return HAND_KEYS;
        }

        /** Section 四's table as the template lays it out: 行政复议, then 行政诉讼 without and after review (rows). */
        public List<String> remedyKinds() {
            return List.of("review", "lit", "litr");
        }

        /** …and the results (columns), with 总计 computed from them. */
        public List<String> remedyResults() {
            return List.of("kept", "corrected", "other", "pending");
        }

        /** The figure's key for a row and a column of that table (review.kept …). */
        public String remedyKey(String kind, String result) {
            return kind + "." + result;
        }

        public List<ApplicantType> applicantTypes() {
            return List.of(ApplicantType.values());
        }

        public boolean crossCheckOk() {
            return table3.crossCheckFailures().isEmpty();
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(PortalConfig.ZONE));
    }

    public static boolean isCity(Organization org) {
        return org.type == OrganizationType.GOVERNMENT && org.parent == null;
    }

    public static LocalDate due(Organization org, int year) {
        return isCity(org) ? LocalDate.of(year + 1, 3, 31) : LocalDate.of(year + 1, 1, 31);
    }

    public Organization organization(PortalUser user, String code) {
        Organization org = Organization.findByCode(code).orElseThrow(() -> UserError.notFound(m -> MessageBundles.get(AnnualReportMessages.class).nbNoOrganization()));
        if (user == null || !user.roles().containsKey(org.code)) {
            throw UserError.forbidden(m -> m.forbiddenRole(MessageBundles.get(AccessLabels.class).role(Role.EDITOR),
                    org.displayName()));
        }
        return org;
    }

    @Transactional
    public View view(PortalUser user, String code, int year) {
        requireYear(year);
        Organization org = organization(user, code);
        boolean city = isCity(org);
        List<Organization> scope = city ? null : List.of(org);
        AnnualReport stored = AnnualReport.of(org, year).orElse(null);
        return new View(org, city, year, proactive(scope, year), requests.table3(scope, year), figures(stored), texts(stored), stored, due(org, year),
                today().isAfter(due(org, year)) && !published(org, year), openDraft(stored));
    }

    /** Saves the hand figures and texts; only the organization's editors and admins. */
    @Transactional
    public AnnualReport save(PortalUser user, String code, int year, Map<String, String> form, AuditLog.Actor actor) {
        requireYear(year);
        Organization org = organization(user, code);
        if (!user.has(Role.EDITOR, org.code) && !user.has(Role.ORG_ADMIN, org.code)) {
            throw UserError.forbidden(m -> m.forbiddenRole(MessageBundles.get(AccessLabels.class).role(Role.EDITOR),
                    org.displayName()));
        }
        AnnualReportMessages t = MessageBundles.get(AnnualReportMessages.class);
        Map<String, String> figures = new LinkedHashMap<>();
        List<UserError.Invalid> problems = new ArrayList<>();
        for (String key : HAND_KEYS) {
            String v = form.get(key);
            if (v == null || v.isBlank()) {
                continue;
            }
            String s = v.strip();
            boolean ok = key.equals("fees") ? s.matches("\\d{1,9}(\\.\\d{1,2})?") : s.matches("\\d{1,7}");
            if (!ok) {
                problems.add(new UserError.Invalid(key, m -> t.nbBadFigure(t.nbFigure(key))));
            }
            figures.put(key, s);
        }
        String overview = text(form, "overview", problems);
        String issues = text(form, "problems", problems);
        String other = text(form, "otherMatters", problems);
        InputValidation.requireNone(problems);
        AnnualReport r = AnnualReport.of(org, year).orElseGet(() -> {
            AnnualReport n = new AnnualReport();
            n.organization = org;
            n.year = year;
            return n;
        });
        try {
            r.figures = JSON.writeValueAsString(figures);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        r.overview = overview;
        r.problems = issues;
        r.otherMatters = other;
        r.updatedAt = clock.instant();
        r.updatedBy = user.username();
        r.persistAndFlush();
        audit.record(actor, "annual-report.save", "annual_report", r.id, org.code + " " + year);
        return r;
    }

    /**
     * A draft of type REPORT with the report's six sections, in the organization's 年报 channel; the draft
     * made before while it is still being written or reviewed (browser walk: each click made one more, the
     * first left beside the published report as 草稿).
     */
    @Transactional
    public Draft makeDraft(PortalUser user, String code, int year, AuditLog.Actor actor) {
        View v = view(user, code, year);
        // only whoever may write the draft is sent to it (the authorization matrix: an org admin reached it)
        if (!user.has(Role.EDITOR, v.organization().code)) {
            throw UserError.forbidden(m -> m.forbiddenRole(MessageBundles.get(AccessLabels.class).role(Role.EDITOR),
                    v.organization().displayName()));
        }
        if (v.openDraft() != null) {
            return v.openDraft();
        }
        String channel = "xxgknb-" + v.organization().code;
        if (Channel.findByCode(channel).isEmpty()) {
            throw UserError.conflict(m -> MessageBundles.get(AnnualReportMessages.class).nbNoChannel(channel));
        }
        DraftInput in = new DraftInput();
        in.type = DocumentType.REPORT.name();
        in.title = MessageBundles.get(AnnualReportMessages.class).nbReportTitle(v.organization().name, year);
        in.disclosure = "PROACTIVE";
        // catalogued as what it is (browser walk: published with 主题分类, 体裁分类 and 成文日期 无); the
        // editor may change them in the draft
        in.topic = classified(ClassificationScheme.TOPIC, TOPIC_NAME);
        in.genre = classified(ClassificationScheme.GENRE, GENRE_NAME);
        in.writtenOn = today().toString();
        in.body = markdown(v);
        Draft d = workflow.create(user, channel, in, actor);
        AnnualReport r = v.stored();
        if (r == null) {
            save(user, code, year, Map.of(), actor);
            r = AnnualReport.of(v.organization(), year).orElseThrow();
        }
        r.draftId = d.id;
        return d;
    }

    /** The report's draft made here that is neither published nor discarded. */
    static Draft openDraft(AnnualReport r) {
        if (r == null || r.draftId == null) {
            return null;
        }
        Draft d = Draft.findById(r.draftId);
        return d == null || d.status == DraftStatus.PUBLISHED || d.status == DraftStatus.DISCARDED ? null : d;
    }

    /** The catalogue's names for a report on disclosure work, as the national classifications spell them. */
    private static final String TOPIC_NAME = "政务公开";
    private static final String GENRE_NAME = "报告";

    /** The code of the classification of this name, or none when the catalogue has no such entry. */
    private static String classified(ClassificationScheme scheme, String name) {
        return Classification.listScheme(scheme).stream().filter(c -> name.equals(c.name)).map(c -> c.code).findFirst().orElse(null);
    }

    /** Reports due soon or late that this user's organizations (as org admin) have not published. */
    @Transactional
    public List<String> warnings(PortalUser user) {
        List<String> out = new ArrayList<>();
        LocalDate today = today();
        int year = today.getYear() - 1;
        AnnualReportMessages t = MessageBundles.get(AnnualReportMessages.class);
        for (Organization org : Organization.listOrdered()) {
            if (user == null || !user.has(Role.ORG_ADMIN, org.code) || published(org, year)) {
                continue;
            }
            LocalDate due = due(org, year);
            if (today.isAfter(due)) {
                if (today.isBefore(due.plusMonths(3))) {
                    out.add(t.nbLate(org.name, year, due.toString()));
                }
            } else {
                out.add(t.nbWarning(org.name, year, due.toString(), ChronoUnit.DAYS.between(today, due)));
            }
        }
        return out;
    }

    /** Whether a REPORT of that year is published in the organization's 年报 channel. */
    static boolean published(Organization org, int year) {
        return publishedReport("xxgknb-" + org.code, year).isPresent();
    }

    /**
     * The report on this year published in a 年报 channel: any document there whose title names the year,
     * whatever its type (one posted by hand or migrated is the report too; review: a public page would
     * otherwise call an organ late beside the link to its report).
     */
    public static java.util.Optional<Document> publishedReport(String channel, int year) {
        return Document.find("channel.code = ?1 and status = ?2 and meta.title like ?3 order by publishedAt desc",
                channel, DocumentStatus.PUBLISHED, "%" + year + "年%").firstResultOptional();
    }

    static Proactive proactive(List<Organization> scope, int year) {
        List<Document> policies = scope == null
                ? Document.list("meta.type = ?1 and status = ?2", DocumentType.POLICY, DocumentStatus.PUBLISHED)
                : Document.list("meta.type = ?1 and status = ?2 and organization in ?3", DocumentType.POLICY,
                        DocumentStatus.PUBLISHED, scope);
        Map<Long, LocalDate> repealedOn = new java.util.HashMap<>();
        Map<Long, LocalDate> invalidOn = new java.util.HashMap<>();
        if (!policies.isEmpty()) {
            // the same policies selected by a join, not by sending their ids back: a list of every
            // published policy as bind parameters exceeds the database's parameter limit at scale
            List<Validity> ending = List.of(Validity.REPEALED, Validity.EXPIRED);
            List<DocumentVersion> ended = scope == null
                    ? DocumentVersion.list("document.meta.type = ?1 and document.status = ?2 and meta.validity in ?3 order by createdAt",
                            DocumentType.POLICY, DocumentStatus.PUBLISHED, ending)
                    : DocumentVersion.list("document.meta.type = ?1 and document.status = ?2 and document.organization in ?3"
                            + " and meta.validity in ?4 order by createdAt", DocumentType.POLICY, DocumentStatus.PUBLISHED, scope, ending);
            for (DocumentVersion v : ended) {
                LocalDate day = v.createdAt.atZone(PortalConfig.ZONE).toLocalDate();
                invalidOn.putIfAbsent(v.document.id, day);
                if (v.meta.validity == Validity.REPEALED) {
                    repealedOn.putIfAbsent(v.document.id, day);
                }
            }
        }
        long[] rules = new long[3];
        long[] normative = new long[3];
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        for (Document d : policies) {
            String genre = d.meta.genre == null ? null : d.meta.genre.code;
            // a policy catalogued without a genre is counted as normative (Set.of refuses to look up null)
            long[] row = RULES_GENRE.equals(genre) ? rules : genre != null && NOT_NORMATIVE.contains(genre) ? null : normative;
            if (row == null) {
                continue;
            }
            // a republished text without any date (a corpus record) was issued in no year of ours
            LocalDate issued = d.meta.writtenOn != null ? d.meta.writtenOn
                    : d.publishedAt == null ? null : d.publishedAt.atZone(PortalConfig.ZONE).toLocalDate();
            if (issued != null && issued.getYear() == year) {
                row[0]++;
            }
            LocalDate repealed = repealedOn.get(d.id);
            if (repealed != null && repealed.getYear() == year) {
                row[1]++;
            }
            LocalDate invalid = invalidOn.get(d.id);
            if (!issued.isAfter(yearEnd) && (invalid == null || invalid.isAfter(yearEnd))) {
                row[2]++;
            }
        }
        return new Proactive(new Issued(rules[0], rules[1], rules[2]), new Issued(normative[0], normative[1], normative[2]),
                RecordStatistics.decisionsIn("xzxk", "decisionDate", scope, year),
                RecordStatistics.decisionsIn("xzcf", "decisionDate", scope, year));
    }

    /**
     * A figure the organization gave, or the placeholder that asks for it (the submission is refused while
     * one is left): a figure given reads plainly (browser walk: published as 1.25（由单位填写）).
     */
    private static String handEntered(View v, String key, AnnualReportMessages t) {
        String figure = v.figure(key);
        return figure.isBlank() ? placeholder(t) : figure;
    }

    /** What stands in a figure's cell until the organization gives it; the submission is refused while one is left. */
    static String placeholder(AnnualReportMessages t) {
        return "（" + t.nbHandEntered() + "）";
    }

    static Map<String, String> texts(AnnualReport r) {
        Map<String, String> t = new HashMap<>();
        if (r != null) {
            List<String> saved = java.util.Arrays.asList(r.overview, r.problems, r.otherMatters);   // TEXT_KEYS' order
            for (int i = 0; i < TEXT_KEYS.size(); i++) {
                t.put(TEXT_KEYS.get(i), saved.get(i) == null ? "" : saved.get(i));
            }
        }
        return t;
    }

    static Map<String, String> figures(AnnualReport r) {
        if (r == null || r.figures == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(r.figures, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (java.io.IOException e) {
            throw new IllegalStateException("annual report " + r.id + " figures", e);
        }
    }

    static long parse(String s) {
        try {
            return s == null || s.isBlank() ? 0 : Math.round(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The report's text: the six sections with their tables in Markdown. */
    static String markdown(View v) {
        AnnualReportMessages t = MessageBundles.get(AnnualReportMessages.class);
        RequestMessages q = MessageBundles.get(RequestMessages.class);
        AnnualReport r = v.stored();
        StringBuilder s = new StringBuilder();
        s.append("## ").append(t.nbSection1()).append("\n\n").append(r == null || r.overview == null ? "" : r.overview).append("\n\n");
        s.append("## ").append(t.nbSection2()).append("\n\n");
        s.append("| ").append(t.nbColumnItem()).append(" | ").append(t.nbMade()).append(" | ").append(t.nbRepealed()).append(" | ")
                .append(t.nbValid()).append(" |\n|---|---|---|---|\n");
        Issued rules = v.proactive().rules();
        Issued normative = v.proactive().normative();
        s.append("| ").append(t.nbRules()).append(" | ").append(rules.made()).append(" | ").append(rules.repealed()).append(" | ")
                .append(rules.valid()).append(" |\n");
        s.append("| ").append(t.nbNormative()).append(" | ").append(normative.made()).append(" | ").append(normative.repealed())
                .append(" | ").append(normative.valid()).append(" |\n\n");
        s.append("| ").append(t.nbColumnItem()).append(" | ").append(t.nbDecisions()).append(" |\n|---|---|\n");
        s.append("| ").append(t.nbPermits()).append(" | ").append(v.proactive().permits()).append(" |\n");
        s.append("| ").append(t.nbPenalties()).append(" | ").append(v.proactive().penalties()).append(" |\n");
        s.append("| ").append(t.nbCoercions()).append(" | ").append(handEntered(v, "coercions", t)).append(" |\n\n");
        s.append("| ").append(t.nbColumnItem()).append(" | ").append(t.nbFeeAmount()).append(" |\n|---|---|\n");
        s.append("| ").append(t.nbFees()).append(" | ").append(handEntered(v, "fees", t)).append(" |\n");
        s.append("\n## ").append(t.nbSection3()).append("\n\n| ").append(q.table3Corner());
        for (ApplicantType a : ApplicantType.values()) {
            s.append(" | ").append(q.applicantType(a));
        }
        s.append(" | ").append(q.table3Total()).append(" |\n|---|---|---|---|---|---|---|---|\n");
        for (Table3.Row row : Table3.Row.values()) {
            s.append("| ").append(q.table3Row(row));
            for (int c : v.table3().cells(row)) {
                s.append(" | ").append(c);
            }
            s.append(" |\n");
        }
        s.append("\n## ").append(t.nbSection4()).append("\n\n| | ").append(t.nbResultKept()).append(" | ").append(t.nbResultCorrected())
                .append(" | ").append(t.nbResultOther()).append(" | ").append(t.nbResultPending()).append(" | ").append(t.nbResultTotal())
                .append(" |\n|---|---|---|---|---|---|\n");
        for (String[] part : new String[][]{{"review", t.nbReviewHead()}, {"lit", t.nbLitigationDirect()}, {"litr", t.nbLitigationAfterReview()}}) {
            s.append("| ").append(part[1]);
            for (String k : List.of("kept", "corrected", "other", "pending")) {
                s.append(" | ").append(parse(v.figures().get(part[0] + "." + k)));
            }
            s.append(" | ").append(v.sum(part[0])).append(" |\n");
        }
        s.append("\n## ").append(t.nbSection5()).append("\n\n").append(r == null || r.problems == null ? "" : r.problems).append("\n\n");
        s.append("## ").append(t.nbSection6()).append("\n\n").append(r == null || r.otherMatters == null ? "" : r.otherMatters).append("\n");
        return s.toString();
    }

    private static String text(Map<String, String> form, String key, List<UserError.Invalid> problems) {
        String v = form.get(key);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > 20000) {
            problems.add(new UserError.Invalid(key, m -> m.draftFieldTooLong(key, 20000)));
        }
        return v.strip();
    }

    private void requireYear(int year) {
        if (year < 2008 || year > today().getYear()) {
            throw UserError.badInput("year", m -> MessageBundles.get(AnnualReportMessages.class).nbYearRange());
        }
    }
}
