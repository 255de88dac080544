package org.zwgk.portal.surveys;

import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.zwgk.portal.workflow.PublicationLevels;
import org.zwgk.portal.access.Publishable;
import org.zwgk.portal.access.Ownership;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.access.Role;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.audit.AuditLog.Actor;
import org.zwgk.portal.common.PortalConfig;
import org.zwgk.portal.common.Sha256;
import org.zwgk.portal.common.VisibleText;
import org.zwgk.portal.contributions.ContributionKind;
import org.zwgk.portal.contributions.Moderation;
import org.zwgk.portal.messages.MessageThrottle;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.web.FormFields;
import org.zwgk.portal.web.UserError;
import org.zwgk.portal.web.validation.PlainText;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * 问卷: an organization's editor writes a survey (questions in a plain text block, see {@link #parse});
 * a reviewer of the same organization other than its author publishes it (four eyes); citizens
 * answer while it is open by the injected clock's date (one response per signed form token, the
 * per-address limit of the message form); the organization's editors or reviewers approve free-text
 * answers before they show, de-identified, on the results page once the survey has closed.
 */
@ApplicationScoped
public class SurveyService {

    public static final int MAX_QUESTIONS = 50;
    public static final int MAX_OPTIONS = 20;
    public static final int MAX_TEXT_ANSWER = 2000;
    static final ContributionKind<SurveyAnswer> ANSWERS = new ContributionKind<>(SurveyAnswer.class, "answer",
            () -> sm().contribution(), () -> sm().notFound());

    private final Ownership ownership;
    private final AuditLog audit;
    private final MessageThrottle throttle;
    private final Moderation moderation;
    private final Clock clock;
    private final PublicationLevels publicationLevels;

