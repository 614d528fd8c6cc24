package pasokh.cli;

import java.io.PrintWriter;
import pasokh.questions.QuestionImporter;

/**
 * A one-line progress bar on standard error, redrawn at most five times a second; only on a terminal, so a
 * log file or a pipe gets no carriage returns.
 */
final class ProgressBar implements QuestionImporter.Progress {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final String label;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private boolean drawn;

    ProgressBar(PrintWriter err, String label) {
        this.err = err;
        this.label = label;
    }

    /** A bar when standard error is a terminal, else nothing. */
    static QuestionImporter.Progress onTerminal(PrintWriter err, String label) {
        return Terminal.isTerminal() ? new ProgressBar(err, label)
                : QuestionImporter.Progress.NONE;
    }

    @Override
    public synchronized void advanced(long done, long total) {
        long now = System.nanoTime();
        boolean finished = done >= total;
        if (!finished && drawn && now - lastDrawn < REDRAW_NANOS) return;
        lastDrawn = now;
        drawn = true;
        double share = total == 0 ? 1 : Math.min(1, done / (double) total);
        int filled = (int) Math.round(share * WIDTH);
        double seconds = (now - started) / 1e9;
        err.printf("\r%s [%s%s] %3d%%  %,.1f / %,.1f MB  %.0f s", label, "#".repeat(filled), ".".repeat(WIDTH - filled),
                Math.round(share * 100), done / 1e6, total / 1e6, seconds);
        if (finished) err.println();
        err.flush();
    }
}
