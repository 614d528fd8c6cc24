package pasokh.bench;

import java.util.SplittableRandom;

/** Iran's 31 provinces, drawn about as often as people live in them (in hundred-thousands, rounded). */
final class Provinces {

    private static final String[] NAMES = {"تهران", "خراسان رضوی", "اصفهان", "فارس", "خوزستان", "آذربایجان شرقی",
        "مازندران", "آذربایجان غربی", "کرمان", "سیستان و بلوچستان", "البرز", "گیلان", "کرمانشاه", "گلستان",
        "هرمزگان", "لرستان", "همدان", "کردستان", "مرکزی", "قم", "قزوین", "اردبیل", "بوشهر", "یزد", "زنجان",
        "چهارمحال و بختیاری", "خراسان شمالی", "خراسان جنوبی", "کهگیلویه و بویراحمد", "سمنان", "ایلام"};
    private static final int[] PEOPLE = {133, 64, 51, 49, 47, 39, 33, 33, 32, 28, 27, 25, 20, 19, 18, 18, 17, 16,
        14, 13, 13, 13, 12, 11, 11, 10, 9, 8, 7, 7, 6};
    private static final int TOTAL = java.util.Arrays.stream(PEOPLE).sum();

    private Provinces() {}

    static String pick(SplittableRandom random) {
        int x = random.nextInt(TOTAL);
        for (int i = 0; i < PEOPLE.length; i++) {
            x -= PEOPLE[i];
            if (x < 0) return NAMES[i];
        }
        return NAMES[0];
    }
}
