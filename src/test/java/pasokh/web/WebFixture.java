package pasokh.web;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import pasokh.Portal;
import pasokh.testing.ArticleText;
import pasokh.testing.ScratchKnowledgeBase;

/** A portal over a small scratch knowledge base, including one hostile article, for HTTP tests. */
final class WebFixture {

    interface Case {
        void run(Http http) throws Exception;
    }

    private WebFixture() {}

    static Portal start(Path dir) throws Exception {
        return Portal.start(articles(dir).paths());
    }

    /** The scratch knowledge base with its articles written, not yet opened by a portal. */
    static ScratchKnowledgeBase articles(Path dir) {
        ScratchKnowledgeBase kb = new ScratchKnowledgeBase(dir);
        kb.article("unemployment", "unemployment-eligibility", "شرایط دریافت بیمه بیکاری",
                "بیمه بیکاری به کسی می‌رسد که بی‌میل خود بیکار شده و شش ماه سابقه دارد.",
                ArticleText.questions("بیمه بیکاری"),
                "## شرایط\n\nکارگری که بدون میل خودش بیکار شده، مقرری بیکاری می‌گیرد.\n\nنگاه کنید به "
                        + "[محاسبه مستمری](/articles/pension-calculation).");
        kb.article("retirement", "pension-calculation", "نحوه محاسبه مستمری بازنشستگی",
                "مستمری از میانگین دستمزد دو سال آخر حساب می‌شود.",
                ArticleText.questions("محاسبه مستمری"),
                "## فرمول\n\nمستمری بازنشستگی برابر است با سنوات ضربدر میانگین دستمزد.");
        kb.write("healthcare", "malicious", ArticleText.valid("healthcare", "مقاله <b>مخرب</b>",
                "خلاصه <img src=x onerror=alert(1)>",
                ArticleText.questions("مقاله مخرب"),
                "<script>alert('body')</script>\n\n[کلیک کنید](javascript:alert(1)) و "
                        + "[داده](data:text/html,<script>alert(2)</script>)\n\n"
                        + "<a href=\"javascript:alert(3)\">پیوند "
                        + "خام</a>\n\n![تصویر](javascript:alert(4))\n\n[ایمیل](mailto:info@tamin.ir) "
                        + "[سایت](https://www.tamin.ir/)"));
        kb.write("retirement", "broken", "---\ntitle: [نیمه‌کاره\n---\nمتن");
        return kb;
    }

    /**
     * Tests that count up to the feedback limit must not straddle the end of a rate window: the count would
     * start again half-way. At most twenty seconds' wait, and only when that close to the edge.
     */
    static void clearOfARateWindowEdge() throws InterruptedException {
        long window = FeedbackRateLimit.WINDOW.toMillis();
        long left = window - System.currentTimeMillis() % window;
        if (left < 20_000) Thread.sleep(left + 100);
    }

    static void test(Portal portal, Case c) {
        JavalinTest.test(WebApp.create(portal), (server, client) -> c.run(new Http(client.getOrigin())));
    }

    interface RawCase {
        void run(Http http, RawHttp raw) throws Exception;
    }

    /** With raw sockets beside the client, and the front door's limits given (tests shorten its deadlines). */
    static void test(Portal portal, FrontDoor.Limits limits, RawCase c) {
        JavalinTest.test(WebApp.create(portal, limits),
                (server, client) -> c.run(new Http(client.getOrigin()), new RawHttp(client.getOrigin())));
    }
}
