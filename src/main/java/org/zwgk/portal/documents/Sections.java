package org.zwgk.portal.documents;

import io.quarkus.qute.TemplateExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rendered body's table of contents ({@code sections:of(bodyHtml)}): its second-level headings, which
 * {@link MarkdownRenderer} gives the anchors {@code sec-N}. A law of eight 章 and two hundred articles is
 * then one click from each 章 instead of a long scroll.
 */
@TemplateExtension(namespace = "sections")
public class Sections {

    /** Fewer headings than this make no contents worth a box. */
    static final int FEWEST = 3;

    /** One heading: its anchor and its words (escaped as the sanitized body has them). */
    public record Section(String id, String title) {
    }

    private static final Pattern HEADING = Pattern.compile("<h2 id=\"(sec-\\d{1,4})\">(.*?)</h2>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    public static List<Section> of(String bodyHtml) {
        List<Section> found = new ArrayList<>();
        if (bodyHtml == null) {
            return found;
        }
        Matcher m = HEADING.matcher(bodyHtml);
        while (m.find()) {
            String title = TAG.matcher(m.group(2)).replaceAll("").strip();
            if (!title.isEmpty()) {
                found.add(new Section(m.group(1), title));
            }
        }
        return found.size() < FEWEST ? List.of() : found;
    }
}
