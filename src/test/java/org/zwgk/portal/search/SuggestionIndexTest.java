package org.zwgk.portal.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Prefix suggestions from sorted keys, checked against a scan of the whole list; no Quarkus. */
class SuggestionIndexTest {

    static Suggester.Entry entry(String text, long weight) {
        return new Suggester.Entry(text, Pinyin.initials(text), Pinyin.full(text), weight);
    }

    static final List<Suggester.Entry> WORDS = List.of(entry("政务公开", 50), entry("政务服务", 80), entry("政府信息", 30),
            entry("财政", 40), entry("财政预算", 10), entry("公开", 90), entry("政务", 5));

    @Test
    void byTextPrefixBestFirstWithoutWhatWasTyped() {
        SuggestionIndex index = new SuggestionIndex(WORDS);
        assertThat(texts(index.byText("政务", 10, "政务"))).containsExactly("政务服务", "政务公开");
        assertThat(texts(index.byText("政", 10, "政"))).containsExactly("政务服务", "政务公开", "政府信息", "政务");
        assertThat(texts(index.byText("政", 2, "政"))).containsExactly("政务服务", "政务公开");
        assertThat(index.byText("教育", 10, "教育")).isEmpty();
    }

    @Test
    void byPinyinInitialsAndFullPinyin() {
        SuggestionIndex index = new SuggestionIndex(WORDS);
        assertThat(texts(index.byPinyin("zwgk", 10, "zwgk"))).containsExactly("政务公开");
        assertThat(texts(index.byPinyin("zhengwu", 10, "zhengwu"))).containsExactly("政务服务", "政务公开", "政务");
        assertThat(texts(index.byPinyin("cz", 10, "cz"))).containsExactly("财政", "财政预算");
        assertThat(texts(index.byPinyin("z", 10, "z"))).as("initials and pinyin both match, each word once")
                .containsExactly("政务服务", "政务公开", "政府信息", "政务");
    }

    @Test
    void longRangesRankedAtBuildTimeGiveWhatAScanOfTheWholeListGives() {
        Random random = new Random(152);
        String chars = "政务公开信息财政预算服务府";
        Map<String, Suggester.Entry> byText = new LinkedHashMap<>();
        while (byText.size() < 8_000) {
            StringBuilder b = new StringBuilder();
            for (int n = 2 + random.nextInt(5); n > 0; n--) {
                b.append(chars.charAt(random.nextInt(chars.length())));
            }
            byText.putIfAbsent(b.toString(), entry(b.toString(), random.nextInt(1000)));
        }
        List<Suggester.Entry> entries = new ArrayList<>(byText.values());
        SuggestionIndex index = new SuggestionIndex(entries);

        List<String> prefixes = new ArrayList<>(List.of("政", "政务", "财政预", "府府府府府府", "z", "zw", "zhengwu", "zwgkxx", "c"));
        for (int i = 0; i < 200; i++) {
            String t = entries.get(random.nextInt(entries.size())).text();
            prefixes.add(t.substring(0, 1 + random.nextInt(t.length())));
            String p = Pinyin.full(t);
            prefixes.add(p.substring(0, 1 + random.nextInt(p.length())));
        }
        for (String prefix : prefixes) {
            boolean latin = Pinyin.isLatin(prefix);
            List<Suggester.Entry> found = latin ? index.byPinyin(prefix, 10, prefix) : index.byText(prefix, 10, prefix);
            assertThat(found).as("prefix " + prefix).isEqualTo(scan(entries, prefix, latin, 10));
        }
    }

    /** What the suggester did before: every entry looked at for every keystroke. */
    static List<Suggester.Entry> scan(List<Suggester.Entry> entries, String q, boolean latin, int limit) {
        return entries.stream()
                .filter(e -> latin ? e.initials().startsWith(q) || e.pinyin().startsWith(q) : e.text().startsWith(q))
                .filter(e -> !e.text().equals(q))
                .sorted(Comparator.comparingLong(Suggester.Entry::weight).reversed().thenComparing(Suggester.Entry::text))
                .limit(limit).toList();
    }

    static List<String> texts(List<Suggester.Entry> entries) {
        return entries.stream().map(Suggester.Entry::text).toList();
    }
}