    SurveyService(Ownership ownership, AuditLog audit, MessageThrottle throttle, Moderation moderation, Clock clock,
                  PublicationLevels publicationLevels) {
        this.publicationLevels = publicationLevels;
        this.ownership = ownership;
        this.audit = audit;
        this.throttle = throttle;
        this.moderation = moderation;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(PortalConfig.ZONE));
    }

    /** A question as written in the editor's text block, before it is stored. */
    public record Draft(SurveyQuestion.Kind kind, String prompt, boolean required, List<String> options) {
    }

    /**
     * The editor's question block: a line {@code 单选 问题}, {@code 多选 问题} or {@code 填空 问题}
     * ({@code 单选*} … for a required question) starts a question, and lines {@code - 选项} under a
     * choice question are its options. Problems name the line.
     */
    static List<Draft> parse(String block, List<UserError.Invalid> problems) {
        List<Draft> drafts = new ArrayList<>();
        if (block == null || block.isBlank()) {
            problems.add(invalid("questions", h -> h.questionsRequired()));
            return drafts;
        }
        SurveyQuestion.Kind kind = null;
        String prompt = null;
        boolean required = false;
        List<String> options = new ArrayList<>();
        String[] lines = block.split("\\R");
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i].strip() : null;
            if (line != null && line.isEmpty()) {
                continue;
            }
            if (line != null && (line.startsWith("-") || line.startsWith("－"))) {
                String option = line.substring(1).strip();
                int n = i + 1;
                if (kind == null || kind == SurveyQuestion.Kind.TEXT) {
                    problems.add(invalid("questions", h -> h.optionWithoutChoice(n)));
                } else if (option.isEmpty() || option.length() > 100) {
                    problems.add(invalid("questions", h -> h.badOption(n)));
                } else {
                    options.add(option);
                }
                continue;
            }
            if (kind != null) {
                int n = drafts.size() + 1;
                if (kind != SurveyQuestion.Kind.TEXT && options.size() < 2) {
                    problems.add(invalid("questions", h -> h.tooFewOptions(n)));
                } else if (options.size() > MAX_OPTIONS) {
                    problems.add(invalid("questions", h -> h.tooManyOptions(n, MAX_OPTIONS)));
                } else if (new LinkedHashSet<>(options).size() != options.size()) {
                    problems.add(invalid("questions", h -> h.duplicateOption(n)));
                }
                drafts.add(new Draft(kind, prompt, required, List.copyOf(options)));
                kind = null;
                options.clear();
            }
            if (line == null) {
                break;
            }
            String[] head = line.split("\\s+", 2);
            String word = head[0];
            required = word.endsWith("*") || word.endsWith("＊");
            if (required) {
                word = word.substring(0, word.length() - 1);
            }
            kind = switch (word) {
                case "单选" -> SurveyQuestion.Kind.SINGLE;
                case "多选" -> SurveyQuestion.Kind.MULTIPLE;
                case "填空" -> SurveyQuestion.Kind.TEXT;
                default -> null;
            };
            int n = i + 1;
            if (kind == null) {
                problems.add(invalid("questions", h -> h.badQuestionLine(n)));
                continue;
            }
            prompt = head.length > 1 ? head[1].strip() : "";
            if (prompt.isEmpty() || prompt.length() > 500) {
                problems.add(invalid("questions", h -> h.badPrompt(n)));
            }
        }
        if (drafts.size() > MAX_QUESTIONS) {
            problems.add(invalid("questions", h -> h.tooManyQuestions(MAX_QUESTIONS)));
        }
        if (drafts.isEmpty() && problems.isEmpty()) {
            problems.add(invalid("questions", h -> h.questionsRequired()));
        }
        return drafts;
    }

    @Transactional
    public Survey create(PortalUser user, String orgCode, String title, String description, String opensOn, String closesOn,
                         String questions, Actor actor) {
        ownership.requireLoggedIn(user);
        Organization org = Organization.findByCode(orgCode == null ? "" : orgCode.strip())
                .orElseThrow(() -> UserError.badInput("organization", m -> sm().badOrganization()));
        ownership.requireChosen(user, Role.EDITOR, org, "organization");
        Written fields = fields(title, description, opensOn, closesOn, questions);
        Survey s = new Survey();
        s.writtenBy(org, user.username(), clock.instant());
        fields.applyTo(s);
        s.persist();
        fields.writeQuestions(s);
        audit.record(actor, "survey.create", "survey", s.id, org.code + " " + s.opensOn + " 至 " + s.closesOn + " " + s.title);
        return s;
    }

    /** What the create and change forms set, checked: every problem named, nothing set when there is one. */
    record Written(String title, String description, LocalDate opensOn, LocalDate closesOn, List<Draft> questions) {
        void applyTo(Survey s) {
            s.title = title;
            s.description = description;
            s.opensOn = opensOn;
            s.closesOn = closesOn;
        }

        void writeQuestions(Survey s) {
            int position = 0;
            for (Draft q : questions) {
                SurveyQuestion sq = new SurveyQuestion();
                sq.survey = s;
                sq.position = ++position;
                sq.kind = q.kind();
                sq.prompt = q.prompt();
                sq.required = q.required();
                sq.options = q.options().isEmpty() ? null : String.join("\n", q.options());
                sq.persist();
            }
        }
    }

    private Written fields(String title, String description, String opensOn, String closesOn, String questions) {
        List<UserError.Invalid> problems = new ArrayList<>();
        String t = FormFields.requiredText(title, 200, "title", problems);
        String d = FormFields.requiredText(description, 10000, "description", problems);
        LocalDate from = FormFields.date(opensOn, "opensOn", problems);
        LocalDate to = FormFields.date(closesOn, "closesOn", problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(invalid("closesOn", h -> h.closesBeforeOpens()));
        } else if (to != null && to.isBefore(today())) {
            // one already over could never be answered: refuse it here rather than leave a survey nobody can use
            problems.add(invalid("closesOn", h -> h.closesInPast()));
        }
        List<Draft> drafts = parse(questions, problems);
        if (!problems.isEmpty()) {
            throw UserError.invalid(problems);
        }
        return new Written(t, d, from, to, drafts);
    }

    /** The questions as the editor's text block ({@link #parse} reads it back to the same questions), for the change form. */
    static String block(Survey s) {
        StringBuilder b = new StringBuilder();
        for (SurveyQuestion q : SurveyQuestion.of(s)) {
            if (!b.isEmpty()) {
                b.append('\n');
            }
            b.append(switch (q.kind) {
                case SINGLE -> "单选";
                case MULTIPLE -> "多选";
                case TEXT -> "填空";
            }).append(q.required ? "*" : "").append(' ').append(q.prompt).append('\n');
            for (String option : q.optionList()) {
                b.append("- ").append(option).append('\n');
            }
        }
        return b.toString();
    }

    /**
     * Its editors change one not yet public (after it was sent back, or before anyone reviewed it): all the
     * create form sets but the organization, questions too (nobody has answered); review starts again.
     */
    @Transactional
    public Survey change(PortalUser user, long id, String title, String description, String opensOn, String closesOn,
                         String questions, Actor actor) {
        Survey s = unpublishedForEditor(user, id);
        Written fields = fields(title, description, opensOn, closesOn, questions);
        String before = s.title + "；" + s.opensOn + " 至 " + s.closesOn + "；" + SurveyQuestion.count("survey", s) + " 题";
        fields.applyTo(s);
        SurveyQuestion.delete("survey", s);
        fields.writeQuestions(s);
        publicationLevels.changed(s, user.username());
        audit.record(actor, "survey.change", "survey", s.id, s.title, before,
                s.title + "；" + s.opensOn + " 至 " + s.closesOn + "；" + fields.questions().size() + " 题");
        return s;
    }

    /** 退回修改: a reviewer of its organization, not one of its authors, sends it back with the reason. */
    @Transactional
    public void returnForChanges(PortalUser user, long id, String comment, long seenVersion, Actor actor) {
        publicationLevels.returnToAuthor(user, Survey.findById(id, LockModeType.PESSIMISTIC_WRITE), comment, seenVersion,
                () -> UserError.notFound(m -> sm().notFound()), actor);
    }

    /** Its editors delete one never public (nobody could answer it). */
    @Transactional
    public void discard(PortalUser user, long id, Actor actor) {
        Survey s = unpublishedForEditor(user, id);
        publicationLevels.discarded(s);
        SurveyQuestion.delete("survey", s);
        s.delete();
        audit.record(actor, "survey.discard", "survey", id, s.organization.code + " " + s.title);
    }

    private Survey unpublishedForEditor(PortalUser user, long id) {
        return publicationLevels.requireChangeable(user, Survey.<Survey>findById(id, LockModeType.PESSIMISTIC_WRITE),
                () -> UserError.notFound(m -> sm().notFound()));
    }

    /** Four eyes: a reviewer of the survey's organization, not the person who wrote it. */
    @Transactional
    public void publish(PortalUser user, long id, boolean acknowledged, Actor actor) {
        publishSeen(user, id, acknowledged, null, actor);
    }

    /** As {@link #publish(PortalUser, long, boolean, Actor)}, for the version the reviewer's page showed (its form always names it). */
    @Transactional
    public void publish(PortalUser user, long id, boolean acknowledged, long seenVersion, Actor actor) {
        publishSeen(user, id, acknowledged, seenVersion, actor);
    }

    /** Null {@code seenVersion}: not asked from a page. */
    private void publishSeen(PortalUser user, long id, boolean acknowledged, Long seenVersion, Actor actor) {
        Survey s = Survey.findById(id, LockModeType.PESSIMISTIC_WRITE);
        ownership.requirePublishable(user, s, () -> UserError.notFound(m -> sm().notFound()), UserError.forbidden(m -> sm().fourEyes()));
        publicationLevels.publish(user, s, acknowledged, seenVersion, actor);
    }

    /** An option's number as the form writes it: ASCII digits, no sign. */
    private static final java.util.regex.Pattern OPTION_NUMBER = java.util.regex.Pattern.compile("[0-9]{1,3}");

    /**
     * A citizen's answers, {@code question id → values sent} (an option's number from 0, or the text).
     * Everything is checked before the token is spent and anything is written; problems are per
     * question ({@code q<id>}), so the form comes back with them and all that was typed.
     */
    @Transactional
    public SurveyResponse answer(long id, Map<Long, List<String>> values, String formToken, String address, Runnable spendToken) {
        Survey s = find(id);
        if (s.state(today()) != Survey.State.OPEN) {
            throw UserError.conflict(m -> sm().notOpen());
        }
        List<SurveyQuestion> questions = SurveyQuestion.of(s);
        List<UserError.Invalid> problems = new ArrayList<>();
        List<SurveyAnswer> answers = new ArrayList<>();
        for (SurveyQuestion q : questions) {
            // a free answer as it will show once approved (the letters' rule): invisible and bidi characters dropped,
            // so an answer of zero-width spaces to a required question is no answer
            boolean free = q.kind == SurveyQuestion.Kind.TEXT;
            List<String> sent = values.getOrDefault(q.id, List.of()).stream().map(v -> free ? VisibleText.lines(v) : v)
                    .filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
            String field = "q" + q.id;
            int number = q.position;
            if (sent.isEmpty()) {
                if (q.required) {
                    problems.add(invalid(field, h -> h.answerRequired(number)));
                }
                continue;
            }
            if (q.kind == SurveyQuestion.Kind.TEXT) {
                String body = String.join("\n", sent);
                if (body.length() > MAX_TEXT_ANSWER) {
                    problems.add(invalid(field, h -> h.answerTooLong(number, MAX_TEXT_ANSWER)));
                    continue;
                }
                if (!PlainText.Check.isPlain(body)) {
                    // the control characters and half characters VisibleText leaves to be refused aloud
                    problems.add(invalid(field, h -> h.answerControl(number)));
                    continue;
                }
                answers.add(answerOf(q, null, body, SurveyAnswer.Status.PENDING));
                continue;
            }
            // an option's number as the form sends it, read before duplicates are dropped: 0, 00, +0 and ０ were
            // one option sent four times and counted as four votes (security review)
            Set<Integer> choices = new TreeSet<>();
            int optionCount = q.optionList().size();
            boolean bad = false;
            for (String v : sent) {
                int choice = OPTION_NUMBER.matcher(v).matches() ? Integer.parseInt(v) : -1;
                if (choice < 0 || choice >= optionCount) {
                    bad = true;
                    break;
                }
                choices.add(choice);
            }
            if (bad || q.kind == SurveyQuestion.Kind.SINGLE && choices.size() > 1) {
                problems.add(invalid(field, h -> h.badChoice(number)));
                continue;
            }
            choices.forEach(choice -> answers.add(answerOf(q, choice, null, SurveyAnswer.Status.COUNTED)));
        }
        if (!problems.isEmpty()) {
            throw UserError.invalid(problems);
        }
        if (answers.isEmpty()) {
            throw UserError.badInput("answers", m -> sm().nothingAnswered());
        }
        spendToken.run();
        throttle.answer(address, () -> sm().throttled());
        String tokenHash = Sha256.hex(formToken == null ? "" : formToken);
        if (SurveyResponse.count("tokenHash", tokenHash) > 0) {
            throw UserError.conflict(m -> sm().alreadyAnswered());
        }
        SurveyResponse r = new SurveyResponse();
        r.survey = s;
        r.tokenHash = tokenHash;
        r.receivedAt = clock.instant();
        r.persist();
        for (SurveyAnswer a : answers) {
            a.response = r;
            a.persist();
        }
        audit.record(new Actor("citizen", address), "survey.answer", "survey", s.id, "答卷 " + r.id);
        return r;
    }

    private static SurveyAnswer answerOf(SurveyQuestion q, Integer choice, String body, SurveyAnswer.Status status) {
        SurveyAnswer a = new SurveyAnswer();
        a.question = q;
        a.choice = choice;
        a.body = body;
        a.status = status;
        return a;
    }

    /** Approve (shown, de-identified; sensitive words seen: {@code checked}) or reject a free-text answer: the organization's editors or reviewers. */
    public void moderate(PortalUser user, long answerId, boolean approve, boolean checked, Actor actor) {
        moderation.moderate(user, ANSWERS, answerId, approve, checked, actor);
    }

    /** A survey as the public may see it: published, else not found. */
    public static Survey findPublished(long id) {
        return Publishable.publicOnly(find(id), () -> UserError.notFound(m -> sm().notFound()));
    }

    public static Survey find(long id) {
        Survey s = Survey.findById(id);
        if (s == null) {
            throw UserError.notFound(m -> sm().notFound());
        }
        return s;
    }

    static UserError.Invalid invalid(String field, Function<SurveyMessages, String> message) {
        return new UserError.Invalid(field, m -> message.apply(sm()));
    }

    static SurveyMessages sm() {
        return MessageBundles.get(SurveyMessages.class);
    }
}
