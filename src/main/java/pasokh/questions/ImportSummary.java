package pasokh.questions;

/** What an import did: every row read is exactly one of imported, already present or skipped. */
public record ImportSummary(long read, long imported, long alreadyPresent, long skipped) {

    @Override
    public String toString() {
        return "read " + read + ", imported " + imported + ", already present " + alreadyPresent + ", skipped "
                + skipped;
    }
}
