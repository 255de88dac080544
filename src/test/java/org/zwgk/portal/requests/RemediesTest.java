package org.zwgk.portal.requests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.organizations.OrganizationType;

import java.time.LocalDate;

/** Where and in which order an applicant may appeal an answer (行政复议法 2023, Arts. 23 and 24). */
class RemediesTest {

    private static Organization org(String name, OrganizationType type, Organization parent) {
        Organization o = new Organization();
        o.name = name;
        o.type = type;
        o.parent = parent;
        return o;
    }

    private static InfoRequest answered(AnswerType type, AnswerReason reason, LocalDate on) {
        InfoRequest r = new InfoRequest();
        r.answerType = type;
        r.answerReason = reason;
        r.answeredOn = on;
        return r;
    }

    @Test
    void departmentsAndTownsAreHeardByTheirGovernmentTheGovernmentByTheOneAbove() {
        Organization city = org("昆山市人民政府", OrganizationType.GOVERNMENT, null);
        Organization office = org("昆山市人民政府办公室", OrganizationType.OFFICE, city);
        Organization centre = org("昆山市大数据资源管理中心", OrganizationType.AGENCY, office);
        assertThat(Remedies.organ(org("昆山市财政局", OrganizationType.DEPARTMENT, city), "苏州市人民政府")).isEqualTo("昆山市人民政府");
        assertThat(Remedies.organ(centre, "苏州市人民政府")).isEqualTo("昆山市人民政府");
        assertThat(Remedies.organ(org("玉山镇人民政府", OrganizationType.TOWN, city), "苏州市人民政府")).isEqualTo("昆山市人民政府");
        assertThat(Remedies.organ(city, "苏州市人民政府")).isEqualTo("苏州市人民政府");
        assertThat(Remedies.organ(org("某局", OrganizationType.DEPARTMENT, null), "苏州市人民政府")).isNull();
    }

    @Test
    void aRefusalToDiscloseGoesToReconsiderationFirstFrom2024() {
        LocalDate now = LocalDate.of(2026, 12, 2);
        assertThat(Remedies.reviewFirst(answered(AnswerType.WITHHELD, AnswerReason.STATE_SECRET, now))).isTrue();
        assertThat(Remedies.reviewFirst(answered(AnswerType.PARTLY_DISCLOSED, AnswerReason.THIRD_PARTY_RIGHTS, now))).isTrue();
        // 无法提供 (not held) and a full disclosure are not refusals to disclose
        assertThat(Remedies.reviewFirst(answered(AnswerType.PARTLY_DISCLOSED, AnswerReason.NOT_HELD, now))).isFalse();
        assertThat(Remedies.reviewFirst(answered(AnswerType.UNABLE, AnswerReason.NOT_HELD, now))).isFalse();
        assertThat(Remedies.reviewFirst(answered(AnswerType.DISCLOSED, null, now))).isFalse();
        // before the revised law, the applicant could sue at once
        assertThat(Remedies.reviewFirst(answered(AnswerType.WITHHELD, AnswerReason.STATE_SECRET, LocalDate.of(2023, 12, 29)))).isFalse();
        // nor is one body named then: a department's answer could go to its government or the department above
        assertThat(Remedies.underRevisedLaw(answered(AnswerType.DISCLOSED, null, LocalDate.of(2023, 12, 29)))).isFalse();
        assertThat(Remedies.underRevisedLaw(answered(AnswerType.DISCLOSED, null, now))).isTrue();
    }
}
