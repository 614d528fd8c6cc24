package pasokh.web;

import io.javalin.http.Context;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/** When to try again: the {@code Retry-After} header for programs, the same time in Persian for people. */
final class RetryAfter {

    private RetryAfter() {}

    /** Whole seconds, rounded up: a client that waits exactly this long is not refused again. */
    static void header(Context ctx, Duration wait) {
        ctx.header("Retry-After", String.valueOf(seconds(wait)));
    }

    static long seconds(Duration wait) {
        long s = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, s);
    }

    /** «لطفاً حدود ۸ دقیقه دیگر (از ساعت ۱۴:۳۵) دوباره بفرستید.», in the zone of {@code now}. */
    static String sentence(ZonedDateTime now, Duration wait) {
        return "لطفاً " + when(now, wait) + " دوباره بفرستید.";
    }

    static String when(ZonedDateTime now, Duration wait) {
        ZonedDateTime at = now.plusSeconds(seconds(wait));
        if (at.getSecond() > 0 || at.getNano() > 0) at = at.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        String clock = Fa.digits(String.format("%02d:%02d", at.getHour(), at.getMinute()));
        long minutes = (seconds(wait) + 59) / 60;
        if (minutes <= 60) return "حدود " + Fa.num(minutes) + " دقیقه دیگر (از ساعت " + clock + ")";
        if (at.toLocalDate().equals(now.toLocalDate())) return "از ساعت " + clock;
        if (at.toLocalDate().equals(now.toLocalDate().plusDays(1))) return "فردا از ساعت " + clock;
        return "از " + Fa.date(at.toLocalDate()) + " ساعت " + clock;
    }
}
