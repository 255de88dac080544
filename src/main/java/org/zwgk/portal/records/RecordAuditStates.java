package org.zwgk.portal.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;

/**
 * A record's values as the audit log keeps them (its before and after states, as typed) shown to someone who
 * reads records only as the public does (the auditor): its public values, private persons' names masked and
 * hidden fields left out, as {@link RecordMasking} publishes them (security audit: the log showed a 行政处罚
 * record's party name and full ID number to the auditor, who is refused the record itself).
 */
@ApplicationScoped
public class RecordAuditStates {

    private final RecordTypes types;
    private final RecordMasking masking;

    RecordAuditStates(RecordTypes types, RecordMasking masking) {
        this.types = types;
        this.masking = masking;
    }

    /** The state masked as the public would read it; empty when it is not a record's values (or the record is gone). */
    @Transactional
    public Optional<String> publicState(Long recordId, String state) {
        if (recordId == null || state == null || !state.startsWith("{")) {
            return Optional.empty();
        }
        RecordEntry r = RecordEntry.findById(recordId);
        if (r == null) {
            return Optional.empty();
        }
        Optional<RecordType> type = types.find(r.typeCode);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(RecordJson.write(masking.publicValues(type.get(), RecordJson.read(state))));
        } catch (IllegalStateException notValues) {
            return Optional.empty();
        }
    }
}
