package org.zwgk.portal.search;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.jboss.logging.Logger;
import org.zwgk.portal.common.PortalConfig;
import org.zwgk.portal.documents.DocumentChanged;
import org.zwgk.portal.documents.PublicDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The one owner of the Lucene index under {@code <data-dir>/index}: one IndexWriter, a
 * near-real-time SearcherManager kept fresh by a reopen thread, commits every few seconds and at
 * shutdown. The index is disposable; every commit records which analysis chain built it and up to
 * when it is complete, so a start can catch up or rebuild from the database.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);
    private static final String CHAIN_KEY = "analysis";
    /** Bumped when the fields a document is indexed with change: an older index is rebuilt at start. */
    static final String LAYOUT_KEY = "layout";
    static final String LAYOUT = "12"; // 12: a Markdown link indexed as its words, not its address (DocumentIndexer.indexedBody); 11: a hash of the title's name as doc values (TitleNames; bump again when TitleNames.name changes); 10: each block's last entry marked (SearchFields.BLOCK_END); 9: a document's 有效性 when not 有效; 8: results name the 发布机构 (a law's 国务院); 7: a short text of articles has no article entry, a flag instead; 3: topic facet on the own topic only, year from 发布日期; 4: articles (第X条) as entries of their own; 5: genre doc values; 6: a short text of articles is one entry
    private static final String COMPLETE_UP_TO = "completeUpTo";
    /** Changes whose events arrive late are still re-applied by the next start's catch-up. */
    private static final Duration CATCH_UP_MARGIN = Duration.ofMinutes(1);

    /** How the index was found when it was opened. */
    public enum OpenState { FRESH, REUSED, REBUILD_NEEDED }

    private final Path path;
    private final AnalysisChain chain;
    private final DocumentIndexer indexer;
    private final double maxStale;
    private final EntryOrder order;

    // volatile: a broken index is reopened while requests read and write it (reopen)
    private volatile FSDirectory directory;
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    private volatile ControlledRealTimeReopenThread<IndexSearcher> reopener;
    private ScheduledExecutorService committer;
    private OpenState openState;
    private volatile FacetState facetState;
    /** What last went wrong writing the index (commit, refresh, a change), until it is reopened. */
    private volatile String failure;
    /** The failure last logged with its stack trace: a lasting one is logged once, not at every retry. */
    private volatile String logged;
    private volatile boolean shutDown;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    SearchIndex(PortalConfig config, SearchConfig search) {
        this.path = config.dataDir().resolve("index");
        this.chain = search.analysis();
        this.indexer = new DocumentIndexer(chain);
        this.maxStale = search.maxStaleSeconds();
        this.order = new EntryOrder(chain, search.reorderMinEntries() <= 0 ? Integer.MAX_VALUE : search.reorderMinEntries());
    }

    /** Opens the index, starting afresh when it is missing, corrupt, or built by another chain. */
    synchronized OpenState open() {
        if (writer != null) {
            return openState;
        }
        try {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            openState = inspect();
            if (openState == OpenState.REBUILD_NEEDED) {
                directory.close();
                wipe();
                directory = FSDirectory.open(path);
            }
            writer = new IndexWriter(directory, writerConfig(chain));
            if (openState != OpenState.REUSED) {
                // a commit from the start, so that a missing one later means the directory was lost
                commit(Instant.EPOCH);
            }
            SearcherManager previous = searchers;
            searchers = new SearcherManager(new HeapNormsReader(DirectoryReader.open(writer),
                    HeapNormsReader.rankedFields(chain)), null);
            if (previous != null) {
                previous.close(); // kept answering from its last reader while a broken index was reopened
            }
            reopener = new ControlledRealTimeReopenThread<>(writer, searchers, maxStale, 0.01);
            reopener.setName("search-index-reopen");
            reopener.setDaemon(true);
            // a failed refresh ends Lucene's thread: say so (health DOWN, SearchSync reopens) instead of a bare stack trace
            reopener.setUncaughtExceptionHandler((thread, e) ->
                    failed("index refresh failed", e instanceof Exception ex ? ex : new RuntimeException(e)));
            reopener.start();
            committer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "search-index-commit");
                t.setDaemon(true);
                return t;
            });
            committer.scheduleWithFixedDelay(this::commitQuietly, 5, 5, TimeUnit.SECONDS);
            LOG.infof("search index at %s opened (%s, %s)", path, openState, chain);
            return openState;
        } catch (LockObtainFailedException e) {
            throw new IllegalStateException("the search index at " + path
                    + " is in use by another process; stop the running portal before running a command", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How the portal's index is written; the same for tests that build one of their own. */
    static IndexWriterConfig writerConfig(AnalysisChain chain) {
        return new IndexWriterConfig(chain.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64)
                // fewer, larger segments: each query pays per segment for every term lookup
                .setMergePolicy(new org.apache.lucene.index.TieredMergePolicy().setSegmentsPerTier(5))
                // without it Lucene never reorders a merge of segments that hold blocks (EntryOrder)
                .setParentField(SearchFields.BLOCK_END)
                .setCommitOnClose(false);
    }

    private OpenState inspect() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return OpenState.FRESH;
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            Map<String, String> data = reader.getIndexCommit().getUserData();
            if (!chain.name().equals(data.get(CHAIN_KEY))) {
                LOG.infof("search index was built with %s, configured %s: rebuilding", data.get(CHAIN_KEY), chain);
                return OpenState.REBUILD_NEEDED;
            }
            if (!LAYOUT.equals(data.get(LAYOUT_KEY))) {
                LOG.infof("search index has field layout %s, this version writes %s: rebuilding", data.get(LAYOUT_KEY), LAYOUT);
                return OpenState.REBUILD_NEEDED;
            }
            return OpenState.REUSED;
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException | NoSuchFileException e) {
            LOG.warnf("search index at %s cannot be read (%s): rebuilding", path, e.getMessage());
            return OpenState.REBUILD_NEEDED;
        }
    }

    private void wipe() throws IOException {
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(path)) {
                    Files.delete(p);
                }
            }
        }
    }

    /** When the committed index was last known complete; changes after it must be re-applied. */
    Instant completeUpTo() {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return Instant.EPOCH;
            }
            var commits = DirectoryReader.listCommits(directory);
            String value = commits.get(commits.size() - 1).getUserData().get(COMPLETE_UP_TO);
            return value == null ? Instant.EPOCH : Instant.parse(value);
        } catch (IOException | RuntimeException e) {
            return Instant.EPOCH;
        }
    }

    /** Applies one change: a listed document is (re)indexed, anything else leaves the index. */
    public long apply(DocumentChanged change) {
        try {
            Term owner = new Term(SearchFields.OWNER, Long.toString(change.id()));
            return change.listed() == null ? writer().deleteDocuments(owner)
                    : writer().updateDocuments(owner, indexer.toLuceneWithArticles(change.listed()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long add(PublicDocument document) {
        try {
            return write(writer(), indexer, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds one document as a new entry: the way a bulk load writes (the evaluation too). */
    static long write(IndexWriter writer, DocumentIndexer indexer, PublicDocument document) throws IOException {
        return writer.addDocuments(indexer.toLuceneWithArticles(document));
    }

    /** Adds or replaces: for a rebuild while changes keep arriving, which must not index a document twice. */
    long put(PublicDocument document) {
        return apply(new DocumentChanged(document.id(), document));
    }

    private IndexWriter writer() {
        IndexWriter w = writer;
        if (w == null) {
            throw new IllegalStateException("the search index is closed");
        }
        return w;
    }

    public void deleteAll() {
        try {
            writer().deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until a change with this sequence number is visible to searches. */
    public boolean awaitVisible(long sequence, Duration timeout) {
        try {
            return reopener.waitForGeneration(sequence, (int) timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public synchronized void commit(Instant completeUpTo) {
        try {
            writer.setLiveCommitData(Map.of(CHAIN_KEY, chain.name(), LAYOUT_KEY, LAYOUT,
                    COMPLETE_UP_TO, completeUpTo.toString()).entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void commitQuietly() {
        try {
            IndexWriter w = writer;
            if (w != null && w.hasUncommittedChanges()) {
                commit(Instant.now().minus(CATCH_UP_MARGIN));
            }
        } catch (RuntimeException e) {
            failed("commit failed", e);
        }
    }

    /** Records that writing the index went wrong: health says DOWN and SearchSync reopens it. */
    void failed(String what, Exception e) {
        String current = failure;
        // one stack trace per episode: the first failure, and a recovery that fails for a new reason
        if (current == null || RECOVERING.equals(current) && !what.equals(logged)) {
            LOG.warnf(e, "search index: %s; it will be reopened and caught up from the database", what);
            logged = what;
        } else {
            LOG.debugf(e, "search index: %s (already being handled)", what);
        }
        failure = what;
    }

    /**
     * What is wrong with the index, in a few words fit for a public health check (no path, no
     * exception text), or null when it is writable and complete as far as can be seen.
     */
    public String problem() {
        if (shutDown) {
            return null;
        }
        if (failure != null) {
            return failure;
        }
        IndexWriter w = writer;
        if (w == null) {
            return null; // not opened yet
        }
        if (!w.isOpen() || w.getTragicException() != null) {
            return "index writer failed";
        }
        if (!reopener.isAlive()) {
            return "index refresh stopped";
        }
        try {
            if (!Files.isDirectory(path) || !DirectoryReader.indexExists(directory)) {
                return "index directory missing";
            }
        } catch (IOException e) {
            return "index directory unreadable";
        }
        return Files.isWritable(path) ? null : "index directory not writable";
    }

    /**
     * Closes a broken index without committing and opens it again: the directory is created anew if
     * it was deleted. The caller brings the index up to date from the database, as at start.
     */
    synchronized OpenState reopen() {
        failure = RECOVERING;
        closeQuietly();
        return open();
    }

    /** The index reopened by {@link #reopen()} is up to date again: health may say UP. */
    void recovered() {
        if (RECOVERING.equals(failure)) {
            failure = null;
            logged = null;
        }
    }

    private static final String RECOVERING = "index being rebuilt";

    private void closeQuietly() {
        if (writer == null) {
            return;
        }
        committer.shutdownNow();
        try {
            reopener.close();
        } catch (RuntimeException e) {
            LOG.debug("search index refresh thread", e);
        }
        for (java.io.Closeable c : new java.io.Closeable[]{writer::rollback, directory}) {
            try {
                c.close();
            } catch (IOException | RuntimeException e) {
                LOG.debug("closing a broken search index", e);
            }
        }
        writer = null;
        // the searchers stay: searches go on from the last reader (stale, not failing) until open() succeeds
    }

    /**
     * Merges the index down to one segment. After a bulk load or a rebuild this halves query time at a
     * million documents (docs/search.md): every clause of a query looks its terms up once per segment.
     * A large index is reordered on the way ({@link EntryOrder}).
     */
    public synchronized void compact(Instant completeUpTo) {
        try {
            long started = System.nanoTime();
            boolean reordered = order.forceMerge(writer);
            commit(completeUpTo);
            refresh();
            LOG.infof("search index merged to one segment%s in %d ms", reordered ? ", entries reordered," : "",
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int segmentCount() {
        return read(s -> s.getIndexReader().leaves().size());
    }

    /** Makes everything applied so far visible now, instead of at the reopen thread's next turn. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a read against a current searcher, released afterwards whatever happens. */
    public <T> T read(SearcherWork<T> work) {
        try {
            return readOnce(work);
        } catch (org.apache.lucene.store.AlreadyClosedException reopened) {
            // the index was reopened between reading the field and acquiring: the new one answers
            return readOnce(work);
        }
    }

    private <T> T readOnce(SearcherWork<T> work) {
        SearcherManager searchers = this.searchers;
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    public interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Facet ordinals for a reader, built once per refreshed reader rather than once per query. */
    SortedSetDocValuesReaderState facets(IndexSearcher searcher) throws IOException {
        FacetState current = facetState;
        if (current != null && current.reader() == searcher.getIndexReader()) {
            return current.state();
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), DocumentIndexer.FACETS);
        } catch (IllegalArgumentException emptyIndex) {
            state = null;
        }
        facetState = new FacetState(searcher.getIndexReader(), state);
        return state;
    }

    DocumentIndexer indexer() {
        return indexer;
    }

    public AnalysisChain chain() {
        return chain;
    }

    /** Every document of the index and none of the articles it keeps beside them. */
    static final org.apache.lucene.search.Query DOCUMENTS =
            new org.apache.lucene.search.TermQuery(new Term(SearchFields.KIND, SearchFields.KIND_DOCUMENT));

    public int documentCount() {
        // documents, not their articles
        return read(s -> s.count(DOCUMENTS));
    }

    public Path path() {
        return path;
    }

    @PreDestroy
    synchronized void close() {
        shutDown = true;
        if (writer == null) {
            return;
        }
        try {
            committer.shutdownNow();
            reopener.close();
            // at shutdown every committed change has been applied: no margin needed
            commit(Instant.now());
            searchers.close();
            writer.close();
            directory.close();
            LOG.infof("search index at %s closed", path);
        } catch (IOException | RuntimeException e) {
            LOG.warn("search index did not close cleanly; the next start checks it", e);
        } finally {
            writer = null;
        }
    }
}
