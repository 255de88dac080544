package org.zwgk.portal.web;

import io.quarkus.qute.TemplateInstance;

/**
 * The {@code ?page=} of a public list page as typed. A page number that is none (abc, 0, -1, 7.5, or deeper than
 * any list goes, {@link PageRequest#MAX_PAGE}), from a shared or edited link, gives the list's first page and the
 * words typed, for the page to say so ({@code {#badPage typed=data:badPage?? /}}: “abc”不是有效的页码，下面是第 1 页。)
 * rather than an error page (browser walk: /xxgk?page=abc was a 400 while /search showed its first page and said so).
 * A number past the list's last page is no concern of this: the pager says there is no such page and links the last.
 * The JSON API keeps refusing them all with {@link PageRequest#parse}.
 */
public record PageAsked(PageRequest request, String badPage) {

    /** The most of a page number typed that the notice repeats. */
    static final int SHOWN = 20;

    /** The page asked for, or the first with what was typed when that is no page; a bad {@code size} is still a 400. */
    public static PageAsked of(String page, String size) {
        String none = notAPage(page);
        if (none == null && page != null && !page.isBlank() && Integer.parseInt(page.strip()) > PageRequest.MAX_PAGE) {
            none = shown(page.strip());
        }
        return none == null ? new PageAsked(PageRequest.parse(page, size), null) : new PageAsked(PageRequest.parse(null, size), none);
    }

    /**
     * What was typed, as the notice shows it, when it is no page number at all (not a whole number from 1, as written
     * in an address: no sign, no point, at most nine digits); null when it is one or nothing was typed.
     */
    public static String notAPage(String page) {
        if (page == null || page.isBlank() || page.strip().matches("0*[1-9]\\d{0,8}")) {
            return null;
        }
        return shown(page.strip());
    }

    private static String shown(String typed) {
        return typed.length() > SHOWN ? typed.substring(0, SHOWN) + "…" : typed;
    }

    /** The list's page, with what its notice says ({@code data:badPage}; null when the page was one). */
    public <T extends TemplateInstance> T on(T page) {
        page.data("badPage", badPage);
        return page;
    }
}
