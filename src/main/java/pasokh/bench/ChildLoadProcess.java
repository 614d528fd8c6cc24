package pasokh.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@link LoadGenerator} in a child JVM, so the portal under test shares the machine with it but not
 * its heap, GC or JIT, the way {@code wrk} would. The child gets this JVM's java binary and classpath,
 * the paths in a temporary file, and prints its result as one JSON line.
 */
final class ChildLoadProcess {

    /**
     * A small, cheap client on a machine it shares with the server. Serial GC: the generator allocates
     * almost nothing per request, and a parallel collector would start GC threads to compete with the
     * server. A small heap for the same reason. C1 only (TieredStopAtLevel=1): the loop is mostly system
     * calls; against /health with 16 connections C1 alone and full tiered compilation reached the same
     * throughput within run-to-run noise, and C1 gets there with less compiler work on the server's
     * cores during warm-up. No perf-data file: nothing reads it.
     */
    static final List<String> JVM_OPTIONS = List.of(
            "-XX:+UseSerialGC", "-Xms32m", "-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData");

    private ChildLoadProcess() {}

    static LoadResult run(LoadSettings settings) throws IOException, InterruptedException {
        Path paths = Files.createTempFile("pasokh-bench-paths", ".txt");
        Path errors = Files.createTempFile("pasokh-bench-stderr", ".txt");
        try {
            LoadArguments.writePaths(settings.paths(), paths);
            List<String> command = new ArrayList<>();
            command.add(javaBinary());
            command.addAll(JVM_OPTIONS);
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(LoadGenerator.class.getName());
            command.addAll(LoadArguments.of(settings, paths));
            // stderr goes to a file, not a pipe: a chatty child can never block on a full pipe we do not read
            Process child = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            String stdout;
            try (InputStream in = child.getInputStream()) {
                child.getOutputStream().close(); // the child reads nothing from us
                stdout = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                int exit = child.waitFor();
                String stderr = Files.readString(errors, StandardCharsets.UTF_8).strip();
                if (exit != 0) {
                    throw new IOException("load generator exited with " + exit + ": " + stderr);
                }
                return ResultJson.read(lastLine(stdout, stderr));
            } finally {
                child.destroyForcibly();
            }
        } finally {
            Files.deleteIfExists(paths);
            Files.deleteIfExists(errors);
        }
    }

    /** The java that runs us, so the child has the same JDK; java.home when the OS does not tell. */
    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static String lastLine(String stdout, String stderr) throws IOException {
        String[] lines = stdout.strip().split("\n");
        String last = lines[lines.length - 1].strip();
        if (!last.startsWith("{")) {
            throw new IOException("load generator printed no result; stdout: " + stdout.strip()
                    + "; stderr: " + stderr);
        }
        return last;
    }
}
