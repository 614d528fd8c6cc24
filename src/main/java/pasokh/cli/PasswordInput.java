package pasokh.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A password from the person at the terminal (asked twice, never echoed) or, when standard input is a pipe
 * or a file, its first line: never from the command line, where `ps` and the shell history would show it.
 */
final class PasswordInput {

    private PasswordInput() {}

    static String read(String forUser) throws IOException {
        Console console = System.console();
        if (console != null && Terminal.isTerminal()) {
            char[] first = console.readPassword("Password for %s: ", forUser);
            char[] again = console.readPassword("The same password again: ");
            if (first == null || again == null) throw new IOException("no password was typed");
            try {
                if (!Arrays.equals(first, again)) throw new IOException("the two passwords differ; nothing was changed");
                return new String(first);
            } finally {
                Arrays.fill(first, '\0');
                Arrays.fill(again, '\0');
            }
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = in.readLine();
        if (line == null) throw new IOException("no password on standard input: give it as the first line");
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
