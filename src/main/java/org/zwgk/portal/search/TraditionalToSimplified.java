package org.zwgk.portal.search;

import com.ibm.icu.text.Transliterator;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

import java.io.Reader;

/**
 * Maps traditional Chinese characters to simplified ones before any tokenizer sees the text, so a
 * citizen typing 政務公開 finds 政务公开 whatever the analysis chain. The table is ICU's
 * Traditional-Simplified transform, taken character by character over the CJK ideograph blocks
 * once at start-up (single characters keep offsets exact for highlighting).
 */
public final class TraditionalToSimplified {

    private static final NormalizeCharMap MAP = build();

    private TraditionalToSimplified() {
    }

    public static Reader wrap(Reader reader) {
        return new MappingCharFilter(MAP, reader);
    }

    /** The same mapping applied to a string, for query keys and suggestions. */
    public static String apply(String text) {
        StringBuilder out = new StringBuilder(text.length());
        try (Reader r = wrap(new java.io.StringReader(text))) {
            char[] buf = new char[256];
            for (int n; (n = r.read(buf)) > 0; ) {
                out.append(buf, 0, n);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    private static NormalizeCharMap build() {
        Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        int[][] blocks = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}};
        for (int[] block : blocks) {
            for (int cp = block[0]; cp <= block[1]; cp++) {
                String from = new String(Character.toChars(cp));
                String to = t2s.transliterate(from);
                if (!to.equals(from) && to.codePointCount(0, to.length()) == 1) {
                    builder.add(from, to);
                }
            }
        }
        return builder.build();
    }
}
