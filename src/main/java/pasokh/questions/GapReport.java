package pasokh.questions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The content-gap report for a period: groups ranked by demand, the fastest rising among them, and what the
 * period held in all.
 *
 * @param texts  distinct analysed texts asked in the period
 * @param formed groups those texts formed, reported or not
 */
public record GapReport(Instant generatedAt, LocalDate from, LocalDate to, long questions, long texts,
                        List<GapGroup> groups, List<GapGroup> rising, int formed) {}
