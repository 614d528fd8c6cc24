package pasokh.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The machine's load average over 1, 5 and 15 minutes, read from {@code /proc/loadavg}. The benchmarks
 * run on shared machines: a figure measured while the load was high says so beside it.
 */
public record LoadAverage(double oneMinute, double fiveMinutes, double fifteenMinutes) {

    static final Path LINUX_FILE = Path.of("/proc/loadavg");

    /** Now, or empty where there is no {@code /proc/loadavg} (not Linux) or it cannot be read. */
    public static Optional<LoadAverage> now() {
        return read(LINUX_FILE);
    }

    /** The first three numbers of a file in {@code /proc/loadavg}'s format: "0.52 0.61 0.70 1/234 5678". */
    static Optional<LoadAverage> read(Path file) {
        try {
            String[] fields = Files.readString(file, StandardCharsets.US_ASCII).strip().split("\\s+");
            if (fields.length < 3) return Optional.empty();
            return Optional.of(new LoadAverage(
                    Double.parseDouble(fields[0]), Double.parseDouble(fields[1]), Double.parseDouble(fields[2])));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** {@code 0.52 0.61 0.70}, as {@code uptime} writes it. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.2f %.2f %.2f", oneMinute, fiveMinutes, fifteenMinutes);
    }
}
