package org.zwgk.portal.search;

import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
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

    /**
     * The key of the name the query is, or empty when it is too short to be a name. The fusion compares
     * it with the keys of the title ranking's first {@link #LOOKED_AT} entries, which it reads anyway.
     */
    static OptionalLong asked(String query) {
        String asked = name(query);
        return asked.length() < MIN_LENGTH ? OptionalLong.empty() : OptionalLong.of(keyOfName(asked));
    }

    /** A name's tail typed alone is at least this long (管理条例 ends hundreds of names). */
    static final int MIN_TAIL = 5;
    /** At most this many characters of a name may come before a tail typed alone (政府 of 政府信息公开条例). */
    static final int MAX_HEAD = 4;
    /** The kinds of text whose name citizens shorten by leaving out its first word. */
    private static final Pattern LAW_KIND = Pattern.compile("(?:法|法典|条例|办法|规定|细则|规则|决定)$");

    /**
     * What a query names: the keys of its name and of its synonym variants' names (政务公开条例 names 政府信息公开条例
     * through 政务公开 = 政府信息公开), and the names, of five characters or more ending as a law's does, that a title's
     * name may end with after a word or two (信息公开条例 for 政府信息公开条例: browser walk, the regulation 29th below the
     * 一号答 answers quoting it).
     */
    record Asked(java.util.Set<Long> keys, java.util.List<String> tails) {

        static final Asked NONE = new Asked(java.util.Set.of(), java.util.List.of());

        boolean any() {
            return !keys.isEmpty() || !tails.isEmpty();
        }

        /** Whether a title whose name has this key and reads so (null: not read, no tail was asked) is the one asked for. */
        boolean names(Long key, String titleName) {
            if (key != null && keys.contains(key)) {
                return true;
            }
            return titleName != null && tails.stream().anyMatch(t -> titleName.endsWith(t) && titleName.length() > t.length()
                    && titleName.length() - t.length() <= MAX_HEAD);
        }
    }

    static Asked asked(String query, java.util.List<String> variants) {
        java.util.Set<Long> keys = new java.util.HashSet<>();
        java.util.List<String> tails = new java.util.ArrayList<>();
        java.util.List<String> all = new java.util.ArrayList<>(variants);
        all.add(0, query);
        for (String text : all) {
            String n = name(text);
            if (n.length() >= MIN_LENGTH) {
                keys.add(keyOfName(n));
            }
            if (n.length() >= MIN_TAIL && LAW_KIND.matcher(n).find() && !tails.contains(n)) {
                tails.add(n);
            }
        }
        return keys.isEmpty() && tails.isEmpty() ? Asked.NONE : new Asked(java.util.Set.copyOf(keys), java.util.List.copyOf(tails));
    }
}
