package org.zwgk.portal.records;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItems;

/** The shipped record types: each accepts a good record and refuses a bad one; deadlines count working days. */
@QuarkusTest
class RecordTypesTest {

    static final String[] SHIPPED = {"xzxk", "xzcf", "qzqd", "ssjygk", "jyta", "yjs", "zdjsxm", "ggzypz", "shgysy", "bszn", "ggqsydw"};

    @Inject
    RecordTypes types;
    @Inject
    RecordService service;

    @Test
    void everyShippedTypeIsDeclaredAndListedInTheApi() {
        assertThat(types.all()).extracting(RecordType::code).contains(SHIPPED);
        given().get("/api/v1/record-types").then().statusCode(200)
                .body("code", hasItems(SHIPPED))
                .body("find { it.code == 'xzcf' }.name", org.hamcrest.Matchers.equalTo("行政处罚"))
                .body("find { it.code == 'xzcf' }.fields.name", hasItems("partyName", "decisionDate"))
                // ID numbers are never public: not even described as a public field
                .body("find { it.code == 'xzcf' }.fields.name", org.hamcrest.Matchers.not(hasItems("idNumber")))
                .body("find { it.code == 'bszn' }.fields.label", hasItems("事项名称", "实施主体", "设定依据", "申请条件", "申请材料",
                        "办理流程", "办理时限", "收费标准", "办理地点与时间", "咨询与监督电话", "是否不见面审批", "证明材料清单"))
                .body("find { it.code == 'zdjsxm' }.fields.find { it.name == 'stage' }.options.size()", org.hamcrest.Matchers.equalTo(8));
    }

    @Test
    void eachShippedTypeValidatesAGoodRecordAndRefusesABadOne() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String code : SHIPPED) {
                RecordType type = types.find(code).orElseThrow();
                RecordValidator.Result good = RecordValidator.validate(type, RecordSamples.good(code), service.lookups());
                assertThat(good.errors()).as(code + " good record").isEmpty();
                Map<String, String> bad = new HashMap<>(RecordSamples.good(code));
                Map.Entry<String, String> wrong = RecordSamples.bad(code);
                bad.put(wrong.getKey(), wrong.getValue());
                RecordValidator.Result refused = RecordValidator.validate(type, bad, service.lookups());
                assertThat(refused.errors()).as(code + " bad record").extracting(RecordValidator.FieldError::field).containsExactly(wrong.getKey());
                assertThat(refused.errors().get(0).message()).as(code).contains(type.field(wrong.getKey()).orElseThrow().label());
                // and a required field left out is named
                Map<String, String> missing = new HashMap<>(RecordSamples.good(code));
                String required = type.fields().stream().filter(FieldSpec::required).findFirst().orElseThrow().name();
                missing.remove(required);
                assertThat(RecordValidator.validate(type, missing, service.lookups()).errors())
                        .extracting(RecordValidator.FieldError::field).containsExactly(required);
            }
        });
    }

    @Test
    void aMalformedTypeFileIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> RecordTypes.parse("broken.yaml", "code: broken\nname: 坏\ntitleField: a\nowners: {types: [DEPARTMENT]}\n"
                + "fields:\n  - {name: a, label: 甲, kind: colour}\n"))
                .hasMessageContaining("broken.yaml").hasMessageContaining("colour");
        assertThatThrownBy(() -> RecordTypes.parse("late.yaml", "code: late\nname: 迟\ntitleField: a\nowners: {types: [DEPARTMENT]}\n"
                + "deadline: {field: a, workingDays: 7}\nfields:\n  - {name: a, label: 甲, kind: text}\n"))
                .hasMessageContaining("date field");
    }

    @Test
    void theSevenWorkingDayDeadlineCountsAcrossTheNationalDayHoliday() {
        RecordType penalty = types.find("xzcf").orElseThrow();
        Map<String, String> decided = Map.of("decisionDate", "2026-09-30");
        // 10-01..10-07 holiday; 10-08, 10-09, 10-10 (swapped working Saturday), 10-12 … 10-15 is the 7th working day
        RecordService.Deadline onTime = service.deadline(penalty, decided, LocalDate.parse("2026-10-15"));
        assertThat(onTime.dueOn()).isEqualTo(LocalDate.parse("2026-10-15"));
        assertThat(onTime.late()).isFalse();
        // plain weekdays would have made 10-12 late already
        assertThat(service.deadline(penalty, decided, LocalDate.parse("2026-10-12")).late()).isFalse();
        assertThat(service.deadline(penalty, decided, LocalDate.parse("2026-10-16")).late()).isTrue();
        // 办事指南: one working day after approval; approved on the Friday before the holiday weekend
        RecordType guide = types.find("bszn").orElseThrow();
        assertThat(service.deadline(guide, Map.of("approvedOn", "2026-09-30"), LocalDate.parse("2026-10-08")).late()).isFalse();
        assertThat(service.deadline(guide, Map.of("approvedOn", "2026-09-30"), LocalDate.parse("2026-10-09")).late()).isTrue();
    }
}
