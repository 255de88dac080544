package org.zwgk.portal.answers;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the 一号答 box offers for a question: only pairs that share more with it than single characters. */
class AnswerRankerTest {

    private static final AnswerRanker RANKER = new AnswerRanker(List.of(
            new AnswerRanker.Entry(1, "k1", "市、县政府和乡镇政府还应当主动公开哪些信息？", "还应当主动公开本级政府的规划、住房保障、建设项目等信息。",
                    "市政府办公室", "条例", "/documents/1"),
            new AnswerRanker.Entry(2, "k2", "在本网站写信后多久能得到答复？", "咨询类来信一般在5个工作日内答复。", "市政府办公室", "办法", "/documents/2"),
            new AnswerRanker.Entry(3, "k3", "相邻建筑影响采光可以向哪里反映？", "可以向住房和城乡建设部门或城管部门反映。", "住建局", "办法", "/documents/3")));

    @Test
    void aComplaintIsOfferedOnlyAnswersThatShareAWordWithIt() {
        // 邻居建房挡住 shares 住, 建 and 房 with the first two one character at a time: nothing about them
        assertThat(RANKER.rank("邻居建房挡住", 3)).isEmpty();
        assertThat(RANKER.rank("邻居建房挡住采光", 3)).extracting(s -> s.entry().id()).containsExactly(3L);
        assertThat(RANKER.rank("写信多久答复", 3)).extracting(s -> s.entry().id()).first().isEqualTo(2L);
    }

    @Test
    void aSynonymCountsAsAWholeWordNotByItsPairs() {
        // browser walk: 公司不交社保 was offered 哪些政府信息应当主动公开 (社保 stands for 社会保险, whose pair 社会 is in 社会发展)
        List<org.zwgk.portal.search.SynonymRule> synonyms = List.of(org.zwgk.portal.search.SynonymRule.parse("社保 => 社会保险"));
        AnswerRanker ranker = new AnswerRanker(List.of(
                new AnswerRanker.Entry(1, "k1", "哪些政府信息应当主动公开？", "国民经济和社会发展规划、专项规划等信息。", "市政府办公室", "条例", "/documents/1"),
                new AnswerRanker.Entry(2, "k2", "单位不缴纳社会保险费怎么办？", "可以向社会保险费征收机构投诉。", "人社局", "法", "/documents/2")),
                synonyms);
        assertThat(ranker.rank("公司不交社保", 3)).extracting(s -> s.entry().id()).containsExactly(2L);
    }
}
