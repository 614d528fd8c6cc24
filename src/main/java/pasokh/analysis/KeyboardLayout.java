package pasokh.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads what a person meant when they typed Persian with the keyboard still on English: each US key
 * becomes the Persian character it carries on the standard ISIRI 9147 layout («fdli fd;hvd» -> «بیمه
 * بیکاری»). {@link #legacyWindows()} is the older layout still found on Windows, where «m» types ئ and
 * «\» types پ.
 */
public final class KeyboardLayout {

    private static final KeyboardLayout ISIRI = load();
    private static final KeyboardLayout LEGACY = ISIRI.with(Map.of('m', "ئ", '\\', "پ"));

    private final Map<Character, String> keys;

    private KeyboardLayout(Map<Character, String> keys) {
        this.keys = Map.copyOf(keys);
    }

    public static KeyboardLayout isiri9147() {
        return ISIRI;
    }

    public static KeyboardLayout legacyWindows() {
        return LEGACY;
    }

    private KeyboardLayout with(Map<Character, String> overrides) {
        Map<Character, String> map = new HashMap<>(keys);
        map.putAll(overrides);
        return new KeyboardLayout(map);
    }

    /** The Persian text those key presses type; characters the layout does not cover are kept. */
    public String type(String usKeys) {
        StringBuilder sb = new StringBuilder(usKeys.length());
        for (char c : usKeys.toCharArray()) {
            String persian = keys.get(c);
            sb.append(persian != null ? persian : String.valueOf(c));
        }
        return sb.toString();
    }

    /**
     * The keys someone would press to type this Persian text on this layout with the keyboard left on
     * English: the slip {@link #type} undoes. Characters no key types are kept.
     */
    public String keysFor(String persian) {
        Map<String, Character> byLetter = new HashMap<>();
        keys.forEach((key, letter) -> byLetter.merge(letter, key, (a, b) -> a < b ? a : b));
        StringBuilder sb = new StringBuilder(persian.length());
        for (int i = 0; i < persian.length(); i++) {
            Character key = byLetter.get(String.valueOf(persian.charAt(i)));
            sb.append(key != null ? key : persian.charAt(i));
        }
        return sb.toString();
    }

    private static final String[] KEY_ROWS = {"qwertyuiop[]", "asdfghjkl;'", "zxcvbnm,"};

    /** Whether two Persian letters sit on neighbouring keys of this layout (a slip of the finger). */
    public boolean adjacent(char a, char b) {
        for (String row : KEY_ROWS) {
            for (int i = 0; i + 1 < row.length(); i++) {
                String left = keys.get(row.charAt(i));
                String right = keys.get(row.charAt(i + 1));
                if (left == null || right == null) continue;
                boolean ab = left.indexOf(a) >= 0 && right.indexOf(b) >= 0;
                if (ab || (left.indexOf(b) >= 0 && right.indexOf(a) >= 0)) return true;
            }
        }
        return false;
    }

    /** Whether the text uses keys that, on a Persian keyboard, are letters (; ' , [ ] \ and friends). */
    public static boolean hasPersianLetterPunctuation(String text) {
        for (char c : text.toCharArray()) {
            if (isPersianLetterKey(c)) return true;
        }
        return false;
    }

    /** A US punctuation key that types a Persian letter: «;» ک, «'» گ, «,» و, «[» ج, «]» چ, «\» پ (older layout). */
    static boolean isPersianLetterKey(char c) {
        return ";',[]\\".indexOf(c) >= 0;
    }

    private static KeyboardLayout load() {
        Map<Character, String> map = new HashMap<>();
        try (InputStream in = KeyboardLayout.class.getResourceAsStream("/analysis/keyboard-isiri9147.tsv")) {
            if (in == null) throw new IllegalStateException("keyboard map resource is missing from the build");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] parts = line.split("\t");
                int codePoint = Integer.parseInt(parts[1].substring(2), 16);
                map.put(parts[0].charAt(0), new String(Character.toChars(codePoint)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KeyboardLayout(map);
    }
}
