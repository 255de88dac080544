package org.zwgk.portal.calendar;

import java.time.LocalDate;

/**
 * The days of the lunar festivals and of 清明 for a year without a calendar file, from the new moons and
 * the Sun's longitude in Beijing time, as the published Chinese calendar (GB/T 33661) reckons them. Not
 * ICU4J's ChineseCalendar: its approximate astronomy puts 正月初一 2027 on 7 February and 2030 on 2 February,
 * where the new moons fall four minutes before and seven minutes after midnight and the published
 * calendars give the 6th and the 3rd. New moons by Meeus, Astronomical Algorithms (2nd ed.), ch. 49 (with
 * its planetary terms; seconds off); the Sun by ch. 25 (0.01°, a quarter of an hour), enough to place a
 * 中气 in its month and 清明 on its day. Checked against every calendar file from 2008 ({@code
 * StatutoryHolidaysTest}).
 */
final class ChineseDates {

    private static final double SYNODIC = 29.530588861;

    private ChineseDates() {
    }

    /** 正月初一, 端午 (五月初五) and 中秋 (八月十五) of the lunar year that begins in {@code year}, and 清明. */
    record Festivals(LocalDate springFestival, LocalDate dragonBoat, LocalDate midAutumn, LocalDate qingming) {
    }

    static Festivals of(int year) {
        LocalDate solstice = termDay(year - 1, 270);
        LocalDate nextSolstice = termDay(year, 270);
        // month 11 holds the winter solstice; the months up to the next month 11 are this lunar year's
        double k = newMoonOnOrBefore(solstice);
        LocalDate[] starts = new LocalDate[15];
        int n = 0;
        for (; n < starts.length; n++) {
            starts[n] = day(newMoon(k + n));
            if (starts[n].isAfter(nextSolstice)) {
                break;
            }
        }
        // starts[0..n-1] begin months 11, 12, 1 … 11: thirteen months (n = 14) mean one is leap, the first without a 中气
        int leap = -1;
        if (n == 14) {
            for (int i = 1; i < 13 && leap < 0; i++) {
                if (!holdsMajorTerm(starts[i], starts[i + 1])) {
                    leap = i;
                }
            }
        }
        LocalDate first = null;
        LocalDate fifth = null;
        LocalDate eighth = null;
        int month = 11;
        for (int i = 1; i < n; i++) {
            if (i == leap) {
                continue;
            }
            month = month % 12 + 1;
            if (month == 1 && first == null) {
                first = starts[i];
            } else if (month == 5 && first != null) {
                fifth = starts[i];
            } else if (month == 8 && first != null) {
                eighth = starts[i];
            }
        }
        return new Festivals(first, fifth.plusDays(4), eighth.plusDays(14), termDay(year, 15));
    }

    /** Whether a month from {@code start} to the day before {@code next} holds a 中气 (the Sun at a multiple of 30°). */
    private static boolean holdsMajorTerm(LocalDate start, LocalDate next) {
        double jd = julianDay(start);
        int target = (int) Math.ceil(sunLongitude(jd) / 30.0) * 30 % 360;
        LocalDate term = day(termInstant(jd, target));
        return term.isBefore(next);
    }

    /** The Beijing-time day the Sun reaches {@code longitude} degrees in {@code year}. */
    static LocalDate termDay(int year, int longitude) {
        // a first guess: the vernal equinox (0°) about 20 March, the Sun moving 360° in 365.2422 days
        double guess = julianDay(LocalDate.of(year, 3, 20)) + ((longitude % 360) * 365.2422 / 360.0);
        if (guess > julianDay(LocalDate.of(year, 12, 31)) + 1) {
            guess -= 365.2422;
        }
        return day(termInstant(guess, longitude));
    }

    private static double termInstant(double jdGuess, double longitude) {
        double jd = jdGuess;
        for (int i = 0; i < 20; i++) {
            double diff = longitude - sunLongitude(jd);
            diff -= 360 * Math.floor((diff + 180) / 360);
            jd += diff * 365.2422 / 360.0;
            if (Math.abs(diff) < 1e-6) {
                break;
            }
        }
        return jd;
    }

