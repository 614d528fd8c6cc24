package pasokh.bench;

import java.util.List;
import java.util.SplittableRandom;
import pasokh.article.PersianDigits;

/**
 * Says one question the way a caller, an SMS writer or an agent typing a note would: with a greeting or a
 * thank-you, spoken or written forms, half-spaces dropped or turned into spaces, Arabic ي and ك, one typo
 * (a swapped, dropped or doubled letter, or a letter for one that sounds the same), other digits, and
 * sometimes a personal number the caller gave. The rules are ours; the questions are the project's.
 */
final class Rewording {

    private static final List<String> GREETINGS = List.of("سلام", "سلام وقت بخیر", "با سلام و احترام",
            "سلام خسته نباشید", "سلام ببخشید", "سلام یه سوال داشتم", "ببخشید مزاحم میشم", "درود", "salam",
            "سلام علیکم", "وقت بخیر");
    private static final List<String> CLOSINGS = List.of("ممنون", "مرسی", "با تشکر", "لطفا راهنمایی کنید",
            "ممنون میشم جواب بدید", "خدا خیرتون بده", "فوری لطفا", "منتظر جوابم", "تشکر");
    private static final List<String> TRAILERS = List.of("؟", "؟؟", "?", "!!", "", ".");

    /** Written form and the spoken one, used both ways: the articles' questions mix them too. */
    private static final String[][] FORMS = {
        {"می‌خواهم", "میخوام"}, {"می‌خواهید", "میخواید"}, {"چطور", "چجوری"}, {"چقدر", "چقد"},
        {"می‌شود", "میشه"}, {"نمی‌شود", "نمیشه"}, {"می‌دهند", "میدن"}, {"نمی‌دهند", "نمیدن"},
        {"می‌توانم", "میتونم"}, {"نمی‌توانم", "نمیتونم"}, {"برای", "واسه"}, {"آن", "اون"}, {"دارد", "داره"},
        {"ندارد", "نداره"}, {"می‌گیرند", "میگیرن"}, {"چه کار", "چیکار"}, {"است", "هست"}, {"هستند", "هستن"}
    };

    /** Letters people mix up because they sound alike. */
    private static final String[][] SOUND_ALIKE = {
        {"س", "ص"}, {"ص", "س"}, {"ت", "ط"}, {"ز", "ذ"}, {"ق", "غ"}, {"غ", "ق"}, {"ه", "ح"}, {"ا", "آ"}, {"ث", "س"}
    };

    private final SplittableRandom random;
    private final PersonalNumbers numbers;

    Rewording(SplittableRandom random, PersonalNumbers numbers) {
        this.random = random;
        this.numbers = numbers;
    }

    /** What was said, and whether a personal number is in it. */
    record Said(String text, boolean personal) {}

    Said say(String question) {
        String t = fillPlaceholders(question);
        boolean personal = !t.equals(question);
        if (chance(30)) t = swapForms(t);
        int spaces = random.nextInt(100);
        if (spaces < 35) t = t.replace("\u200c", "");
        else if (spaces < 55) t = t.replace('\u200c', ' ');
        if (chance(18)) t = typo(t);
        if (chance(12)) t = t.replace('ی', 'ي').replace('ک', 'ك');
        if (chance(15)) t = PersianDigits.of(t);
        else if (chance(10)) t = PersianDigits.toLatin(t);
        // «؟؟؟» alone is a question too, as callers send it: never reworded into nothing
        if (chance(25) && !trimEnd(t).isEmpty()) t = trimEnd(t) + pick(TRAILERS);
        if (chance(10)) {
            personal = true;
            String number = numbers.phrase();
            t = random.nextBoolean() ? t + " " + number : number + " " + t;
        }
        if (chance(30)) t = pick(GREETINGS) + (random.nextBoolean() ? " " : "، ") + t;
        if (chance(15)) t = t + " " + pick(CLOSINGS);
        return new Said(t, personal);
    }

    /** The calibration's questions hold the placeholders the import writes; a caller said a number there. */
    private String fillPlaceholders(String text) {
        if (text.indexOf('‹') < 0) return text;
        return text.replace("‹کد ملی›", numbers.nationalId()).replace("‹موبایل›", numbers.mobile());
    }

    private String swapForms(String text) {
        String[] pair = FORMS[random.nextInt(FORMS.length)];
        if (text.contains(pair[0])) return text.replace(pair[0], pair[1]);
        if (text.contains(pair[1])) return text.replace(pair[1], pair[0]);
        return text;
    }

    /** One mistake in one word of three letters or more. */
    private String typo(String text) {
        String[] words = text.split(" ");
        int start = random.nextInt(words.length);
        for (int k = 0; k < words.length; k++) {
            int i = (start + k) % words.length;
            String w = words[i];
            if (w.length() < 3 || !Character.isLetter(w.charAt(0))) continue;
            words[i] = misspell(w);
            return String.join(" ", words);
        }
        return text;
    }

    private String misspell(String w) {
        int at = 1 + random.nextInt(w.length() - 1);
        return switch (random.nextInt(4)) {
            case 0 -> w.substring(0, at - 1) + w.charAt(at) + w.charAt(at - 1) + w.substring(at + 1);
            case 1 -> w.substring(0, at) + w.substring(at + 1);
            case 2 -> w.substring(0, at) + w.charAt(at) + w.substring(at);
            default -> {
                for (String[] pair : SOUND_ALIKE) {
                    int found = w.indexOf(pair[0]);
                    if (found >= 0) yield w.substring(0, found) + pair[1] + w.substring(found + 1);
                }
                yield w.substring(0, at) + w.substring(at + 1);
            }
        };
    }

    private static String trimEnd(String t) {
        int end = t.length();
        while (end > 0 && "؟?!. ".indexOf(t.charAt(end - 1)) >= 0) end--;
        return t.substring(0, end);
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
