package org.zwgk.portal.calendar;

import io.quarkus.qute.i18n.MessageBundle;

/** The public calendar page's texts ({@code cal:…} in templates; cal_zh_CN.properties). */
@MessageBundle(value = "cal", locale = "zh-CN")
public interface CalendarMessages {

    String calTitle();
    String calIntro();
    String calYears();
    /** Before the notices a year's days come from. */
    String calNoticeLabel();

    /** A notice's issue day after it. */
    String calNoticeDate(String date);

    String calNoticeSeparator();
    String calProvisional();
    String calHolidayColumn();
    String calDaysColumn();
    String calDayRange(String from, String to, int count);
    String calDayOne(String day);
    String calYearHeading(int year);
    String calWorkdays();
    String calWorkdaysNone();
    String calFormTitle();
    String calReceived();
    String calReceivedHint();
    String calCompute();
    String calResult(String received, String regulation, int days, String deadline);
    String calExtended(int days, String extended);
    String calResultNote();

    String calResultNote492();
    String calResultProvisional();
    String calNoDate();

    String calBadDate(String value);
    String calNoYear(int year, int first, int last);
}