    /** The apparent longitude of the Sun in degrees at Julian (ephemeris) day {@code jde}: Meeus ch. 25. */
    private static double sunLongitude(double jde) {
        double t = (jde - 2451545.0) / 36525;
        double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        double m = Math.toRadians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m) + (0.019993 - 0.000101 * t) * Math.sin(2 * m)
                + 0.000289 * Math.sin(3 * m);
        double omega = Math.toRadians(125.04 - 1934.136 * t);
        double lambda = l0 + c - 0.00569 - 0.00478 * Math.sin(omega);
        return ((lambda % 360) + 360) % 360;
    }

    /** The lunation number k of the last new moon on or before {@code day} (Beijing time). */
    private static double newMoonOnOrBefore(LocalDate day) {
        double k = Math.floor((julianDay(day) - 2451550.09766) / SYNODIC) + 1;
        while (day(newMoon(k)).isAfter(day)) {
            k--;
        }
        while (!day(newMoon(k + 1)).isAfter(day)) {
            k++;
        }
        return k;
    }

    /** The Julian ephemeris day of new moon number {@code k} (0: 2000-01-06): Meeus ch. 49. */
    static double newMoon(double k) {
        double t = k / 1236.85;
        double jde = 2451550.09766 + SYNODIC * k + 0.00015437 * t * t - 0.000000150 * t * t * t + 0.00000000073 * t * t * t * t;
        double e = 1 - 0.002516 * t - 0.0000074 * t * t;
        double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t * t - 0.00000011 * t * t * t);
        double mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * t * t + 0.00001238 * t * t * t - 0.000000058 * t * t * t * t);
        double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t * t - 0.00000227 * t * t * t + 0.000000011 * t * t * t * t);
        double om = rad(124.7746 - 1.56375588 * k + 0.0020672 * t * t + 0.00000215 * t * t * t);
        jde += -0.40720 * Math.sin(mp) + 0.17241 * e * Math.sin(m) + 0.01608 * Math.sin(2 * mp) + 0.01039 * Math.sin(2 * f)
                + 0.00739 * e * Math.sin(mp - m) - 0.00514 * e * Math.sin(mp + m) + 0.00208 * e * e * Math.sin(2 * m)
                - 0.00111 * Math.sin(mp - 2 * f) - 0.00057 * Math.sin(mp + 2 * f) + 0.00056 * e * Math.sin(2 * mp + m)
                - 0.00042 * Math.sin(3 * mp) + 0.00042 * e * Math.sin(m + 2 * f) + 0.00038 * e * Math.sin(m - 2 * f)
                - 0.00024 * e * Math.sin(2 * mp - m) - 0.00017 * Math.sin(om) - 0.00007 * Math.sin(mp + 2 * m)
                + 0.00004 * Math.sin(2 * mp - 2 * f) + 0.00004 * Math.sin(3 * m) + 0.00003 * Math.sin(mp + m - 2 * f)
                + 0.00003 * Math.sin(2 * mp + 2 * f) - 0.00003 * Math.sin(mp + m + 2 * f) + 0.00003 * Math.sin(mp - m + 2 * f)
                - 0.00002 * Math.sin(mp - m - 2 * f) - 0.00002 * Math.sin(3 * mp + m) + 0.00002 * Math.sin(4 * mp);
        double[][] planetary = {
                {299.77, 0.107408, 0.000325}, {251.88, 0.016321, 0.000165}, {251.83, 26.651886, 0.000164},
                {349.42, 36.412478, 0.000126}, {84.66, 18.206239, 0.000110}, {141.74, 53.303771, 0.000062},
                {207.14, 2.453732, 0.000060}, {154.84, 7.306860, 0.000056}, {34.52, 27.261239, 0.000047},
                {207.19, 0.121824, 0.000042}, {291.34, 1.844379, 0.000040}, {161.72, 24.198154, 0.000037},
                {239.56, 25.513099, 0.000035}, {331.55, 3.592518, 0.000023}};
        for (int i = 0; i < planetary.length; i++) {
            double a = planetary[i][0] + planetary[i][1] * k - (i == 0 ? 0.009173 * t * t : 0);
            jde += planetary[i][2] * Math.sin(rad(a));
        }
        return jde;
    }

    /** The Beijing-time day of a Julian ephemeris day (ΔT by Espenak and Meeus, 2005–2050). */
    static LocalDate day(double jde) {
        double y = 2000 + (jde - 2451545.0) / 365.25 - 2000;
        double deltaT = 62.92 + 0.32217 * y + 0.005589 * y * y;
        double jdUt = jde - deltaT / 86400;
        return LocalDate.ofEpochDay((long) Math.floor(jdUt + 8.0 / 24 - 2440587.5));
    }

    private static double julianDay(LocalDate day) {
        return day.toEpochDay() + 2440587.5 - 8.0 / 24;
    }

    private static double rad(double degrees) {
        return Math.toRadians(degrees % 360);
    }
}
