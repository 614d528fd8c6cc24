package pasokh.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The log lines written while a piece of code runs (slf4j-simple writes to the current System.err). */
public final class LogLines {

    public interface Action {
        void run() throws Exception;
    }

    private LogLines() {}

    public static List<String> during(Action action) throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        original.print(text);
        return text.lines().toList();
    }
}
