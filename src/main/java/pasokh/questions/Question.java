package pasokh.questions;

import java.time.Instant;

/**
 * A question as stored: already scrubbed ({@link PersonalData}) in every field, with the key that makes a
 * second import of the same row a no-op.
 */
public record Question(byte[] key, Instant at, Channel channel, String text, String province, String category,
                       String outcome, String article, String source) {}
