package org.zwgk.portal.privacy.detect;

import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Matcher#find()} without trying the pattern at every character: the pattern is tried
 * (anchored, with transparent bounds so its look-behind still sees the text before) only where a
 * cheap test on the character and the one before says a match can start. The matches are the same
 * as {@code find()}'s, in the same order; the work on prose (Han characters, which no pattern starts
 * with) is one comparison per character instead of one attempt of each pattern.
 */
final class Candidates {

    /**
     * Where a match of the pattern can start: at {@code i}, given the character there and the one before (0 at the
     * start).
     */
    @FunctionalInterface
    interface Start {
        boolean at(char c, char before);
    }

    /** A digit not preceded by an ASCII letter or digit: the start of an alphanumeric run ({@code (?<![0-9A-Za-z])\d…}). */
    static final Start DIGIT_RUN = (c, b) -> c >= '0' && c <= '9' && !Texts.isAsciiAlnum(b);
    /**
     * A digit not preceded by a digit: the start of a number a letter may touch (wx13812345678, tel…, x110105…), as
     * citizens write them; for numbers whose shape (an ID's check character, a mobile's 1[3-9] and eleven digits, a
     * card's Luhn sum) is enough without the letters around them.
     */
    static final Start NUMBER = (c, b) -> c >= '0' && c <= '9' && !Texts.isDigit(b);
    /** An ASCII letter or digit not preceded by one. */
    static final Start ALNUM_RUN = (c, b) -> Texts.isAsciiAlnum(c) && !Texts.isAsciiAlnum(b);

    private final Matcher m;
    private final String text;
    private final Start start;
    /** Whether every match starts a run: an ASCII character after none of the ASCII letters and digits. */
    private final boolean runs;
    /** Which characters a run goes on with: ASCII letters and digits, or (a number touching letters) digits only. */
    private final IntPredicate inRun;
    /** The lengths of the run of digits a match can start with (18 for an ID number, 6 for its first part when split). */
    private final IntPredicate leadingDigits;
    private int at;

    Candidates(Pattern pattern, String text, Start start) {
        this(pattern, text, start, false, ANY_DIGITS, c -> Texts.isAsciiAlnum((char) c));
    }

    private Candidates(Pattern pattern, String text, Start start, boolean runs, IntPredicate leadingDigits, IntPredicate inRun) {
        this.m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        this.text = text;
        this.start = start;
        this.runs = runs;
        this.leadingDigits = leadingDigits;
        this.inRun = inRun;
    }

    private static final IntPredicate ANY_DIGITS = n -> true;

    /**
     * For a pattern whose matches start a run of ASCII characters (an ASCII character not after an ASCII letter or
     * digit, which {@code start} then narrows): the others are passed over without asking {@code start}.
     */
    static Candidates ofRuns(Pattern pattern, String text, Start start) {
        return new Candidates(pattern, text, start, true, ANY_DIGITS, c -> Texts.isAsciiAlnum((char) c));
    }

    /**
     * The same, for a pattern that reads digits from the run's start: tried only where the digits there, up to the
     * first other character, are as many as {@code leadingDigits} allows (in a dense text of dates, amounts and
     * numbers, most runs are not the length of the number looked for).
     */
    static Candidates ofRuns(Pattern pattern, String text, Start start, IntPredicate leadingDigits) {
        return new Candidates(pattern, text, start, true, leadingDigits, c -> Texts.isAsciiAlnum((char) c));
    }

    /**
     * The same for a number that may touch letters (its pattern bounded by digits only): tried where a run of digits
     * starts, after a letter too.
     */
    static Candidates ofNumbers(Pattern pattern, String text, Start start, IntPredicate leadingDigits) {
        return new Candidates(pattern, text, start, true, leadingDigits, c -> Texts.isDigit((char) c));
    }

    /** The next match, as {@link Matcher#find()} would give it; its groups are read from {@link #matcher()}. */
    boolean find() {
        int n = text.length();
        char before = at == 0 ? 0 : text.charAt(at - 1);
        for (int i = at; i < n; i++) {
            char c = text.charAt(i);
            // a pattern that starts a run of ASCII characters: a Han character, or one inside a run, is passed over
            // without asking (a call per character and pattern through an interface of many implementations was
            // most of the scan)
            if ((!runs || c < 0x80 && !inRun.test(before)) && start.at(c, before)) {
                if (leadingDigits != ANY_DIGITS && !leadingDigits.test(digitsFrom(i))) {
                    before = c;
                    continue;
                }
                m.region(i, n);
                if (m.lookingAt()) {
                    at = Math.max(m.end(), i + 1);
                    return true;
                }
            }
            before = c;
        }
        at = n;
        return false;
    }

    private int digitsFrom(int i) {
        int j = i;
        while (j < text.length() && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
            j++;
        }
        return j - i;
    }

    Matcher matcher() {
        return m;
    }
}
