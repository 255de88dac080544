package org.zwgk.portal.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall of each detector on the labelled set {@code privacy/cases.jsonl} (written by
 * {@code generate_cases.py} beside it), with the public numbers of {@code content/organizations.yaml}.
 * The figures go to docs/privacy.md; targets: recall 1.0 on ID numbers, bank cards and mobiles,
 * precision ≥ 0.98 over all kinds. The content repository's own documents must give no finding.
 */
class PrivacyEvaluationTest {

    record Counts(int[] tp, int[] fp, int[] fn) {
    }

    static Deidentifier contentGate() throws IOException {
        List<String> phones = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\s*phone:\\s*\"?([^\"\\n#]+)").matcher(Files.readString(Path.of("content/organizations.yaml")));
        while (m.find()) {
            phones.add(m.group(1));
        }
        return new Deidentifier(MaskingRules.load(Path.of("content/privacy.yaml")), () -> phones);
    }

    @Test
    void eachDetectorMeetsItsTargetsOnTheLabelledSet() throws IOException {
        Deidentifier gate = contentGate();
        ObjectMapper json = new ObjectMapper();
        Map<PiiType, int[]> counts = new EnumMap<>(PiiType.class);
        for (PiiType t : PiiType.values()) {
            counts.put(t, new int[3]);
        }
        List<String> errors = new ArrayList<>();
        int cases = 0;
        try (InputStream in = getClass().getResourceAsStream("/privacy/cases.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                cases++;
                JsonNode c = json.readTree(line);
                String text = c.get("text").asText();
                List<String> expected = new ArrayList<>();
                c.get("expect").forEach(e -> expected.add(e.get("type").asText() + "|" + e.get("value").asText()));
                List<String> found = gate.find(text).stream().map(f -> f.type() + "|" + f.value()).toList();
                for (String f : found) {
                    PiiType t = PiiType.valueOf(f.substring(0, f.indexOf('|')));
                    if (expected.remove(f)) {
                        counts.get(t)[0]++;
                    } else {
                        counts.get(t)[1]++;
                        errors.add("FP " + f + " in: " + text);
                    }
                }
                for (String e : expected) {
                    counts.get(PiiType.valueOf(e.substring(0, e.indexOf('|'))))[2]++;
                    errors.add("FN " + e + " in: " + text);
                }
            }
        }
        StringBuilder table = new StringBuilder("| kind | cases with it | TP | FP | FN | precision | recall |\n|---|---|---|---|---|---|---|\n");
        int tp = 0, fp = 0, fn = 0;
        for (var e : counts.entrySet()) {
            int[] n = e.getValue();
            tp += n[0];
            fp += n[1];
            fn += n[2];
            table.append("| ").append(e.getKey()).append(" | ").append(n[0] + n[2]).append(" | ").append(n[0]).append(" | ").append(n[1])
                    .append(" | ").append(n[2]).append(" | ").append(ratio(n[0], n[0] + n[1])).append(" | ").append(ratio(n[0], n[0] + n[2])).append(" |\n");
        }
        table.append("| **all** | ").append(tp + fn).append(" | ").append(tp).append(" | ").append(fp).append(" | ").append(fn)
                .append(" | ").append(ratio(tp, tp + fp)).append(" | ").append(ratio(tp, tp + fn)).append(" |\n");
        String report = cases + " cases\n\n" + table + "\n" + String.join("\n", errors) + "\n";
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/privacy-evaluation.md"), report);
        System.out.println(report);

        assertThat(cases).isGreaterThanOrEqualTo(300);
        for (PiiType t : List.of(PiiType.RESIDENT_ID, PiiType.BANK_CARD, PiiType.MOBILE)) {
            assertThat(counts.get(t)[2]).as("missed " + t + "\n" + report).isZero();
            assertThat(counts.get(t)[0]).as("cases with " + t).isPositive();
        }
        assertThat((double) tp / (tp + fp)).as("precision over all kinds\n" + report).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void theContentRepositorysDocumentsHoldNothingToMask() throws IOException {
        Deidentifier gate = contentGate();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".yaml")).toList()) {
                if (p.endsWith("privacy.yaml")) {
                    continue;
                }
                gate.find(Files.readString(p)).forEach(f -> found.add(p + ": " + f.type() + " " + f.value()));
            }
        }
        assertThat(found).isEmpty();
    }

    static String ratio(int a, int b) {
        return b == 0 ? "–" : String.format(java.util.Locale.ROOT, "%.3f", (double) a / b);
    }
}
