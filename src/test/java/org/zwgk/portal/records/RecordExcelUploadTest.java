package org.zwgk.portal.records;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.access.Staff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbench upload takes an Excel workbook (.xlsx) as it takes CSV: same header (names or labels),
 * the same preview naming every wrong row before anything is saved, the same all-or-nothing save.
 * Date cells arrive as dates, numbers without ".0", formulas as their values; anything else is refused
 * with a Chinese message.
 */
@QuarkusTest
class RecordExcelUploadTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> HEADER = List.of("sourceKey", "行政相对人名称", "partyCategory", "decisionNumber", "violationType",
            "violationFacts", "legalBasis", "处罚类别", "penaltyContent", "fineAmount", "confiscatedAmount", "处罚决定日期",
            "penaltyAuthority");

    @Inject
    RecordFixtures fixtures;

    /** A workbook as staff make them: a date cell, a number, a formula; {@code badRow} (1-based data row) has a wrong 处罚类别. */
    static byte[] workbook(String prefix, int rows, int badRow) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("行政处罚");
            CellStyle dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy年m月d日"));
            Row head = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                head.createCell(c).setCellValue(HEADER.get(c));
            }
            for (int i = 1; i <= rows; i++) {
                Row r = sheet.createRow(i);
                int c = 0;
                r.createCell(c++).setCellValue(prefix + "-" + i);
                r.createCell(c++).setCellValue("昆山某某餐饮有限公司");
                r.createCell(c++).setCellValue("法人及非法人组织");
                r.createCell(c++).setCellValue("昆财罚〔2026〕" + prefix + i + "号");
                r.createCell(c++).setCellValue("未按规定公示");
                r.createCell(c++).setCellValue("该公司未按规定公示信息。");
                r.createCell(c++).setCellValue("《某条例》第十条");
                r.createCell(c++).setCellValue(i == badRow ? "罚站" : "罚款");
                r.createCell(c++).setCellValue("罚款人民币3万元");
                r.createCell(c++).setCellValue(3); // a number: "3", not "3.0"
                r.createCell(c++).setCellFormula("1+0.5"); // a formula: its value
                Cell date = r.createCell(c++);
                date.setCellValue(LocalDate.of(2026, 11, 20));
                date.setCellStyle(dateStyle);
                r.createCell(c).setCellValue("czj");
            }
            book.getCreationHelper().createFormulaEvaluator().evaluateAll(); // cached values, as Excel saves them
            book.write(out);
            return out.toByteArray();
        }
    }

    static Response upload(Staff who, String step, byte[] file, String fileName, String csv) {
        var spec = who.given().multiPart("csrf-token", who.csrf()).multiPart("type", "xzcf").multiPart("organization", "czj")
                .multiPart("step", step);
        if (file != null) {
            spec = spec.multiPart(new MultiPartSpecBuilder(file).controlName("file").fileName(fileName).mimeType(XLSX).build());
        }
        if (csv != null) {
            spec = spec.multiPart(new MultiPartSpecBuilder(csv).controlName("csv").charset(StandardCharsets.UTF_8).build());
        }
        return spec.post("/workbench/records/upload");
    }

    @Test
    void anExcelUploadWithOneBadRowIsPreviewedNamingThatRowAndNothingIsSaved() throws IOException {
        Staff editor = Staff.login("czj-editor");
        long before = fixtures.count("xzcf");
        Response preview = upload(editor, "preview", workbook("XL", 3, 2), "行政处罚.xlsx", null);
        assertThat(preview.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(preview.asString());
        assertThat(page.select("#preview-errors").text()).contains("3 行中有 1 行需要更正");
        assertThat(page.select("#row-errors tbody tr")).hasSize(1);
        String row = page.select("#row-errors tbody tr").first().text();
        assertThat(row).contains("2（文件第 3 行）").contains("XL-2").contains("处罚类别");
        assertThat(page.select("input[name=step]").val()).as("no save before every row is right").isEqualTo("preview");
        assertThat(fixtures.count("xzcf")).isEqualTo(before);

        assertThat(page.select("input[type=file]")).as("a corrected file can be chosen").hasSize(1);
        // saving it anyway (step=save with the rows) saves none of them
        String rows = ExcelBatch.asCsv(ExcelBatch.rows(workbook("XL", 3, 2)));
        Response save = upload(editor, "save", null, null, rows);
        assertThat(save.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(save.asString()).select("#row-errors tbody tr")).hasSize(1);
        assertThat(fixtures.count("xzcf")).isEqualTo(before);
    }

    @Test
    void aGoodWorkbookIsSavedWholeWithDatesNumbersAndFormulasAsTheyShow() throws IOException {
        Staff editor = Staff.login("czj-editor");
        long before = fixtures.count("xzcf");
        Document page = Jsoup.parse(upload(editor, "preview", workbook("XG", 2, 0), "行政处罚.xlsx", null).asString());
        assertThat(page.select("#preview-ok").text()).contains("2 行全部正确");
        String rows = page.select("textarea[name=csv]").first().wholeText();
        assertThat(rows).contains("2026-11-20").contains(",3,1.5,").doesNotContain("3.0");
        Response save = upload(editor, "save", null, null, rows);
        assertThat(save.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(save.asString()).select("#upload-report").text())
                .isEqualTo("已保存：新增 2 条，更新 0 条，未变 0 条；待审核 2 条");
        assertThat(fixtures.count("xzcf")).isEqualTo(before + 2);
        Map<String, String> saved = QuarkusTransaction.requiringNew().call(() -> RecordJson.read(
                RecordEntry.<RecordEntry>find("sourceKey", "XG-1").firstResult().pendingValues));
        assertThat(saved).containsEntry("decisionDate", "2026-11-20").containsEntry("fineAmount", "3")
                .containsEntry("confiscatedAmount", "1.5").containsEntry("partyName", "昆山某某餐饮有限公司");
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedInChinese() {
        Staff editor = Staff.login("czj-editor");
        long before = fixtures.count("xzcf");
        Response corrupt = upload(editor, "preview", "PK\u0003\u0004 not really a workbook".getBytes(StandardCharsets.ISO_8859_1),
                "坏文件.xlsx", null);
        assertThat(corrupt.statusCode()).isEqualTo(400);
        assertThat(corrupt.asString()).contains("无法读取该文件");
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        Response old = upload(editor, "preview", xls, "旧格式.xls", null);
        assertThat(old.statusCode()).isEqualTo(400);
        assertThat(old.asString()).contains(".xls").contains("另存为");
        byte[] huge = new byte[6 * 1024 * 1024];
        huge[0] = 'P';
        huge[1] = 'K';
        huge[2] = 3;
        huge[3] = 4;
        Response large = upload(editor, "preview", huge, "很大.xlsx", null);
        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(large.asString()).contains("不能超过 5 MB");
        assertThat(fixtures.count("xzcf")).isEqualTo(before);
    }

    static Response uploadFile(Staff who, byte[] file, String fileName) {
        return who.given().multiPart("csrf-token", who.csrf()).multiPart("type", "xzcf").multiPart("organization", "czj")
                .multiPart("step", "preview")
                .multiPart(new MultiPartSpecBuilder(file).controlName("file").fileName(fileName).mimeType("text/csv").build())
                .post("/workbench/records/upload");
    }

    static String csvText(String prefix, int rows) {
        StringBuilder s = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (int i = 1; i <= rows; i++) {
            s.append(String.join(",", prefix + "-" + i, "昆山某某餐饮有限公司", "法人及非法人组织", "昆财罚〔2026〕" + prefix + i + "号",
                    "未按规定公示", "该公司未按规定公示信息。", "《某条例》第十条", "罚款", "罚款人民币3万元", "3", "1.5", "2026-11-20", "czj"))
                    .append("\r\n");
        }
        return s.toString();
    }

    /** Browser walk: a CSV saved by Excel on Chinese Windows (GBK) was refused 「CSV 无法读取：UTF-8」 on a generic page. */
    @Test
    void aCsvSavedInGbkIsReadAsUtf8FilesAre() {
        Staff editor = Staff.login("czj-editor");
        for (byte[] bytes : List.of(csvText("GBK", 2).getBytes(java.nio.charset.Charset.forName("GBK")),
                ("\uFEFF" + csvText("BOM", 2)).getBytes(StandardCharsets.UTF_8))) {
            Response preview = uploadFile(editor, bytes, "行政处罚.csv");
            assertThat(preview.statusCode()).isEqualTo(200);
            Document page = Jsoup.parse(preview.asString());
            assertThat(page.select("#preview-ok").text()).contains("2 行全部正确");
            assertThat(page.select("textarea[name=csv]").first().wholeText()).contains("昆山某某餐饮有限公司", "昆财罚〔2026〕");
        }
    }

    /** Security review: an unclosed quote answered in the CSV library's English ("EOF reached before encapsulated token finished"). */
    @Test
    void aCsvThatCannotBeReadIsExplainedInChinese() {
        Staff editor = Staff.login("czj-editor");
        String broken = csvText("Q", 2) + "Q-3,\"昆山某某有限公司,法人及非法人组织\r\n";
        Response refused = uploadFile(editor, broken.getBytes(StandardCharsets.UTF_8), "行政处罚.csv");
        assertThat(refused.statusCode()).isEqualTo(400);
        String problem = Jsoup.parse(refused.asString()).select("#upload-problem").text();
        assertThat(problem).startsWith("CSV 无法读取：第 4 行起有一个引号没有闭合").doesNotContain("EOF", "token", "startline");
    }

    /** Browser walk: an empty file answered 「批量数据为空」 on a generic page, the form lost. */
    @Test
    void aRefusedFileIsNamedOnTheUploadFormWithTheChosenTypeKept() {
        Staff editor = Staff.login("czj-editor");
        long before = fixtures.count("xzcf");
        Response headerOnly = uploadFile(editor, csvText("H", 0).getBytes(StandardCharsets.UTF_8), "空.csv");
        assertThat(headerOnly.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(headerOnly.asString());
        assertThat(page.select("#upload-problem").text()).isEqualTo("文件中没有可导入的记录：第一行应为表头，从第二行起每行一条记录");
        assertThat(page.select("select[name=type] option[selected]").val()).isEqualTo("xzcf");
        assertThat(page.select("select[name=organization] option[selected]").val()).isEqualTo("czj");
        assertThat(page.select("input[type=file]")).hasSize(1);

        Response empty = uploadFile(editor, new byte[0], "空.csv");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(empty.asString()).select("#upload-problem").text()).contains("没有可导入的记录");

        Response garbage = uploadFile(editor, new byte[]{'a', ',', (byte) 0xFF, (byte) 0xFF, '\n'}, "乱码.csv");
        assertThat(garbage.statusCode()).isEqualTo(400);
        Document refused = Jsoup.parse(garbage.asString());
        assertThat(refused.select("#upload-problem").text()).contains("无法识别文件的文字编码");
        assertThat(refused.select("select[name=type] option[selected]").val()).isEqualTo("xzcf");
        assertThat(fixtures.count("xzcf")).isEqualTo(before);
    }

    /** Browser walk: the columns of a type were only in /api/v1/record-types. */
    @Test
    void theUploadPageListsTheChosenTypesColumnsAndWhichAreRequired() {
        Document page = Jsoup.parse(Staff.login("czj-editor").get("/workbench/records/upload?type=xzcf").asString());
        assertThat(page.select("details#columns-xzcf").hasAttr("open")).isTrue();
        String penaltyCategory = page.select("details#columns-xzcf tr:has(code:containsOwn(penaltyCategory))").text();
        assertThat(penaltyCategory).contains("处罚类别", "必填", "可选值：");
        assertThat(page.select("details#columns-xzcf tr:has(code:containsOwn(remarks))").text()).contains("备注", "选填");
        assertThat(page.select("details[open]")).hasSize(1);
    }
}
