package pasokh.article;

import java.nio.file.Path;

/**
 * One thing wrong with an article file, reported the way compilers do so editors can jump to it.
 *
 * <p>An {@link Severity#ERROR} makes the article unusable (the server skips it); an
 * {@link Severity#EDITORIAL} problem breaks the house rules (too few questions, a dead link) but the article
 * is still served, so one weak sentence never takes an answer offline. {@code check} fails on both.
 */
public record Problem(Path path, int line, String message, Severity severity) {

    public enum Severity { ERROR, EDITORIAL }

    public static Problem error(Path path, int line, String message) {
        return new Problem(path, line, message, Severity.ERROR);
    }

    public static Problem editorial(Path path, int line, String message) {
        return new Problem(path, line, message, Severity.EDITORIAL);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return path + ":" + line + ": " + message;
    }
}
