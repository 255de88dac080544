package org.zwgk.portal.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The terms of one search looked up in the terms dictionary once. The count, the ranking and the title
 * ranking ask for the same title and body terms, and each term query looked each one up again in every
 * segment (a few percent of a search at a million documents, and a third of the garbage it left).
 * Term queries get their states from here; everything else is left as it is.
 */
final class SharedTermStates {

    private final IndexSearcher searcher;
    private final Map<Term, TermStates> states = new HashMap<>();

    SharedTermStates(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** The same query, its term queries carrying their looked-up states. */
    Query apply(Query query) {
        if (query instanceof TermQuery t) {
            return new TermQuery(t.getTerm(), states.computeIfAbsent(t.getTerm(), this::lookUp));
        }
        if (query instanceof BoostQuery b) {
            return new BoostQuery(apply(b.getQuery()), b.getBoost());
        }
        if (query instanceof ConstantScoreQuery c) {
            return new ConstantScoreQuery(apply(c.getQuery()));
        }
        if (query instanceof BooleanQuery b) {
            BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
            for (BooleanClause c : b.clauses()) {
                out.add(apply(c.getQuery()), c.getOccur());
            }
            return out.build();
        }
        return query;
    }

    private TermStates lookUp(Term term) {
        try {
            return TermStates.build(searcher, term, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
