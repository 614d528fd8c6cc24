package pasokh.questions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The content-gap report for a period: groups ranked by demand, the fastest rising among them, and what the
 * period held in all.
 */
public record GapReport(Instant generatedAt, LocalDate from, LocalDate to, long questions, long texts,
                        List<GapGroup> groups, List<GapGroup> rising) {}
