package org.zwgk.portal.requests;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.MovableClock;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.access.Staff;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.web.UserError;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Deadline check: a request received in the last days of the last year with a calendar file (2027, no 2028.yaml).
 * Its page said the deadline could not be counted, as it should, but 补正 was no longer offered though the 7 working
 * days had not run out, and 征求意见 and 延期, still offered, failed with the calendar's exception (a 500). The count
 * runs into 2028, so the day it ends is in 2028: before then the period has not run out and each step is taken; from
 * 1 January 2028 on, the step is refused with the message naming the year to enter.
 */
@QuarkusTest
@TestProfile(RequestCalendarEndTestProfile.class)
class RequestCalendarEndTest {

    @Inject
    RequestFixtures fixtures;

    @Inject
    RequestService service;

    private Duration moved = Duration.ZERO;

    /** 10:00 in Kunshan on that day. */
    private void moveTo(LocalDate day) {
        Instant target = day.atTime(10, 0).atZone(org.zwgk.portal.common.PortalConfig.ZONE).toInstant();
        Duration by = Duration.between(Instant.now(), target).minus(moved);
        MovableClock.advance(by);
        moved = moved.plus(by);
    }

    @AfterEach
    void back() {
        MovableClock.advance(moved.negated());
        moved = Duration.ZERO;
    }

    static final AuditLog.Actor ACTOR = new AuditLog.Actor("test", "calendar-end");

    @Test
    void aRequestReceivedAtTheEndOfTheCalendarIsCorrectedConsultedAndExtendedWithinItsPeriod() {
        // Mon 2027-12-27: 28(1) 29(2) 30(3) 31(4), then 2028: both the 补正 window (7) and the answer period (20) end in 2028
        moveTo(LocalDate.of(2027, 12, 27));
        PortalUser editor = fixtures.user("czj-editor");
        PortalUser admin = fixtures.user("czj-admin");

        long corrected = fixtures.registered("czj");
        assertThat(fixtures.now(corrected).receivedOn).isEqualTo(LocalDate.of(2027, 12, 27));
        Staff staff = Staff.login("czj-editor");
        Response page = staff.get("/workbench/requests/" + corrected);
        assertThat(page.statusCode()).isEqualTo(200);
        String text = page.asString();
        assertThat(text).contains("2028 年的节假日安排尚未录入本网站");
        assertThat(text).as("补正 is still offered within its 7 working days").contains("/workbench/requests/" + corrected + "/correction");
        assertThat(text).contains("补正告知须于收到申请之日起 7 个工作日内作出；该期限延至 2028 年");
        QuarkusTransaction.requiringNew().run(() -> service.askCorrection(editor, corrected, fixtures.lockVersion(corrected),
                "请补充所需信息的文号", "2028-01-20", ACTOR));
        assertThat(fixtures.now(corrected).status).isEqualTo(RequestStatus.CORRECTION);

        long consulted = fixtures.registered("czj");
        QuarkusTransaction.requiringNew().run(() -> service.startConsultation(editor, consulted, fixtures.lockVersion(consulted),
                "THIRD_PARTY", "征求第三方意见", ACTOR));
        assertThat(fixtures.now(consulted).status).isEqualTo(RequestStatus.CONSULTING);

        long extended = fixtures.registered("czj");
        QuarkusTransaction.requiringNew().run(() -> service.extend(admin, extended, fixtures.lockVersion(extended), 20,
                "需要调取档案", ACTOR));
        assertThat(fixtures.now(extended).extensionDays).isEqualTo(20);

        // from 2028 on the portal cannot tell whether the period has run out: refused, naming the year, never a 500
        long later = fixtures.registered("czj");
        moveTo(LocalDate.of(2028, 1, 10));
        Response after = Staff.login("czj-editor").get("/workbench/requests/" + later); // the session of December has expired
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.asString()).contains("2028 年的节假日安排尚未录入本网站").doesNotContain("/workbench/requests/" + later + "/correction");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> service.startConsultation(editor, later,
                fixtures.lockVersion(later), "THIRD_PARTY", "征求第三方意见", ACTOR)))
                .isInstanceOf(UserError.class);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> service.askCorrection(editor, later,
                fixtures.lockVersion(later), "请补充", "2028-01-20", ACTOR)))
                .isInstanceOf(UserError.class);
        assertThat(fixtures.now(later).status).isEqualTo(RequestStatus.REGISTERED);
    }
}
