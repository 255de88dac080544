package org.zwgk.portal.audit;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The audit log's action codes (draft.publish …) and entity types in words, for auditors who read
 * the log in Chinese (audit/action-names_zh_CN.properties). The codes stay what is stored and
 * filtered on: they are chained into the log's hashes and must not change with the wording.
 */
@ApplicationScoped
public class AuditActionNames {

    private static final String FILE = "/audit/action-names_zh_CN.properties";

    private final Map<String, String> names;

    AuditActionNames() {
        this.names = load();
    }

    /** An action in words; an unlisted one by the kind of thing it acts on, or its code when that is unlisted too. */
    public String action(String code) {
        if (code == null) {
            return "";
        }
        String name = names.get(code);
        if (name != null && code.contains(".")) {
            return name;
        }
        int dot = code.indexOf('.');
        String kind = dot < 0 ? null : names.get(code.substring(0, dot));
        return kind == null ? code : kind + "：" + code.substring(dot + 1);
    }

    /** An entity type (draft, message …) in words, or as stored when unlisted. */
    public String entity(String type) {
        return type == null ? "" : names.getOrDefault(type, type);
    }

    /** Every listed action and kind, code → words, in the file's order: the filter's choices. */
    public Map<String, String> all() {
        return names;
    }

    private static Map<String, String> load() {
        Map<String, String> ordered = new LinkedHashMap<>();
        try (InputStream in = AuditActionNames.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the application");
            }
            // Properties forgets the order; the file's order (kinds first, then each kind's steps) is the filter's
            Properties read = new Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    ordered.put((String) key, (String) value);
                    return super.put(key, value);
                }
            };
            read.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Collections.unmodifiableMap(ordered);
    }
}
