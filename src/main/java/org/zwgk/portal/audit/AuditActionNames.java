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
    private final Map<String, Map<String, String>> byKind;

    AuditActionNames() {
        this.names = load();
        this.byKind = byKind(names);
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

    /**
     * Each kind (code → its steps, code → words), in the file's order: the audit filter's choices, grouped so a
     * long list reads by kind. An action whose kind is not listed is grouped under its kind's code.
     */
    public Map<String, Map<String, String>> actionsByKind() {
        return byKind;
    }

    /** Whether a filter value is one of the choices: a listed code, or the words of one. */
    public boolean listed(String value) {
        return value != null && (names.containsKey(value.strip()) || names.containsValue(value.strip()));
    }

    /** Whether a filter value (a code, or its words as an address may carry them) stands for this code. */
    public boolean sameAs(String code, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        String v = value.strip();
        return v.equals(code) || v.equals(names.get(code));
    }

    private static Map<String, Map<String, String>> byKind(Map<String, String> names) {
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        names.keySet().stream().filter(code -> !code.contains(".")).forEach(kind -> groups.put(kind, new LinkedHashMap<>()));
        names.forEach((code, words) -> {
            int dot = code.indexOf('.');
            if (dot > 0) {
                groups.computeIfAbsent(code.substring(0, dot), k -> new LinkedHashMap<>()).put(code, words);
            }
        });
        Map<String, Map<String, String>> fixed = new LinkedHashMap<>();
        groups.forEach((kind, steps) -> fixed.put(kind, java.util.Collections.unmodifiableMap(steps)));
        return java.util.Collections.unmodifiableMap(fixed);
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
