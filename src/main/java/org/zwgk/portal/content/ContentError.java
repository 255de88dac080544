package org.zwgk.portal.content;

/** One problem in the content repository, located by file and line so an editor can fix it. */
public record ContentError(String file, int line, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
