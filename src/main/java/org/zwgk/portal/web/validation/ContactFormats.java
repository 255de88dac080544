package org.zwgk.portal.web.validation;

import java.util.regex.Pattern;

/** What a citizen may give as a way to reach them: the one check for every form that asks. */
public final class ContactFormats {

    /** A mobile or a landline with its area code, digits with spaces or dashes, or a +country code. */
    private static final Pattern PHONE = Pattern.compile("[0-9+][0-9 \\-]{5,18}[0-9]");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private ContactFormats() {
    }

    public static boolean isPhone(String value) {
        return value != null && PHONE.matcher(value.strip()).matches();
    }

    public static boolean isEmail(String value) {
        return value != null && EMAIL.matcher(value.strip()).matches();
    }
}
