package org.zwgk.portal.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Map;
import java.util.TreeMap;

/** Field values as stored: a JSON object of field name to text, keys sorted so equal values compare equal. */
final class RecordJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {
    };

    private RecordJson() {
    }

    static String write(Map<String, String> values) {
        try {
            return MAPPER.writeValueAsString(new TreeMap<>(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> read(String json) {
        if (json == null || json.isBlank()) {
            return new TreeMap<>();
        }
        try {
            return MAPPER.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored record values are not JSON", e);
        }
    }
}
