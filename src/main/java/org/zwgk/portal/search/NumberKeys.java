package org.zwgk.portal.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * 文号 and 索引号 as citizens type them: 〔〕, [], 【】, () or none, half- or full-width, with spaces.
 * All of them reduce to one key, so 昆政办发[2018]152号 finds 昆政办发〔2018〕152号.
 */
public final class NumberKeys {

    private static final Pattern IGNORED = Pattern.compile("[\\s\\p{Z}〔〕\\[\\]【】()（）{}〈〉《》<>「」“”\"'‘’]+");

    private NumberKeys() {
    }

    private static final Pattern YEAR_WORD = Pattern.compile("(\\d{4})[年第]+(?=\\d)");
    private static final Pattern ORDER_WITHOUT_DI = Pattern.compile("令(\\d+号)$");
    /** A year and a number at a key's end (2018152号): what stays when a word of the issuer is left out. */
    private static final Pattern YEAR_AND_NUMBER = Pattern.compile("(?:19|20)\\d{2}\\d{1,4}号$");

    /**
     * The keys a typed 文号 stands for, the key as typed first: 年 or 第 written after the year
     * (昆政办发2018年152号, 〔2018〕第152号) left out, and an order typed without its 第 (国务院令711号) given
     * it, as documents write them (browser walk: each of these lost its document).
     */
    public static java.util.List<String> typedKeys(String typed) {
        String key = of(typed);
        java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>();
        keys.add(key);
        String plain = YEAR_WORD.matcher(key).replaceAll("$1");
        keys.add(plain);
        keys.add(ORDER_WITHOUT_DI.matcher(plain).replaceAll("令第$1"));
        return java.util.List.copyOf(keys);
    }

    /**
     * The year and number a typed 文号 ends with (2018152号 of 昆政办〔2018〕152号), when a word of its issuer may
     * have been left out; null when it has none or is nothing but them.
     */
    public static String yearAndNumber(String key) {
        java.util.regex.Matcher m = YEAR_AND_NUMBER.matcher(key);
        return m.find() && m.start() > 0 ? m.group() : null;
    }

    public static String of(String typed) {
        if (typed == null) {
            return "";
        }
        String normalized = Normalizer.normalize(typed, Normalizer.Form.NFKC);
        return IGNORED.matcher(TraditionalToSimplified.apply(normalized)).replaceAll("").toUpperCase(Locale.ROOT);
    }
}
