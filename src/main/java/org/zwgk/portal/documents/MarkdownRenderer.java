package org.zwgk.portal.documents;

import jakarta.enterprise.context.ApplicationScoped;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document bodies are Markdown. They are rendered with commonmark and then sanitized with the OWASP
 * policy, so whatever an editor or an imported file contains, no script or handler reaches a page.
 */
@ApplicationScoped
public class MarkdownRenderer {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).postProcessor(MarkdownRenderer::headingsBelowTitle).build();
    /**
     * A line break in the text is one on the page: a notice's sign-off (the office's name, then the
     * date, each on its own line) was run together into one line.
     */
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).softbreak("<br />\n")
            .attributeProviderFactory(context -> new ArticleAnchors()).build();

    /**
     * The page's only h1 is the document's title: a body that uses # has all its headings moved one
     * level down (# → h2, ## → h3 …), keeping their order; one that starts at ## is left as written.
     */
    private static org.commonmark.node.Node headingsBelowTitle(org.commonmark.node.Node document) {
        java.util.List<org.commonmark.node.Heading> headings = new java.util.ArrayList<>();
        document.accept(new org.commonmark.node.AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Heading heading) {
                headings.add(heading);
                visitChildren(heading);
            }
        });
        if (headings.stream().anyMatch(h -> h.getLevel() == 1)) {
            headings.forEach(h -> h.setLevel(Math.min(6, h.getLevel() + 1)));
        }
        return document;
    }
    private final PolicyFactory policy = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.LINKS)
            // pictures from this site only: one elsewhere is a tracking pixel for whoever reuses bodyHtml from the
            // API (security audit; the pages' CSP blocks it, other sites' pages do not)
            .and(new HtmlPolicyBuilder()
                    .allowElements("img")
                    .allowAttributes("alt", "title").onElements("img")
                    .allowAttributes("src").matching(Pattern.compile("/(?![/\\\\])[^\\s]*")).onElements("img")
                    .allowAttributes("width", "height").matching(Pattern.compile("\\d{1,4}")).onElements("img")
                    .toFactory())
            .and(new HtmlPolicyBuilder()
                    .allowElements("hr", "br", "pre", "code", "table", "th", "td", "thead", "tbody", "p", "h2")
                    .allowAttributes("align").onElements("th", "td")
                    .allowAttributes("tabindex").matching(Pattern.compile("0")).onElements("table")
                    .allowAttributes("id").matching(Pattern.compile("art-\\d{1,5}")).onElements("p")
                    .allowAttributes("id").matching(Pattern.compile("sec-\\d{1,4}")).onElements("h2")
                    .toFactory());

    /**
     * A paragraph that starts an article (第X条) gets the anchor {@code art-N} that search results link
     * to (the first one of each number, when a text repeats them).
     */
    private static final class ArticleAnchors implements org.commonmark.renderer.html.AttributeProvider {
        private final java.util.Set<Integer> seen = new java.util.HashSet<>();
        private int sections;

        @Override
        public void setAttributes(org.commonmark.node.Node node, String tagName, java.util.Map<String, String> attributes) {
            if (node instanceof org.commonmark.ext.gfm.tables.TableBlock) {
                // a table wider than a phone scrolls sideways (长辈版): a keyboard reaches it only if it takes the focus
                // (browser walk: axe scrollable-region-focusable on the seed notice's twelve tables)
                attributes.put("tabindex", "0");
                return;
            }
            if (node instanceof org.commonmark.node.Heading h && h.getLevel() == 2) {
                // the page's table of contents links its sections (a law's 章: browser walk, hundreds of articles, no way in)
                attributes.put("id", "sec-" + ++sections);
                return;
            }
            if (node instanceof org.commonmark.node.Paragraph && node.getFirstChild() instanceof org.commonmark.node.Text text) {
                int n = Articles.number(text.getLiteral());
                if (n > 0 && seen.add(n)) {
                    attributes.put("id", "art-" + n);
                }
            }
        }
    }

    /**
     * Bodies rendered lately, by their text: a page outside the page cache (a reviewer's preview, a
     * document's address with a query string added) no longer parses the same body again on every view;
     * a body that parses slowly in spite of {@link NestingLimit} costs that once. Bounded by characters.
     */
    private final com.github.benmanes.caffeine.cache.Cache<String, String> rendered = com.github.benmanes.caffeine.cache.Caffeine
            .newBuilder().maximumWeight(32_000_000).weigher((String text, String html) -> text.length() + html.length()).build();

    public String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return rendered.get(markdown, text -> readable(policy.sanitize(renderer.render(parser.parse(NestingLimit.apply(text))))));
    }

    private static final Pattern REFERENCE = Pattern.compile("&#x([0-9a-fA-F]{2,6});");
    /** What a character must not fold into (NFKC) to be written as itself: markup and quoting. */
    private static final String MARKUP = "<>&\"'=/`\\";

    /**
     * The sanitizer writes every character whose compatibility form holds ASCII punctuation as a
     * reference, for old browsers that folded full-width forms: Chinese text is full of them, and the
     * API's bodyHtml read 为了&#xff0c;规范&#xff08;试行&#xff09;. Those that fold into nothing that
     * could open a tag, an entity or a quote are written back as themselves; ＜ ＞ ＆ ＂ ＇ ＝ ／ ｀ and
     * controls, format characters and separators stay references.
     */
    static String readable(String html) {
        Matcher m = REFERENCE.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (m.find()) {
            int cp = Integer.parseInt(m.group(1), 16);
            m.appendReplacement(out, harmless(cp) ? Matcher.quoteReplacement(Character.toString(cp)) : "$0");
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean harmless(int cp) {
        if (cp < 0x80 || cp > Character.MAX_CODE_POINT || !Character.isDefined(cp) || Character.isISOControl(cp)) {
            return false;
        }
        int type = Character.getType(cp);
        if (type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE || type == Character.PRIVATE_USE || (cp & 0xFFFE) == 0xFFFE
                || (cp >= 0xFDD0 && cp <= 0xFDEF)) {
            return false;
        }
        String folded = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC);
        return folded.chars().noneMatch(c -> c < 0x20 || MARKUP.indexOf(c) >= 0);
    }

    /** A backslash before ASCII punctuation: Markdown's escape (a masked number is written with escaped stars). */
    private static final java.util.regex.Pattern ESCAPE = java.util.regex.Pattern.compile("\\\\([!-/:-@\\[-`{-~])");

    /** Markdown's escapes as the characters they escape, for text shown or compared as read (snippets, diffs). */
    public static String unescaped(String markdown) {
        return markdown == null || markdown.indexOf('\\') < 0 ? markdown
                : ESCAPE.matcher(markdown).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
    }
}
