package org.zwgk.portal.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.zwgk.portal.web.UserError;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a batch body (a JSON array of objects, or CSV with a header row) into rows; a body that is neither is a 400. */
public final class BatchParser {

    public static final int MAX_ROWS = 20_000;
    /** Column / key naming the business system's own key of a row. */
    static final List<String> SOURCE_KEY = List.of("sourceKey", "来源编号");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BatchParser() {
    }

    public static List<BatchRow> json(String body) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body == null ? "" : body);
        } catch (IOException e) {
            throw UserError.badInput("body", m -> RecordService.messages().batchNotJson());
        }
        if (root == null || !root.isArray()) {
            throw UserError.badInput("body", m -> RecordService.messages().batchNotJson());
        }
        limit(root.size());
        List<BatchRow> rows = new ArrayList<>();
        int n = 0;
        for (JsonNode item : root) {
            n++;
            if (!item.isObject()) {
                throw UserError.badInput("body", m -> RecordService.messages().batchNotJson());
            }
            Map<String, String> values = new LinkedHashMap<>();
            String key = null;
            for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                String text = v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
                if (SOURCE_KEY.contains(e.getKey())) {
                    key = text;
                } else {
                    values.put(e.getKey(), text);
                }
            }
            rows.add(new BatchRow(n, 0, blank(key), values));
        }
        return rows;
    }

    /**
     * The text of an uploaded CSV file: UTF-8 when it has the UTF-8 byte-order mark or is valid UTF-8,
     * otherwise GB18030, the superset of the GBK that Excel on Chinese Windows saves CSV in (so staff
     * need not know which "CSV" they chose). Bytes that are neither are a 400.
     */
    public static String text(byte[] bytes) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
        try {
            return strict(java.nio.charset.StandardCharsets.UTF_8, bytes);
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            if (!bom) {
                try {
                    return strict(java.nio.charset.Charset.forName("GB18030"), bytes);
                } catch (java.nio.charset.CharacterCodingException notGb) {
                    // neither: refused below
                }
            }
            throw UserError.badInput("file", m -> RecordService.messages().batchEncoding());
        }
    }

    private static String strict(java.nio.charset.Charset charset, byte[] bytes) throws java.nio.charset.CharacterCodingException {
        return charset.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    }

    public static List<BatchRow> csv(String body) {
        String text = body == null ? "" : body.startsWith("\uFEFF") ? body.substring(1) : body;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).setAllowMissingColumnNames(false).build();
        List<BatchRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames();
            int n = 0;
            for (CSVRecord r : parser) {
                n++;
                limit(n);
                Map<String, String> values = new LinkedHashMap<>();
                String key = null;
                for (int i = 0; i < header.size(); i++) {
                    String v = i < r.size() ? r.get(i) : null;
                    if (SOURCE_KEY.contains(header.get(i))) {
                        key = v;
                    } else {
                        values.put(header.get(i), v);
                    }
                }
                rows.add(new BatchRow(n, r.getRecordNumber() + 1, blank(key), values));
            }
        } catch (UncheckedIOException | IOException | IllegalArgumentException | IllegalStateException e) {
            throw UserError.badInput("body", m -> RecordService.messages().batchNotCsv(csvProblem(e.getMessage())));
        }
        return rows;
    }

    /** commons-csv's English reason, said in Chinese (security review: the library's words reached the page). */
    static String csvProblem(String reason) {
        RecordMessages messages = RecordService.messages();
        String r = reason == null ? "" : reason;
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("startline (\\d+)|line (\\d+)").matcher(r);
        if (r.contains("encapsulated token") && line.find()) {
            return messages.batchCsvUnclosedQuote(Long.parseLong(line.group(1) != null ? line.group(1) : line.group(2)));
        }
        if (r.contains("header") || r.contains("Header")) {
            return messages.batchCsvHeader();
        }
        return messages.batchCsvMalformed();
    }

    private static void limit(int n) {
        if (n > MAX_ROWS) {
            throw UserError.tooLarge("body", m -> RecordService.messages().batchTooLarge(MAX_ROWS));
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
