package pasokh.editor;

import java.time.Instant;

/**
 * A wording callers asked at least the configured number of times with one article named as its answer, not yet
 * among that article's questions: proposed to editors as one more of them.
 *
 * @param text   the wording most often asked among the kept ones (scrubbed, as stored)
 * @param normal its analysed form, which every wording of the group shares
 * @param count  how many questions of the group named the article
 * @param newest when the last of them was asked
 */
public record Proposal(String text, String normal, String slug, String title, long count, Instant newest) {}
