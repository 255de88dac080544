package org.zwgk.portal.workflow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The sensitive-words check on its own: the list file, where the hits are, longest word first. */
class SensitiveWordsTest {

    @TempDir
    Path dir;

    SensitiveWords words(String list) throws IOException {
        Path file = dir.resolve("sensitive-words.txt");
        Files.writeString(file, list);
        return new SensitiveWords(file);
    }

    @Test
    void everyOccurrenceIsFoundWithItsPlaceReasonAndContext() throws IOException {
        SensitiveWords w = words("""
                # a comment
                身份证号 | 可能含有个人身份证号码

                满清政府
                """);
        String text = "请提供身份证号。满清政府时期……另附身份证号复印件。";
        List<SensitiveWords.Hit> hits = w.check(DraftInput.Field.BODY, text);
        assertThat(hits).extracting(SensitiveWords.Hit::word).containsExactly("身份证号", "满清政府", "身份证号");
        SensitiveWords.Hit first = hits.get(0);
        assertThat(text.substring(first.start(), first.end())).isEqualTo("身份证号");
        assertThat(first.reason()).isEqualTo("可能含有个人身份证号码");
        assertThat(first.field()).isEqualTo(DraftInput.Field.BODY);
        assertThat(first.context()).contains("请提供身份证号");
        assertThat(hits.get(1).reason()).as("a word without a reason").isEmpty();
    }

    @Test
    void theWordsOfSeveralShortTextsAreNamedOnceEachInTheOrderFound() throws IOException {
        SensitiveWords w = words("身份证号\n满清政府\n台湾国\n");
        assertThat(w.words("主持人：请报身份证号", null, "满清政府时期的身份证号")).containsExactly("身份证号", "满清政府");
        assertThat(w.words("关于做好2018年政务公开工作的通知")).isEmpty();
    }

    @Test
    void theLongerWordWinsWhereTwoOverlap() throws IOException {
        SensitiveWords w = words("""
                工商行政管理局 | 地方机构已整合
                国家工商行政管理总局 | 机构已撤销
                """);
        List<SensitiveWords.Hit> hits = w.check(DraftInput.Field.TITLE, "按照国家工商行政管理总局的要求");
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).word()).isEqualTo("国家工商行政管理总局");
        assertThat(hits.get(0).reason()).isEqualTo("机构已撤销");
    }

    @Test
    void cleanTextMissingTextAndAMissingListHaveNoHits() throws IOException {
        SensitiveWords w = words("台湾国 | 严重政治表述错误\n");
        assertThat(w.check(DraftInput.Field.BODY, "关于做好2018年政务公开工作的通知")).isEmpty();
        assertThat(w.check(DraftInput.Field.BODY, null)).isEmpty();
        assertThat(new SensitiveWords(dir.resolve("absent.txt")).check(DraftInput.Field.BODY, "台湾国")).isEmpty();
    }

    @Test
    void segmentsCutTheTextIntoPlainAndFlaggedStretchesThatJoinToTheWhole() throws IOException {
        SensitiveWords w = words("身份证号 | 须去标识化\n银行卡号\n");
        String text = "身份证号和银行卡号不得公开";
        List<SensitiveWords.Segment> segments = w.segments(DraftInput.Field.BODY, text, w.check(DraftInput.Field.BODY, text));
        assertThat(segments).extracting(SensitiveWords.Segment::text).containsExactly("身份证号", "和", "银行卡号", "不得公开");
        assertThat(segments).extracting(SensitiveWords.Segment::flagged).containsExactly(true, false, true, false);
        assertThat(segments.get(0).reason()).isEqualTo("须去标识化");
        assertThat(segments.get(2).reason()).as("without a reason the word itself is the title").isEqualTo("银行卡号");
        assertThat(String.join("", segments.stream().map(SensitiveWords.Segment::text).toList())).isEqualTo(text);
    }
}
