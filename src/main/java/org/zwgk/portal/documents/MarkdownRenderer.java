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
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private final PolicyFactory policy = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("hr", "br", "pre", "code", "th", "td", "thead", "tbody")
                    .allowAttributes("align").onElements("th", "td")
                    .toFactory());

    public String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return policy.sanitize(renderer.render(parser.parse(markdown)));
    }
}
