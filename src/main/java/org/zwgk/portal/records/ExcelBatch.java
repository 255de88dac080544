package org.zwgk.portal.records;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zwgk.portal.web.UserError;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A workbench upload as an Excel workbook (.xlsx): the first sheet, its first row the header (field
 * names or Chinese labels, as in CSV), one record a row. Cells are read as what they show: a date cell
 * as a date (2026-11-20), a number without a trailing ".0", a formula as its cached value. Anything
 * that is not a readable .xlsx within the size limit is refused with a 4xx before a row is read.
 */
public final class ExcelBatch {

    /** The largest workbook taken: an .xlsx is compressed, so this holds far more rows than a CSV of the size. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private ExcelBatch() {
    }

    /** Whether these bytes (or this file name) are an Excel workbook rather than CSV text. */
    public static boolean looksLikeExcel(String fileName, byte[] bytes) {
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".xlsm") || startsWith(bytes, ZIP)
                || startsWith(bytes, OLE2);
    }

    /** The rows of the workbook's first sheet; 400 for an old .xls, a damaged file or no header, 413 when too large. */
    public static List<BatchRow> rows(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw UserError.tooLarge("file", m -> RecordService.messages().excelTooLarge(MAX_BYTES / (1024 * 1024)));
        }
        if (startsWith(bytes, OLE2)) {
            throw UserError.badInput("file", m -> RecordService.messages().excelOldFormat());
        }
        if (!startsWith(bytes, ZIP)) {
            throw UserError.badInput("file", m -> RecordService.messages().excelUnreadable());
        }
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (book.getNumberOfSheets() == 0) {
                throw UserError.badInput("file", m -> RecordService.messages().batchEmpty());
            }
            return rows(book.getSheetAt(0));
        } catch (UserError e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // not a workbook, a damaged one, or one whose parts inflate beyond POI's limits
            throw UserError.badInput("file", m -> RecordService.messages().excelUnreadable());
        }
    }

    private static List<BatchRow> rows(Sheet sheet) {
        if (sheet.getLastRowNum() > BatchParser.MAX_ROWS + 1) {
            throw UserError.tooLarge("file", m -> RecordService.messages().batchTooLarge(BatchParser.MAX_ROWS));
        }
        Row head = sheet.getRow(sheet.getFirstRowNum());
        if (head == null) {
            throw UserError.badInput("file", m -> RecordService.messages().batchEmpty());
        }
        List<String> header = new ArrayList<>();
        for (int c = 0; c < head.getLastCellNum(); c++) {
            String name = text(head.getCell(c));
            header.add(name == null ? "" : name.strip());
        }
        while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
            header.remove(header.size() - 1);
        }
        if (header.isEmpty()) {
            throw UserError.badInput("file", m -> RecordService.messages().batchEmpty());
        }
        for (int c = 0; c < header.size(); c++) {
            if (header.get(c).isEmpty() || header.indexOf(header.get(c)) != c) {
                String bad = header.get(c);
                int column = c + 1;
                throw UserError.badInput("file", m -> RecordService.messages().excelBadHeader(column, bad));
            }
        }
        List<BatchRow> rows = new ArrayList<>();
        int n = 0;
        for (int r = head.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            String key = null;
            boolean empty = true;
            for (int c = 0; c < header.size(); c++) {
                String v = text(row.getCell(c));
                v = v == null ? null : v.strip();
                if (v != null && !v.isEmpty()) {
                    empty = false;
                }
                if (BatchParser.SOURCE_KEY.contains(header.get(c))) {
                    key = v;
                } else {
                    values.put(header.get(c), v);
                }
            }
            if (empty) {
                continue; // a blank row, as CSV's empty lines
            }
            n++;
            rows.add(new BatchRow(n, r + 1L, key == null || key.isBlank() ? null : key, values));
        }
        return rows;
    }

    /** What the cell shows, as text: dates as 2026-11-20, numbers without ".0", formulas as their cached value. */
    static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? date(cell.getLocalDateTimeCellValue()) : number(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> null;
        };
    }

    private static String date(LocalDateTime t) {
        if (t == null) {
            return null;
        }
        return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString()
                : t.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
    }

    private static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }

    /**
     * The rows again as CSV text (header first), so the preview page carries exactly what was read to
     * the save step, which then reads it as any CSV upload.
     */
    public static String asCsv(List<BatchRow> rows) {
        List<String> header = new ArrayList<>();
        boolean keys = rows.stream().anyMatch(r -> r.sourceKey() != null);
        if (keys) {
            header.add(BatchParser.SOURCE_KEY.get(0));
        }
        if (!rows.isEmpty()) {
            header.addAll(rows.get(0).values().keySet());
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (BatchRow row : rows) {
                List<String> cells = new ArrayList<>();
                if (keys) {
                    cells.add(row.sourceKey() == null ? "" : row.sourceKey());
                }
                row.values().values().forEach(v -> cells.add(v == null ? "" : v));
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes == null || bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
