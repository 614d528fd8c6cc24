package pasokh.questions;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Where a question came from: the office's channels, and the portal's own demand. */
public enum Channel {
    PHONE("1420", "تلفن ۱۴۲۰", List.of("1420", "۱۴۲۰", "phone", "call", "tel", "تلفن", "تلفنی", "تماس")),
    SMS("sms", "پیامک", List.of("sms", "پیامک", "پیام کوتاه", "text")),
    PORTAL("portal", "پورتال", List.of("portal", "web", "پورتال", "سامانه", "وب")),
    IN_PERSON("in-person", "حضوری", List.of("in-person", "in person", "inperson", "visit", "حضوری", "مراجعه حضوری")),
    VOICEMAIL("voicemail", "پست صوتی", List.of("voicemail", "voice-mail", "voice mail", "پست صوتی", "پیام صوتی")),
    SITE_SEARCH("site-search", "جستجوی سایت", List.of("site-search", "search", "جستجو", "جستجوی سایت")),
    NOT_HELPFUL("not-helpful", "«مفید نبود»", List.of("not-helpful", "feedback", "مفید نبود")),
    AGENT("agent", "ثبت کارشناس", List.of("agent", "کارشناس"));

    private static final int MAX_SEEN = 256;
    private static final Map<String, Optional<Channel>> SEEN = new ConcurrentHashMap<>();

    private final String id;
    private final String label;
    private final List<String> names;

    Channel(String id, String label, List<String> names) {
        this.id = id;
        this.label = label;
        this.names = names;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /**
     * As CRM exports write it: the id, English or Persian names, any case, Persian or Latin digits, Arabic ي and
     * ك (a Windows-1256 export has no Persian ی, and older keyboards type ك).
     */
    public static Optional<Channel> parse(String text) {
        if (text == null) return Optional.empty();
        Optional<Channel> known = SEEN.get(text);
        if (known != null) return known;
        String t = PersonalData.latinDigits(text).strip().toLowerCase(Locale.ROOT).replace('_', '-')
                .replace('\u200c', ' ').replace('ي', 'ی').replace('ك', 'ک');
        Optional<Channel> found = Arrays.stream(values()).filter(c -> c.names.contains(t) || c.id.equals(t)).findFirst();
        // a log spells its channels a handful of ways, a million times over; a hostile one is not remembered
        if (SEEN.size() < MAX_SEEN) SEEN.put(text, found);
        return found;
    }

    public static Optional<Channel> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    /** What an import may name: the office's five channels. */
    public static String importable() {
        return "1420, sms, portal, in-person, voicemail (or تلفن، پیامک، پورتال، حضوری، پست صوتی)";
    }
}
