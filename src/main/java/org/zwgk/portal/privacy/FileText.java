package org.zwgk.portal.privacy;

import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The text of an attachment, for the detectors: PDF (PDFBox), Word .docx and old .doc, Excel .xlsx and .xls (POI), OFD (a zip
 * of XML: the text of its {@code TextCode} elements, read with the JDK's parser with external entities
 * and DTDs off) and images (scanned letters, photographed notices: Tesseract OCR, a separate process
 * when it is installed; when it is not, an image is "not checked", never silently clean). Bounded: at most {@link Limits#maxBytes} of file, {@link Limits#maxPages} PDF pages,
 * {@link Limits#maxChars} characters and {@link Limits#timeout} of work; a file beyond them, encrypted,
 * corrupt or of another kind gives a {@link Result#problem()} in words, never an exception. Files are
 * content-addressed, so the text is kept by path in a small cache.
 */
@ApplicationScoped
public class FileText {

    public record Limits(long maxBytes, int maxPages, int maxChars, long timeoutMillis, int maxOfdEntries) {
        public static final Limits DEFAULT = new Limits(50L << 20, 500, 2_000_000, 10_000, 2_000);
    }

    /**
     * The text read (possibly cut at a limit, then {@code truncated}), or why none could be read;
     * {@code retry}: the reason may pass (time ran out while the readers were busy), so the result is
     * not kept and the last approval waits for a reading rather than publishing what it did not read.
     */
    public record Result(String text, String problem, boolean truncated, boolean retry) {
        public Result(String text, String problem, boolean truncated) {
            this(text, problem, truncated, false);
        }

        public boolean readable() {
            return problem == null;
        }
    }

    /**
     * Two readers for the whole site, with a bounded queue: a file that keeps them busy makes the others wait
     * their turn or be told to come back, never pile up without end (security audit).
     */
    private static final ThreadPoolExecutor READERS = new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(16), r -> {
                Thread t = new Thread(r, "attachment-text");
                t.setDaemon(true);
                return t;
            });
    /**
     * The reads under way, by file: a page viewed again while its file is read waits for the same read (a read
     * that ran out of time goes on, and keeps its result when done) instead of starting one more.
     */
    private final Map<String, FutureTask<Result>> reading = new ConcurrentHashMap<>();
    /** How many reads this reader started (files read, not pages asking). */
    private final java.util.concurrent.atomic.AtomicLong started = new java.util.concurrent.atomic.AtomicLong();
    private static final int CACHE = 64;
    /**
     * The most a part of a Word or Excel file may unpack to before it is read: POI holds a part's whole tree in
     * memory, several times its size (a 5 MB upload may unpack to 256 MB). A larger one is left to a person.
     */
    static final long MAX_OFFICE_PART = 20L << 20;

    static {
        org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(MAX_OFFICE_PART);
    }

    private final Limits limits;
    private final Map<String, Result> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Result> eldest) {
            return size() > CACHE;
        }
    };

    private final PrivacyConfig config;
    /** What OCR read from each image, kept on disk by the file's name (its SHA-256), or null for none. */
    private final Path ocrCache;

    @jakarta.inject.Inject
    public FileText(PrivacyConfig config, org.zwgk.portal.common.PortalConfig portal) {
        this(Limits.DEFAULT, config, portal.dataDir().resolve("ocr"));
    }

    /** An OCR program and its languages, given directly (tests, tools) rather than by configuration. */
    public record Ocr(String ocrCommand, String ocrLanguages) implements PrivacyConfig {
        public static final Ocr TESSERACT = new Ocr("tesseract", "chi_sim+eng");

        @Override
        public String scanCron() {
            return "off";
        }
    }

    public FileText(Limits limits) {
        this(limits, Ocr.TESSERACT);
    }

    public FileText(Limits limits, PrivacyConfig config) {
        this(limits, config, null);
    }

    public FileText(Limits limits, PrivacyConfig config, Path ocrCache) {
        this.limits = limits;
        this.config = config;
        this.ocrCache = ocrCache;
    }

    /** How many files this reader began to read. */
    long readsStarted() {
        return started.get();
    }

    /** The text of {@code file}, of the kind its media type or name says. */
    public Result read(Path file, String mediaType, String fileName) {
        Kind kind = kind(mediaType, fileName);
        String key = file.toAbsolutePath() + "|" + kind;
        synchronized (cache) {
            Result r = cache.get(key);
            if (r != null) {
                return r;
            }
        }
        Result r = kind == Kind.IMAGE ? ocrOnce(file, key) : readNow(file, kind, key);
        if (!r.retry()) {
            synchronized (cache) {
                cache.put(key, r);
            }
        }
        return r;
    }

    /**
     * OCR takes a second or more per image, and the scan reads every public image each time: what it read
     * (or that it found no text) is kept on disk beside the store, by the file's name, which is its
     * content's SHA-256 (an image never changes under its name). Failures that may pass are not kept.
     */
    private Result ocrOnce(Path file, String key) {
        Path kept = ocrCache == null ? null : ocrCache.resolve(file.getFileName() + ".txt");
        if (kept != null && Files.isRegularFile(kept)) {
            try {
                String stored = Files.readString(kept, java.nio.charset.StandardCharsets.UTF_8);
                if (stored.startsWith(NO_TEXT)) {
                    return problem(MessageBundles.get(PrivacyMessages.class).fileNoTextRecognized());
                }
                return new Result(stored.substring(1), null, stored.charAt(0) == '1');
            } catch (IOException | RuntimeException e) {
                // read it again below
            }
        }
        Result r = readNow(file, Kind.IMAGE, key);
        boolean noText = !r.readable() && r.problem().equals(MessageBundles.get(PrivacyMessages.class).fileNoTextRecognized());
        if (kept != null && (r.readable() || noText)) {
            try {
                Files.createDirectories(ocrCache);
                Path temp = Files.createTempFile(ocrCache, "ocr", ".tmp");
                Files.writeString(temp, noText ? NO_TEXT : (r.truncated() ? "1" : "0") + r.text(), java.nio.charset.StandardCharsets.UTF_8);
                Files.move(temp, kept, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                // not kept: read again next time
            }
        }
        return r;
    }

    private static final String NO_TEXT = "-";

    private enum Kind { PDF, DOCX, OFD, DOC, SHEET, IMAGE, ZIP, OTHER }

    private static Kind kind(String mediaType, String fileName) {
        String m = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        String n = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (m.equals("application/pdf") || n.endsWith(".pdf")) {
            return Kind.PDF;
        }
        if (m.contains("wordprocessingml") || n.endsWith(".docx")) {
            return Kind.DOCX;
        }
        if (m.equals("application/ofd") || n.endsWith(".ofd")) {
            return Kind.OFD;
        }
        if (m.equals("application/msword") || n.endsWith(".doc")) {
            return Kind.DOC;
        }
        if (m.contains("spreadsheetml") || m.equals("application/vnd.ms-excel") || n.endsWith(".xlsx") || n.endsWith(".xls")) {
            return Kind.SHEET;
        }
        if (m.equals("application/zip") || n.endsWith(".zip")) {
            return Kind.ZIP;
        }
        if (m.startsWith("image/") || n.matches(".*\\.(png|jpe?g|gif|tiff?|bmp|webp)$")) {
            return Kind.IMAGE;
        }
        return Kind.OTHER;
    }

    private Result readNow(Path file, Kind kind, String key) {
        PrivacyMessages msg = MessageBundles.get(PrivacyMessages.class);
        if (kind == Kind.OTHER) {
            return new Result("", null, false);
        }
        if (kind == Kind.ZIP) {
            return problem(msg.fileZipNotRead());
        }
        try {
            if (!Files.isRegularFile(file)) {
                return problem(msg.fileMissing());
            }
            if (Files.size(file) > limits.maxBytes()) {
                return problem(msg.fileTooLarge(limits.maxBytes() >> 20));
            }
        } catch (IOException e) {
            return problem(msg.fileMissing());
        }
        FutureTask<Result> task = new FutureTask<>(() -> switch (kind) {
            case PDF -> pdf(file, msg);
            case DOCX -> docx(file, msg);
            case DOC -> doc(file, msg);
            case SHEET -> sheet(file, msg);
            case IMAGE -> image(file, msg);
            default -> ofd(file, msg);
        });
        FutureTask<Result> underWay = reading.putIfAbsent(key, task);
        Future<Result> job = underWay != null ? underWay : task;
        if (underWay == null) {
            started.incrementAndGet();
            try {
                READERS.execute(() -> {
                    try {
                        task.run();
                        Result done = task.get();
                        if (!done.retry()) {
                            synchronized (cache) {
                                cache.put(key, done);
                            }
                        }
                    } catch (InterruptedException | ExecutionException e) {
                        // not kept: read again next time
                    } finally {
                        reading.remove(key, task);
                    }
                });
            } catch (RejectedExecutionException e) {
                reading.remove(key, task);
                return retry(msg.fileTooSlow(limits.timeoutMillis() / 1000));
            }
        }
        try {
            // not cancelled when the time runs out: a parser does not stop when asked, and what it reads is kept
            return job.get(limits.timeoutMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return retry(msg.fileTooSlow(limits.timeoutMillis() / 1000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return retry(msg.fileTooSlow(limits.timeoutMillis() / 1000));
        } catch (ExecutionException e) {
            return problem(msg.fileCorrupt());
        }
    }

    /** Fewer characters than this per page on average (none, or a page number): a scan, not a text. */
    static final int MIN_PDF_CHARS_PER_PAGE = 2;

    private Result pdf(Path file, PrivacyMessages msg) {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            int pages = doc.getNumberOfPages();
            stripper.setStartPage(1);
            stripper.setEndPage(Math.min(pages, limits.maxPages()));
            var info = doc.getDocumentInformation();
            String properties = properties(info.getTitle(), info.getAuthor(), info.getSubject(), info.getKeywords(), info.getCreator());
            String text = stripper.getText(doc);
            // a scan (pages of pictures) has no text to read: not clean, unchecked (review: a scanned 名单 read as 未发现)
            if (text.codePoints().filter(c -> !Character.isWhitespace(c)).count() < (long) MIN_PDF_CHARS_PER_PAGE * Math.min(pages, limits.maxPages())) {
                return problem(msg.filePdfNoText());
            }
            return cut(properties + text, pages > limits.maxPages());
        } catch (InvalidPasswordException e) {
            return problem(msg.fileEncrypted());
        } catch (IOException | RuntimeException e) {
            return problem(msg.fileCorrupt());
        }
    }

    private Result docx(Path file, PrivacyMessages msg) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XWPFDocument doc = new XWPFDocument(pkg);
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            var core = doc.getProperties().getCoreProperties();
            String properties = properties(core.getTitle(), core.getCreator(), core.getSubject(), core.getKeywords(),
                    core.getLastModifiedByUser(), core.getDescription());
            return cut(properties + extractor.getText(), false);
        } catch (org.apache.poi.poifs.filesystem.OfficeXmlFileException | org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException e) {
            // an encrypted .docx is an OLE2 container holding the encrypted package
            return problem(msg.fileEncrypted());
        } catch (Exception e) {
            return tooLargeInside(e) ? problem(msg.fileTooComplex(MAX_OFFICE_PART >> 20))
                    : isOle2(file) ? problem(msg.fileEncrypted()) : problem(msg.fileCorrupt());
        }
    }

    /** Word 97–2003 (.doc, an OLE2 container): HWPF's text, paragraphs in order. */
    private Result doc(Path file, PrivacyMessages msg) {
        try (InputStream in = Files.newInputStream(file);
             org.apache.poi.hwpf.extractor.WordExtractor extractor = new org.apache.poi.hwpf.extractor.WordExtractor(in)) {
            return cut(extractor.getText(), false);
        } catch (org.apache.poi.EncryptedDocumentException e) {
            return problem(msg.fileEncrypted());
        } catch (Exception e) {
            return problem(msg.fileCorrupt());
        }
    }

    /** A spreadsheet (.xlsx or .xls: a 名单 is often one): every sheet's cells, row by row, tab-separated. */
    private Result sheet(Path file, PrivacyMessages msg) {
        try (InputStream in = Files.newInputStream(file);
             org.apache.poi.extractor.POITextExtractor extractor = org.apache.poi.extractor.ExtractorFactory.createExtractor(in)) {
            return cut(extractor.getText(), false);
        } catch (org.apache.poi.EncryptedDocumentException e) {
            return problem(msg.fileEncrypted());
        } catch (Exception e) {
            return tooLargeInside(e) ? problem(msg.fileTooComplex(MAX_OFFICE_PART >> 20)) : problem(msg.fileCorrupt());
        }
    }

    /** Whether POI refused a part for what it unpacks to ({@link #MAX_OFFICE_PART}, or its zip bomb ratio). */
    private static boolean tooLargeInside(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("max entry size") || m.contains("Zip bomb"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text Tesseract sees in an image. It runs as its own process (a crash or a huge image cannot
     * take the portal with it), is killed with anything it started at the time limit, and its output
     * is bounded like any text. Tesseract keeps the gaps between a form's cells
     * ({@code preserve_interword_spaces}) and puts a single space between Chinese characters; only
     * those single spaces are taken out, so 身份证号 reads as written and 姓名  王五 keeps its cells.
     * An image in which nothing is recognized (handwriting, a photo) is "not read", not clean.
     */
    private Result image(Path file, PrivacyMessages msg) throws IOException, InterruptedException {
        if (pixels(file) > MAX_PIXELS) {
            // a small file can declare a huge canvas; OCR would decode all of it into memory
            return problem(msg.fileImageTooLarge(MAX_PIXELS / 1_000_000));
        }
        Path out = Files.createTempFile("ocr", ".txt");
        Path err = Files.createTempFile("ocr", ".err");
        try {
            ProcessBuilder ocr = new ProcessBuilder(config.ocrCommand(), file.toAbsolutePath().toString(), "stdout",
                    "-l", config.ocrLanguages(), "-c", "preserve_interword_spaces=1")
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            // one thread: OpenMP's one per core would fight the searches for the two cores, for no gain on a page
            ocr.environment().put("OMP_THREAD_LIMIT", "1");
            Process p;
            try {
                p = ocr.start();
            } catch (IOException e) {
                return problem(msg.fileNoOcr());
            }
            try {
                if (!p.waitFor(limits.timeoutMillis(), TimeUnit.MILLISECONDS)) {
                    return retry(msg.fileTooSlow(limits.timeoutMillis() / 1000));
                }
            } finally {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
            if (p.exitValue() != 0) {
                // a language not installed is the server's fault, not the file's
                String why = Files.readString(err, java.nio.charset.StandardCharsets.ISO_8859_1);
                return why.contains("Failed loading language") || why.contains("Error opening data file")
                        ? problem(msg.fileNoOcr()) : problem(msg.fileCorrupt());
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(out)) {
                bytes = in.readNBytes(limits.maxChars() * 4);
            }
            String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                    .replaceAll("(?<=\\p{IsHan}) (?=\\p{IsHan})", "");
            if (text.isBlank()) {
                return problem(msg.fileNoTextRecognized());
            }
            return cut(text, Files.size(out) > bytes.length);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** A scanned A3 page at 600 dpi is about 70 megapixels. */
    static final long MAX_PIXELS = 100_000_000L;

    /** Width × height from the image's header, without decoding it; 0 for a format the JDK does not know (WebP). */
    private static long pixels(Path file) throws IOException {
        try (javax.imageio.stream.ImageInputStream in = javax.imageio.ImageIO.createImageInputStream(file.toFile())) {
            java.util.Iterator<javax.imageio.ImageReader> readers = in == null ? java.util.Collections.emptyIterator()
                    : javax.imageio.ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return 0;
            }
            javax.imageio.ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return (long) reader.getWidth(0) * reader.getHeight(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static boolean isOle2(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11 && (head[3] & 0xff) == 0xE0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * OFD (GB/T 33190): the text of every {@code TextCode} of every page's content XML, page after page, read as
     * a stream (a page's tree in memory let a 5 MB file unpack to 250 MB of elements and hold gigabytes: security
     * audit), and no more than {@link Limits#maxBytes} of content XML in all.
     */
    private Result ofd(Path file, PrivacyMessages msg) {
        StringBuilder text = new StringBuilder();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long[] left = {limits.maxBytes()};
            int entries = 0;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (++entries > limits.maxOfdEntries()) {
                    return new Result(text.toString(), null, true);
                }
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (entry.isDirectory() || !name.endsWith(".xml") || !name.contains("content")) {
                    continue;
                }
                if (entry.getSize() > left[0]) {
                    return problem(msg.fileTooComplex(limits.maxBytes() >> 20));
                }
                try (InputStream in = new BoundedInputStream(zip.getInputStream(entry), left)) {
                    if (textCodes(in, text)) {
                        return cut(text.toString(), true);
                    }
                } catch (javax.xml.stream.XMLStreamException | IOException x) {
                    if (left[0] <= 0) {
                        return problem(msg.fileTooComplex(limits.maxBytes() >> 20));
                    }
                    throw x;
                }
            }
            return cut(text.toString(), false);
        } catch (Exception e) {
            return problem(msg.fileCorrupt());
        }
    }

    /** Appends the text of each {@code TextCode} element, a line each; whether {@link Limits#maxChars} was passed. */
    private boolean textCodes(InputStream in, StringBuilder text) throws javax.xml.stream.XMLStreamException {
        javax.xml.stream.XMLStreamReader xml = streams().createXMLStreamReader(in);
        try {
            int inCode = 0;
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case javax.xml.stream.XMLStreamConstants.START_ELEMENT -> inCode += "TextCode".equals(xml.getLocalName()) || inCode > 0 ? 1 : 0;
                    case javax.xml.stream.XMLStreamConstants.END_ELEMENT -> {
                        if (inCode > 0 && --inCode == 0) {
                            text.append('\n');
                            if (text.length() > limits.maxChars()) {
                                return true;
                            }
                        }
                    }
                    case javax.xml.stream.XMLStreamConstants.CHARACTERS, javax.xml.stream.XMLStreamConstants.CDATA -> {
                        if (inCode > 0) {
                            text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                        }
                    }
                    default -> {
                    }
                }
            }
            return false;
        } finally {
            xml.close();
        }
    }

    /**
     * A reader factory without DTDs or external entities (XXE), namespaces read; one per file, as the two readers
     * run at once and a factory is not promised to be thread-safe.
     */
    private static javax.xml.stream.XMLInputFactory streams() {
        javax.xml.stream.XMLInputFactory f = javax.xml.stream.XMLInputFactory.newFactory();
        f.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(javax.xml.stream.XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }

    /**
     * A file's own properties (author, title, subject …), which travel with it to whoever downloads it:
     * read before its text, one per line, so a phone or an ID number written there is found too
     * (security audit: a PDF's Author held both and was reported clean).
     */
    private static String properties(String... values) {
        StringBuilder b = new StringBuilder();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                b.append(v.strip()).append('\n');
            }
        }
        return b.isEmpty() ? "" : b.append('\n').toString();
    }

    private Result cut(String text, boolean truncated) {
        if (text.length() > limits.maxChars()) {
            return new Result(text.substring(0, limits.maxChars()), null, true);
        }
        return new Result(text, null, truncated);
    }

    private static Result problem(String why) {
        return new Result("", why, false);
    }

    private static Result retry(String why) {
        return new Result("", why, false, true);
    }

    /**
     * The stream while {@code left[0]} bytes are left, shared by the entries of one file; beyond it, an IOException
     * (a zip entry that lies about its size, or many that add up).
     */
    private static final class BoundedInputStream extends java.io.FilterInputStream {
        private final long[] left;

        BoundedInputStream(InputStream in, long[] left) {
            super(in);
            this.left = left;
        }

        @Override
        public int read() throws IOException {
            if (left[0] <= 0) {
                throw new IOException("entry too large");
            }
            int b = super.read();
            if (b >= 0) {
                left[0]--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left[0] <= 0) {
                throw new IOException("entry too large");
            }
            int n = super.read(b, off, (int) Math.min(len, left[0]));
            if (n > 0) {
                left[0] -= n;
            }
            return n;
        }
    }
}
