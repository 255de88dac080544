package org.zwgk.portal.supervision;

import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.catalog.CatalogLabels;
import org.zwgk.portal.catalog.DocumentType;
import org.zwgk.portal.requests.RequestMessages;
import org.zwgk.portal.requests.RequestStatus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A change's before and after states as the audit page shows them (browser walk: 修改前 REGISTERED,
 * 修改后 title=…; type=TASK_RESULT; body=164 chars). What is stored and chained into the hashes stays as it
 * was written; only the reading is in words. A state of a shape not known here is shown as stored.
 */
@ApplicationScoped
public class AuditStates {

    /** A status as stored (REGISTERED). */
    private static final Pattern CODE = Pattern.compile("[A-Z_]+");

    /** What {@code WorkflowService.describe} writes for a draft. */
    private static final Pattern DRAFT = Pattern.compile(
            "title=(.*); type=([A-Z_]+); docNumber=(.*); channel=(.*); body=(\\d+) chars, sha256 ([0-9a-f]{64})", Pattern.DOTALL);

    private final org.zwgk.portal.privacy.Deidentifier gate;
    private final org.zwgk.portal.records.RecordAuditStates records;

    AuditStates(org.zwgk.portal.privacy.Deidentifier gate, org.zwgk.portal.records.RecordAuditStates records) {
        this.gate = gate;
        this.records = records;
    }

    public String readable(String entityType, String state) {
        return readable(entityType, state, java.util.function.UnaryOperator.identity());
    }

    /**
     * The state as {@code reader} may read it: as stored for a site admin, who reads every text unmasked anyway;
     * for an auditor with personal data masked as everywhere else they look (security audit: the log showed a
     * record's values as typed, a private person's name and full ID number among them, and drafts' titles): a
     * record's values as the public reads them, a draft's title and any other state through the gate.
     */
    public String readable(org.zwgk.portal.access.PortalUser reader, String entityType, Long entityId, String state) {
        if (reader != null && reader.siteAdmin() || state == null || state.isEmpty()) {
            return readable(entityType, state);
        }
        if ("record".equals(entityType)) {
            java.util.Optional<String> shown = records.publicState(entityId, state);
            if (shown.isPresent()) {
                return shown.get();
            }
        }
        String read = readable(entityType, state, gate::mask);
        return "draft".equals(entityType) && DRAFT.matcher(state).matches() ? read : gate.mask(read);
    }

    /** An event's detail as {@code reader} may read it: through the gate but for a site admin (see above). */
    public String detail(org.zwgk.portal.access.PortalUser reader, String detail) {
        return reader != null && reader.siteAdmin() || detail == null ? detail : gate.mask(detail);
    }

    private String readable(String entityType, String state, java.util.function.UnaryOperator<String> title) {
        if (state == null || state.isEmpty()) {
            return "";
        }
        if ("info_request".equals(entityType) && CODE.matcher(state).matches()) {
            try {
                return MessageBundles.get(RequestMessages.class).status(RequestStatus.valueOf(state));
            } catch (IllegalArgumentException unknown) {
                return state;
            }
        }
        Matcher draft = DRAFT.matcher(state);
        if ("draft".equals(entityType) && draft.matches()) {
            String type;
            try {
                type = MessageBundles.get(CatalogLabels.class).docType(DocumentType.valueOf(draft.group(2)));
            } catch (IllegalArgumentException unknown) {
                type = draft.group(2);
            }
            // the text's fingerprint stays whole: it is how an auditor proves which text was approved
            return MessageBundles.get(AuditMessages.class).draftState(title.apply(draft.group(1)), type,
                    draft.group(3).isEmpty() ? "—" : draft.group(3), channel(draft.group(4)), Integer.parseInt(draft.group(5)), draft.group(6));
        }
        return state;
    }

    /** A channel by its name, with the code the log holds (a channel renamed since is still found by it). */
    private static String channel(String code) {
        return code.isEmpty() ? "—" : org.zwgk.portal.channels.Channel.findByCode(code).map(c -> c.name + "（" + code + "）").orElse(code);
    }
}
