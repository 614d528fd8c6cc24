package pasokh.cli;

import java.io.Console;

/** Whether the process talks to a person at a terminal, on every Java from 21 on. */
final class Terminal {

    private Terminal() {}

    /**
     * From Java 22 {@code System.console()} exists even when input or output is redirected, and only
     * {@code isTerminal()} tells; on 21 a redirected process has no console at all.
     */
    static boolean isTerminal() {
        Console console = System.console();
        if (console == null) return false;
        try {
            return (boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException java21) {
            return true;
        }
    }
}
