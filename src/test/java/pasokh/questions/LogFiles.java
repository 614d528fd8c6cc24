package pasokh.questions;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Log files as CRM exports write them, for the import tests: CSV in any delimiter and encoding, JSON Lines. */
final class LogFiles {

    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    private LogFiles() {}

    /** The formats an office exports the same rows in. */
    enum Format {
        UTF8_BOM_COMMA("log.csv", StandardCharsets.UTF_8, true, ','),
        UTF8_SEMICOLON("log.csv", StandardCharsets.UTF_8, false, ';'),
        UTF16LE_BOM_TAB("log.txt", StandardCharsets.UTF_16LE, true, '\t'),
        WINDOWS_1256_COMMA("log.csv", LogFiles.WINDOWS_1256, false, ','),
        JSON_LINES("log.jsonl", StandardCharsets.UTF_8, false, '\0');

        final String fileName;
        final Charset charset;
        final boolean bom;
        final char delimiter;

        Format(String fileName, Charset charset, boolean bom, char delimiter) {
            this.fileName = fileName;
            this.charset = charset;
            this.bom = bom;
            this.delimiter = delimiter;
        }

        /** Writes a header and rows in this format; Persian ی and ک become Arabic ي and ك for Windows-1256. */
        Path write(Path dir, List<String> header, List<List<String>> rows) {
            Path file = dir.resolve(name().toLowerCase(java.util.Locale.ROOT) + "-" + fileName);
            if (this == JSON_LINES) {
                LogFiles.write(file, jsonLines(header, rows), charset, bom);
            } else {
                List<List<String>> all = new ArrayList<>();
                all.add(header);
                all.addAll(rows);
                String text = csv(delimiter, all);
                if (charset.equals(LogFiles.WINDOWS_1256)) text = arabicLetters(text);
                LogFiles.write(file, text, charset, bom);
            }
            return file;
        }
    }

    /** CSV as Excel writes it: CRLF line ends, a field quoted when it holds the delimiter, a quote or a line end. */
    static String csv(char delimiter, List<List<String>> records) {
        StringBuilder b = new StringBuilder();
        for (List<String> r : records) {
            b.append(r.stream().map(f -> quoted(f, delimiter)).collect(Collectors.joining(String.valueOf(delimiter))));
            b.append("\r\n");
        }
        return b.toString();
    }

    private static String quoted(String field, char delimiter) {
        if (field.indexOf(delimiter) < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    static String jsonLines(List<String> keys, List<List<String>> rows) {
        ObjectMapper mapper = new ObjectMapper();
        StringBuilder b = new StringBuilder();
        for (List<String> r : rows) {
            ObjectNode node = mapper.createObjectNode();
            for (int i = 0; i < keys.size() && i < r.size(); i++) node.put(keys.get(i), r.get(i));
            b.append(node).append('\n');
        }
        return b.toString();
    }

    /** Windows-1256 has no Persian ی (U+06CC): Arabic ي stands for it, and ك for ک as older keyboards type it. */
    static String arabicLetters(String text) {
        return text.replace('ی', 'ي').replace('ک', 'ك');
    }

    /** The Persian letters back, for comparing what a Windows-1256 file held with what the others held. */
    static String persianLetters(String text) {
        return text.replace('ي', 'ی').replace('ك', 'ک');
    }

    static void write(Path file, String text, Charset charset, boolean bom) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (bom) {
                if (charset.equals(StandardCharsets.UTF_8)) out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                else if (charset.equals(StandardCharsets.UTF_16LE)) out.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
                else if (charset.equals(StandardCharsets.UTF_16BE)) out.write(new byte[] {(byte) 0xFE, (byte) 0xFF});
                else throw new IllegalArgumentException("no BOM for " + charset);
            }
            // refuse rather than write '?': a test whose text the code page cannot hold would test nothing
            ByteBuffer bytes = charset.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
                    .onMalformedInput(CodingErrorAction.REPORT).encode(java.nio.CharBuffer.wrap(text));
            out.write(bytes.array(), bytes.position(), bytes.remaining());
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, out.toByteArray());
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(charset + " cannot hold: " + text, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No digits but 0-9: what a Windows-1256 file can hold. */
    static boolean latinDigitsOnly(String text) {
        return text.chars().noneMatch(c -> c > '9' && Character.isDigit(c));
    }

    static void writeUtf8(Path file, String text) {
        write(file, text, StandardCharsets.UTF_8, false);
    }
}
