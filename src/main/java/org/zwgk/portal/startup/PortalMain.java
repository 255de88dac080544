package org.zwgk.portal.startup;

import org.zwgk.portal.common.PortalConfig;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import org.zwgk.portal.content.ContentImportException;
import org.zwgk.portal.content.ContentImporter;
import org.zwgk.portal.content.CorpusImporter;
import org.zwgk.portal.search.SearchSync;

import java.nio.file.Path;

/**
 * With no arguments the portal serves. With a command it does that one job and exits:
 * {@code import-content [DIR]} imports the content repository (production imports by command).
 */
@QuarkusMain
public class PortalMain implements QuarkusApplication {

    private static final String USAGE = """
            usage: java -jar quarkus-run.jar                 serve the portal
                   java -jar quarkus-run.jar import-content [DIR]  import the content repository
                   java -jar quarkus-run.jar import FILE.jsonl.gz  import a corpus as published documents
                   java -jar quarkus-run.jar reindex               rebuild the search index from the database
                   java -jar quarkus-run.jar privacy-scan          list personal data in published content (exit 1 when any)
                   java -jar quarkus-run.jar account USER "NAME" ROLE[@ORG]...  create or update a local account""";

    @Inject
    ContentImporter contentImporter;

    @Inject
    CorpusImporter corpusImporter;

    @Inject
    SearchSync searchSync;

    @Inject
    PortalConfig config;

    @Inject
    org.zwgk.portal.privacy.PrivacyScan privacyScan;

    @Inject
    org.zwgk.portal.access.AccountCommand accountCommand;

    public static void main(String... args) {
        // a malformed request line gets the Chinese 400 page from MalformedRequests, not Quarkus' empty 400
        if (System.getProperty(org.zwgk.portal.web.MalformedRequests.QUARKUS_URI_CHECK_OFF) == null) {
            System.setProperty(org.zwgk.portal.web.MalformedRequests.QUARKUS_URI_CHECK_OFF, "true");
        }
        // H2 refuses a database path relative to the working directory unless it starts with ./ (portal.data-dir=data
        // would stop the start), and every other use of the directory means the same place either way
        String dataDir = System.getProperty("portal.data-dir", System.getenv("PORTAL_DATA_DIR"));
        if (dataDir != null && !dataDir.isBlank() && !Path.of(dataDir).isAbsolute()) {
            System.setProperty("portal.data-dir", Path.of(dataDir).toAbsolutePath().normalize().toString());
        }
        if (args.length > 0 && embeddedDatabaseInUse()) {
            // said in one line, not as the stack trace of H2 refusing a second process (newcomer walk)
            System.err.println(args[0] + ": the portal's database under " + dataDirectory()
                    + " is in use by a running portal: stop it first, then run the command again");
            System.exit(3);
        }
        if (args.length > 0) {
            // a command shares the data directory with the server, not its port
            System.setProperty("quarkus.http.port", "0");
            System.setProperty("quarkus.http.host", "127.0.0.1");
            if (args[0].equals("privacy-scan")) {
                // stdout carries the findings only, one per line: the log goes to stderr
                System.setProperty("quarkus.log.console.stderr", "true");
            }
            if (!args[0].equals("import")) {
                System.setProperty("portal.content.import-on-start", "false");
            }
        }
        Quarkus.run(PortalMain.class, args);
    }

    private static Path dataDirectory() {
        return Path.of(System.getProperty("portal.data-dir", java.util.Objects.requireNonNullElse(System.getenv("PORTAL_DATA_DIR"), "./data")));
    }

    /** Whether another process holds the embedded H2 database (H2 locks its file while open); false on PostgreSQL. */
    private static boolean embeddedDatabaseInUse() {
        Path db = dataDirectory().resolve("db").resolve("portal.mv.db");
        if (!java.nio.file.Files.isRegularFile(db)) {
            return false;
        }
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(db,
                java.nio.file.StandardOpenOption.READ, java.nio.file.StandardOpenOption.WRITE)) {
            java.nio.channels.FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (java.io.IOException | java.nio.channels.OverlappingFileLockException e) {
            return false;
        }
    }

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        try {
            return switch (args[0]) {
                case "import-content" -> {
                    Path dir = args.length > 1 ? Path.of(args[1]) : config.contentDir();
                    System.out.println(contentImporter.importFrom(dir));
                    yield 0;
                }
                case "import" -> {
                    if (args.length != 2) {
                        System.err.println(USAGE);
                        yield 2;
                    }
                    corpusImporter.importFile(Path.of(args[1]), System.out);
                    searchSync.compact();
                    yield 0;
                }
                case "account" -> accountCommand.run(java.util.List.of(args).subList(1, args.length), System.out, System.err);
                case "privacy-scan" -> privacyScan.run(System.out, System.err);
                case "reindex" -> {
                    System.out.println("search index rebuilt: " + searchSync.rebuild() + " documents");
                    yield 0;
                }
                default -> {
                    System.err.println("unknown command '" + args[0] + "'\n" + USAGE);
                    yield 2;
                }
            };
        } catch (ContentImportException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }
}
