package org.zwgk.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** /q/health reports the search index: readable, how many documents, which analysis chain. */
@Readiness
@ApplicationScoped
public class SearchHealthCheck implements HealthCheck {

    private final SearchIndex index;

    SearchHealthCheck(SearchIndex index) {
        this.index = index;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("Search index").up()
                    .withData("documents", index.documentCount())
                    .withData("analysis", index.chain().name())
                    .withData("path", index.path().toString())
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("Search index").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
