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

    public static String of(String typed) {
        if (typed == null) {
            return "";
        }
        String normalized = Normalizer.normalize(typed, Normalizer.Form.NFKC);
        return IGNORED.matcher(TraditionalToSimplified.apply(normalized)).replaceAll("").toUpperCase(Locale.ROOT);
    }
}
