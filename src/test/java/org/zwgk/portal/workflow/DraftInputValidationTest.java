package org.zwgk.portal.workflow;

import jakarta.validation.Validation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.web.UserError;
import org.zwgk.portal.web.validation.InputValidation;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The draft input's constraints, without Quarkus: every wrong field is found at once, in form order. */
class DraftInputValidationTest {

    private final InputValidation validation = new InputValidation(Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator());

    private static DraftInput valid() {
        DraftInput in = new DraftInput();
        in.type = "NOTICE";
        in.title = "关于做好2018年政务公开工作的通知";
        in.disclosure = "PROACTIVE";
        in.body = "各区镇人民政府，市各委办局：\n\n现将有关事项通知如下。";
        return in;
    }

    private List<String> wrongFields(DraftInput in) {
        return validation.problems(in, f -> f).stream().map(UserError.Invalid::field).toList();
    }

    @Test
    void aCompleteDraftHasNoProblem() {
        DraftInput in = valid();
        in.writtenOn = "2018-08-02";
        in.scheduledAt = "2018-08-03T09:00";
        in.validity = "VALID";
        in.changeKind = "MINOR";
        assertThat(wrongFields(in)).isEmpty();
    }

    @Test
    void everyWrongFieldIsReportedAtOnceInTheOrderOfTheForm() {
        DraftInput in = valid();
        in.type = "MEMO";
        in.title = " ";
        in.docNumber = "昆".repeat(201);
        in.writtenOn = "2018-02-30";
        in.validity = "FOREVER";
        in.summary = "概述\u0007";
        in.body = null;
        in.scheduledAt = "明天上午";
        assertThat(wrongFields(in)).containsExactly("type", "title", "docNumber", "writtenOn", "validity", "summary",
                "body", "scheduledAt");
    }

    @Test
    void eachProblemIsTheOneAPersonWouldFixFirst() {
        DraftInput in = valid();
        in.title = "";
        List<UserError.Invalid> problems = validation.problems(in, f -> "「" + f + "」");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).field()).as("a blank title is missing, not also too short or too long").isEqualTo("title");
    }

    @Test
    void lineBreaksAndTabsAreTextButOtherControlCharactersAreNot() {
        DraftInput in = valid();
        in.body = "第一段\r\n\t第二段";
        assertThat(wrongFields(in)).isEmpty();
        in.body = "第一段\u0000";
        assertThat(wrongFields(in)).containsExactly("body");
        in.body = "第一段𠀾";
        assertThat(wrongFields(in)).as("a character outside the BMP is one character").isEmpty();
        in.body = "第一段\ud800";
        assertThat(wrongFields(in)).as("half of one is not").containsExactly("body");
        in.body = "\udc00第一段";
        assertThat(wrongFields(in)).containsExactly("body");
    }
}
