package pasokh.bench;

import java.util.List;
import java.util.SplittableRandom;
import pasokh.article.PersianDigits;

/**
 * Made-up personal numbers as callers dictate them and agents type them into a CRM note: national IDs with
 * a valid check digit, mobiles with and without the country code, landlines, card and IBAN numbers,
 * insurance numbers and e-mail addresses, in Latin or Persian digits, grouped by spaces or dashes or not at
 * all. None belongs to anyone: every digit is drawn at random.
 */
final class PersonalNumbers {

    private static final List<String> NAMES = List.of("ali", "reza", "maryam", "zahra", "mohammad", "fateme",
            "hossein", "sara", "mehdi", "narges", "amir", "leila");
    private static final List<String> DOMAINS = List.of("gmail.com", "yahoo.com", "chmail.ir", "outlook.com",
            "mail.ir");
    private static final List<String> MOBILE_PREFIXES = List.of("0912", "0935", "0919", "0901", "0938", "0921",
            "0990", "0915");
    private static final List<String> AREA_CODES = List.of("021", "031", "051", "041", "071", "013", "076");

    /** The phrases a number comes in; {@code #} is the number. */
    private static final List<String> ID_PHRASES = List.of("کد ملیم # هست", "کد ملی #", "به شماره ملی #",
            "کدملی من #", "شماره ملی: #");
    private static final List<String> MOBILE_PHRASES = List.of("شماره موبایلم #", "اینم شمارم # لطفا تماس بگیرید",
            "با این شماره تماس بگیرید #", "موبایل #", "شماره تماس #");
    private static final List<String> LANDLINE_PHRASES = List.of("تلفن ثابت #", "شماره منزل #");
    private static final List<String> CARD_PHRASES = List.of("شماره کارتم #", "به کارت # واریز کنید");
    private static final List<String> IBAN_PHRASES = List.of("شبا #", "شماره شبام #");
    private static final List<String> MAIL_PHRASES = List.of("ایمیلم #", "جواب رو به # بفرستید");
    private static final List<String> INSURANCE_PHRASES = List.of("شماره بیمه‌ام #", "شماره بیمه #");

    private final SplittableRandom random;

    PersonalNumbers(SplittableRandom random) {
        this.random = random;
    }

    /** A number of a kind drawn by how often callers give each, inside a phrase that introduces it. */
    String phrase() {
        int kind = random.nextInt(100);
        if (kind < 35) return in(ID_PHRASES, nationalId());
        if (kind < 70) return in(MOBILE_PHRASES, mobile());
        if (kind < 76) return in(LANDLINE_PHRASES, landline());
        if (kind < 84) return in(CARD_PHRASES, card());
        if (kind < 88) return in(IBAN_PHRASES, iban());
        if (kind < 94) return in(MAIL_PHRASES, email());
        return in(INSURANCE_PHRASES, insuranceNumber());
    }

    String nationalId() {
        int[] d = new int[10];
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            d[i] = random.nextInt(10);
            sum += d[i] * (10 - i);
        }
        int r = sum % 11;
        d[9] = r < 2 ? r : 11 - r;
        String digits = digits(d);
        return script(switch (random.nextInt(4)) {
            case 0 -> digits.substring(0, 3) + "-" + digits.substring(3, 9) + "-" + digits.substring(9);
            case 1 -> digits.substring(0, 3) + " " + digits.substring(3, 9) + " " + digits.substring(9);
            default -> digits;
        });
    }

    String mobile() {
        String prefix = MOBILE_PREFIXES.get(random.nextInt(MOBILE_PREFIXES.size()));
        String rest = randomDigits(7);
        String local = prefix + rest;
        return script(switch (random.nextInt(7)) {
            case 0 -> prefix + " " + rest.substring(0, 3) + " " + rest.substring(3);
            case 1 -> prefix + "-" + rest.substring(0, 3) + "-" + rest.substring(3);
            case 2 -> "+98" + local.substring(1);
            case 3 -> "+98 " + prefix.substring(1) + " " + rest.substring(0, 3) + " " + rest.substring(3);
            case 4 -> "0098" + local.substring(1);
            default -> local;
        });
    }

    String landline() {
        String area = AREA_CODES.get(random.nextInt(AREA_CODES.size()));
        String number = (2 + random.nextInt(7)) + randomDigits(7);
        return script(random.nextBoolean() ? area + "-" + number : area + number);
    }

    String card() {
        String d = "6" + randomDigits(15);
        return script(switch (random.nextInt(3)) {
            case 0 -> d.substring(0, 4) + " " + d.substring(4, 8) + " " + d.substring(8, 12) + " " + d.substring(12);
            case 1 -> d.substring(0, 4) + "-" + d.substring(4, 8) + "-" + d.substring(8, 12) + "-" + d.substring(12);
            default -> d;
        });
    }

    String iban() {
        String d = randomDigits(24);
        if (!random.nextBoolean()) return "IR" + d;
        StringBuilder grouped = new StringBuilder("IR").append(d, 0, 2);
        for (int i = 2; i < 24; i += 4) grouped.append(' ').append(d, i, Math.min(24, i + 4));
        return grouped.toString();
    }

    String email() {
        String name = NAMES.get(random.nextInt(NAMES.size()));
        String other = NAMES.get(random.nextInt(NAMES.size()));
        String local = switch (random.nextInt(3)) {
            case 0 -> name + "." + other;
            case 1 -> name + random.nextInt(1350, 1400);
            default -> name + "_" + other + random.nextInt(10, 99);
        };
        return local + "@" + DOMAINS.get(random.nextInt(DOMAINS.size()));
    }

    String insuranceNumber() {
        return script(randomDigits(8 + random.nextInt(3)));
    }

    private String in(List<String> phrases, String number) {
        return phrases.get(random.nextInt(phrases.size())).replace("#", number);
    }

    /** A third of callers' numbers are typed on a Persian keyboard. */
    private String script(String latin) {
        return random.nextInt(3) == 0 ? PersianDigits.of(latin) : latin;
    }

    private String randomDigits(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) b.append((char) ('0' + random.nextInt(10)));
        return b.toString();
    }

    private static String digits(int[] d) {
        StringBuilder b = new StringBuilder(d.length);
        for (int v : d) b.append((char) ('0' + v));
        return b.toString();
    }
}
