package pasokh.bench;

/**
 * What a figure was measured on, printed with it: cores and the JDK matter to every timing here.
 *
 * @param cpus the processors this JVM may use ({@link Runtime#availableProcessors()}), which a container
 *             or CPU affinity may set below the machine's count
 * @param jdk  this JVM's version, e.g. {@code 25.0.3+9-LTS}
 */
public record Machine(int cpus, String jdk) {

    public static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), Runtime.version().toString());
    }
}
