package pasokh.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pasokh.article.PersianDigits;

/**
 * The article parser's messages (English, as {@code check} prints them for the command line) in Persian for the
 * editor's form. A message without a Persian form here is shown as it is, so none is ever hidden. In a Persian
 * text, {@code $F1} is group 1 as a field's Persian name and {@code $Pn} group n in Persian digits.
 */
final class ProblemTexts {

    private record Rule(Pattern english, String persian) {}

    private static final List<Rule> RULES = List.of(
            rule("missing required field '([a-z_]+)'", "فیلد «$F1» لازم است و خالی مانده است."),
            rule("'([a-z_]+)' is empty", "فیلد «$F1» خالی است."),
            rule("'([a-z_]+)' must be a single text value, not a list or map", "«$F1» باید یک متن باشد، نه فهرست."),
            rule("'([a-z_]+)' must be a list .*", "«$F1» باید فهرست باشد: هر مورد در یک سطر."),
            rule("every item of '([a-z_]+)' must be non-empty text", "همهٔ موردهای «$F1» باید متن داشته باشند."),
            rule("'([a-z_]+)' must be a whole number from 1 up, not '(.*)'", "«$F1» باید عدد درستی از ۱ به بالا باشد، نه «$2»."),
            rule("'([a-z_]+)' must be a whole number from 1 to (\\d+), not '(.*)'",
                    "«$F1» باید عدد درستی از ۱ تا $P2 باشد، نه «$3»."),
            rule("'([a-z_]+)' must be true or false, not '(.*)'", "«$F1» باید true یا false باشد، نه «$2»."),
            rule("'([a-z_]+)' is not a valid date: '(.*)' .*", "«$F1» تاریخ درستی نیست: «$2» (مثلاً 1405-09-11 بنویسید)."),
            rule("unknown category '(.*)' \\(known: (.*)\\)", "دستهٔ «$1» وجود ندارد؛ یکی از این‌ها را انتخاب کنید: $2."),
            rule("category '(.*)' does not match the folder '(.*)' the file is in",
                    "دستهٔ «$1» با پوشهٔ «$2» که فایل در آن است نمی‌خواند."),
            rule("unknown field '(.*)' \\(allowed: .*", "فیلد «$1» شناخته نیست."),
            rule("summary is (\\d+) characters; at most (\\d+).*", "خلاصه $1 نویسه است؛ حداکثر $2 نویسه (یک یا دو جمله) بنویسید."),
            rule("no 'sms': .*", "متن پیامک (sms) نیست: کارشناسان ۱۴۲۰ برای فرستادن پاسخ به آن نیاز دارند."),
            rule("sms has no \\{link}.*", "متن پیامک پیوند مقاله ({link}) را ندارد."),
            rule("(\\d+) question\\(s\\); write at least (\\d+).*", "$1 پرسش نوشته شده؛ دست‌کم $2 شکل پرسیدن این موضوع را بنویسید."),
            rule("source '(.*)' is not an http\\(s\\) URL", "منبع «$1» نشانی http(s) نیست."),
            rule("no 'number': .*", "شمارهٔ پاسخ (number) نیست: شماره‌ای بگذارید که تماس‌گیرنده پشت تلفن بگوید؛"
                    + " فرم مقالهٔ تازه شمارهٔ آزاد بعدی را پیشنهاد می‌کند."),
            rule("number (\\d+) is also used by (?:.*/)?([^/]+)\\.md: .*",
                    "شمارهٔ $P1 را مقالهٔ «$2» هم دارد؛ هر مقاله شمارهٔ خودش را دارد"
                            + " و شماره‌ای دوباره به کار نمی‌رود."),
            rule("no 'review_by': .*", "تاریخ بازبینی (review_by) نیست: بنویسید تا کی این مقاله دوباره بررسی شود."),
            rule("review_by must be after updated", "تاریخ بازبینی باید بعد از تاریخ به‌روزرسانی باشد."),
            rule("status must be 'published' or 'draft', not '(.*)'", "وضعیت باید published یا draft باشد، نه «$1»."),
            rule("the article has no body: .*", "مقاله متن ندارد: پاسخ را پس از فیلدها به Markdown بنویسید."),
            rule("Arabic ي or ك: .*", "حرف عربی ي یا ك آمده است: ی و ک فارسی بنویسید."),
            rule("front matter is not closed: .*", "سرآیند بسته نشده است: پس از آخرین فیلد یک سطر --- بگذارید."),
            rule("missing front matter: .*", "سرآیند نیست: فایل باید با --- شروع شود، سپس فیلدها، سپس ---."),
            rule("question «(.*)» is listed twice", "پرسش «$1» دو بار آمده است؛ یکی را بردارید."),
            rule("question «(.*)» is also in (?:.*/)?([^/]+)\\.md: .*",
                    "پرسش «$1» در مقالهٔ «$2» هم هست؛ هر پرسش فقط به یک مقاله تعلق دارد: آن را دیگرگونه بنویسید."),
            rule("review_by (\\S+) has passed: .*",
                    "تاریخ بازبینی ($1) گذشته است: مقاله، به‌ویژه عددهای سالانه‌اش، را دوباره بررسی کنید و تاریخ بازبینی تازه‌ای بگذارید."),
            rule("sms is (\\d+) characters with its link filled in; at most (\\d+).*",
                    "متن پیامک با پیوندش $1 نویسه است؛ حداکثر $2 نویسه (دو پیامک فارسی) بنویسید."),
            rule("an item of '([a-z_]+)' contains ': '.*",
                    "یکی از موردهای «$F1» «: » دارد و فیلد خوانده می‌شود: آن مورد را میان دو \" بگذارید."),
            rule("([a-z_]+) is given twice, on lines (\\d+) and (\\d+): keep one",
                    "«$F1» دو بار آمده است (سطرهای $2 و $3)؛ یکی را نگه دارید."),
            rule("unknown audience '(.*)' \\(allowed: (.*)\\)", "مخاطب «$1» شناخته نیست؛ یکی از این‌ها را بنویسید: $2."),
            rule("audience is empty", "مخاطب انتخاب نشده است: دست‌کم یک مخاطب را برگزینید."),
            rule("front matter must be 'field: value' lines", "سرآیند باید سطرهایی به شکل «نام فیلد: مقدار» باشد."),
            rule("field names must be plain words", "نام فیلد باید یک واژهٔ ساده باشد، مانند title."),
            rule("malformed YAML: (.*)", "سرآیند خوانا نیست (YAML): $1. معمولاً یک «: » یا گیومهٔ بازمانده در متن یک فیلد است."),
            rule("front matter is larger than (\\d+) characters", "سرآیند از $1 نویسه بلندتر است؛ بخشی از آن را به متن مقاله ببرید."),
            rule("file is larger than (\\d+) KB", "فایل از $1 کیلوبایت بزرگ‌تر است؛ مقاله را کوتاه‌تر یا چند مقاله کنید."),
            rule("file is not valid UTF-8: .*", "فایل با کدگذاری UTF-8 ذخیره نشده است؛ آن را UTF-8 ذخیره کنید."),
            rule("file name '(.*)' is not a valid slug: .*",
                    "نام فایل «$1» نشانی درستی نیست: فقط حروف کوچک لاتین، رقم و خط تیره."));

    private ProblemTexts() {}

    private static Rule rule(String english, String persian) {
        return new Rule(Pattern.compile(english), persian);
    }

    static String persian(String english) {
        for (Rule r : RULES) {
            Matcher m = r.english().matcher(english);
            if (!m.matches()) continue;
            String out = r.persian();
            if (out.contains("$F1")) out = out.replace("$F1", FieldNames.persian(m.group(1)));
            for (int g = m.groupCount(); g >= 1; g--) {
                // $P: the figure in Persian digits, as the rest of the sentence
                out = out.replace("$P" + g, PersianDigits.of(m.group(g))).replace("$" + g, m.group(g));
            }
            return out;
        }
        return english;
    }
}
