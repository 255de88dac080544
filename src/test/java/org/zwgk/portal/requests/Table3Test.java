package org.zwgk.portal.requests;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zwgk.portal.requests.ApplicantType.*;

/**
 * Table 3 for 2020 on twelve requests whose places in the table were counted by hand (the comment
 * by each), including the template's cross-check 上年结转 + 本年新收 = 总计 + 结转下年度.
 */
class Table3Test {

    static InfoRequest request(ApplicantType who, String received, String answered, AnswerType type, AnswerReason reason) {
        InfoRequest r = new InfoRequest();
        r.applicantType = who;
        r.receivedOn = received == null ? null : LocalDate.parse(received);
        r.answeredOn = answered == null ? null : LocalDate.parse(answered);
        r.answerType = type;
        r.answerReason = reason;
        return r;
    }

    static List<InfoRequest> fixture() {
        List<InfoRequest> l = new ArrayList<>();
        l.add(request(NATURAL_PERSON, "2019-12-20", "2020-01-10", AnswerType.DISCLOSED, null));        // 1 carried over, 予以公开
        l.add(request(NATURAL_PERSON, "2019-11-01", "2019-11-20", AnswerType.DISCLOSED, null));        // 2 closed in 2019: not in 2020
        l.add(request(COMMERCIAL, "2020-03-01", "2020-03-20", AnswerType.WITHHELD, AnswerReason.STATE_SECRET)); // 3 new, 国家秘密
        l.add(request(COMMERCIAL, "2020-12-28", null, null, null));                                     // 4 new, carried forward
        l.add(request(RESEARCH, "2020-05-05", "2021-01-05", AnswerType.DISCLOSED, null));              // 5 new, answered next year: forward
        l.add(request(LEGAL_SERVICE, "2019-12-30", "2021-01-02", AnswerType.DISCLOSED, null));         // 6 carried over and forward
        l.add(request(NATURAL_PERSON, "2020-06-01", "2020-06-30", AnswerType.OTHER, AnswerReason.NO_CORRECTION)); // 7 new, 逾期不补正
        l.add(request(PUBLIC_WELFARE, "2020-07-01", "2020-07-10", AnswerType.UNABLE, AnswerReason.NOT_HELD)); // 8 new, 不掌握
        l.add(request(PUBLIC_WELFARE, "2020-07-02", "2020-07-10", AnswerType.UNABLE, AnswerReason.NOT_THIS_BODY)); // 不掌握 too: another body's
        l.add(request(OTHER_ORGANIZATION, "2020-08-01", "2020-08-02", AnswerType.NOT_HANDLED, AnswerReason.REPEATED)); // 9 new, 重复申请
        l.add(request(NATURAL_PERSON, "2020-09-01", "2020-09-15", AnswerType.PARTLY_DISCLOSED, AnswerReason.THIRD_PARTY_RIGHTS)); // 10 new, 部分公开 (only in its own row)
        l.add(request(NATURAL_PERSON, "2021-01-03", null, null, null));                                 // 11 next year's
        l.add(request(NATURAL_PERSON, null, null, null, null));                                         // 12 never registered
        return l;
    }

    @Test
    void handCounted() {
        Table3 t = Table3.of(2020, fixture());
        // columns: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计
        assertThat(t.cells(Table3.Row.NEW)).containsExactly(2, 2, 1, 2, 0, 1, 8);
        assertThat(t.cells(Table3.Row.CARRIED_OVER)).containsExactly(1, 0, 0, 0, 1, 0, 2);
        assertThat(t.cells(Table3.Row.DISCLOSED)).containsExactly(1, 0, 0, 0, 0, 0, 1);
        assertThat(t.cells(Table3.Row.PARTLY_DISCLOSED)).containsExactly(1, 0, 0, 0, 0, 0, 1);
        assertThat(t.cells(Table3.Row.STATE_SECRET)).containsExactly(0, 1, 0, 0, 0, 0, 1);
        assertThat(t.cells(Table3.Row.NOT_HELD)).as("both kinds of 不掌握").containsExactly(0, 0, 0, 2, 0, 0, 2);
        assertThat(t.cells(Table3.Row.REPEATED)).containsExactly(0, 0, 0, 0, 0, 1, 1);
        assertThat(t.cells(Table3.Row.NO_CORRECTION)).containsExactly(1, 0, 0, 0, 0, 0, 1);
        assertThat(t.cells(Table3.Row.HANDLED_TOTAL)).containsExactly(3, 1, 0, 2, 0, 1, 7);
        assertThat(t.cells(Table3.Row.CARRIED_FORWARD)).containsExactly(0, 1, 1, 0, 1, 0, 3);
        assertThat(t.total(Table3.Row.THIRD_PARTY_RIGHTS)).isZero();
        // 2 + 8 = 7 + 3, in every column
        assertThat(t.crossCheckFailures()).isEmpty();
    }

    @Test
    void nextYearStartsFromThisYearsCarriedForward() {
        Table3 y2020 = Table3.of(2020, fixture());
        Table3 y2021 = Table3.of(2021, fixture());
        assertThat(y2021.cells(Table3.Row.CARRIED_OVER)).isEqualTo(y2020.cells(Table3.Row.CARRIED_FORWARD));
        assertThat(y2021.cells(Table3.Row.NEW)).containsExactly(1, 0, 0, 0, 0, 0, 1);
        assertThat(y2021.crossCheckFailures()).isEmpty();
    }
}
