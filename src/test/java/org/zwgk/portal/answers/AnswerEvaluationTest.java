package org.zwgk.portal.answers;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How often the right 一号答 answer is among the first three for a citizen's question: the judged
 * set (src/test/resources/answers/judged-questions.tsv, questions in citizens' own words) over the
 * knowledge base seeded in content/documents/yhd, ranked by the same {@link AnswerRanker} the API
 * and the as-you-type suggestions use. One command:
 * {@code mvn -B test -Dtest=AnswerEvaluationTest -DskipPgTests}; the figure is in docs/search.md.
 */
class AnswerEvaluationTest {

    record Judged(String question, String key) {
    }

    static List<AnswerRanker.Entry> seeded() throws IOException {
        List<AnswerRanker.Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("content/documents/yhd"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                int end = text.indexOf("\n---\n", 4);
                String front = text.substring(4, end);
                String body = text.substring(end + 5).strip();
                String key = field(front, "key");
                entries.add(new AnswerRanker.Entry(entries.size(), key, field(front, "title"), KnowledgeBase.answerOf(body), "",
                        KnowledgeBase.sourceOf(body), "/documents/" + entries.size()));
            }
        }
        return entries;
    }

    static String field(String front, String name) {
        return front.lines().filter(l -> l.startsWith(name + ":")).findFirst().orElseThrow()
                .substring(name.length() + 1).strip();
    }

    static List<Judged> judged() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/answers/judged-questions.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).map(p -> new Judged(p[0], p[1])).toList();
    }

    @Test
    void theRightAnswerIsInTheFirstThree() throws IOException {
        List<AnswerRanker.Entry> entries = seeded();
        List<Judged> set = judged();
        assertThat(entries).hasSizeGreaterThanOrEqualTo(30);
        assertThat(entries).allSatisfy(e -> assertThat(e.source()).as(e.key() + " cites its legal source").contains("第"));
        assertThat(set).hasSizeGreaterThanOrEqualTo(100);
        assertThat(set).allSatisfy(j -> assertThat(entries).as(j.key() + " exists").anyMatch(e -> e.key().equals(j.key())));
        report("without synonyms", new AnswerRanker(entries), set, entries.size());
        double at3 = report("with synonyms", new AnswerRanker(entries, KnowledgeBase.synonyms(Path.of("content"))), set, entries.size());
        assertThat(at3).as("top-3 accuracy").isGreaterThanOrEqualTo(80.0);
    }

    static double report(String variant, AnswerRanker ranker, List<Judged> set, int pairs) {
        int top1 = 0, top3 = 0;
        List<String> misses = new ArrayList<>();
        for (Judged j : set) {
            List<String> got = ranker.rank(j.question(), 3).stream().map(s -> s.entry().key()).toList();
            if (!got.isEmpty() && got.get(0).equals(j.key())) {
                top1++;
            }
            if (got.contains(j.key())) {
                top3++;
            } else {
                misses.add(j.question() + " → " + got + " (wanted " + j.key() + ")");
            }
        }
        double at3 = 100.0 * top3 / set.size();
        System.out.printf("一号答 judged set, %s: %d questions over %d pairs; top-1 %.1f%%, top-3 %.1f%%%n", variant, set.size(), pairs,
                100.0 * top1 / set.size(), at3);
        misses.forEach(m -> System.out.println("  miss: " + m));
        return at3;
    }
}
