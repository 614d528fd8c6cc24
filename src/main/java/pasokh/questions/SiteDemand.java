package pasokh.questions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pasokh.analysis.PersianAnalysis;
import pasokh.store.QuestionRepository;
import pasokh.store.StoreException;

/**
 * The portal's own demand, counted with the CRM logs: what readers searched for (with the number of results,
 * the top article, and the article they then opened, if any) and the «مفید نبود» answers with their comment.
 *
 * <p>A search is held for {@link #HOLD} before it is written: a program that searches on every keystroke
 * sends «بیم», «بیمه», «بیمه بیک»…, and a text that extends (or shortens) the reader's previous one within
 * {@link #KEYSTROKES} replaces it, so one question is one search; an article opened within the hold marks
 * the search as answered. Readers are told apart in memory only, by a keyed hash of their address whose key
 * changes every day; no address is stored. Texts are scrubbed like imported ones.
 *
 * <p>Bounded: at most {@link #MAX_PER_READER} searches a reader per hold and {@link #MAX_PER_DAY} a day are
 * kept, so a flood of searches cannot fill the disk or drown the callers' questions.
 */
public final class SiteDemand {

    private static final Logger log = LoggerFactory.getLogger(SiteDemand.class);

    static final Duration HOLD = Duration.ofMinutes(2);
    static final Duration KEYSTROKES = Duration.ofSeconds(20);
    static final int MAX_PER_READER = 30;
    static final long MAX_PER_DAY = 100_000;
    private static final int MAX_READERS = 50_000;
    private static final int MAX_WAITING = 20_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final class Pending {
        String text;
        int results;
        Optional<String> top;
        String opened;
        Instant last;
        int searches;

        Pending(String text, int results, Optional<String> top, Instant at) {
            this.text = text;
            this.results = results;
            this.top = top;
            this.last = at;
            this.searches = 1;
        }
    }

    private record Event(Instant at, Channel channel, String text, String outcome, String article) {}

    private final QuestionRepository repository;
    private final Supplier<PersianAnalysis> analysis;
    private final Clock clock;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Event> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicLong today = new AtomicLong();
    private volatile LocalDate day;
    private volatile byte[] key;
    private volatile boolean storeFailing;

    public SiteDemand(QuestionRepository repository, Supplier<PersianAnalysis> analysis, Clock clock) {
        this.repository = repository;
        this.analysis = analysis;
        this.clock = clock;
        newDay(LocalDate.now(clock));
    }

    /** A search as the reader typed it, with what it found. */
    public void searched(String address, String text, int results, Optional<String> topArticle) {
        if (text == null || text.isBlank() || !withinToday()) return;
        Instant now = clock.instant();
        String reader = reader(address);
        String scrubbed = PersonalData.scrub(text.strip());
        if (pending.size() >= MAX_READERS && !pending.containsKey(reader)) return;
        pending.compute(reader, (r, p) -> {
            if (p == null) return new Pending(scrubbed, results, topArticle, now);
            boolean keystroke = Duration.between(p.last, now).compareTo(KEYSTROKES) <= 0
                    && (scrubbed.startsWith(p.text) || p.text.startsWith(scrubbed));
            if (keystroke) {
                p.text = scrubbed;
                p.results = results;
                p.top = topArticle;
                p.last = now;
                return p;
            }
            if (p.searches >= MAX_PER_READER) return p;
            enqueue(p);
            Pending next = new Pending(scrubbed, results, topArticle, now);
            next.searches = p.searches + 1;
            return next;
        });
    }

    /** The reader opened an article: their pending search found its answer. */
    public void opened(String address, String slug) {
        pending.computeIfPresent(reader(address), (r, p) -> {
            if (p.opened == null) p.opened = slug;
            return p;
        });
    }

    /** «مفید نبود»: the comment says what the reader missed; without one, the article's title stands for it. */
    public void notHelpful(String slug, String title, String comment) {
        if (!withinToday()) return;
        String text = comment == null || comment.isBlank() ? title : comment;
        offer(new Event(clock.instant(), Channel.NOT_HELPFUL, PersonalData.scrub(text.strip()), "not-helpful:" + slug,
                ""));
    }

    /** Writes what is due: searches held past {@link #HOLD}, and every feedback event. Called every few seconds. */
    public void flush() {
        Instant due = clock.instant().minus(HOLD);
        pending.forEach((reader, p) -> {
            if (p.last.isBefore(due) && pending.remove(reader, p)) enqueue(p);
        });
        write();
    }

    /** At shutdown: everything held is written now. */
    public void flushAll() {
        pending.forEach((reader, p) -> {
            if (pending.remove(reader, p)) enqueue(p);
        });
        write();
    }

    private void write() {
        List<Event> batch = new ArrayList<>();
        for (Event e; batch.size() < 5_000 && (e = waiting.peek()) != null; waiting.poll()) batch.add(e);
        if (batch.isEmpty()) return;
        PersianAnalysis chain = analysis.get();
        List<QuestionRepository.NewQuestion> rows = new ArrayList<>(batch.size());
        for (Event e : batch) {
            QuestionText t = QuestionText.read(chain, e.text());
            byte[] key = new byte[16];
            RANDOM.nextBytes(key);
            rows.add(new QuestionRepository.NewQuestion(key, e.at().toEpochMilli(),
                    e.at().atZone(clock.getZone()).toLocalDate().toEpochDay(), e.channel().id(), "portal", "", "",
                    e.outcome(), e.article(), t.normal(), t.signature(),
                    e.text().length() > RowChecker.MAX_TEXT ? e.text().substring(0, RowChecker.MAX_TEXT) : e.text()));
        }
        try {
            repository.addAll(rows);
            if (storeFailing) log.info("Site searches are saved again");
            storeFailing = false;
        } catch (StoreException e) {
            // kept for the next flush (bounded): a full disk must not lose what readers asked, nor stop search
            batch.forEach(this::offer);
            if (!storeFailing) log.warn("Site searches could not be saved; kept in memory for now: {}", e.getMessage());
            storeFailing = true;
        }
    }

    private void enqueue(Pending p) {
        String outcome = p.opened != null ? "opened" : p.results == 0 ? "zero-results" : "not-opened";
        offer(new Event(p.last, Channel.SITE_SEARCH, p.text, outcome + ":" + p.results, p.opened == null ? "" : p.opened));
    }

    private void offer(Event e) {
        if (waiting.size() < MAX_WAITING) waiting.add(e);
    }

    private boolean withinToday() {
        LocalDate now = LocalDate.now(clock);
        if (!now.equals(day)) newDay(now);
        return today.incrementAndGet() <= MAX_PER_DAY;
    }

    private synchronized void newDay(LocalDate d) {
        if (d.equals(day)) return;
        byte[] k = new byte[32];
        RANDOM.nextBytes(k);
        key = k;
        today.set(0);
        day = d;
    }

    private String reader(String address) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(key);
            return HexFormat.of().formatHex(sha.digest((address == null ? "" : address).getBytes(StandardCharsets.UTF_8)),
                    0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** For tests: how many events wait to be written. */
    int waiting() {
        return waiting.size();
    }
}
