package org.zwgk.portal.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The one way the portal writes a CSV file for download: UTF-8 with a byte-order mark (so Excel and
 * WPS read the Chinese text), RFC 4180 (CRLF line ends; text cells in double quotes, quotes doubled;
 * numbers bare), and every text cell through {@link SpreadsheetCells#text}, so nothing typed by a
 * citizen or a business system runs as a formula on an official's computer.
 */
public final class CsvWriter implements Closeable {

    /** Text cells quoted, numbers ({@link Number} cells) bare. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.NON_NUMERIC).build();

    /** The rows of a file, written by a caller. */
    @FunctionalInterface
    public interface Rows {
        void write(CsvWriter csv);
    }

    private final CSVPrinter printer;

    /** Starts a file on {@code out}: the byte-order mark first. */
    public CsvWriter(Writer out) {
        try {
            out.write('\uFEFF');
            this.printer = new CSVPrinter(out, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A whole file as text (byte-order mark first), to send as UTF-8. */
    public static String text(Rows rows) {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = new CsvWriter(out)) {
            rows.write(csv);
        }
        return out.toString();
    }

    /** A whole file written to a stream in UTF-8, for downloads too large to hold; the stream is closed. */
    public static void write(OutputStream out, Rows rows) {
        try (CsvWriter csv = new CsvWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            rows.write(csv);
        }
    }

    /** One row: a {@link Number} stays a number, null is an empty cell, anything else is guarded text. */
    public CsvWriter row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    public CsvWriter row(Iterable<?> cells) {
        try {
            for (Object cell : cells) {
                printer.print(cell instanceof Number ? cell : SpreadsheetCells.text(cell == null ? "" : cell.toString()));
            }
            printer.println();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
