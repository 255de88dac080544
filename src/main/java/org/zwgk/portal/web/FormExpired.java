package org.zwgk.portal.web;

import java.util.List;

/**
 * A form post refused because its token could not be checked (the page outlived its session, or the
 * browser was restarted with the form open): nothing is changed, and the page that says so shows back
 * what the person had written, so a long 依申请公开 description or letter is not lost, and leads back
 * to the form to open it again (reloading the refused page would only post the same stale token).
 */
public class FormExpired extends RuntimeException {

    private final List<Written> written;
    private final String back;

    public FormExpired(List<Written> written, String back) {
        super("form token refused", null, false, false);
        this.written = List.copyOf(written);
        this.back = back;
    }

    /** What the person wrote, in the form's order (codes, choices and secrets left out). */
    public List<Written> written() {
        return written;
    }

    /** The local path of the page with the form, or null when it is not known. */
    public String back() {
        return back;
    }

    /** One value the person typed, with the label of its field (null when the form's labels are not known). */
    public record Written(String label, String value) {
    }
}
