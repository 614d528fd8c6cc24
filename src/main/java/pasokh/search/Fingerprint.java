package pasokh.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Collection;
import java.util.stream.Stream;
import pasokh.analysis.PersianAnalysis;

/**
 * A digest of everything the index is derived from: the published articles, every file of the config
 * folder (synonyms, stopwords, boosts...) and the document layout version. Equal digest, equal index.
 */
public final class Fingerprint {

    /** Bump when {@link ArticleDocuments} changes what it writes, so old indexes are rebuilt. */
    static final int DOCUMENT_LAYOUT_VERSION = 5;

    private Fingerprint() {}

    public static String of(Collection<IndexedArticle> published, Path configDir) throws IOException {
        MessageDigest digest = sha256();
        update(digest, "layout:" + DOCUMENT_LAYOUT_VERSION + " analysis:" + PersianAnalysis.VERSION);
        for (IndexedArticle a : published) {
            update(digest, a.slug());
            update(digest, a.digest());
        }
        if (Files.isDirectory(configDir)) {
            try (Stream<Path> files = Files.list(configDir)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    update(digest, file.getFileName().toString());
                    digest.update(Files.readAllBytes(file));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The hex SHA-256 of a text. */
    static String digestOf(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
