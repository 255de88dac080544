package org.zwgk.portal.content;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A YAML mapping that remembers where each key stands, so every problem found later (a missing
 * field, an unknown code) can be reported with its file and line. Values are read as plain strings:
 * content files never depend on YAML's implicit typing (dates, numbers, "no" as false).
 */
final class YamlMap {

    /** A problem at a place in a content file; collected by the importer. */
    static final class Problem extends RuntimeException {
        final ContentError error;

        Problem(ContentError error) {
            super(error.toString(), null, false, false);
            this.error = error;
        }
    }

    private final String file;
    private final int lineOffset;
    private final MappingNode node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMap(String file, int lineOffset, MappingNode node) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.node = node;
        for (NodeTuple t : node.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
            if (key == null) {
                throw problemAt(t.getKeyNode(), "keys must be plain names");
            }
            if (entries.put(key, t) != null) {
                throw problemAt(t.getKeyNode(), "duplicate key '" + key + "'");
            }
        }
    }

    private static Node compose(String file, String text, int lineOffset) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        try {
            return new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 + lineOffset : 0;
            throw new Problem(new ContentError(file, line, "not valid YAML: " + e.getProblem()));
        } catch (RuntimeException e) {
            throw new Problem(new ContentError(file, 0, "not valid YAML: " + e.getMessage()));
        }
    }

    static YamlMap parseMapping(String file, String text, int lineOffset) {
        Node root = compose(file, text, lineOffset);
        if (!(root instanceof MappingNode m)) {
            throw new Problem(new ContentError(file, lineOffset + 1, "expected a mapping of 'key: value' lines"));
        }
        return new YamlMap(file, lineOffset, m);
    }

    static List<YamlMap> parseList(String file, String text) {
        Node root = compose(file, text, 0);
        if (root == null) {
            return List.of();
        }
        if (!(root instanceof SequenceNode seq)) {
            throw new Problem(new ContentError(file, 1, "expected a list of entries ('- code: …')"));
        }
        return mapsOf(file, 0, seq);
    }

    private static List<YamlMap> mapsOf(String file, int lineOffset, SequenceNode seq) {
        List<YamlMap> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (!(item instanceof MappingNode m)) {
                throw new Problem(new ContentError(file, item.getStartMark().getLine() + 1 + lineOffset,
                        "expected an entry of 'key: value' lines"));
            }
            out.add(new YamlMap(file, lineOffset, m));
        }
        return out;
    }

    String file() {
        return file;
    }

    int line() {
        return node.getStartMark().getLine() + 1 + lineOffset;
    }

    int line(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? line() : t.getKeyNode().getStartMark().getLine() + 1 + lineOffset;
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    /** Refuses keys the importer does not know: a typo must not silently drop a field. */
    YamlMap allowOnly(Set<String> keys) {
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (!keys.contains(e.getKey())) {
                throw problemAt(e.getValue().getKeyNode(), "unknown field '" + e.getKey() + "' (known: "
                        + String.join(", ", keys.stream().sorted().toList()) + ")");
            }
        }
        return this;
    }

    String string(String key) {
        String value = optString(key);
        if (value == null || value.isBlank()) {
            throw problem(key, "missing required field '" + key + "'");
        }
        return value;
    }

    String optString(String key) {
        NodeTuple t = entries.get(key);
        if (t == null) {
            return null;
        }
        if (!(t.getValueNode() instanceof ScalarNode s)) {
            throw problemAt(t.getValueNode(), "field '" + key + "' must be a single value");
        }
        String v = s.getValue().strip();
        return v.isEmpty() ? null : v;
    }

    <T> T opt(String key, Function<String, T> parse, String expected) {
        String value = optString(key);
        if (value == null) {
            return null;
        }
        try {
            return parse.apply(value);
        } catch (RuntimeException e) {
            throw problem(key, "field '" + key + "' has '" + value + "', expected " + expected);
        }
    }

    List<String> strings(String key) {
        NodeTuple t = entries.get(key);
        if (t == null) {
            return List.of();
        }
        if (t.getValueNode() instanceof ScalarNode s) {
            return List.of(s.getValue().strip());
        }
        if (!(t.getValueNode() instanceof SequenceNode seq)) {
            throw problemAt(t.getValueNode(), "field '" + key + "' must be a list");
        }
        List<String> out = new ArrayList<>();
        for (Node n : seq.getValue()) {
            if (!(n instanceof ScalarNode s)) {
                throw problemAt(n, "field '" + key + "' must list single values");
            }
            out.add(s.getValue().strip());
        }
        return out;
    }

    List<YamlMap> maps(String key) {
        NodeTuple t = entries.get(key);
        if (t == null) {
            return List.of();
        }
        if (!(t.getValueNode() instanceof SequenceNode seq)) {
            throw problemAt(t.getValueNode(), "field '" + key + "' must be a list of entries");
        }
        return mapsOf(file, lineOffset, seq);
    }

    YamlMap map(String key) {
        NodeTuple t = entries.get(key);
        if (t == null) {
            return null;
        }
        if (!(t.getValueNode() instanceof MappingNode m)) {
            throw problemAt(t.getValueNode(), "field '" + key + "' must be 'key: value' lines");
        }
        return new YamlMap(file, lineOffset, m);
    }

    Problem problem(String key, String message) {
        return new Problem(new ContentError(file, line(key), message));
    }

    private Problem problemAt(Node n, String message) {
        return new Problem(new ContentError(file, n.getStartMark().getLine() + 1 + lineOffset, message));
    }
}
