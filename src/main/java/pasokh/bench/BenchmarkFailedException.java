package pasokh.bench;

/**
 * A benchmark that started but could not finish: the load generator's process failed, or not one of
 * its requests got an answer. Not an {@link java.io.IOException}, which the commands read as "could
 * not start" (a missing folder or file).
 */
public final class BenchmarkFailedException extends Exception {

    BenchmarkFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
