package org.zwgk.portal.search;

import io.quarkus.qute.i18n.MessageBundle;

/** The search page's filter line ({@code srch:…}; srch_zh_CN.properties). */
@MessageBundle(value = "srch", locale = "zh-CN")
public interface SearchPageMessages {

    String chosenFilters();

    String removeFilter(String dimension, String value);

    String clearAll();

    String chosenHint();

    /** Sorted by date, a search lists only the texts holding each word as typed (QueryPlanner.wordsAsTyped). */
    String wordsAsTyped();

    String wordsAsTypedRelevance();
}
