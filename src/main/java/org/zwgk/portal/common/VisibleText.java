package org.zwgk.portal.common;

/**
 * Text as people will see it, for names that are shown and saved as typed (attachment file names and
 * titles) and, keeping its lines, for what citizens write ({@link #lines}, {@link #field}): no bidirectional controls (a right-to-left override turns {@code invoice\u202Eexe.pdf}
 * into "invoicefdp.exe" on screen), no other format or control characters, no invisible fillers;
 * any kind of space or line break becomes one plain space.
 */
public final class VisibleText {

    private VisibleText() {
    }

    /**
     * Invisible characters removed, spaces folded and stripped; null stays null. No normalization:
     * NFC would turn CJK compatibility ideographs, which names may use on purpose, into others.
     */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (!invisible(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString().strip();
    }

    /**
     * A one-line field a citizen types (a letter's subject, an applicant's name, address or phone number) as
     * others will see it: what {@link #clean} removes is removed and its spaces folded, so a field of
     * nothing but zero-width spaces or bidi controls is empty and counts as not filled in; but the ASCII
     * control characters and half characters (lone surrogates) stay, as in {@link #lines}, for the
     * caller's plain-text check to refuse with a message rather than dropping them unseen. Null stays null.
     */
    public static String field(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (refusable(cp)) {
                out.appendCodePoint(cp);
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (!invisible(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString().strip();
    }

    /**
     * A text of several lines (a citizen's comment, a 补正) as others will see it: the format characters
     * and fillers {@link #clean} removes are removed too (a bidi override would turn the rest of its line
     * around, a zero-width space hides a word from the sensitive-word check); spacing and lines stay as
     * typed, and so do the ASCII control characters and half characters (lone surrogates), which the
     * callers' plain-text check refuses with a message rather than dropping them unseen (the C1 controls,
     * which it lets pass, are dropped). Null stays null.
     */
    public static String lines(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp < 0x80 && Character.getType(cp) == Character.CONTROL || refusable(cp) || !invisible(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /**
     * What the plain-text check ({@code web.validation.PlainText}) refuses, other than the line breaks and
     * tabs it takes: the ASCII control characters and DEL, and half characters (a lone surrogate, which
     * a JSON string can carry).
     */
    private static boolean refusable(int cp) {
        return cp < 0x20 && cp != '\n' && cp != '\r' && cp != '\t' || cp == 0x7F || Character.getType(cp) == Character.SURROGATE;
    }

    /**
     * Control (Cc) and format (Cf: the bidi embeddings, overrides and isolates U+202A–U+202E and
     * U+2066–U+2069, the marks U+200E, U+200F and U+061C, zero-width spaces and joiners, the BOM, soft
     * hyphens …) characters, lone surrogates, and the default-ignorable fillers and selectors that are
     * letters or marks by category. Private-use and unassigned code points stay: rare characters in
     * names may live there.
     */
    static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x17B4 || cp == 0x17B5
                || (cp >= 0x180B && cp <= 0x180F) || cp == 0x3164 || cp == 0xFFA0
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }
}
