package org.zwgk.portal.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The stored fields of the index entries a page shows, each entry read once. A read decompresses the
 * whole entry, whichever fields it asks for (a document carries the first 3,000 characters of its
 * body), and the hit, its snippet and its article's number each read it again: a fifth of a search at a
 * million documents went to reading the same ten entries twice.
 */
final class PageEntries {

    private final Map<Integer, Document> entries = new HashMap<>();

    PageEntries(StoredFields stored, ArticleFusion.Ranked[] page, Set<String> documentFields, Set<String> articleFields)
            throws IOException {
        // in index order: entries of one compressed block follow each other without a seek
        Map<Integer, Set<String>> wanted = new TreeMap<>();
        for (ArticleFusion.Ranked r : page) {
            wanted.put(r.doc(), documentFields);
            if (r.articleDoc() >= 0) {
                wanted.put(r.articleDoc(), articleFields);
            }
        }
        for (Map.Entry<Integer, Set<String>> e : wanted.entrySet()) {
            entries.put(e.getKey(), stored.document(e.getKey(), e.getValue()));
        }
    }

    /** The fields of an entry of the page (those its kind was read with). */
    Document get(int entry) {
        Document d = entries.get(entry);
        if (d == null) {
            throw new IllegalArgumentException("entry " + entry + " is not on the page");
        }
        return d;
    }

    /** A highlighter that takes the text of the page's entries from here instead of reading them again. */
    UnifiedHighlighter highlighter(UnifiedHighlighter.Builder builder) {
        return new UnifiedHighlighter(builder) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                    throws IOException {
                List<CharSequence[]> out = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    CharSequence[] values = new CharSequence[fields.length];
                    for (int f = 0; f < fields.length; f++) {
                        String text = get(doc).get(fields[f]);
                        // as the stored-fields visitor it replaces: at most the highlighter's length
                        values[f] = text == null ? "" : text.length() > getMaxLength() ? text.substring(0, getMaxLength()) : text;
                    }
                    out.add(values);
                }
                return out;
            }
        };
    }
}
