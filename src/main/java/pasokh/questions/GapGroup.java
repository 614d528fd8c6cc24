package pasokh.questions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One group of near-duplicate questions and what the knowledge base has for it.
 *
 * @param size      questions in the group in the period (calls, messages, searches and «مفید نبود» votes)
 * @param weeks     Jalali week (its Saturday, 1405-09-08) to count, oldest first
 * @param months    Jalali month (1405-09) to count
 * @param questions up to 20 scrubbed wordings, most asked first
 * @param namedArticle the article the CRM rows name most, when they name one
 * @param trend     the latest week's count against the average of the four before it (1.0: as before)
 * @param articlesNamed every article the group's questions name (agents' records, CRM rows, the article a reader
 *                  opened after a search), most named first; {@code namedArticle} is the first when it has half
 */
public record GapGroup(String id, String representative, long size, Verdict verdict, ArticleMatch match,
                       Optional<String> namedArticle, Map<String, Long> channels, Map<String, Long> provinces,
                       LocalDate firstSeen, LocalDate lastSeen, Map<String, Long> weeks, Map<String, Long> months,
                       List<String> questions, double trend, List<NamedArticle> articlesNamed) {}
