package org.zwgk.portal.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Reading the content repository into specs, and its YAML, without Quarkus or a database. */
class ContentReaderTest {

    @TempDir
    Path root;

    void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static final String NOTICE = """
            ---
            type: NOTICE
            title: 关于开展政务公开第三方评估的通知
            organization: szfb
            channel: tzgg
            writtenOn: 2018-08-02
            ---

            各区镇、各部门：请做好准备。
            """;

    @Test
    void theRealRepositoryReadsWithoutProblems() {
        ContentSpecs.Repository repo = new ContentReader(Path.of("content")).read();
        assertThat(repo.organizations()).extracting(ContentSpecs.Org::code).contains("ksgov", "szfb", "czj");
        assertThat(repo.organizations()).filteredOn(o -> o.code().equals("szfb")).extracting(ContentSpecs.Org::reviewLevels)
                .containsExactly(3);
        assertThat(repo.channels()).extracting(ContentSpecs.ChannelSpec::code).contains("zcwj", "tzgg");
        assertThat(repo.documents()).extracting(ContentSpecs.Doc::key).contains("szfb-2018-152", "szfb-2018-152-jd");
        assertThat(repo.site()).isNotEmpty();
    }

    @Test
    void aDocumentWithoutKeyIsKnownByItsPathAndItsTextAndAttachmentAreRead() throws IOException {
        write("documents/tzgg/assessment.md", NOTICE.replace("writtenOn: 2018-08-02\n",
                "writtenOn: 2018-08-02\nattachments:\n  - file: files/table.txt\n    title: 附件1\n"));
        write("documents/tzgg/files/table.txt", "评估指标");
        ContentSpecs.Repository repo = new ContentReader(root).read();
        assertThat(repo.documents()).hasSize(1);
        ContentSpecs.Doc doc = repo.documents().get(0);
        assertThat(doc.key()).isEqualTo("tzgg/assessment");
        assertThat(doc.meta().body).isEqualTo("各区镇、各部门：请做好准备。");
        assertThat(doc.attachments()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("附件1");
            assertThat(a.mediaType()).isEqualTo("text/plain");
            assertThat(a.sha256()).hasSize(64);
        });
        assertThat(doc.contentHash()).as("the same text gives the same hash").isEqualTo(new ContentReader(root).read().documents().get(0).contentHash());
    }

    @Test
    void everyProblemOfEveryFileIsReportedAtOnceWithFileAndLine() throws IOException {
        write("organizations.yaml", """
                - code: szfb
                  name: 市政府办公室
                  unitCode: "KS0010001"
                  type: OFFICE
                  reviewLevel: 3
                """);
        write("documents/tzgg/no-title.md", NOTICE.replace("title: 关于开展政务公开第三方评估的通知\n", ""));
        write("documents/tzgg/no-front-matter.md", "只有正文。\n");
        write("documents/tzgg/bad-date.md", NOTICE.replace("writtenOn: 2018-08-02", "writtenOn: 去年八月"));
        write("documents/tzgg/missing-file.md", NOTICE.replace("writtenOn: 2018-08-02\n",
                "writtenOn: 2018-08-02\nattachments:\n  - file: nowhere.pdf\n"));
        Files.write(root.resolve("documents/tzgg/gbk.md"), "---\ntitle: 通知\n---\n正文".getBytes(java.nio.charset.Charset.forName("GBK")));

        ContentImportException e = catchThrowableOfType(ContentImportException.class, () -> new ContentReader(root).read());
        List<String> problems = e.errors().stream().map(ContentError::toString).toList();
        assertThat(problems).hasSize(6);
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("organizations.yaml:5: unknown field 'reviewLevel'"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("documents/tzgg/no-title.md:").contains("missing required field 'title'"));
        assertThat(problems).contains("documents/tzgg/no-front-matter.md:1: a document starts with a '---' line and its front matter");
        assertThat(problems).contains("documents/tzgg/bad-date.md:6: field 'writtenOn' has '去年八月', expected a date like 2018-08-02");
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("documents/tzgg/missing-file.md:8: attachment file 'nowhere.pdf' not found"));
        assertThat(problems).contains("documents/tzgg/gbk.md: not UTF-8 text");
    }

    @Test
    void yamlValuesAreReadAsTheStringsTheyAreWritten() {
        YamlMap m = YamlMap.parseMapping("site.yaml", "open: no\ndate: 2018-08-02\ncode: 0101\nname: '  昆山  '\n", 0);
        assertThat(m.optString("open")).as("not a boolean").isEqualTo("no");
        assertThat(m.optString("date")).isEqualTo("2018-08-02");
        assertThat(m.optString("code")).as("not an octal number").isEqualTo("0101");
        assertThat(m.optString("name")).isEqualTo("昆山");
        assertThat(m.optString("absent")).isNull();
        assertThat(m.line("code")).isEqualTo(3);
    }

    @Test
    void yamlProblemsNameTheirLineCountingTheLinesBeforeTheFrontMatter() {
        YamlMap.Problem dup = catchThrowableOfType(YamlMap.Problem.class,
                () -> YamlMap.parseMapping("doc.md", "title: 一\nchannel: tzgg\ntitle: 二\n", 1));
        assertThat(dup.error.line()).isEqualTo(4);
        assertThat(dup.error.message()).contains("title");

        YamlMap m = YamlMap.parseMapping("doc.md", "title: 一\ninterprets: [a, b]\ntags:\n  x: 1\n", 1);
        assertThat(m.strings("interprets")).containsExactly("a", "b");
        assertThat(m.strings("title")).as("a single value is a list of one").containsExactly("一");
        YamlMap.Problem notSingle = catchThrowableOfType(YamlMap.Problem.class, () -> m.optString("interprets"));
        assertThat(notSingle.error.toString()).isEqualTo("doc.md:3: field 'interprets' must be a single value");
        YamlMap.Problem missing = catchThrowableOfType(YamlMap.Problem.class, () -> m.string("summary"));
        assertThat(missing.error.message()).isEqualTo("missing required field 'summary'");

        YamlMap.Problem broken = catchThrowableOfType(YamlMap.Problem.class, () -> YamlMap.parseList("channels.yaml", "- code: a\n  name: [unclosed\n"));
        assertThat(broken.error.message()).startsWith("not valid YAML");
        YamlMap.Problem notAList = catchThrowableOfType(YamlMap.Problem.class, () -> YamlMap.parseList("channels.yaml", "code: a\n"));
        assertThat(notAList.error.message()).contains("expected a list");
    }
}
