package org.zwgk.portal.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A query that is a document's name: 政府信息公开条例 for 《中华人民共和国政府信息公开条例》, 劳动合同法 for
 * 中华人民共和国劳动合同法（2012修正）. Such a document is what the reader asked for, and stays first however
 * many short texts that quote it share its words (a law's name is in every one of its interpretations).
 */
final class TitleNames {

    /** Shorter names (公告, 通知) are words, not names. */
    static final int MIN_LENGTH = 4;
    /** How many of the title ranking's first entries are read. */
    static final int LOOKED_AT = 10;

    private static final String STATE = "中华人民共和国";
    private static final Pattern EDITION = Pattern.compile("[（(][^（）()]{0,20}[)）]$");
    private static final Pattern NOT_NAME = Pattern.compile("[\\s《》〈〉“”\"'‘’「」『』.,，。、:：;；!！?？]");

    private TitleNames() {
    }

    /** The name a title or a query comes to: simplified, no quotes or spaces, no leading 中华人民共和国, no trailing (edition). */
    static String name(String text) {
        if (text == null) {
            return "";
        }
        // typed in traditional characters (政府信息公開條例), the name is the same
        String n = NOT_NAME.matcher(TraditionalToSimplified.apply(text)).replaceAll("");
        n = EDITION.matcher(n).replaceFirst("");
        return n.startsWith(STATE) ? n.substring(STATE.length()) : n;
    }

    /**
     * The name as a number kept beside each document (doc values, {@link SearchFields#TITLE_NAME}): a
     * 64-bit FNV-1a hash of its UTF-8 bytes. Reading ten titles from the stored fields took a twentieth
     * of a search; a collision would only move one hit up. The index keeps the keys {@link #name} gave
     * when it was built: a change to {@link #name} (or to the traditional-character table) needs a new
     * {@link SearchIndex#LAYOUT}, so that the index is rebuilt with the new keys.
     */
    static long key(String text) {
        return keyOfName(name(text));
    }

    private static long keyOfName(String name) {
        long h = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return h;
    }

    /** The entries among the title ranking's first whose title the query names. */
    static Set<Integer> named(IndexSearcher searcher, String query, ScoreDoc[] titles) throws IOException {
        String asked = name(query);
        if (asked.length() < MIN_LENGTH || titles.length == 0) {
            return Set.of();
        }
        long key = keyOfName(asked);
        int[] docs = Arrays.stream(titles, 0, Math.min(LOOKED_AT, titles.length)).mapToInt(d -> d.doc).sorted().toArray();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Set<Integer> out = new HashSet<>();
        NumericDocValues keys = null;
        int leafIndex = -1;
        for (int doc : docs) {
            int sub = ReaderUtil.subIndex(doc, leaves);
            if (sub != leafIndex) {
                leafIndex = sub;
                keys = leaves.get(sub).reader().getNumericDocValues(SearchFields.TITLE_NAME);
            }
            if (keys != null && keys.advanceExact(doc - leaves.get(sub).docBase) && keys.longValue() == key) {
                out.add(doc);
            }
        }
        return out;
    }
}
