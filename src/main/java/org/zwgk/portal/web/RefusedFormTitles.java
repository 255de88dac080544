package org.zwgk.portal.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A form shown again with what is wrong with it says so in its title: {@code 错误：} before it (WCAG 2.4.2
 * and 3.3.1; the tab, the history and a screen reader's first words, not only the summary under the
 * heading). One place for every form: a refusal is answered with a 4xx status (web.FormSteps) and
 * shows its summary through the {@code formError} tag, whose opening this looks for. The page's title
 * cannot ask for it itself: the layout renders the title before the body that holds the summary.
 */
public class RefusedFormTitles {

    /** How the formError tag opens (templates/tags/formError.html). */
    static final String SUMMARY = "<div class=\"form-error\" role=\"alert\"";

    @ServerResponseFilter
    public void title(ContainerResponseContext response) {
        if (response.getStatus() < 400 || response.getStatus() >= 500) {
            return;
        }
        Object entity = response.getEntity();
        String html = entity instanceof TemplateInstance template ? template.render() : entity instanceof String s ? s : null;
        if (html == null || !html.contains(SUMMARY) && entity instanceof String) {
            return;
        }
        response.setEntity(html.contains(SUMMARY) ? refused(html) : html, new java.lang.annotation.Annotation[0],
                response.getMediaType() != null ? response.getMediaType() : MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }

    /** The page with 错误： at the start of its (first, the head's) title. */
    static String refused(String html) {
        int title = html.indexOf("<title>");
        if (title < 0) {
            return html;
        }
        int at = title + "<title>".length();
        String prefix = MessageBundles.get(Messages.class).titleRefused();
        return html.startsWith(prefix, at) ? html : html.substring(0, at) + prefix + html.substring(at);
    }
}
