package org.zwgk.portal.search;

import org.junit.jupiter.api.Test;

import java.util.List;

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

    @Test
    void aQueryNamesALawByItsNameASynonymsNameOrItsNameWithoutTheFirstWord() {
        TitleNames.Asked whole = TitleNames.asked("政府信息公开条例", List.of());
        assertThat(whole.names(TitleNames.key("中华人民共和国政府信息公开条例（2007年）"), null)).isTrue();
        TitleNames.Asked synonym = TitleNames.asked("政务公开条例", List.of("政府信息公开条例"));
        assertThat(synonym.names(TitleNames.key("中华人民共和国政府信息公开条例"), null)).isTrue();
        TitleNames.Asked tail = TitleNames.asked("信息公开条例", List.of());
        assertThat(tail.names(0L, TitleNames.name("中华人民共和国政府信息公开条例"))).isTrue();
        // a question quoting the name in its title is no name: too much comes before the tail
        assertThat(tail.names(0L, TitleNames.name("现在适用的是哪一版政府信息公开条例？"))).isFalse();
        assertThat(tail.names(0L, TitleNames.name("政府信息公开条例实施办法"))).isFalse();
        // too short a tail (管理条例 ends hundreds of names), or no law's kind at its end: no tail asked
        assertThat(TitleNames.asked("管理条例", List.of()).tails()).isEmpty();
        assertThat(TitleNames.asked("信息公开工作", List.of()).tails()).isEmpty();
        assertThat(TitleNames.asked("公开", List.of()).any()).isFalse();
    }
}
