package org.zwgk.portal.documents;

import jakarta.enterprise.context.ApplicationScoped;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import java.util.List;

/**
 * Document bodies are Markdown. They are rendered with commonmark and then sanitized with the OWASP
 * policy, so whatever an editor or an imported file contains, no script or handler reaches a page.
 */
@ApplicationScoped
public class MarkdownRenderer {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS)
            .attributeProviderFactory(context -> new ArticleAnchors()).build();
    private final PolicyFactory policy = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("hr", "br", "pre", "code", "th", "td", "thead", "tbody", "p")
                    .allowAttributes("align").onElements("th", "td")
                    .allowAttributes("id").matching(java.util.regex.Pattern.compile("art-\\d{1,5}")).onElements("p")
                    .toFactory());

    /**
     * A paragraph that starts an article (第X条) gets the anchor {@code art-N} that search results link
     * to (the first one of each number, when a text repeats them).
     */
    private static final class ArticleAnchors implements org.commonmark.renderer.html.AttributeProvider {
        private final java.util.Set<Integer> seen = new java.util.HashSet<>();

        @Override
        public void setAttributes(org.commonmark.node.Node node, String tagName, java.util.Map<String, String> attributes) {
            if (node instanceof org.commonmark.node.Paragraph && node.getFirstChild() instanceof org.commonmark.node.Text text) {
                int n = Articles.number(text.getLiteral());
                if (n > 0 && seen.add(n)) {
                    attributes.put("id", "art-" + n);
                }
            }
        }
    }

    public String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return policy.sanitize(renderer.render(parser.parse(markdown)));
    }
}
