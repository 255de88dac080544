package org.zwgk.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * /q/health reports the search index: UP with how many documents it holds, or DOWN with a few words
 * on what is wrong (the index is then being reopened, see SearchSync#check). Anyone may call it, so
 * it names no path and carries no exception text: those are in the log.
 */
@Readiness
@ApplicationScoped
public class SearchHealthCheck implements HealthCheck {

    private static final String NAME = "Search index";

    private final SearchIndex index;

    SearchHealthCheck(SearchIndex index) {
        this.index = index;
    }

    @Override
    public HealthCheckResponse call() {
        String problem = index.problem();
        if (problem != null) {
            return HealthCheckResponse.named(NAME).down().withData("problem", problem).build();
        }
        try {
            return HealthCheckResponse.named(NAME).up().withData("documents", index.documentCount()).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named(NAME).down().withData("problem", "index unavailable").build();
        }
    }
}
