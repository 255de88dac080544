package org.zwgk.portal.audit;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the audit log for auditors: filtered, newest first, and checks the hash chain. */
@ApplicationScoped
public class AuditTrail {

    /**
     * What the audit page looks for. {@code action} is matched anywhere in the action's code (publish finds
     * document.publish); {@code actionCodes}, when given, are codes the typed words name (发布 → every
     * action whose words hold it), matched too.
     */
    public record Filter(String actor, String action, java.util.Set<String> actionCodes, String entityType, Long entityId) {

        public Filter(String actor, String action, String entityType, Long entityId) {
            this(actor, action, java.util.Set.of(), entityType, entityId);
        }
    }

    public record Result(List<AuditEvent> events, long total, int page, int pageCount) {
        public String totalText() {
            return Long.toString(total);
        }
    }

    /** Whether every event's hash matches its content and predecessor; the first broken one if not. */
    public record ChainCheck(boolean intact, long checked, Long brokenAt) {
        public String checkedText() {
            return Long.toString(checked);
        }

        public String brokenText() {
            return String.valueOf(brokenAt);
        }
    }

    public static final int PAGE_SIZE = 50;

    @Transactional
    public Result find(Filter f, int page) {
        StringBuilder q = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.actor() != null && !f.actor().isBlank()) {
            q.append(" and actor = :actor");
            params.put("actor", f.actor().strip());
        }
        if (f.action() != null && !f.action().isBlank()) {
            String pattern = "%" + f.action().strip().replace("%", "").replace("_", "") + "%";
            if (f.actionCodes() == null || f.actionCodes().isEmpty()) {
                q.append(" and action like :action");
            } else {
                q.append(" and (action like :action or action in :codes)");
                params.put("codes", f.actionCodes());
            }
            params.put("action", pattern);
        }
        if (f.entityType() != null && !f.entityType().isBlank()) {
            q.append(" and entityType = :type");
            params.put("type", f.entityType().strip());
        }
        if (f.entityId() != null) {
            q.append(" and entityId = :id");
            params.put("id", f.entityId());
        }
        var query = AuditEvent.<AuditEvent>find(q.toString(), Sort.descending("id"), params);
        long total = query.count();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        List<AuditEvent> events = new ArrayList<>(query.page(Page.of(Math.min(page, pages) - 1, PAGE_SIZE)).list());
        return new Result(events, total, Math.min(page, pages), pages);
    }

    /**
     * Walks the whole chain in order. Events written before the chain existed (no hash) are skipped;
     * from the first chained event on, each must carry its predecessor's hash and its own.
     */
    @Transactional
    public ChainCheck verify() {
        String previous = null;
        long checked = 0;
        long lastId = 0;
        while (true) {
            List<AuditEvent> batch = AuditEvent.find("id > ?1 and hash is not null", Sort.ascending("id"), lastId)
                    .page(Page.ofSize(1000)).list();
            if (batch.isEmpty()) {
                return new ChainCheck(true, checked, null);
            }
            for (AuditEvent e : batch) {
                if ((previous != null && !previous.equals(e.prevHash)) || !AuditLog.hash(e).equals(e.hash)) {
                    return new ChainCheck(false, checked, e.id);
                }
                previous = e.hash;
                lastId = e.id;
                checked++;
            }
        }
    }
}
