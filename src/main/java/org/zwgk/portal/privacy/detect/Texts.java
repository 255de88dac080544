package org.zwgk.portal.privacy.detect;

/** Small helpers on characters and surroundings shared by the detectors. */
public final class Texts {

    private Texts() {
    }

    public static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    public static boolean isAsciiAlnum(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Digits only. */
    public static String digits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Up to {@code n} characters before {@code at}. */
    public static String before(String text, int at, int n) {
        return text.substring(Math.max(0, at - n), at);
    }

    /** Up to {@code n} characters from {@code at}. */
    public static String after(String text, int at, int n) {
        return text.substring(at, Math.min(text.length(), at + n));
    }

    /** Whether the text continues at {@code at} with one of the words. */
    public static boolean startsWithAny(String text, int at, String... words) {
        for (String w : words) {
            if (text.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the words occurs in the text. */
    public static boolean containsAny(String text, String... words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
