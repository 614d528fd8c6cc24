package pasokh.questions;

import java.util.Map;

/** One row as read from a log file, before it is checked: its fields by column name, and where it was. */
record LogRow(String file, long line, Map<Column, String> fields) {

    String get(Column column) {
        String value = fields.get(column);
        return value == null ? "" : value.strip();
    }
}
