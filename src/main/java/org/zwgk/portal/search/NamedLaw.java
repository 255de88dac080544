package org.zwgk.portal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A query that names a law and asks about something in it: 治安管理处罚法 噪声, 《劳动合同法》试用期. The
 * law's name is in every one of its articles' context (its title), so it says nothing about which
 * article answers; in the articles' own text it only finds those that speak of the law itself
 * (search walk: 治安管理处罚法 噪声 pointed at §3, 治安管理处罚的程序…, not at the article on noise).
 * The articles are then asked the rest of the query, the name still asked of their context.
 */
record NamedLaw(String name, String topic) {

    /** A word that is a law's name: 劳动法, 民法典, 物业管理条例 (three characters at least). */
    private static final Pattern NAME = Pattern.compile("\\p{IsHan}{1,40}(法典|条例|法)");
    /** …法 words that are not names of laws: 不合法, 是否违法, 好方法, 行政执法. */
    private static final Pattern NOT_NAME = Pattern.compile(".*(违法|合法|非法|方法|做法|办法|说法|看法|想法|用法|写法|算法|手法|执法|依法|守法|犯法|立法|司法|效法|无法|设法|没法)");
    /** What must be left to ask the articles: a word of two characters at least. */
    private static final int MIN_TOPIC = 2;

    /** The law named in the query's words (separated by spaces, as the planner leaves them) and the rest; null when none. */
    static NamedLaw in(String words) {
        if (words == null) {
            return null;
        }
        String name = null;
        List<String> rest = new ArrayList<>();
        for (String word : words.strip().split("\\s+")) {
            if (name == null && word.length() >= 3 && NAME.matcher(word).matches() && !NOT_NAME.matcher(word).matches()) {
                name = word;
            } else if (!word.isEmpty()) {
                rest.add(word);
            }
        }
        String topic = String.join(" ", rest);
        return name == null || topic.replaceAll("\\s", "").length() < MIN_TOPIC ? null : new NamedLaw(name, topic);
    }
}
