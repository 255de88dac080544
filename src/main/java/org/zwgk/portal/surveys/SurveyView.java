package org.zwgk.portal.surveys;

import org.zwgk.portal.access.Reader;
import org.zwgk.portal.contributions.ContributionView;
import org.zwgk.portal.privacy.Deidentifier;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.Map;

/** A survey as its pages show it, read inside the transaction. */
public record SurveyView(long id, String title, String description, String organization, String orgCode, LocalDate opensOn,
                         LocalDate closesOn, Survey.State state, String createdBy, String publishedBy, List<Question> questions,
                         long responses, boolean returned) {

    public record Question(long id, int number, SurveyQuestion.Kind kind, String prompt, boolean required, List<Option> options) {
        public boolean single() {
            return kind == SurveyQuestion.Kind.SINGLE;
        }

        public boolean multiple() {
            return kind == SurveyQuestion.Kind.MULTIPLE;
        }

        public boolean text() {
            return kind == SurveyQuestion.Kind.TEXT;
        }
    }

    public record Option(int index, String label) {
    }

    /** As its editors and reviewers see it in the workbench: as typed. */
    static SurveyView of(Survey s, LocalDate today) {
        return of(s, today, UnaryOperator.identity());
    }

    /** As the public sees it: everything staff typed (title, description, questions, options) through the gate too. */
    static SurveyView shown(Survey s, LocalDate today, Deidentifier gate) {
        return of(s, today, gate::mask);
    }

    private static SurveyView of(Survey s, LocalDate today, UnaryOperator<String> shown) {
        List<Question> questions = SurveyQuestion.of(s).stream().map(q -> {
            List<String> labels = q.optionList();
            List<Option> options = new java.util.ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                options.add(new Option(i, shown.apply(labels.get(i))));
            }
            return new Question(q.id, q.position, q.kind, shown.apply(q.prompt), q.required, options);
        }).toList();
        return new SurveyView(s.id, shown.apply(s.title), shown.apply(s.description), s.organization.name, s.organization.code,
                s.opensOn, s.closesOn, s.state(today), s.createdBy, s.publishedBy, questions, SurveyResponse.count("survey", s),
                s.returned());
    }

    public boolean open() {
        return state == Survey.State.OPEN;
    }

    public boolean closed() {
        return state == Survey.State.CLOSED;
    }

    public boolean draft() {
        return state == Survey.State.DRAFT;
    }

    /** One bar of a chart, laid out for the server-rendered SVG (no script, no style sheet needed). */
    public record Bar(String label, long count, int percent, int y, int width) {
        /** The label as the chart has room for it (the table beside it has it whole). */
        public String shortLabel() {
            return label.codePointCount(0, label.length()) <= 14 ? label
                    : label.substring(0, label.offsetByCodePoints(0, 13)) + "…";
        }

        public int textY() {
            return y + 16;
        }

        public int valueX() {
            return Chart.BAR_X + width + 6;
        }
    }

    /** A choice question's counts, as an SVG bar chart and the same figures in a table. */
    public record Chart(Question question, long respondents, List<Bar> bars, List<ContributionView> texts) {
        public static final int BAR_X = 230;
        public static final int BAR_MAX = 300;
        public static final int ROW = 30;

        public int height() {
            return Math.max(1, bars.size()) * ROW + 10;
        }

        public int barX() {
            return BAR_X;
        }
    }

    /**
     * The results: per choice question the count and share of respondents for each option; per
     * free-text question the approved answers, de-identified.
     */
    static List<Chart> results(Survey s, Deidentifier deidentifier) {
        Map<Long, Map<Integer, Long>> counts = new HashMap<>();
        for (Object[] row : SurveyAnswer.getEntityManager().createQuery(
                "select a.question.id, a.choice, count(a) from SurveyAnswer a where a.question.survey = ?1 and a.choice is not null"
                        + " group by a.question.id, a.choice", Object[].class).setParameter(1, s).getResultList()) {
            counts.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((Integer) row[1], (Long) row[2]);
        }
        Map<Long, Long> respondents = new HashMap<>();
        for (Object[] row : SurveyAnswer.getEntityManager().createQuery(
                "select a.question.id, count(distinct a.response.id) from SurveyAnswer a where a.question.survey = ?1"
                        + " group by a.question.id", Object[].class)
                .setParameter(1, s).getResultList()) {
            respondents.put((Long) row[0], (Long) row[1]);
        }
        SurveyView view = shown(s, java.time.LocalDate.MIN, deidentifier);
        return view.questions().stream().map(q -> {
            long n = respondents.getOrDefault(q.id(), 0L);
            if (q.text()) {
                List<ContributionView> texts = SurveyAnswer.<SurveyAnswer>list("question.id = ?1 and status = ?2 order by id", q.id(),
                        SurveyAnswer.Status.APPROVED).stream().map(a -> ContributionView.shown(a, null, null, deidentifier)).toList();
                return new Chart(q, n, List.of(), texts);
            }
            Map<Integer, Long> c = counts.getOrDefault(q.id(), Map.of());
            List<Bar> bars = new java.util.ArrayList<>();
            for (Option o : q.options()) {
                long k = c.getOrDefault(o.index(), 0L);
                int percent = n == 0 ? 0 : (int) Math.round(100.0 * k / n);
                int width = n == 0 ? 0 : (int) Math.round((double) Chart.BAR_MAX * k / n);
                bars.add(new Bar(o.label(), k, percent, o.index() * Chart.ROW + 5, width));
            }
            return new Chart(q, n, bars, List.of());
        }).toList();
    }

    /** As read at work: as typed for its staff, through the gate for an overseer. */
    static SurveyView atWork(Survey s, LocalDate today, Reader reader, Deidentifier gate) {
        return reader.asTyped() ? of(s, today) : shown(s, today, gate);
    }

    /**
     * The free-text answers waiting for moderation (at work only; as typed for the moderator, who decides,
     * through the gate for an overseer), with their question's number.
     */
    static List<ContributionView> pending(Survey s, Reader reader, Deidentifier gate) {
        return SurveyAnswer.<SurveyAnswer>list("question.survey = ?1 and status = ?2 order by id", s, SurveyAnswer.Status.PENDING)
                .stream().map(a -> ContributionView.pending(a, null, a.question.position, reader.asTyped(), gate)).toList();
    }
}
