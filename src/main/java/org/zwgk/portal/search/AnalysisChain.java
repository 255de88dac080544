package org.zwgk.portal.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How Chinese text is cut into terms. Three chains were measured against the judged query set
 * (docs/search.md); the index records which one built it and is rebuilt when that changes.
 * WORDS: smartcn's HMM word segmentation. BIGRAMS: overlapping character pairs. COMBINED: both,
 * each in its own field, queried together.
 */
public enum AnalysisChain {
    WORDS(List.of(SearchFields.WORDS)),
    BIGRAMS(List.of(SearchFields.BIGRAMS)),
    COMBINED(List.of(SearchFields.WORDS, SearchFields.BIGRAMS));

    /** The chain kept after measurement (docs/search.md): best recall, MRR within noise, cheapest to index. */
    public static final String KEPT = "BIGRAMS";

    /** Field suffixes this chain indexes title and body under; the first one stores the text. */
    public final List<String> suffixes;

    AnalysisChain(List<String> suffixes) {
        this.suffixes = suffixes;
    }

    /** One analyzer for the whole index: each analyzed field by its suffix, everything else as bigrams. */
    public Analyzer analyzer() {
        Map<String, Analyzer> perField = new HashMap<>();
        for (String base : List.of(SearchFields.TITLE, SearchFields.BODY, SearchFields.HEAD, SearchFields.ARTICLE,
                SearchFields.ARTICLE_CONTEXT)) {
            perField.put(base + SearchFields.WORDS, words());
            perField.put(base + SearchFields.BIGRAMS, bigrams());
        }
        perField.put(SearchFields.SUGGEST, words());
        return new PerFieldAnalyzerWrapper(bigrams(), perField);
    }

    /**
     * Where the HMM segmenter (the suggestion field's analysis, whatever the chain) puts the text's words:
     * each word's start and end offset. The index's analyzer passed in serves, as its suggestion field
     * is always cut into words.
     */
    static List<int[]> wordSpans(Analyzer analyzer, String text) {
        List<int[]> spans = new java.util.ArrayList<>();
        try (org.apache.lucene.analysis.TokenStream stream = analyzer.tokenStream(SearchFields.SUGGEST, text)) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            var offsets = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() > 0 && offsets.endOffset() <= text.length()) {
                    spans.add(new int[] {offsets.startOffset(), offsets.endOffset()});
                }
            }
            stream.end();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return spans;
    }

    static Analyzer words() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new HMMChineseTokenizer();
                TokenStream stream = new LowerCaseFilter(new CJKWidthFilter(tokenizer));
                return new TokenStreamComponents(tokenizer, stream);
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return TraditionalToSimplified.wrap(reader);
            }
        };
    }

    static Analyzer bigrams() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new CJKBigramFilter(new LowerCaseFilter(new CJKWidthFilter(tokenizer)));
                return new TokenStreamComponents(tokenizer, stream);
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return TraditionalToSimplified.wrap(reader);
            }
        };
    }
}
