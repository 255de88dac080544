package org.zwgk.portal.workflow;

import org.junit.jupiter.api.Test;
import org.zwgk.portal.workflow.TextDiff.Kind;
import org.zwgk.portal.workflow.TextDiff.Line;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The line diff shown between a published version and its revision, without Quarkus. */
class TextDiffLinesTest {

    static String lines(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "第" + i + "行").collect(Collectors.joining("\n"));
    }

    @Test
    void aChangedLineIsShownRemovedThenAddedBetweenItsNeighbours() {
        List<Line> diff = TextDiff.of("一\n二\n三", "一\n贰\n三").lines();
        assertThat(diff).containsExactly(new Line(Kind.SAME, "一"), new Line(Kind.REMOVED, "二"),
                new Line(Kind.ADDED, "贰"), new Line(Kind.SAME, "三"));
    }

    @Test
    void longUnchangedRunsAreFoldedWithTwoLinesOfContextAndTheirCount() {
        String before = lines(1, 20);
        String after = before.replace("第10行", "第十行");
        List<Line> diff = TextDiff.of(before, after).lines();
        assertThat(diff).containsExactly(
                new Line(Kind.FOLDED, "7"),
                new Line(Kind.SAME, "第8行"), new Line(Kind.SAME, "第9行"),
                new Line(Kind.REMOVED, "第10行"), new Line(Kind.ADDED, "第十行"),
                new Line(Kind.SAME, "第11行"), new Line(Kind.SAME, "第12行"),
                new Line(Kind.FOLDED, "8"));
    }

    @Test
    void addingToAnEmptyTextAndIdenticalTexts() {
        assertThat(TextDiff.of(null, "新的一行\n第二行").lines()).containsExactly(new Line(Kind.ADDED, "新的一行"), new Line(Kind.ADDED, "第二行"));
        assertThat(TextDiff.of("第一行\n第二行", "").lines()).containsExactly(new Line(Kind.REMOVED, "第一行"), new Line(Kind.REMOVED, "第二行"));
        assertThat(TextDiff.of(lines(1, 10), lines(1, 10)).lines()).as("nothing changed: one fold")
                .containsExactly(new Line(Kind.FOLDED, "10"));
        assertThat(TextDiff.of("一", "一").lines()).as("too short to fold").containsExactly(new Line(Kind.SAME, "一"));
    }

    @Test
    void windowsLineEndingsAreNotAChange() {
        assertThat(TextDiff.of("一\r\n二\r\n三", "一\n二\n三").lines()).extracting(Line::kind).doesNotContain(Kind.REMOVED, Kind.ADDED);
    }

    @Test
    void eachKindHasItsCssClass() {
        assertThat(new Line(Kind.REMOVED, "x").css()).isEqualTo("removed");
    }
}
