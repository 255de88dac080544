package org.zwgk.portal.web.validation;

import java.util.regex.Pattern;

/** What a citizen may give as a way to reach them: the one check for every form that asks. */
public final class ContactFormats {

    /** A mainland mobile: 1, then 3–9, then nine digits; in groups if typed so, +86 before it if at all. */
    private static final Pattern MOBILE = Pattern.compile("(?:\\+?86[- ]?)?1[3-9]\\d(?:[- ]?\\d){8}");
    /**
     * A landline the office can dial from anywhere: area code (0512, or 512 after +86; in brackets or
     * not), a seven- or eight-digit number, maybe an extension. A number without its area code is
     * refused, as the form's hint says.
     */
    private static final Pattern LANDLINE = Pattern.compile(
            "(?:(?:\\+?86[- ]?)\\(?[1-9]\\d{1,2}\\)|(?:\\+?86[- ]?)[1-9]\\d{1,2}|\\(?0[1-9]\\d{1,2}\\)?)[- ]?"
                    + "\\d{3,4}[- ]?\\d{4}(?:(?:[- ]|转|分机|ext\\.?)\\d{1,6})?");
    /** 400 and 800 service numbers. */
    private static final Pattern SERVICE = Pattern.compile("[48]00[- ]?\\d{3}[- ]?\\d{4}");
    /** A number abroad: + and a country code other than 86, then at least six more digits. */
    private static final Pattern ABROAD = Pattern.compile("\\+(?!86)[1-9]\\d{0,2}(?:[- ]?\\d){6,14}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private ContactFormats() {
    }

    public static boolean isPhone(String value) {
        if (value == null) {
            return false;
        }
        String v = value.strip().replace('（', '(').replace('）', ')').replace('－', '-').replace('—', '-').replace('＋', '+');
        return MOBILE.matcher(v).matches() || LANDLINE.matcher(v).matches() || SERVICE.matcher(v).matches()
                || ABROAD.matcher(v).matches();
    }

    public static boolean isEmail(String value) {
        return value != null && EMAIL.matcher(value.strip()).matches();
    }
}
