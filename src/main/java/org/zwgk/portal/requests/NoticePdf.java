package org.zwgk.portal.requests;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.zwgk.portal.web.SiteInfo;
import org.zwgk.portal.web.UserError;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The answer as a formal 政府信息公开申请答复告知书 in PDF (OpenPDF): the organization, the request,
 * the kind of answer with its legal basis, the answer's text and the applicant's remedies (行政复议
 * within 60 days and where, 行政诉讼 within 6 months or, against a refusal, only after 行政复议: {@link Remedies}). Chinese needs a CJK font: the one named by
 * {@code portal.requests.pdf-font}, else the Debian package fonts-noto-cjk (installed by
 * deploy/dev/test-services.sh and the production set-up); without one the download is refused with
 * a clear message and the log says what to install.
 */
@ApplicationScoped
public class NoticePdf {

    private static final Logger LOG = Logger.getLogger(NoticePdf.class);
    /** Font files tried in order; ",2" picks the Simplified Chinese face of the Noto collection. */
    static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final Optional<String> configured;
    private final SiteInfo site;
    private volatile BaseFont font;

    NoticePdf(RequestsConfig config, SiteInfo site) {
        this.configured = config.pdfFont();
        this.site = site;
    }

    /** The font file in use, or empty when none is installed. */
    public Optional<String> fontFile() {
        for (String candidate : configured.map(List::of).orElse(CANDIDATES)) {
            String file = candidate.contains(",") ? candidate.substring(0, candidate.lastIndexOf(',')) : candidate;
            if (Files.isReadable(Path.of(file))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private BaseFont font() {
        BaseFont f = font;
        if (f != null) {
            return f;
        }
        String file = fontFile().orElseThrow(() -> {
            LOG.errorf("no CJK font for the 告知书 PDF: install the Debian package fonts-noto-cjk or set portal.requests.pdf-font "
                    + "(tried %s)", configured.map(List::of).orElse(CANDIDATES));
            return UserError.unavailable(m -> Ysq.text().ysqNoFont());
        });
        try {
            f = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (DocumentException | java.io.IOException e) {
            throw new IllegalStateException("CJK font " + file + " does not load", e);
        }
        font = f;
        return f;
    }

    public byte[] render(RequestView v) {
        RequestMessages t = Ysq.text();
        InfoRequest r = v.request();
        BaseFont base = font();
        Font title = new Font(base, 18, Font.BOLD);
        Font body = new Font(base, 12);
        Font small = new Font(base, 10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 72, 72, 72, 72);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(t.ysqNoticeTitle());
        doc.addCreator(v.organization());
        doc.open();
        Paragraph head = new Paragraph(v.organization(), new Font(base, 14));
        head.setAlignment(Element.ALIGN_CENTER);
        doc.add(head);
        Paragraph h = new Paragraph(t.ysqNoticeTitle(), title);
        h.setAlignment(Element.ALIGN_CENTER);
        h.setSpacingAfter(6);
        doc.add(h);
        Paragraph no = new Paragraph(t.ysqNoticeNumber(r.trackingCode), small);
        no.setAlignment(Element.ALIGN_CENTER);
        no.setSpacingAfter(18);
        doc.add(no);
        doc.add(new Paragraph(t.ysqNoticeTo(v.applicantName()), body));
        doc.add(para(t.ysqNoticeIntro(day(r.receivedOn), r.receivedOn == null ? "" : RequestClock.regulation(r.receivedOn).label(),
                asked(r.description)), body));
        doc.add(para(t.ysqNoticeDecision(t.answerType(r.answerType),
                r.answerReason == null ? "" : (r.answerType.partial() ? t.ysqWithheldPart() : "") + t.answerReason(r.answerReason),
                basis(r)), body));
        for (String line : (r.answerText == null ? "" : r.answerText).split("\\R")) {
            doc.add(para(line, body));
        }
        if (r.extensionDays > 0) {
            doc.add(para(t.ysqNoticeExtended(r.extensionDays), body));
        }
        String organ = Remedies.underRevisedLaw(r) ? Remedies.organ(r.organization, site.shown(Remedies.SUPERIOR_SETTING)) : null;
        doc.add(para(Remedies.reviewFirst(r) ? t.ysqNoticeRemediesReviewFirst(organ) : t.ysqNoticeRemedies(organ), body));
        Paragraph sign = new Paragraph(v.organization() + "\n" + day(r.answeredOn), body);
        sign.setAlignment(Element.ALIGN_RIGHT);
        sign.setSpacingBefore(24);
        doc.add(sign);
        doc.close();
        return out.toByteArray();
    }

    /** What was asked, as the notice quotes it: one paragraph, without a closing full stop of its own. */
    static String asked(String description) {
        String d = description == null ? "" : description.strip().replaceAll("\\s*\\R\\s*", " ");
        return d.endsWith("。") ? d.substring(0, d.length() - 1) : d;
    }

    /** How the file is offered for download: 答复告知书-YSQ….pdf (a plain ASCII name for old clients). */
    static String contentDisposition(String trackingCode) {
        return org.zwgk.portal.attachments.FileDownload.contentDisposition("答复告知书-" + trackingCode + ".pdf");
    }

    /** The article the answer rests on. */
    static String basis(InfoRequest r) {
        if (r.answerReason != null) {
            // a partial answer rests on Art. 37 for the part given and on its reason's article for the rest
            return r.answerType.partial() ? "第三十七条、" + r.answerReason.article : r.answerReason.article;
        }
        return switch (r.answerType) {
            case DISCLOSED -> "第三十六条第（一）项、第（二）项";
            case PARTLY_DISCLOSED -> "第三十七条";
            default -> "第三十六条";
        };
    }

    /**
     * Chinese line breaking (避头尾): a line may break after any character but not before closing
     * punctuation (，。；：、！？）》”) nor after opening punctuation (（《“). OpenPDF breaks anywhere in Chinese
     * text, and a line began with ；.
     */
    static final class ChineseLineBreaks extends DefaultSplitCharacter {
        static final String NO_LINE_START = "，。；：、！？）》」』”’…—,.;:!?)]";
        static final String NO_LINE_END = "（《「『“‘([";

        @Override
        public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
            char c = getCurrentCharacter(current, cc, ck);
            char next = current + 1 < end ? getCurrentCharacter(current + 1, cc, ck) : 0;
            if (NO_LINE_END.indexOf(c) >= 0 || next != 0 && NO_LINE_START.indexOf(next) >= 0) {
                return false;
            }
            // closing punctuation ends a line well (OpenPDF's own rule knows only ideographs, spaces and hyphens)
            return NO_LINE_START.indexOf(c) >= 0 || super.isSplitCharacter(start, current, end, cc, ck);
        }
    }

    private static final ChineseLineBreaks LINE_BREAKS = new ChineseLineBreaks();

    private static Paragraph para(String text, Font font) {
        Paragraph p = new Paragraph();
        p.setFont(font);
        Chunk chunk = new Chunk(text, font);
        chunk.setSplitCharacter(LINE_BREAKS);
        p.add(chunk);
        p.setFirstLineIndent(24);
        p.setLeading(22);
        p.setSpacingAfter(6);
        return p;
    }

    private static String day(LocalDate d) {
        return d == null ? "" : d.format(DAY);
    }
}
