package org.zwgk.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A private copy of the real content repository that a test may edit before importing it. */
public final class TestContent {

    public final Path root;

    private TestContent(Path root) {
        this.root = root;
    }

    public static TestContent copyOfRepository() {
        try {
            Path target = Files.createTempDirectory(Path.of("target"), "content-");
            Path source = Path.of("content");
            try (Stream<Path> files = Files.walk(source)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Path dest = target.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(dest);
                    } else {
                        Files.copy(p, dest);
                    }
                }
            }
            return new TestContent(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestContent write(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String path) {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestContent replace(String path, String from, String to) {
        String text = read(path);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(path + " does not contain " + from);
        }
        return write(path, text.replace(from, to));
    }

    /** A minimal valid document in the 政策文件 channel of 市政府办公室. */
    public static String document(String key, String title, String extraFrontMatter, String body) {
        return "---\nkey: " + key + "\ntype: POLICY\ntitle: " + title + "\norganization: szfb\nchannel: zcwj\n"
                + "topic: zhzw-zwgk\ngenre: tz\nwrittenOn: 2024-03-01\npublishedAt: 2024-03-02T09:00:00+08:00\n"
                + extraFrontMatter + "---\n\n" + body + "\n";
    }
}
