package org.zwgk.portal.content;

import io.quarkus.qute.i18n.MessageBundle;

/** Texts the corpus import writes where readers see them (texts in corpus_zh_CN.properties). */
@MessageBundle(value = "corpus", locale = "zh-CN")
public interface CorpusMessages {

    /** Why a copy the import published before, of a document the site already has, answers 410. */
    String duplicateRemoved(String title, String url);

    /** A line on the page of a part of a law (CorpusPartReferences) linking to another part. */
    String otherPart(String title);
}
