package org.zwgk.portal.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.zwgk.portal.documents.Articles;
import org.zwgk.portal.documents.PublicDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Turns a public document into the Lucene document that represents it in the index. */
final class DocumentIndexer {

    /** Analyzed, stored, with offsets in the postings so highlighting needs no re-analysis (the head field). */
    private static final FieldType STORED_TEXT = new FieldType(TextField.TYPE_STORED);

    static {
        STORED_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        STORED_TEXT.freeze();
    }

    static final FacetsConfig FACETS = new FacetsConfig();

    static {
        FACETS.setMultiValued(SearchFields.TOPIC, true);
    }

    private final AnalysisChain chain;

    DocumentIndexer(AnalysisChain chain) {
        this.chain = chain;
    }

    /** How much of a body snippets are cut from: enough for the passages people read, small to load. */
    static final int HEAD_LENGTH = 3000;

    /** The articles a part of a law holds, after its title (中华人民共和国民法典（第一千一百一十九条至第一千一百六十三条）). */
    private static final java.util.regex.Pattern ARTICLE_SPAN = java.util.regex.Pattern.compile("（第[〇零一二三四五六七八九十百千]+条(?:至第[〇零一二三四五六七八九十百千]+条)?）$");

    /**
     * A title as searched: a part's article span tells parts apart on the page but is no word of the law's
     * name; searched, it made every part's title longer and weaker (development questions 0.828 → 0.824).
     */
    static String searchedTitle(String title) {
        return title == null ? null : ARTICLE_SPAN.matcher(title).replaceFirst("");
    }

    /** The closing line of a 一号答 answer naming the provision it rests on (来源：《条例》第二十七条). */
    private static final java.util.regex.Pattern SOURCE_LINE = java.util.regex.Pattern.compile("\\n\\s*来源[：:][^\\n]*\\s*$");

    /**
     * The text snippets are cut from: without a closing 来源 line, which holds the law's whole name and so won
     * the snippet over the answer itself (browser walk: 谁可以申请政府信息公开 showed only 来源：《…条例》第二十七条).
     * The line is still searched: only the snippet's text leaves it out.
     */
    static String withoutSourceLine(String body) {
        java.util.regex.Matcher m = SOURCE_LINE.matcher(body);
        return m.find() && m.start() > 0 && !body.substring(0, m.start()).isBlank() ? body.substring(0, m.start()) : body;
    }

    /** The suffix (analysis) of the head field that snippets are cut from. */
    String primarySuffix() {
        return chain.suffixes.contains(SearchFields.BIGRAMS) ? SearchFields.BIGRAMS : SearchFields.WORDS;
    }

    /**
     * A text of articles shorter than this is one article entry, not one per article: as short as
     * what snippets are cut from, it is a passage already. Scored article by article it cost a
     * million-document index a second entry per 500 characters and the article search half its time,
     * and ranked no better on either evaluation set (docs/search.md).
     */
    static final int WHOLE_TEXT_ARTICLE = HEAD_LENGTH;

    /**
     * The document followed by its articles (第X条), if its body is a text of articles: all carry the
     * document's id as {@link SearchFields#OWNER}, so one term replaces or deletes them together.
     */
    List<Document> toLuceneWithArticles(PublicDocument d) {
        List<Document> out = new ArrayList<>();
        Document document = toLucene(d);
        out.add(document);
        String owner = Long.toString(d.id());
        String body = indexedBody(d.body());
        List<Articles.Article> articles = Articles.split(body);
        if (!articles.isEmpty() && body.length() < WHOLE_TEXT_ARTICLE) {
            // short: the whole text is the passage, and the document entry already scores it
            document.add(new NumericDocValuesField(SearchFields.WHOLE_ARTICLES, 1));
            return out;
        }
        for (Articles.Article a : articles) {
            Document art = new Document();
            art.add(new StringField(SearchFields.OWNER, owner, Field.Store.NO));
            art.add(new NumericDocValuesField(SearchFields.OWNER_VALUE, d.id()));
            art.add(new StringField(SearchFields.KIND, SearchFields.KIND_ARTICLE, Field.Store.NO));
            art.add(new Field(SearchFields.ARTICLE + primarySuffix(), a.text(), STORED_TEXT));
            art.add(new TextField(SearchFields.ARTICLE_CONTEXT + primarySuffix(), searchedTitle(d.title()) + " " + a.context(), Field.Store.NO));
            art.add(new StoredField(SearchFields.ARTICLE_NUMBER, a.number()));
            genre(art, d);
            // the filters a search may carry, so articles are filtered like their document (no facets)
            filterOnly(art, SearchFields.ORGANIZATION, d.organizationCode());
            filterOnly(art, SearchFields.CHANNEL, d.channelCode());
            filterOnly(art, SearchFields.TYPE, d.type().name());
            filterOnly(art, SearchFields.TOPIC, d.topicCode());
            filterOnly(art, SearchFields.TOPIC, d.topicParentCode());
            int year = year(d);
            if (year > 0) {
                filterOnly(art, SearchFields.YEAR, Integer.toString(year));
            }
            out.add(art);
        }
        return out;
    }

