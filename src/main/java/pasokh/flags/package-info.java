/**
 * «گزارش ایراد»: an agent says in one line that an article, its summary, a key point or a paragraph is outdated or
 * wrong, against the version readers are shown. The flag stays open in the editors' list and on the article's edit
 * page until an editor marks it resolved; the insights count the open ones. Every flag and resolution is in the
 * audit log. Knows nothing about HTTP.
 */
package pasokh.flags;
