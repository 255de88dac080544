package org.zwgk.portal.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SnippetScorerTest {

    /** Snippets must pick the same sentence as Lucene's own scorer would, only cheaper. */
    @Test
    void scoresEveryPassageExactlyAsLucenesScorerDoes() {
        String[] words = {"政府", "信息", "公开", "申请", "答复"};
        Random random = new Random(7);
        PassageScorer lucene = new PassageScorer();
        SnippetScorer ours = new SnippetScorer();
        for (int round = 0; round < 500; round++) {
            Passage passage = new Passage();
            int start = random.nextInt(2000);
            passage.setStartOffset(start);
            passage.setEndOffset(start + 300);
            int offset = start;
            for (int m = random.nextInt(12); m > 0; m--) {
                offset += 1 + random.nextInt(20);
                int w = random.nextInt(words.length);
                passage.addMatch(offset, offset + 2, new BytesRef(words[w]), 1 + w * 3);
            }
            int contentLength = 3000;
            assertThat(ours.score(passage, contentLength))
                    .isCloseTo(lucene.score(passage, contentLength), within(0f));
        }
    }
}
