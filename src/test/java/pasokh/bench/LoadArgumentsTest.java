package pasokh.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadArgumentsTest {

    @TempDir
    Path dir;

    @Test
    void whatTheParentWritesTheChildReadsBack() throws IOException {
        LoadSettings settings = new LoadSettings("127.0.0.1", 7070, List.of("/health", "/api/search?q=%D8%A8"), 16,
                Budget.seconds(2.5), Budget.requests(1000));
        Path paths = dir.resolve("paths.txt");
        LoadArguments.writePaths(settings.paths(), paths);
        assertEquals(settings, LoadArguments.parse(LoadArguments.of(settings, paths).toArray(String[]::new)));
    }

    @Test
    void anIpv6AddressLosesItsBrackets() throws IOException {
        Path paths = Files.writeString(dir.resolve("paths.txt"), "# a comment\n/health\n\n");
        LoadSettings s = LoadArguments.parse(new String[] {"--url", "http://[::1]:8080", "--paths", paths.toString()});
        assertEquals("::1", s.host());
        assertEquals(List.of("/health"), s.paths());
        assertEquals(Budget.seconds(10), s.measured());
    }

    @Test
    void aPhaseIsTimedOrCountedNotBoth() throws IOException {
        Path paths = Files.writeString(dir.resolve("paths.txt"), "/health\n");
        assertThrows(IllegalArgumentException.class, () -> LoadArguments.parse(new String[] {
            "--url", "http://127.0.0.1:1", "--paths", paths.toString(), "--seconds", "1", "--requests", "5"}));
        assertThrows(IllegalArgumentException.class, () -> LoadArguments.parse(new String[] {
            "--url", "http://127.0.0.1:1", "--paths", paths.toString(), "--threads", "2"}));
    }
}
