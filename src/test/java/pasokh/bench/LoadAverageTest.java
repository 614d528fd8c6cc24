package pasokh.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadAverageTest {

    @Test
    void theLoadAverageIsReadFromProcLoadavgOrUnknown(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("loadavg"), "0.52 1.61 2.70 3/234 5678\n", StandardCharsets.US_ASCII);
        assertEquals(Optional.of(new LoadAverage(0.52, 1.61, 2.70)), LoadAverage.read(file));
        assertEquals("0.52 1.61 2.70", LoadAverage.read(file).orElseThrow().toString());
        assertEquals(Optional.empty(), LoadAverage.read(dir.resolve("missing")));
        assertEquals(Optional.empty(), LoadAverage.read(Files.writeString(dir.resolve("bad"), "high")));
        assertEquals(Files.isReadable(LoadAverage.LINUX_FILE), LoadAverage.now().isPresent());
    }
}
