package org.zwgk.portal;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Real PDFs for tests: one page with a line of text, which the privacy check reads (a few bytes that only
 * look like a PDF are a damaged file, which the last approval asks a person to have looked through).
 */
public final class TestPdfs {

    private TestPdfs() {
    }

    /** A one-page PDF whose text is {@code line} (Latin-1 characters: the standard Helvetica font). */
    public static byte[] text(String line) {
        return pages(line);
    }

    /** A PDF of one page for each line, each page's text its line. */
    public static byte[] pages(String... lines) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : lines) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.beginText();
                    s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    s.newLineAtOffset(72, 700);
                    s.showText(line);
                    s.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
