package org.zwgk.portal.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamedLawTest {

    @Test
    void aLawsNameBesideATopicIsTakenApart() {
        assertThat(NamedLaw.in("治安管理处罚法 噪声")).isEqualTo(new NamedLaw("治安管理处罚法", "噪声"));
        assertThat(NamedLaw.in("噪声 治安管理处罚法")).isEqualTo(new NamedLaw("治安管理处罚法", "噪声"));
        assertThat(NamedLaw.in("民法典 居住权 期限")).isEqualTo(new NamedLaw("民法典", "居住权 期限"));
        assertThat(NamedLaw.in("物业管理条例 采光")).isEqualTo(new NamedLaw("物业管理条例", "采光"));
    }

    @Test
    void aWordEndingIn法ThatIsNoLawOrNothingLeftToAskIsNotOne() {
        assertThat(NamedLaw.in("是否违法 拆迁")).isNull();
        assertThat(NamedLaw.in("行政执法 投诉")).isNull();
        assertThat(NamedLaw.in("解决办法 欠薪")).isNull();
        assertThat(NamedLaw.in("治安管理处罚法")).as("the name alone: the law is what is asked").isNull();
        assertThat(NamedLaw.in("劳动法 a")).as("one letter is no topic").isNull();
        assertThat(NamedLaw.in("劳动合同法试用期")).as("run together, the name is not taken apart").isNull();
        assertThat(NamedLaw.in(null)).isNull();
    }
}
