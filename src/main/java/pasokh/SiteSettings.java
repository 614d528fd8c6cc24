package pasokh;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Deployment facts from index-config/site.properties. The public URL is the address citizens see: SMS
 * texts link to it, so it must be the real one in production.
 */
public record SiteSettings(String publicUrl) {

    public static final String FILE_NAME = "site.properties";
    public static final String DEFAULT_PUBLIC_URL = "https://pasokh.tamin.ir";

    public static SiteSettings load(Path configDir) throws IOException {
        Path file = configDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) return new SiteSettings(DEFAULT_PUBLIC_URL);
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        String url = p.getProperty("public-url", DEFAULT_PUBLIC_URL).strip();
        if (!url.matches("https?://[^\\s/]+(/[^\\s]*)?")) {
            throw new IOException(file + ": public-url must be an http(s) address like https://pasokh.tamin.ir, not '"
                    + url + "'");
        }
        return new SiteSettings(url.replaceFirst("/+$", ""));
    }
}
