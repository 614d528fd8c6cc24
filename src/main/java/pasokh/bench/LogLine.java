package pasokh.bench;

import java.time.LocalDateTime;
import pasokh.questions.Channel;

/**
 * One row of a synthetic log before it is written in a file's format. {@code time} is Tehran's local time;
 * {@code fault} says how the row is broken on purpose, so an import must skip it.
 */
record LogLine(String id, LocalDateTime time, Channel channel, String province, String outcome, String article,
               String text, Fault fault) {

    enum Fault {
        NONE,
        /** a date that does not exist or is not a date */
        BAD_TIME,
        /** a channel the office does not have (fax, telegram) */
        UNKNOWN_CHANNEL,
        /** nothing or only spaces where the question should be */
        EMPTY_TEXT,
        /** a CSV row cut short before its text, or a JSON line cut in the middle */
        CUT_SHORT
    }
}
