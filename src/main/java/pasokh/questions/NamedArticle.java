package pasokh.questions;

import java.util.List;

/**
 * An article a group's questions name, as evidence of what answers them.
 *
 * @param questions how many of the group's questions name it
 * @param versions  the versions of its published revision agents had open when they recorded them, oldest first
 *                  (0: a file never taken into revisions); empty when only imported or site rows name it
 */
public record NamedArticle(String slug, long questions, List<Long> versions) {}
