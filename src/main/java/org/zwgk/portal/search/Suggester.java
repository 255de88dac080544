package org.zwgk.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Suggestions as you type and "did you mean". The dictionary is the words of all indexed titles
 * (weighted by how many documents use them) plus the names of organizations, channels and topics;
 * each entry is also reachable by its pinyin initials (zwgk → 政务公开) and full pinyin. A query whose
 * pinyin matches a better-known word (政物公开 → 政务公开) gets that word as "did you mean". A keystroke
 * looks its prefix up in sorted keys ({@link SuggestionIndex}), not through the whole list.
 */
@ApplicationScoped
public class Suggester {

    static final int MAX_ENTRIES = 100_000;
    private static final Duration MAX_AGE = Duration.ofSeconds(30);

    record Entry(String text, String initials, String pinyin, long weight) {
    }

    private record Dictionary(IndexReader reader, Instant builtAt, SuggestionIndex prefixes, Map<String, Entry> byPinyin,
                              Map<String, Entry> byInitials, Set<String> known) {
    }

    private final SearchIndex index;
    private final CatalogNames catalog;
    private final TitleSuggestions titles;
    private final SearchGate gate;
    private volatile Dictionary dictionary;
    private final java.util.concurrent.atomic.AtomicBoolean rebuilding = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.ExecutorService background = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "suggestion-dictionary");
        t.setDaemon(true);
        return t;
    });

    Suggester(SearchIndex index, CatalogNames catalog, SearchVocabulary vocabulary, SearchGate gate) {
        this.index = index;
        this.gate = gate;
        this.catalog = catalog;
        this.titles = new TitleSuggestions(index.chain().analyzer(), SearchFields.TITLE + index.indexer().primarySuffix(), vocabulary);
    }

    /** Up to {@code limit} (at most {@link SuggestionIndex#TOP}) words starting with what was typed, or whose pinyin does. */
    public List<String> suggest(String typed, int limit) {
        String q = SearchRequest.clean(typed).toLowerCase(java.util.Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        String simplified = TraditionalToSimplified.apply(q);
        SuggestionIndex prefixes = current().prefixes();
        List<Entry> best = Pinyin.isLatin(q) ? prefixes.byPinyin(q, limit, simplified) : prefixes.byText(simplified, limit, simplified);
        List<String> words = best.stream().map(Entry::text).toList();
        if (!TitleSuggestions.applies(simplified)) {
            return words;
        }
        // a ranking of titles per keystroke: only while the searches leave a core free, words alone otherwise
        List<String> names = gate.ifFree(() -> index.read(searcher -> titles.names(searcher, simplified, limit)), List.of());
        return mixed(words, names, Math.min(limit, SuggestionIndex.TOP));
    }

    /**
     * The dictionary's words and the documents' names in one list: up to half of it words (the best-known
     * first), then names, then more words if names are few. Either alone would hide the other: a short
     * prefix has more than enough words, and a law's short name (民法典) is no word of the dictionary.
     */
    static List<String> mixed(List<String> words, List<String> names, int limit) {
        Set<String> out = new LinkedHashSet<>(words.subList(0, Math.min(words.size(), (limit + 1) / 2)));
        for (String name : names) {
            if (out.size() < limit) {
                out.add(name);
            }
        }
        for (String word : words) {
            if (out.size() < limit) {
                out.add(word);
            }
        }
        return List.copyOf(out);
    }

    /** A known word that sounds exactly like the query when the query itself is not one (政物公开 → 政务公开), or null. */
    public String didYouMean(String typed) {
        String q = TraditionalToSimplified.apply(SearchRequest.clean(typed));
        if (q.length() < 2 || q.length() > 20) {
            return null;
        }
        Dictionary d = current();
        if (d.known().contains(q)) {
            return null;
        }
        Entry e = d.byPinyin().get(Pinyin.full(q));
        return e == null || e.text().equals(q) ? null : e.text();
    }

    /**
     * The best-known word whose pinyin initials are exactly the query (zwgk → 政务公开), or null: a
     * query of 2 to 12 Latin letters only.
     */
    public String fromInitials(String typed) {
        String q = SearchRequest.clean(typed).toLowerCase(java.util.Locale.ROOT);
        if (q.length() < 2 || q.length() > 12 || !Pinyin.isLatin(q)) {
            return null;
        }
        Entry e = current().byInitials().get(q);
        return e == null ? null : e.text();
    }

    /**
     * The dictionary in use. The first one is built on the spot; after that a stale one (the index
     * changed and it is older than MAX_AGE) keeps serving while a new one is built in the background,
     * so no search waits for the rebuild.
     */
    private Dictionary current() {
        Dictionary d = dictionary;
        if (d == null) {
            synchronized (this) {
                if (dictionary == null) {
                    dictionary = index.read(searcher -> build(searcher.getIndexReader()));
                }
                return dictionary;
            }
        }
        if (Instant.now().isAfter(d.builtAt().plus(MAX_AGE)) && rebuilding.compareAndSet(false, true)) {
            background.execute(() -> {
                try {
                    index.read(searcher -> {
                        Dictionary old = dictionary;
                        dictionary = searcher.getIndexReader() != old.reader() ? build(searcher.getIndexReader())
                                : new Dictionary(old.reader(), Instant.now(), old.prefixes(), old.byPinyin(), old.byInitials(), old.known());
                        return null;
                    });
                } finally {
                    rebuilding.set(false);
                }
            });
        }
        return d;
    }

    private Dictionary build(IndexReader reader) throws IOException {
        Map<String, Long> weights = new HashMap<>();
        Terms terms = MultiTerms.getTerms(reader, SearchFields.SUGGEST);
        if (terms != null) {
            TermsEnum te = terms.iterator();
            for (BytesRef term; (term = te.next()) != null; ) {
                String text = term.utf8ToString();
                if (text.length() >= 2 && text.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                    weights.put(text, (long) te.docFreq());
                }
            }
        }
        Set<String> names = new LinkedHashSet<>(catalog.names());
        for (String name : names) {
            weights.merge(TraditionalToSimplified.apply(name), 1000L, Long::sum);
        }
        List<Entry> entries = weights.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(MAX_ENTRIES)
                .map(e -> new Entry(e.getKey(), Pinyin.initials(e.getKey()), Pinyin.full(e.getKey()), e.getValue()))
                .toList();
        Map<String, Entry> byPinyin = new HashMap<>();
        Map<String, Entry> byInitials = new HashMap<>();
        for (Entry e : entries) {
            byPinyin.merge(e.pinyin(), e, (a, b) -> a.weight() >= b.weight() ? a : b);
            byInitials.merge(e.initials(), e, (a, b) -> a.weight() >= b.weight() ? a : b);
        }
        return new Dictionary(reader, Instant.now(), new SuggestionIndex(entries), byPinyin, byInitials,
                Set.copyOf(weights.keySet()));
    }
}
