package pasokh.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Typed reads of front-matter fields, each reporting a wrong shape at the field's own line. */
final class Fields {

    private final Map<String, NodeTuple> fields;
    private final ArticleParser.Problems problems;

    Fields(Map<String, NodeTuple> fields, ArticleParser.Problems problems) {
        this.fields = fields;
        this.problems = problems;
    }

    static int lineOf(Node node) {
        return node.getStartMark().getLine() + FrontMatter.YAML_FIRST_LINE;
    }

    boolean has(String key) {
        return fields.containsKey(key);
    }

    int line(String key) {
        NodeTuple t = fields.get(key);
        return t == null ? 1 : lineOf(t.getKeyNode());
    }

    int itemLine(String key, int index) {
        NodeTuple t = fields.get(key);
        if (t != null && t.getValueNode() instanceof SequenceNode seq && index < seq.getValue().size()) {
            return lineOf(seq.getValue().get(index));
        }
        return line(key);
    }

    /** A single line of text; {@code required} fields may not be empty. */
    Optional<String> text(String key, boolean required) {
        NodeTuple t = fields.get(key);
        if (t == null) return Optional.empty();
        if (!(t.getValueNode() instanceof ScalarNode scalar)) {
            problems.error(line(key), "'" + key + "' must be a single text value, not a list or map");
            return Optional.empty();
        }
        String value = scalar.getValue().strip();
        if (value.isEmpty()) {
            if (required) problems.error(line(key), "'" + key + "' is empty");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** A list of non-empty texts; a missing field is an empty list. */
    List<String> list(String key) {
        NodeTuple t = fields.get(key);
        List<String> values = new ArrayList<>();
        if (t == null) return values;
        Node node = t.getValueNode();
        if (node instanceof ScalarNode scalar && scalar.getValue().isBlank()) return values;
        if (!(node instanceof SequenceNode seq)) {
            problems.error(line(key), "'" + key + "' must be a list ('- item' lines or [a, b])");
            return values;
        }
        for (Node item : seq.getValue()) {
            if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
                values.add(s.getValue().strip());
            } else if (item instanceof MappingNode) {
                problems.error(lineOf(item), "an item of '" + key
                        + "' contains ': ', so YAML reads it as a field: put the whole item in double quotes");
            } else {
                problems.error(lineOf(item), "every item of '" + key + "' must be non-empty text");
            }
        }
        return values;
    }

    /** A field editors may write either as one value or as a list. */
    List<String> textOrList(String key) {
        NodeTuple t = fields.get(key);
        if (t != null && t.getValueNode() instanceof ScalarNode) {
            return text(key, true).map(List::of).orElse(List.of());
        }
        return list(key);
    }

    /** A whole number from 1 up, in Latin or Persian digits as editors type them. */
    OptionalInt positiveInt(String key) {
        Optional<String> value = text(key, true);
        if (value.isEmpty()) return OptionalInt.empty();
        String digits = PersianDigits.toLatin(value.get());
        // nine digits at most: never an int overflow, and no editor numbers a category's articles past that
        if (digits.matches("[0-9]{1,9}") && Integer.parseInt(digits) > 0) {
            return OptionalInt.of(Integer.parseInt(digits));
        }
        problems.error(line(key), "'" + key + "' must be a whole number from 1 up, not '" + value.get() + "'");
        return OptionalInt.empty();
    }

    /** A whole number from 1 to {@code max}, in Latin, Persian or Arabic-Indic digits. */
    OptionalInt wholeNumberUpTo(String key, int max) {
        Optional<String> value = text(key, true);
        if (value.isEmpty()) return OptionalInt.empty();
        OptionalInt number = wholeNumber(value.get(), max);
        if (number.isEmpty()) {
            problems.error(line(key), "'" + key + "' must be a whole number from 1 to " + max + ", not '"
                    + value.get() + "'");
        }
        return number;
    }

    /** {@code text} read as a whole number from 1 to {@code max} in any of the three digit scripts; else empty. */
    static OptionalInt wholeNumber(String text, int max) {
        String digits = PersianDigits.toLatin(text.strip());
        // ten digits at most before parsing: never a long overflow, whatever is typed
        if (!digits.matches("[0-9]{1,10}")) return OptionalInt.empty();
        long n = Long.parseLong(digits);
        return n >= 1 && n <= max ? OptionalInt.of((int) n) : OptionalInt.empty();
    }

    /**
     * {@code true} or {@code false}, {@code absent} when the field is missing. YAML 1.1's yes, no, on and off
     * are refused: half the YAML readers take them for words, and «no» next to a Persian line reads as either.
     */
    boolean bool(String key, boolean absent) {
        Optional<String> value = text(key, true);
        if (value.isEmpty()) return absent;
        if (value.get().equalsIgnoreCase("true")) return true;
        if (value.get().equalsIgnoreCase("false")) return false;
        problems.error(line(key), "'" + key + "' must be true or false, not '" + value.get() + "'");
        return absent;
    }

    Optional<LocalDate> date(String key) {
        return text(key, true).flatMap(value -> {
            Optional<LocalDate> date = JalaliDate.parseFlexible(value);
            if (date.isEmpty()) {
                problems.error(line(key), "'" + key + "' is not a valid date: '" + value
                        + "' (write Jalali 1403-05-12 or ISO 2024-08-02)");
            }
            return date;
        });
    }
}
