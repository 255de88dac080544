package org.zwgk.portal.search;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.CollectorManager;

import java.io.IOException;
import java.util.Collection;

/**
 * Collects matches for facet counting, but stops after {@code limit} of them. A query that matches
 * half of a million documents then costs a bounded pass; its total and facet counts are scaled from
 * the share of the index visited. Document ids follow publication and import order, so that share is
 * an even slice of the corpus. Below the limit everything is exact.
 */
final class BoundedFacetsCollector extends FacetsCollector {

    private final int limit;
    private int seen;
    private int docBase;
    /** How many documents of the index (in id order) the pass looked at before it stopped. */
    private long visitedUpTo = -1;

    BoundedFacetsCollector(int limit) {
        super(false);
        this.limit = limit;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        if (seen >= limit) {
            // skip the leaf before the parent starts one: a skipped leaf is never finished
            throw new CollectionTerminatedException();
        }
        super.doSetNextReader(context);
        docBase = context.docBase;
    }

    @Override
    public void collect(int doc) throws IOException {
        super.collect(doc);
        if (++seen >= limit) {
            visitedUpTo = (long) docBase + doc + 1;
            throw new CollectionTerminatedException();
        }
    }

    int seen() {
        return seen;
    }

    boolean exact() {
        return visitedUpTo < 0;
    }

    /** The share of the index entries visited that matched: 1 when the pass completed (nothing to go by). */
    double density() {
        return exact() ? 1.0 : (double) seen / visitedUpTo;
    }

    /** The factor from what was seen to the whole index: 1 when the pass completed. */
    double scale(int maxDoc) {
        return exact() ? 1.0 : (double) maxDoc / visitedUpTo;
    }

    CollectorManager<BoundedFacetsCollector, BoundedFacetsCollector> manager() {
        BoundedFacetsCollector self = this;
        return new CollectorManager<>() {
            @Override
            public BoundedFacetsCollector newCollector() {
                return self;
            }

            @Override
            public BoundedFacetsCollector reduce(Collection<BoundedFacetsCollector> collectors) {
                return self;
            }
        };
    }
}
