package org.zwgk.portal.web;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The one CSV writer: byte-order mark, RFC 4180 quoting, numbers bare, formula-like text guarded. */
class CsvWriterTest {

    @Test
    void writesUtf8WithBomQuotesTextAndGuardsFormulas() {
        String text = CsvWriter.text(csv -> {
            csv.row("名称", "数量");
            csv.row("说\"明\"，含逗号,与换行\n第二行", 12);
            csv.row("=HYPERLINK(\"http://x\")", -3);
            csv.row("-5", null, "@SUM(A1)");
            csv.row();
        });
        assertThat(text).isEqualTo("\uFEFF\"名称\",\"数量\"\r\n"
                + "\"说\"\"明\"\"，含逗号,与换行\n第二行\",12\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\")\",-3\r\n"
                + "\"-5\",\"\",\"'@SUM(A1)\"\r\n"
                + "\r\n");
    }

    @Test
    void streamsTheSameBytesAsUtf8() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter.write(out, csv -> csv.row(Arrays.asList("行政处罚", 1)));
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(CsvWriter.text(csv -> csv.row("行政处罚", 1)));
    }
}
