package org.zwgk.portal.plans;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * content/plans/kunshan-2018.yaml against the seed it transcribes (a copy of
 * shared/seed/kunshan-2018-disclosure-plan.txt in test resources, so a clean clone passes): every
 * goal, task and row, character for character, with the units as the seed writes them.
 */
class SeedPlanTest {

    /** One row of the seed's table: goal and task headings where they start, text, the two unit cells. */
    record SeedRow(String goal, String task, String text, String lead, String responsible) {
    }

    static List<SeedRow> seed;
    static Map<String, Object> plan;

    @BeforeAll
    static void read() throws Exception {
        String text;
        try (InputStream in = SeedPlanTest.class.getResourceAsStream("/seed/kunshan-2018-disclosure-plan.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        seed = parse(text);
        plan = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(Path.of("content/plans/kunshan-2018.yaml")));
    }

    /** The seed's table: after the header cell 责任单位, blocks of five tab-led lines up to 抄送. */
    static List<SeedRow> parse(String text) {
        List<String> lines = List.of(text.split("\n", -1));
        int start = lines.indexOf("\t责任单位");
        List<SeedRow> rows = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("\t抄送")) {
                break;
            }
            if (line.isEmpty()) {
                if (!block.isEmpty()) {
                    rows.add(row(block));
                    block.clear();
                }
            } else {
                block.add(line.substring(1));
            }
        }
        if (!block.isEmpty()) {
            rows.add(row(block));
        }
        return rows;
    }

    private static SeedRow row(List<String> b) {
        assertThat(b).as("a row of the seed's table is five cells").hasSize(5);
        return new SeedRow(b.get(0).strip(), b.get(1).strip(), b.get(2), b.get(3).strip(), b.get(4).strip());
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object o, String key) {
        Object v = ((Map<String, Object>) o).get(key);
        return v == null ? List.of() : (List<Map<String, Object>>) v;
    }

    static String str(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? "" : v.toString().strip();
    }

    @Test
    void everyRowIsTranscribedExactly() {
        assertThat(seed).hasSize(35);
        List<String> failures = new ArrayList<>();
        int n = 0;
        int goals = 0;
        int tasks = 0;
        for (Map<String, Object> goal : list(plan, "goals")) {
            goals++;
            for (Map<String, Object> task : list(goal, "tasks")) {
                tasks++;
                boolean firstOfTask = true;
                for (Map<String, Object> row : list(task, "rows")) {
                    SeedRow s = seed.get(n++);
                    assertThat(row.get("number")).as("rows are numbered 1–35 in the seed's order").isEqualTo(n);
                    if (!s.text().equals(row.get("text"))) {
                        failures.add("row " + n + " text differs:\n seed: " + s.text() + "\n file: " + row.get("text"));
                    }
                    if (!s.lead().equals(str(row, "leadAsWritten"))) {
                        failures.add("row " + n + " lead: seed '" + s.lead() + "', file '" + str(row, "leadAsWritten") + "'");
                    }
                    if (!s.responsible().equals(str(row, "responsibleAsWritten"))) {
                        failures.add("row " + n + " responsible: seed '" + s.responsible() + "', file '" + str(row, "responsibleAsWritten") + "'");
                    }
                    if (firstOfTask && !s.task().equals(task.get("label") + "" + task.get("title"))) {
                        failures.add("task of row " + n + ": seed '" + s.task() + "', file '" + task.get("label") + task.get("title") + "'");
                    }
                    if (!firstOfTask && !s.task().isEmpty()) {
                        failures.add("the seed starts a task at row " + n + ", the file does not");
                    }
                    firstOfTask = false;
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(n).isEqualTo(35);
        assertThat(goals).isEqualTo(3);
        assertThat(tasks).isEqualTo(11);
        assertThat(seed.stream().filter(r -> !r.goal().isEmpty()).map(SeedRow::goal).toList())
                .containsExactly(list(plan, "goals").stream().map(g -> g.get("label") + "、" + g.get("title")).toArray(String[]::new));
    }

    @Test
    void everyUnitResolvesToAnOrganizationOrAGroupAndEveryRowHasADueDateInThePlanYear() throws Exception {
        Set<String> orgs = new HashSet<>();
        List<Map<String, Object>> organizations = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(Path.of("content/organizations.yaml")));
        organizations.forEach(o -> orgs.add((String) o.get("code")));
        Set<String> groups = new HashSet<>();
        for (Map<String, Object> g : list(plan, "groups")) {
            groups.add((String) g.get("code"));
            assertThat(orgs).as("members of " + g.get("name")).containsAll(strings(g.get("members")));
        }
        assertThat(list(plan, "groups").stream().map(g -> g.get("name"))).containsExactlyInAnyOrder("市各有关部门", "各区镇", "市各有关主管部门");
        for (Map<String, Object> goal : list(plan, "goals")) {
            for (Map<String, Object> task : list(goal, "tasks")) {
                for (Map<String, Object> row : list(task, "rows")) {
                    List<String> units = new ArrayList<>(strings(row.get("lead")));
                    assertThat(units).as("row " + row.get("number") + " has a lead unit").isNotEmpty();
                    units.addAll(strings(row.get("responsible")));
                    for (String u : units) {
                        assertThat(orgs.contains(u) || groups.contains(u)).as("row " + row.get("number") + " unit " + u).isTrue();
                    }
                    assertThat(due(row)).as("row " + row.get("number") + " due").startsWith("2018-");
                    if (row.get("text").toString().contains("年内") || row.get("text").toString().contains("年底前")) {
                        assertThat(due(row)).isEqualTo("2018-12-31");
                        assertThat(str(row, "dueFrom")).isIn("年内", "年底前");
                    }
                }
            }
        }
    }

    @Test
    void theSeedsSlipsAreRecordedAsDecisions() {
        List<Map<String, Object>> decisions = list(plan, "decisions");
        assertThat(decisions).anySatisfy(d -> {
            assertThat(d.get("row")).isEqualTo(11);
            assertThat(d.get("seed").toString()).contains("、、");
        });
        assertThat(decisions).anySatisfy(d -> assertThat(d.get("seed").toString()).isEqualTo("市编办，政务办"));
    }

    static String due(Map<String, Object> row) {
        Object v = row.get("due");
        return v instanceof java.util.Date d ? d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString() : String.valueOf(v);
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Object o) {
        return o == null ? List.of() : (List<String>) o;
    }
}
