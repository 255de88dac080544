package org.zwgk.portal.web;

import java.util.List;

/**
 * A form post refused because its token could not be checked (the page outlived its session, or the
 * browser was restarted with the form open): nothing is changed, and the page that says so shows back
 * what the person had written, so a long 依申请公开 description or letter is not lost.
 */
public class FormExpired extends RuntimeException {

    private final List<String> written;

    public FormExpired(List<String> written) {
        super("form token refused", null, false, false);
        this.written = List.copyOf(written);
    }

    /** The texts the person wrote, in the form's order (codes, choices and secrets left out). */
    public List<String> written() {
        return written;
    }
}
