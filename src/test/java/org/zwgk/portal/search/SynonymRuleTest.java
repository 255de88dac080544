package org.zwgk.portal.search;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Synonym lines as editors write them: groups both ways, a citizen's everyday word one way only. */
class SynonymRuleTest {

    private final SearchVocabulary vocabulary = new SearchVocabulary(Path.of("content/search"));

    @Test
    void aGroupStandsEveryWayAndAnArrowOneWay() {
        assertThat(SynonymRule.parse("社保, 社会保险")).isEqualTo(new SynonymRule(List.of("社保", "社会保险"), List.of("社保", "社会保险")));
        assertThat(SynonymRule.parse("辞退，开除 => 解除劳动合同"))
                .isEqualTo(new SynonymRule(List.of("辞退", "开除"), List.of("解除劳动合同")));
        assertThat(SynonymRule.parse("社保")).isNull();
        assertThat(SynonymRule.parse("=> 出租人")).isNull();
    }

    @Test
    void aCitizensWordIsAlsoSearchedInTheStatutesWordsButNotTheOtherWayRound() {
        assertThat(vocabulary.variants("房东不退押金", 6)).contains("出租人不退押金");
        assertThat(vocabulary.variants("用人单位辞退员工的程序", 6)).contains("用人单位解除劳动合同员工的程序");
        // search walk (session 35): each found nothing of the statute that answers it
        assertThat(vocabulary.variants("醉驾怎么处罚", 6)).contains("醉酒驾驶怎么处罚");
        assertThat(vocabulary.variants("公司三个月没发工资了", 6)).contains("公司三个月拖欠劳动报酬了");
        assertThat(vocabulary.variants("孩子上学户口不在本地", 6)).contains("孩子上学户籍不在本地");
        assertThat(vocabulary.variants("上班路上出车祸算工伤吗", 6)).anyMatch(v -> v.contains("上下班途中"));
        // a question in the statute's own words is not diluted with everyday ones
        assertThat(vocabulary.variants("出租人的义务", 6)).noneMatch(v -> v.contains("房东"));
        assertThat(vocabulary.variants("承租人逾期支付租金", 6)).isEmpty();
        // the groups still work both ways
        assertThat(vocabulary.variants("社会保险", 6)).contains("社保");
        assertThat(vocabulary.variants("社保", 6)).contains("社会保险");
    }

    @Test
    void aTermInsideALongerOneOfItsGroupIsNotReplacedOnItsOwn() {
        // 信息公开 is inside 政府信息公开: the longer is replaced, never the shorter within it
        assertThat(vocabulary.variants("政府信息公开行政诉讼", 8))
                .containsExactlyInAnyOrder("政务公开行政诉讼", "政府资讯公开行政诉讼", "资讯公开行政诉讼");
        // alone, the shorter is a term like any other
        assertThat(vocabulary.variants("信息公开指南", 8)).contains("政务公开指南", "政府信息公开指南");
        // and where it stands on its own beside the longer, it is replaced there and only there
        assertThat(vocabulary.variants("信息公开和政府信息公开", 8))
                .contains("政务公开和政府信息公开", "信息公开和政务公开")
                .noneMatch(v -> v.contains("政府政务公开") || v.contains("政府资讯资讯"));
    }

    @Test
    void aNumberIsASynonymOnlyAsAWholeNumber() {
        assertThat(vocabulary.variants("12345热线", 6)).contains("一号答热线");
        assertThat(vocabulary.variants("拨打12345", 6)).isNotEmpty();
        // a phone number that contains the hotline's digits is just a number
        assertThat(vocabulary.variants("13812345678", 6)).isEmpty();
        assertThat(vocabulary.variants("123456", 6)).isEmpty();
        assertThat(SynonymRule.parse("12345, 一号答").appliesTo("电话13812345678")).isFalse();
        assertThat(SynonymRule.parse("12345, 一号答").appliesTo("打12345问")).isTrue();
    }
}
