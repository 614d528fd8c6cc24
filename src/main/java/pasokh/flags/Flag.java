package pasokh.flags;

import java.time.Instant;

/**
 * One agent's report that an article is outdated or wrong.
 *
 * @param text    one line, scrubbed of personal numbers
 * @param user    the agent who sent it
 * @param version the article's published version the agent was shown (0: never taken into revisions)
 */
public record Flag(long id, String slug, FlagTarget target, String text, String user, Instant at, long version) {}
