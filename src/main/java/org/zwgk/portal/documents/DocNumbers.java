package org.zwgk.portal.documents;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 文号 as the standard writes them (GB/T 9704: 机关代字〔年份〕序号号). Editors type the year in
 * [], 【】, () or （）, with spaces or without the closing 号; what is stored and compared is the
 * standard form, so the same number is one number.
 */
public final class DocNumbers {

    private static final Pattern TYPED = Pattern.compile(
            "^(\\S.*?)\\s*[〔\\[【(（［]\\s*((?:19|20)\\d{2})\\s*[〕\\]】)）］]\\s*(\\d{1,6})\\s*号?$");

    /** An order's number as it is promulgated and cited: 国务院令第711号, 财政部令第1号. */
    private static final Pattern ORDER = Pattern.compile("^\\p{IsHan}+令第\\d{1,6}号$");

    private DocNumbers() {
    }

    /**
     * Whether {@code piece} (typed without spaces) is a whole 文号 by itself: 机关代字, the year in brackets
     * and the serial (昆政办发〔2018〕152号, 昆财[2026]7), or an order's number (国务院令第711号). A part of one
     * (昆政发, 〔2018〕, 第711号) is not.
     */
    public static boolean complete(String piece) {
        String s = piece == null ? "" : piece.strip();
        return TYPED.matcher(s).matches() || ORDER.matcher(s).matches();
    }

    /** The standard form of a typed 文号; what was typed (stripped) when it is not of the year-and-number kind. */
    public static String standard(String typed) {
        if (typed == null || typed.isBlank()) {
            return typed;
        }
        String s = typed.strip();
        Matcher m = TYPED.matcher(s);
        return m.matches() ? m.group(1) + "〔" + m.group(2) + "〕" + m.group(3) + "号" : s;
    }

    /**
     * Another listed document with this 文号 (in its standard form), other than {@code self}: two
     * documents under one number is a typing error or a second copy, which editor and reviewers should see.
     */
    public static Optional<Document> sharedWith(String docNumber, Document self) {
        if (docNumber == null || docNumber.isBlank()) {
            return Optional.empty();
        }
        return Document.<Document>find("meta.docNumber = ?1 and status = ?2 order by publishedAt desc", standard(docNumber),
                DocumentStatus.PUBLISHED).stream().filter(d -> self == null || !d.id.equals(self.id)).findFirst();
    }
}
