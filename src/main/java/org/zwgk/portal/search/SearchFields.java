package org.zwgk.portal.search;

/** Names of the index fields; one place, so the indexer and the queries cannot drift apart. */
final class SearchFields {

    static final String ID = "id";
    /** The document's id on the document and on each of its articles: one term replaces or deletes them all. */
    static final String OWNER = "owner";
    /** The same id as doc values: which document an article or a ranked entry belongs to, without loading it. */
    static final String OWNER_VALUE = "ownerValue";
    /**
     * Lucene's mark on the last entry of each block (a document and its articles, added together):
     * what lets a merge that reorders entries keep every block whole and in its own order (EntryOrder).
     */
    static final String BLOCK_END = "blockEnd";
    /** The document's 体裁分类 code as doc values, on the document and its articles: the genre prior of the ranking. */
    static final String GENRE = "genre";
    /** What an index entry is: {@link #KIND_DOCUMENT} or {@link #KIND_ARTICLE}. */
    static final String KIND = "kind";
    static final String KIND_DOCUMENT = "d";
    static final String KIND_ARTICLE = "a";
    /** One article (第X条) of a document, stored with offsets: it is scored and its snippet cut from it. */
    static final String ARTICLE = "article";
    /** The title and headings an article stands under. */
    static final String ARTICLE_CONTEXT = "articleContext";
    /**
     * Doc values on a document entry whose text of articles is short enough to be one passage: it has no
     * article entry, the document's own ranking speaks for it in the article list.
     */
    static final String WHOLE_ARTICLES = "wholeArticles";
    /** The article's number: the anchor art-N on the document page. */
    static final String ARTICLE_NUMBER = "articleNumber";
    /**
     * A hash of the name the document's title comes to ({@link TitleNames#key}), as doc values: whether a
     * query names the document, without loading its stored fields.
     */
    static final String TITLE_NAME = "titleName";
    static final String TITLE = "title";
    static final String BODY = "body";
    /** The start of the body, stored with offsets: the only text snippets are cut from. */
    static final String HEAD = "head";
    static final String WORDS = ".w";
    static final String BIGRAMS = ".b";
    /** Title cut into words for the suggestion dictionary, whatever the chain. */
    static final String SUGGEST = "suggest";
    /** 文号 and 索引号 reduced to a key that ignores brackets and spacing. */
    static final String NUMBER_KEY = "numberKey";
    /** The same keys reversed, so the end of a number (国务院令第711号 of 中华人民共和国国务院令第711号) is a prefix. */
    static final String NUMBER_KEY_REVERSED = "numberKeyReversed";

    static final String ORGANIZATION = "organization";
    static final String CHANNEL = "channel";
    static final String TYPE = "type";
    static final String TOPIC = "topic";
    static final String YEAR = "year";
    static final String PUBLISHED = "published";

    static final String STORED_TITLE = "storedTitle";
    static final String DOC_NUMBER = "docNumber";
    /** A document's 有效性 when it is not 有效 (失效, 废止, 已修改): results say so beside the title. */
    static final String VALIDITY = "validity";
    static final String INDEX_NUMBER = "indexNumber";
    static final String ORGANIZATION_NAME = "organizationName";
    static final String URL = "url";
    static final String EXTERNAL_ID = "externalId";
    static final String SUMMARY = "summary";
    /** The start of the body as plain text, shown when no passage matched; saves loading the body. */
    static final String EXCERPT = "excerpt";

    private SearchFields() {
    }
}
