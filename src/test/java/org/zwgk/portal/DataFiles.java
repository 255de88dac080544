package org.zwgk.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads every file under a directory the running portal writes to. The search index merges and commits
 * in the background, so a file listed may be gone when it is read (its content lives on in the merged
 * segment): the walk is repeated until one pass reads every file it listed.
 */
public final class DataFiles {

    private DataFiles() {
    }

    public static void checkEach(Path dir, BiConsumer<Path, byte[]> check) throws IOException {
        for (int pass = 0; pass < 10; pass++) {
            if (onePass(dir, check)) {
                return;
            }
        }
        assertThat(false).as("a pass over " + dir + " read every file it listed").isTrue();
    }

    private static boolean onePass(Path dir, BiConsumer<Path, byte[]> check) throws IOException {
        List<Path> listed;
        try (Stream<Path> files = Files.walk(dir)) {
            listed = files.filter(Files::isRegularFile).toList();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof NoSuchFileException) {
                return false;
            }
            throw e;
        }
        boolean complete = true;
        for (Path f : listed) {
            try {
                check.accept(f, Files.readAllBytes(f));
            } catch (NoSuchFileException e) {
                complete = false;
            }
        }
        return complete;
    }
}
