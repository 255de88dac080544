package org.zwgk.portal.documents;

/**
 * Text that citizens or speakers typed, put into a published document's Markdown body so that it
 * shows literally: no headings, links, HTML, lists or emphasis of its own, line breaks kept.
 */
public final class LiteralMarkdown {

    private LiteralMarkdown() {
    }

    public static String of(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            out.append(line.replaceAll("([\\\\`*_\\[\\]<>#|!~])", "\\\\$1").replaceFirst("^(\\s*)(\\d+)\\.", "$1$2\\\\.")
                    .replaceFirst("^(\\s*)([-+])", "$1\\\\$2")).append("  \n");
        }
        return out.toString().strip();
    }
}
