package org.zwgk.portal.search;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

import java.util.Locale;

/** Toneless pinyin of Chinese text (first reading of each character), and its initials. */
final class Pinyin {

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private Pinyin() {
    }

    /** "政务公开" → "zhengwugongkai"; letters and digits pass through lower-cased. */
    static String full(String text) {
        return convert(text, false);
    }

    /** "政务公开" → "zwgk". */
    static String initials(String text) {
        return convert(text, true);
    }

    private static String convert(String text, boolean initialsOnly) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            String[] readings = null;
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                try {
                    readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
                } catch (BadHanyuPinyinOutputFormatCombination e) {
                    throw new IllegalStateException(e);
                }
            }
            if (readings != null && readings.length > 0) {
                out.append(initialsOnly ? readings[0].substring(0, 1) : readings[0]);
            } else if (Character.isLetterOrDigit(c) && c < 128) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    static boolean isLatin(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    }
}