    private static void genre(Document doc, PublicDocument d) {
        if (d.genreCode() != null && !d.genreCode().isBlank()) {
            doc.add(new org.apache.lucene.document.SortedDocValuesField(SearchFields.GENRE,
                    new org.apache.lucene.util.BytesRef(d.genreCode())));
        }
    }

    private static void filterOnly(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new StringField(field, value, Field.Store.NO));
        }
    }

    private static int year(PublicDocument d) {
        return d.publishedAt() != null ? d.publishedAt().atZone(org.zwgk.portal.common.PortalConfig.ZONE).getYear()
                : d.writtenDate() != null ? d.writtenDate().getYear() : 0;
    }

    Document toLucene(PublicDocument d) {
        Document doc = new Document();
        doc.add(new StringField(SearchFields.ID, Long.toString(d.id()), Field.Store.YES));
        doc.add(new StringField(SearchFields.OWNER, Long.toString(d.id()), Field.Store.NO));
        doc.add(new NumericDocValuesField(SearchFields.OWNER_VALUE, d.id()));
        doc.add(new StringField(SearchFields.KIND, SearchFields.KIND_DOCUMENT, Field.Store.NO));
        genre(doc, d);
        String body = indexedBody(d.body());
        for (String suffix : chain.suffixes) {
            doc.add(new TextField(SearchFields.TITLE + suffix, searchedTitle(d.title()), Field.Store.NO));
            doc.add(new TextField(SearchFields.BODY + suffix, body, Field.Store.NO));
        }
        String head = withoutSourceLine(body);
        doc.add(new Field(SearchFields.HEAD + primarySuffix(), head.length() > HEAD_LENGTH ? head.substring(0, HEAD_LENGTH) : head,
                STORED_TEXT));
        doc.add(new TextField(SearchFields.SUGGEST, searchedTitle(d.title()), Field.Store.NO));
        if (d.validity() != null && d.validity() != org.zwgk.portal.documents.Validity.VALID) {
            doc.add(new StoredField(SearchFields.VALIDITY, d.validity().name()));
        }
        addKey(doc, d.docNumber());
        addKey(doc, d.indexNumber());

        facet(doc, SearchFields.ORGANIZATION, d.organizationCode());
        facet(doc, SearchFields.CHANNEL, d.channelCode());
        facet(doc, SearchFields.TYPE, d.type().name());
        facet(doc, SearchFields.TOPIC, d.topicCode());
        // a search for the parent topic finds its children's documents, but the facet counts each
        // document once, under its own topic: parent and child counts never add up the same document
        if (d.topicParentCode() != null && !d.topicParentCode().isBlank()) {
            doc.add(new StringField(SearchFields.TOPIC, d.topicParentCode(), Field.Store.NO));
        }
        // the year of the date results show (发布日期), so the year facet agrees with the list
        int year = year(d);
        if (year > 0) {
            facet(doc, SearchFields.YEAR, Integer.toString(year));
        }
        long published = d.publishedAt() == null ? 0 : d.publishedAt().toEpochMilli();
        doc.add(new NumericDocValuesField(SearchFields.PUBLISHED, published));
        // points beside the doc values let a date sort skip documents that cannot make the page
        doc.add(new org.apache.lucene.document.LongPoint(SearchFields.PUBLISHED, published));
        doc.add(new StoredField(SearchFields.PUBLISHED, published));

        stored(doc, SearchFields.STORED_TITLE, d.title());
        doc.add(new NumericDocValuesField(SearchFields.TITLE_NAME, TitleNames.key(searchedTitle(d.title()))));
        stored(doc, SearchFields.DOC_NUMBER, d.docNumber());
        stored(doc, SearchFields.INDEX_NUMBER, d.indexNumber());
        stored(doc, SearchFields.ORGANIZATION_NAME, d.organization());
        stored(doc, SearchFields.URL, d.url());
        stored(doc, SearchFields.EXTERNAL_ID, d.externalId());
        stored(doc, SearchFields.SUMMARY, d.summary());
        stored(doc, SearchFields.EXCERPT, excerpt(body));
        try {
            return FACETS.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final int EXCERPT_LENGTH = 160;

    /** A Markdown link or image, its words in group 1: {@code [words](address "title")}, not an escaped {@code \[}. */
    private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile(
            "(?<!\\\\)!?\\[([^\\[\\]\n]{0,500})\\]\\([^()\\s]{0,2000}(?:\\s+(?:\"[^\"\n]{0,300}\"|'[^'\n]{0,300}'))?\\)");

    /**
     * The body as the index reads it: a link is its words, an image its description, and neither's address is
     * words of the document (browser walk: a task result's snippet read [第1项](/plans/kunshan-2018/rows/1),
     * and a search for kunshan or plans found it by its links).
     */
    static String indexedBody(String markdown) {
        if (markdown == null) {
            return "";
        }
        return markdown.indexOf("](") < 0 ? markdown
                : LINK.matcher(markdown).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
    }

    /** Markdown marks out, spacing folded, cut to a snippet's length. */
    static String excerpt(String markdown) {
        String head = markdown.length() > EXCERPT_LENGTH * 4 ? markdown.substring(0, EXCERPT_LENGTH * 4) : markdown;
        return plain(head, EXCERPT_LENGTH);
    }

    /** A backslash-escaped mark (Markdown): text, not a mark. */
    private static final String MARK = "[\uFDD0\uFDD1]*";
    private static final java.util.regex.Pattern HTML_BLOCK = java.util.regex.Pattern.compile(
            "(?is)<" + MARK + "(script|style)\\b[^>]{0,300}>.*?</" + MARK + "\\1" + MARK + "\\s*>|<!--.*?-->");
    private static final java.util.regex.Pattern HTML_TAG = java.util.regex.Pattern.compile(
            "(?<!\\\\)<" + MARK + "/?" + MARK + "[A-Za-z][^<>]{0,300}>");

    static String plain(String markdown, int max) {
        // HTML in a body is not text: the page's sanitizer drops a script or style with its content and
        // shows no tag or comment, so neither does a snippet (browser walk: <script>alert(1)</script> read
        // as words in a result). Matches marked inside a tag name do not hide it.
        String visible = HTML_BLOCK.matcher(markdown).replaceAll(" ");
        visible = HTML_TAG.matcher(visible).replaceAll(" ");
        // an escaped mark is text (a published letter's masked 139\*\*\*\*5678, its \<): not taken out, unescaped after
        String text = visible.replaceAll("(?m)^\\s*(#+|[-*]|\\d+\\.)\\s+", "").replaceAll("(?<!\\\\)(?:[#*_`|]+|-{3,})", " ");
        text = org.zwgk.portal.documents.MarkdownRenderer.unescaped(text)
                .replaceAll("\\s+", " ").strip();
        return text.length() > max ? text.substring(0, max) + "…" : text;
    }

    private static void addKey(Document doc, String number) {
        String key = NumberKeys.of(number);
        if (!key.isEmpty()) {
            doc.add(new StringField(SearchFields.NUMBER_KEY, key, Field.Store.NO));
            doc.add(new StringField(SearchFields.NUMBER_KEY_REVERSED, new StringBuilder(key).reverse().toString(), Field.Store.NO));
        }
    }

    private static void facet(Document doc, String dim, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new StringField(dim, value, Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(dim, value));
        }
    }

    private static void stored(Document doc, String name, String value) {
        if (value != null) {
            doc.add(new StoredField(name, value));
        }
    }
}
