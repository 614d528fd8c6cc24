package pasokh.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/**
 * The project's real word lists (index-config/) over a small corpus written like the articles, so the
 * tests exercise what editors ship.
 */
final class AnalysisFixture {

    static final List<String> CORPUS = List.of(
            "سازمان تأمین اجتماعی به بیمه‌شدگان و مستمری‌بگیران خدمات درمانی می‌دهد.",
            "شرایط دریافت بیمه بیکاری: کارگری که بدون میل خود بیکار شده باشد می‌تواند مقرری بگیرد.",
            "کارگران و کارفرمایان باید حق بیمه را هر ماه بپردازند؛ ثبت نام در سامانه لازم است.",
            "هیئت‌های تشخیص مطالبات به اعتراض کارفرما رسیدگی می‌کنند و مالیات ربطی به این موضوع ندارد.",
            "مستمری بازنشستگی و مستمری بازماندگان بر اساس سابقه بیمه محاسبه می‌شود.",
            "دفترچه درمان و نسخه الکترونیک در مؤسسه‌های طرف قرارداد پذیرفته می‌شود.",
            "رئیس شعبه و مسئول دفتر پیشخوان به پرسش‌ها پاسخ می‌دهند؛ تماس با ۱۴۲۰ هم ممکن است.",
            "ازکارافتادگی کلی و مستمری ازکارافتادگی برای بیمه‌شده‌ای است که توان کار ندارد.",
            "ماده ۷۶ قانون تأمین اجتماعی شرایط بازنشستگی را می‌گوید.");

    private static PersianAnalysis analysis;

    static synchronized PersianAnalysis analysis() {
        if (analysis == null) {
            try {
                analysis = PersianAnalysis.load(Path.of("index-config"), CORPUS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return analysis;
    }

    static List<String> index(String text) {
        return analysis().indexTerms(text);
    }

    static List<String> query(String text) {
        return analysis().analyse(text).tokens().stream()
                .filter(t -> !t.stopword()).map(AnalyzedQuery.Token::term).toList();
    }

    static List<String> terms(Analyzer analyzer, String text) {
        return Lexicon.tokens(analyzer, text);
    }

    private AnalysisFixture() {}
}
