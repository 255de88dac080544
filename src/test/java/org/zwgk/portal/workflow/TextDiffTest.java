package org.zwgk.portal.workflow;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zwgk.portal.workflow.LargeDiffTest.lines;

/** The diff's budget, without the application: what is compared, what is given up. */
class TextDiffTest {

    @Test
    void aSmallChangeShowsTheChangedLinesWithContext() {
        TextDiff.Diff d = TextDiff.of(lines(10, "第%d行"), lines(10, "第%d行").replace("第5行", "第五行"));
        assertThat(d.tooLarge()).isFalse();
        assertThat(d.lines()).extracting(TextDiff.Line::kind).containsExactly(TextDiff.Kind.FOLDED, TextDiff.Kind.SAME,
                TextDiff.Kind.SAME, TextDiff.Kind.REMOVED, TextDiff.Kind.ADDED, TextDiff.Kind.SAME, TextDiff.Kind.SAME,
                TextDiff.Kind.FOLDED);
        assertThat(d.lines().get(3).text()).isEqualTo("第5行");
        assertThat(d.lines().get(4).text()).isEqualTo("第五行");
    }

    @Test
    void hundredThousandLinesThatAllDifferAreGivenUpNotCompared() {
        TextDiff.Diff d = TextDiff.of(lines(100_000, "旧%d"), lines(100_000, "新%d"));
        assertThat(d.tooLarge()).isTrue();
        assertThat(d.lines()).isEmpty();
        assertThat(d.isEmpty()).isFalse();
    }

    @Test
    void manyInterleavedChangesAreGivenUpToo() {
        String before = lines(20_000, "行%d");
        String after = before.replaceAll("行(\\d*[02468])\\n", "改$1\n");
        assertThat(TextDiff.of(before, after).tooLarge()).isTrue();
    }

    @Test
    void longTextsWithAFewChangesAreCompared() {
        String before = lines(100_000, "行%d");
        String after = before.replace("行7\n", "七\n").replace("行99990\n", "九万九千九百九十\n");
        TextDiff.Diff d = TextDiff.of(before, after);
        assertThat(d.tooLarge()).isFalse();
        assertThat(d.lines()).filteredOn(l -> l.kind() == TextDiff.Kind.ADDED).extracting(TextDiff.Line::text)
                .containsExactly("七", "九万九千九百九十");
        assertThat(TextDiff.of(before, before).lines()).extracting(TextDiff.Line::kind).containsExactly(TextDiff.Kind.FOLDED);
    }

    @Test
    void textsTooLongToTryAreGivenUp() {
        String huge = "字".repeat(TextDiff.MAX_CHARS);
        assertThat(TextDiff.of(huge, huge + "。").tooLarge()).isTrue();
    }

    @Test
    void markdownEscapesAreShownAsTheCharactersAPersonReads() {
        // browser walk: a masked number read 138\\*\\*\\*\\*5678 in the comparison
        TextDiff.Diff d = TextDiff.of("联系电话：13812345678", "联系电话：138\\*\\*\\*\\*5678");
        assertThat(d.lines()).extracting(TextDiff.Line::text).contains("联系电话：138****5678").doesNotContain("联系电话：138\\*\\*\\*\\*5678");
    }
}
