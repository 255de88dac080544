package org.zwgk.portal.web;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import java.util.List;

/**
 * The OpenAPI description shows the public API only: paths under /api/v1/ except the staff workflow
 * (/api/v1/drafts). HTML pages and staff endpoints are not an API anyone outside should build on,
 * and listing them maps the staff surface for an attacker. A rule on paths, not a list of classes,
 * so a new page never appears there by accident.
 */
public class PublicApiOnly implements OASFilter {

    static final String API = "/api/v1/";
    static final List<String> STAFF = List.of("/api/v1/drafts");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        List.copyOf(openAPI.getPaths().getPathItems().keySet()).stream()
                .filter(path -> !isPublic(path))
                .forEach(path -> openAPI.getPaths().removePathItem(path));
    }

    static boolean isPublic(String path) {
        return path.startsWith(API) && STAFF.stream().noneMatch(s -> path.equals(s) || path.startsWith(s + "/"));
    }
}
