package org.zwgk.portal.content;

/** What one content import did; an import of unchanged content reports only unchanged documents. */
public record ImportReport(int organizations, int channels, int classifications, int documentsCreated,
                           int documentsRevised, int documentsUnchanged, int statusChanges) {

    @Override
    public String toString() {
        return "organizations=" + organizations + " channels=" + channels + " classifications=" + classifications
                + " documents: created=" + documentsCreated + " revised=" + documentsRevised
                + " unchanged=" + documentsUnchanged + " status changes=" + statusChanges;
    }
}
