package pasokh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import pasokh.Portal;
import pasokh.PortalPaths;
import pasokh.account.Actor;
import pasokh.account.Role;
import pasokh.knowledge.KnowledgeBase;
import pasokh.testing.Browser;
import pasokh.testing.Folders;

/**
 * {@code /editor} in headless Chromium, driven from the keyboard as editors and publishers use it: the list
 * (overdue reviews first, searchable), editing an article's fields and body, preview, draft, review and publish
 * (by a publisher in another browser) with the site's search finding the new text at once; validation shown by
 * the field and keeping what was typed; two editors on one article; revisions and their diff; a new article;
 * axe-core and the pages' width on a desktop and a 360 px phone. The portal runs over a copy of the shipped
 * articles, since publishing writes into the folder. Each test works on its own article, so the order they run
 * in does not matter.
 */
class EditorPagesTest {

    private static final String EDITOR = "sara";
    private static final String SECOND_EDITOR = "omid";
    private static final String PUBLISHER = "parisa";
    private static final String PASSWORD = "matn-e tazeh 1405";

    /** Made overdue in the copy: its review date moved into the past (after an earlier updated). */
    private static final String OVERDUE = "funeral-allowance";
    private static final String PUBLISHED = "marriage-allowance";
    private static final String VALIDATED = "child-allowance";
    private static final String CONFLICTED = "maternity-allowance";
    private static final String REVISED = "workshop-code";
    private static final String CHECKED = "employer-portal-registration";
    private static final String CREATED = "pages-test-new-article";
    /** The articles the other tests edit: their state and review date depend on which tests ran before. */
    private static final Set<String> TOUCHED = Set.of(PUBLISHED, VALIDATED, CONFLICTED, REVISED, CHECKED);

    private static final List<String> MONTHS = List.of("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
            "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند");

    @TempDir
    static Path dir;

    static Path articles;
    static Browser browser;
    /** Another person at another computer: the publisher, or the second editor. */
    static Browser other;
    static Portal portal;
    static Javalin app;
    static String base;
    /** When the class began, before any page took an article in as version 1. */
    static Map<String, Object> started;

    @BeforeAll
    static void start() throws Exception {
        articles = dir.resolve("articles");
        Folders.copy(Path.of("articles"), articles);
        Folders.copy(Path.of("index-config"), dir.resolve("index-config"));
        Path overdue = fileOf(OVERDUE);
        String text = Files.readString(overdue, StandardCharsets.UTF_8);
        String changed = text.replaceFirst("(?m)^updated: .*$", "updated: 1404-01-10")
                .replaceFirst("(?m)^review_by: .*$", "review_by: 1404-06-01");
        assertNotEquals(text, changed, OVERDUE + " has updated and review_by lines");
        Files.writeString(overdue, changed, StandardCharsets.UTF_8);

        portal = Portal.start(new PortalPaths(articles, dir.resolve("index-config"), dir.resolve("data")),
                KnowledgeBase.Storage.MEMORY);
        portal.accounts().users().add(EDITOR, PASSWORD, EnumSet.of(Role.EDITOR), Actor.commandLine());
        portal.accounts().users().add(SECOND_EDITOR, PASSWORD, EnumSet.of(Role.EDITOR), Actor.commandLine());
        portal.accounts().users().add(PUBLISHER, PASSWORD, EnumSet.of(Role.PUBLISHER), Actor.commandLine());
        app = WebApp.create(portal).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        browser = Browser.open();
        other = Browser.open();
        started = tehranNow(browser);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (other != null) other.close();
        if (app != null) app.stop();
        if (portal != null) portal.close();
    }

    @BeforeEach
    void onADesktop() {
        browser.desktop();
        other.desktop();
    }

    @Test
    void theListShowsEveryArticleWithItsStateCategoryAndReviewDateOverdueFirstAndItsSearchFilters() throws Exception {
        signIn(browser, EDITOR);
        assertEquals("مقاله‌ها", text(browser, By.tagName("h1")));
        List<Map<String, String>> rows = rows(browser);
        Map<String, Map<String, String>> bySlug = new HashMap<>();
        for (Map<String, String> r : rows) assertEquals(null, bySlug.put(r.get("slug"), r), "listed once: " + r);

        Map<String, String> labels = categoryLabels();
        String today = tehranToday(browser);
        Set<String> overdue = new java.util.TreeSet<>();
        for (Path file : files()) {
            String slug = file.getFileName().toString().replace(".md", "");
            Map<String, String> row = bySlug.get(slug);
            assertTrue(row != null, slug + " is listed");
            String source = Files.readString(file, StandardCharsets.UTF_8);
            if (TOUCHED.contains(slug)) {
                assertTrue(Set.of("منتشرشده", "پیش‌نویس", "در انتظار بازبینی").contains(row.get("state")), row.toString());
                continue;
            }
            assertEquals("منتشرشده", row.get("state"), slug + ": a shipped article is shown as published, in Persian");
            assertEquals(labels.get(file.getParent().getFileName().toString()), row.get("category"),
                    slug + ": the category as readers know it");
            String reviewBy = field(source, "review_by");
            assertTrue(row.get("review").startsWith(jalaliText(reviewBy)),
                    slug + ": review date " + reviewBy + " shown as «" + row.get("review") + "»");
            assertFalse(row.get("review").matches(".*[0-9].*"), "Persian digits: " + row);
            if (reviewBy.compareTo(today) < 0) overdue.add(slug);
        }
        assertTrue(overdue.contains(OVERDUE), "the copy has an overdue article: " + overdue);
        assertEquals(OVERDUE, rows.get(0).get("slug"), "the oldest overdue review is listed first");
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> r = rows.get(i);
            boolean marked = r.get("review").contains("عقب");
            assertEquals(overdue.contains(r.get("slug")), marked, "marked overdue exactly when past: " + r);
            if (i < overdue.size()) assertTrue(marked, "every overdue article comes before the others: " + r);
        }
        assertTrue(browser.<Boolean>script("""
                const tr = document.querySelector('tbody tr');
                return getComputedStyle(tr.cells[0]).backgroundColor !== getComputedStyle(document.querySelector(
                    'tbody tr:last-child').cells[0]).backgroundColor;"""), "the overdue row stands out by its colour too");

        // the search box, reached by Tab from the top of the page
        String word = "کفن";
        tabTo(browser, e -> "editor-q".equals(e.getAttribute("id")), 15);
        typeAndWait(browser, word, Keys.ENTER);
        assertEquals(word, queryParam(browser, "q"));
        assertEquals(word, browser.driver().findElement(By.id("editor-q")).getDomProperty("value"), "the box keeps it");
        List<String> found = rows(browser).stream().map(r -> r.get("slug")).toList();
        List<String> expected = rows.stream().filter(r -> r.get("title").contains(word) || r.get("slug").contains(word))
                .map(r -> r.get("slug")).toList();
        assertTrue(found.contains(OVERDUE) && found.size() < rows.size(), found.toString());
        assertEquals(Set.copyOf(expected), Set.copyOf(found), "exactly the articles whose title has the word");
    }

    @Test
    void anEditorChangesAnArticlePreviewsSavesAndSendsItToReviewAndAPublisherPublishesItToTheSiteAndSearch()
            throws Exception {
        Path file = fileOf(PUBLISHED);
        String before = Files.readString(file, StandardCharsets.UTF_8);
        String oldSentence = sentenceWithoutFigures(body(before));
        String oldQuestion = list(before, "questions").get(0);
        String word = "سمنان";
        assertFalse(before.contains(word));
        String newSentence = "کارشناسان شعبه " + word + " این بند را با مثالی تازه روشن کردند.";
        String newQuestion = "کمک هزینه ازدواج را چطور از شعبه بگیرم؟";
        assertEquals(0, searchHits(other, word, PUBLISHED), "the new word is nowhere on the site yet");

        signIn(browser, EDITOR);
        openFromList(browser, PUBLISHED);
        assertEquals("منتشرشده", stateShown(browser));
        assertEquals(field(before, "title"), value(browser, "f-title"), "the form shows the article's fields");
        replaceText(browser, "f-body", oldSentence, newSentence);
        replaceText(browser, "f-questions", oldQuestion, newQuestion);

        pressButton(browser, "پیش‌نمایش");
        String preview = text(browser, By.cssSelector("article.preview"));
        assertTrue(preview.contains(newSentence) && !preview.contains(oldSentence), "the preview renders the new text");
        assertFalse(preview.contains("##"), "rendered, not Markdown: " + preview);
        assertFalse(browser.driver().findElements(By.cssSelector("article.preview h2")).isEmpty(), "headings rendered");
        assertTrue(value(browser, "f-body").contains(newSentence), "the preview keeps the text in the form");
        assertTrue(value(browser, "f-questions").startsWith(newQuestion));
        assertEquals(before, Files.readString(file, StandardCharsets.UTF_8), "a preview writes nothing");

        pressButton(browser, "ذخیرهٔ پیش‌نویس");
        assertEquals("پیش‌نویس ذخیره شد.", text(browser, By.cssSelector("[role=status]")));
        assertTrue(value(browser, "f-body").contains(newSentence), "the saved draft is what the form shows now");
        assertEquals(before, Files.readString(file, StandardCharsets.UTF_8), "a draft leaves the file alone");

        pressButton(browser, "ارسال برای بازبینی");
        assertEquals("برای بازبینی فرستاده شد.", text(browser, By.cssSelector("[role=status]")));
        assertEquals("در انتظار بازبینی", stateShown(browser));
        assertEquals(List.of(), buttons(browser).stream().filter(b -> b.startsWith("انتشار")).toList(),
                "an editor is offered no publish button");
        assertTrue(browser.driver().findElements(By.cssSelector("form[action$='/publish']")).isEmpty());
        assertEquals(before, Files.readString(file, StandardCharsets.UTF_8), "in review, the file is still the old one");
        assertEquals(0, searchHits(other, word, PUBLISHED), "and readers do not find the draft");

        signIn(other, PUBLISHER);
        openFromList(other, PUBLISHED);
        assertEquals("در انتظار بازبینی", stateShown(other));
        assertTrue(value(other, "f-body").contains(newSentence), "the publisher reads the text in review");
        String publish = buttons(other).stream().filter(b -> b.startsWith("انتشار")).findFirst()
                .orElseThrow(() -> new AssertionError("a publisher has a publish button: " + buttons(other)));
        pressButton(other, publish);
        long published = System.nanoTime();
        assertTrue(text(other, By.cssSelector("[role=status]")).startsWith("منتشر شد"), text(other, By.tagName("main")));
        assertEquals("منتشرشده", stateShown(other));
        int hits = 0;
        while (hits == 0 && System.nanoTime() - published < Duration.ofSeconds(1).toNanos()) {
            hits = searchHits(other, word, PUBLISHED);
        }
        assertEquals(1, hits, "the site's search finds the new sentence within a second of publishing");

        String after = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(after.contains(newSentence) && !after.contains(oldSentence), "the file has the new sentence");
        assertEquals(newQuestion, list(after, "questions").get(0), "and the new question");
        assertEquals(list(before, "questions").subList(1, list(before, "questions").size()),
                list(after, "questions").subList(1, list(after, "questions").size()), "the other questions stay");
        for (String key : List.of("title", "category", "summary", "updated", "review_by", "status")) {
            assertEquals(field(before, key), field(after, key), key + " is unchanged");
        }
        List<String> keys = keys(after);
        List<String> readme = readmeOrder();
        List<String> known = keys.stream().filter(readme::contains).toList();
        assertEquals(readme.stream().filter(known::contains).toList(), known,
                "front-matter keys in the README's order: " + keys + " vs " + readme);
        assertTrue(keys.containsAll(List.of("title", "category", "audience", "summary", "questions", "legal",
                "sources", "updated", "status")), keys.toString());
        other.get(base + "/articles/" + PUBLISHED);
        assertTrue(text(other, By.tagName("main")).contains(newSentence), "the article page shows it");
    }

    @Test
    void thePreviewBesideTheFormFollowsTheTextAsTheEditorTypesAndNamesAProblemInPersianWithoutSavingAnything()
            throws Exception {
        Path file = fileOf(OVERDUE);
        String before = Files.readString(file, StandardCharsets.UTF_8);
        String sentence = sentenceWithoutFigures(body(before));
        String typed = "این جمله را ویراستار همین حالا نوشت و پیش‌نمایش آن را نشان می‌دهد.";
        signIn(browser, EDITOR);
        openFromList(browser, OVERDUE);
        int versions = revisions(browser).size();
        assertFalse(browser.driver().findElement(By.id("preview-pane")).isDisplayed(), "no preview before any typing");

        replaceText(browser, "f-body", sentence, typed);
        String shown = awaitPreview(browser, p -> p.contains(typed));
        assertFalse(shown.contains(sentence), "the replaced sentence is gone from the preview");
        assertFalse(shown.contains("##"), "rendered by the site's renderer, not shown as Markdown: " + shown);
        assertFalse(browser.driver().findElements(By.cssSelector("#preview-body h2")).isEmpty(), "headings rendered");
        assertTrue(browser.<Boolean>script("""
                const form = document.querySelector('form.edit-form').getBoundingClientRect();
                const pane = document.getElementById('preview-pane').getBoundingClientRect();
                return pane.right <= form.left + 1 && pane.top < form.bottom;"""),
                "at 1280 px the preview stands beside the form (to its left, in a right-to-left page)");

        focus(browser, "f-updated");
        selectAll(browser);
        press(browser, "1405-13-40");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d ->
                d.findElement(By.id("preview-problems")).isDisplayed());
        String problems = text(browser, By.id("preview-problems"));
        assertTrue(problems.contains(FieldNames.persian("updated")), "the problem names the field in Persian: " + problems);
        assertFalse(problems.matches("(?s).*\\b(must|invalid|expected)\\b.*"), "in Persian: " + problems);
        WebElement jump = browser.driver().findElement(By.cssSelector("#preview-problems a"));
        assertEquals("f-updated", URI.create(jump.getAttribute("href")).getRawFragment(), "the problem links to its box");

        String fixed = field(before, "updated");
        selectAll(browser);
        press(browser, fixed);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d ->
                !d.findElement(By.id("preview-problems")).isDisplayed());
        assertEquals(fixed, value(browser, "f-updated"), "what was typed stays in the box");
        assertTrue(value(browser, "f-body").contains(typed));
        assertEquals(before, Files.readString(file, StandardCharsets.UTF_8), "a preview writes no file");
        browser.get(base + "/editor/articles/" + OVERDUE);
        assertEquals(versions, revisions(browser).size(), "and saves no revision");
    }

    @Test
    void aSaveWithoutTitleShowsTheProblemByTheFieldAndKeepsWhatWasTypedAndChangedFiguresAskForANewReviewDate()
            throws Exception {
        Path file = fileOf(VALIDATED);
        String before = Files.readString(file, StandardCharsets.UTF_8);
        signIn(browser, EDITOR);
        openFromList(browser, VALIDATED);
        String typedQuestion = "حق اولاد نوه هم داده میشود؟";
        String oldQuestion = list(before, "questions").get(1);
        replaceText(browser, "f-questions", oldQuestion, typedQuestion);
        Map<String, String> typed = inputs(browser);
        focus(browser, "f-title");
        selectAll(browser);
        press(browser, Keys.BACK_SPACE);
        pressButton(browser, "ذخیرهٔ پیش‌نویس");

        assertEquals("/editor/articles/" + VALIDATED, path(browser), "the same page, not an error page");
        String problems = text(browser, By.cssSelector(".problems"));
        assertTrue(problems.contains("عنوان"), "the problem names the field in Persian: " + problems);
        Map<String, String> kept = inputs(browser);
        assertEquals("", kept.get("title"), "the title stays as the editor left it: empty");
        Map<String, String> others = new TreeMap<>(typed);
        others.remove("title");
        kept.remove("title");
        assertEquals(others, kept, "every other input still holds what was typed");
        WebElement title = browser.driver().findElement(By.id("f-title"));
        assertEquals("true", title.getAttribute("aria-invalid"), "the title box is marked invalid");
        String described = browser.script("""
                const ids = (arguments[0].getAttribute('aria-describedby') || '').split(' ').filter(x => x);
                return ids.map(id => document.getElementById(id)).filter(e => e).map(e => e.textContent.trim()).join(' ');
                """, title);
        assertTrue(described.contains("عنوان"), "the problem is read out with the title box: «" + described + "»");
        assertTrue(browser.<Boolean>script("""
                const box = arguments[0].getBoundingClientRect();
                const msg = document.getElementById(arguments[0].getAttribute('aria-describedby').split(' ')[0])
                    .getBoundingClientRect();
                return Math.abs(msg.top - box.bottom) < 60 || Math.abs(box.top - msg.bottom) < 60;""", title),
                "the message sits by the title box, not only at the top of the page");
        assertEquals(before, Files.readString(file, StandardCharsets.UTF_8));

        // the title typed back; a figure of the body changed while review_by stays: a new review date is asked for
        focus(browser, "f-title");
        press(browser, field(before, "title"));
        String body = value(browser, "f-body");
        Matcher figure = Pattern.compile("[۰-۹]+").matcher(body);
        assertTrue(figure.find(), "the body has a figure");
        String changed = figure.group() + "۰";
        replaceText(browser, "f-body", figure.group(), changed);
        String changedBody = body.substring(0, figure.start()) + changed + body.substring(figure.end());
        pressButton(browser, "ذخیرهٔ پیش‌نویس");
        // asked for, not enforced: the draft is saved and the notice asks for a new review date
        String asked = text(browser, By.cssSelector("[role=status]"));
        assertTrue(asked.contains("review_by") && asked.contains("بازبینی") && asked.contains("ذخیره شد"),
                "a new review date is asked for: " + asked);
        assertEquals(changedBody, value(browser, "f-body"), "the changed figure is kept");

        focus(browser, "f-review");
        selectAll(browser);
        press(browser, "1406-11-30");
        pressButton(browser, "ذخیرهٔ پیش‌نویس");
        assertEquals("پیش‌نویس ذخیره شد.", text(browser, By.cssSelector("[role=status]")),
                "with a new review date the draft is saved");
        assertEquals("1406-11-30", value(browser, "f-review"));
        assertTrue(value(browser, "f-questions").contains(typedQuestion));
        assertEquals(before, Files.readString(file, StandardCharsets.UTF_8), "a draft leaves the file alone");
    }

    @Test
    void theSecondOfTwoEditorsOnOneArticleIsToldWhoSavedFirstSeesTheDiffAndKeepsHisText() throws Exception {
        String source = Files.readString(fileOf(CONFLICTED), StandardCharsets.UTF_8);
        String sentence = sentenceWithoutFigures(body(source));
        String first = "این جمله را ویراستار نخست نوشت.";
        String second = "این جمله را ویراستار دوم نوشت و نباید گم شود.";
        signIn(browser, EDITOR);
        signIn(other, SECOND_EDITOR);
        openFromList(browser, CONFLICTED);
        openFromList(other, CONFLICTED);

        replaceText(browser, "f-body", sentence, first);
        pressButton(browser, "ذخیرهٔ پیش‌نویس");
        assertEquals("پیش‌نویس ذخیره شد.", text(browser, By.cssSelector("[role=status]")));

        replaceText(other, "f-body", sentence, second);
        pressButton(other, "ذخیرهٔ پیش‌نویس");
        String alert = text(other, By.cssSelector("[role=alert]"));
        assertTrue(alert.contains("پیش از شما") && alert.contains(EDITOR),
                "a Persian message naming who saved first: " + alert);
        String diff = other.driver().findElement(By.cssSelector("pre.diff")).getText();
        assertTrue(diff.lines().anyMatch(l -> l.startsWith("-") && l.contains(first))
                && diff.lines().anyMatch(l -> l.startsWith("+") && l.contains(second)), "a diff of the two: " + diff);
        assertTrue(text(other, By.tagName("main")).contains(EDITOR), "the other version's author is named");
        assertTrue(value(other, "f-body").contains(second) && !value(other, "f-body").contains(first),
                "the second editor's text is still in the form");
        List<String> a11y = new ArrayList<>();
        axe(other, "the conflict page", a11y);
        assertEquals(List.of(), a11y);

        // saving again, over the version now shown, is accepted: nothing was lost on either side
        pressButton(other, "ذخیرهٔ پیش‌نویس");
        assertEquals("پیش‌نویس ذخیره شد.", text(other, By.cssSelector("[role=status]")));
        assertTrue(value(other, "f-body").contains(second));
        List<Map<String, String>> revisions = revisions(other);
        assertEquals(List.of(SECOND_EDITOR, EDITOR, "سیستم"), revisions.stream().map(r -> r.get("author")).toList(),
                "both saves are versions, newest first: " + revisions);
    }

    @Test
    void theRevisionsListShowsJalaliTimesInPersianDigitsAndItsLinkOpensTheDiff() throws Exception {
        String source = Files.readString(fileOf(REVISED), StandardCharsets.UTF_8);
        String sentence = sentenceWithoutFigures(body(source));
        String revised = "این جمله برای آزمودن نسخه های مقاله بازنویسی شد.";
        signIn(browser, EDITOR);
        Map<String, Object> saving = tehranNow(browser);
        openFromList(browser, REVISED);
        replaceText(browser, "f-body", sentence, revised);
        pressButton(browser, "ذخیرهٔ پیش‌نویس");
        Map<String, Object> to = tehranNow(browser);

        List<Map<String, String>> rows = revisions(browser);
        assertEquals(2, rows.size(), rows.toString());
        assertEquals(List.of("۲", "۱"), rows.stream().map(r -> r.get("version")).toList(), "newest first");
        assertEquals(List.of(EDITOR, "سیستم"), rows.stream().map(r -> r.get("author")).toList());
        for (Map<String, String> r : rows) {
            // version 1 was taken in from the folder when an editor's page first named the article
            Map<String, Object> from = r.get("version").equals("۱") ? started : saving;
            String at = r.get("time");
            assertTrue(at.matches("[۰-۹]{1,2} (" + String.join("|", MONTHS) + ") [۰-۹]{4} [۰-۹]{2}:[۰-۹]{2}"),
                    "a Jalali time in Persian digits: «" + at + "»");
            String latin = latin(at);
            String[] p = latin.split(" ");
            String date = p[2] + "-" + String.format("%02d", MONTHS.indexOf(p[1]) + 1) + "-"
                    + String.format("%02d", Integer.parseInt(p[0]));
            assertTrue(date.equals(from.get("date")) || date.equals(to.get("date")), at + " is today: " + to);
            int minute = minuteOfDay(p[3]);
            int a = minuteOfDay((String) from.get("time"));
            int b = minuteOfDay((String) to.get("time"));
            assertTrue(a <= b ? minute >= a && minute <= b : minute >= a || minute <= b,
                    at + " lies between " + from + " and " + to + " in Tehran");
        }

        tabTo(browser, e -> e.getTagName().equals("a") && e.getText().equals("تفاوت"), 120);
        pressAndWait(browser, Keys.ENTER);
        assertEquals("/editor/articles/" + REVISED + "/diff", path(browser));
        String h1 = text(browser, By.tagName("h1"));
        assertTrue(h1.contains("۱") && h1.contains("۲") && h1.contains(REVISED), h1);
        List<String> diff = browser.driver().findElement(By.cssSelector("pre.diff")).getText().lines().toList();
        assertTrue(diff.size() > 3 && diff.get(0).startsWith("--- ") && diff.get(1).startsWith("+++ ")
                && diff.get(2).startsWith("@@"), "a unified diff: " + diff);
        assertTrue(diff.stream().anyMatch(l -> l.startsWith("-") && l.contains(sentence)), "the old line: " + diff);
        assertTrue(diff.stream().anyMatch(l -> l.startsWith("+") && l.contains(revised)), "the new line: " + diff);
    }

    @Test
    void aNewArticleIsCreatedFromTheFormAndListedAsADraft() throws Exception {
        signIn(browser, EDITOR);
        tabTo(browser, e -> e.getTagName().equals("a") && e.getText().equals("نوشتن مقالهٔ تازه"), 15);
        pressAndWait(browser, Keys.ENTER);
        assertEquals("/editor/new", path(browser));
        assertEquals("مقالهٔ تازه", text(browser, By.tagName("h1")));
        assertFalse(value(browser, "f-updated").isBlank(), "the date of today is filled in");

        focus(browser, "slug");
        press(browser, CREATED);
        press(browser, Keys.TAB, "بیمه کارگران فصلی در پاییز");
        press(browser, Keys.TAB);
        assertEquals("f-category", active(browser), "Tab goes from the title to the category");
        String label = categoryLabels().get("special-groups");
        for (int i = 0; i < 12 && !"special-groups".equals(value(browser, "f-category")); i++) press(browser, Keys.ARROW_DOWN);
        assertEquals("special-groups", value(browser, "f-category"), "the category is chosen with the arrow keys");
        focus(browser, "f-summary");
        press(browser, "کارگر فصلی در ماه‌های کار بیمه می‌شود و سابقه‌اش جمع می‌شود.");
        focus(browser, "f-questions");
        press(browser, "کارگر فصلی بیمه دارد؟", Keys.ENTER, "بیمه کار فصلی چطور است؟", Keys.ENTER,
                "سابقه کار فصلی حساب می‌شود؟");
        focus(browser, "f-sources");
        press(browser, "https://www.tamin.ir/");
        focus(browser, "f-body");
        press(browser, "## پاسخ کوتاه", Keys.ENTER, Keys.ENTER, "کارگر فصلی در ماه‌هایی که کار می‌کند بیمه می‌شود.");
        pressButton(browser, "ذخیرهٔ پیش‌نویس");

        assertEquals("/editor/articles/" + CREATED, path(browser), "the new article's own page");
        String saved = text(browser, By.cssSelector("[role=status]"));
        assertTrue(saved.startsWith("پیش‌نویس ذخیره شد") && saved.contains("منتشر نمی‌شود"),
                "saved, and told what check would still say before it can be published: " + saved);
        assertTrue(text(browser, By.cssSelector(".problems")).contains(FieldNames.persian("sms")),
                "the SMS text is missing: " + text(browser, By.cssSelector(".problems")));
        assertEquals("پیش‌نویس", stateShown(browser));
        assertTrue(Stream.of(articles.toFile().listFiles()).noneMatch(c -> new java.io.File(c, CREATED + ".md").exists()),
                "a draft is not written into the articles folder");

        tabTo(browser, e -> e.getTagName().equals("a") && e.getText().equals("بازگشت به فهرست مقاله‌ها"), 10);
        pressAndWait(browser, Keys.ENTER);
        Map<String, String> row = rows(browser).stream().filter(r -> r.get("slug").equals(CREATED)).findFirst()
                .orElseThrow(() -> new AssertionError("the new article is listed"));
        assertEquals("بیمه کارگران فصلی در پاییز", row.get("title"));
        assertEquals("پیش‌نویس", row.get("state"));
        assertEquals(label, row.get("category"));
        assertEquals(0, searchHits(other, "کارگران فصلی در پاییز", CREATED), "a draft is not on the site");
    }

    @Test
    void axeFindsNothingAndNoPageScrollsSidewaysOnADesktopOrAPhone() throws Exception {
        signIn(browser, EDITOR);
        openFromList(browser, CHECKED);
        focus(browser, "f-body");
        new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys(Keys.END).keyUp(Keys.CONTROL).perform();
        press(browser, Keys.ENTER, Keys.ENTER, "یک بند تازه برای آزمون صفحه‌ها.");
        pressButton(browser, "ذخیرهٔ پیش‌نویس");
        String diff = browser.driver().findElement(By.linkText("تفاوت")).getAttribute("href");
        List<String> problems = new ArrayList<>();
        for (String size : List.of("1280x720", "360 px phone")) {
            if (size.startsWith("1280")) browser.desktop();
            else browser.phone(360, 740);
            for (String page : List.of("/editor", "/editor/articles/" + CHECKED, URI.create(diff).getPath() + "?"
                    + URI.create(diff).getRawQuery(), "/editor/new")) {
                browser.get(base + page);
                check(browser, page + " at " + size, problems);
            }
            // the pages a save or preview answers with: a preview and the problems of an invalid text
            browser.get(base + "/editor/articles/" + CHECKED);
            focus(browser, "f-title");
            selectAll(browser);
        press(browser, Keys.BACK_SPACE);
            pressButton(browser, "پیش‌نمایش");
            check(browser, "a preview with a problem at " + size, problems);
        }
        assertEquals(List.of(), problems);
    }

    // --- checks

    private static void check(Browser b, String where, List<String> problems) {
        problems.addAll(b.layoutProblems(where));
        List<String> boxes = b.script("""
                const w = document.documentElement.clientWidth;
                return [...document.querySelectorAll('.table-scroll, pre')].filter(e => {
                    const r = e.getBoundingClientRect(); return r.left < -1 || r.right > w + 1; })
                  .map(e => e.tagName.toLowerCase() + '.' + e.getAttribute('class'));
                """);
        if (!boxes.isEmpty()) problems.add(where + ": scroll boxes wider than the screen: " + boxes);
    }

    private static void axe(Browser b, String where, List<String> problems) {
        for (Browser.Violation v : b.accessibilityViolations()) {
            problems.add(where + ": axe " + v.rule() + " (" + v.impact() + ") " + v.help() + " " + v.targets());
        }
    }

    // --- the browser, by keyboard

    /** Signs in through the form (by keyboard), having asked for {@code /editor}; lands on the list. */
    private static void signIn(Browser b, String user) {
        b.get(base + "/login");
        b.driver().manage().deleteAllCookies();
        b.get(base + "/editor");
        assertEquals("/login", path(b), "signed out, /editor asks for a sign-in");
        assertEquals("/editor", queryParam(b, "next"));
        focus(b, "username");
        typeAndWait(b, user, Keys.TAB, PASSWORD, Keys.ENTER);
        assertEquals("/editor", path(b), user + " lands on the list asked for");
    }

    /** Finds the article's row in the list and follows its link from the keyboard. */
    private static void openFromList(Browser b, String slug) {
        if (!"/editor".equals(path(b))) b.get(base + "/editor");
        WebElement link = b.driver().findElement(By.cssSelector("tr[data-slug='" + slug + "'] a"));
        b.script("arguments[0].focus()", link);
        pressAndWait(b, Keys.ENTER);
        assertEquals("/editor/articles/" + slug, path(b));
    }

    /** Selects {@code old} in the box, as a person does with the mouse, and types {@code replacement} over it. */
    private static void replaceText(Browser b, String id, String old, String replacement) {
        long at = b.<Long>script("""
                const e = document.getElementById(arguments[0]);
                e.focus();
                const i = e.value.indexOf(arguments[1]);
                if (i >= 0) e.setSelectionRange(i, i + arguments[1].length);
                return i;""", id, old);
        assertTrue(at >= 0, "«" + old + "» is in #" + id + ": " + value(b, id));
        press(b, replacement);
        assertTrue(value(b, id).contains(replacement), "typed into #" + id + ": " + value(b, id));
    }

    /** Tabs from the focused element to the button with this text and presses Enter on it. */
    private static void pressButton(Browser b, String label) {
        tabTo(b, e -> e.getTagName().equals("button") && e.getText().strip().equals(label), 120);
        try {
            pressAndWait(b, Keys.ENTER);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("«" + label + "» sent nothing; the browser's own check stopped the form? " + b.script("""
                    const bad = document.querySelector('form :invalid');
                    return bad ? bad.id + ': ' + bad.validationMessage : 'no invalid input';"""), e);
        }
    }

    private static void focus(Browser b, String id) {
        b.script("arguments[0].focus()", b.driver().findElement(By.id(id)));
    }

    /** Keys to the focused element, as typed: no click, no moving the caret. */
    private static void press(Browser b, CharSequence... keys) {
        new Actions(b.driver()).sendKeys(keys).perform();
    }

    private static void selectAll(Browser b) {
        new Actions(b.driver()).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
    }

    private static void typeAndWait(Browser b, CharSequence... keys) {
        b.markPage();
        press(b, keys);
        b.awaitNewPage();
    }

    private static void pressAndWait(Browser b, Keys key) {
        typeAndWait(b, key);
    }

    private static WebElement tabTo(Browser b, Predicate<WebElement> wanted, int max) {
        List<String> passed = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            press(b, Keys.TAB);
            WebElement now = b.driver().switchTo().activeElement();
            if (wanted.test(now)) return now;
            passed.add(now.getTagName() + "«" + now.getText().strip() + "»");
        }
        throw new AssertionError("not reached by Tab in " + max + " presses; passed " + passed);
    }




    /** Waits until the live preview's text satisfies {@code wanted}, and returns it. */
    private static String awaitPreview(Browser b, Predicate<String> wanted) {
        try {
            return new WebDriverWait(b.driver(), Duration.ofSeconds(5)).until(d -> {
                String t = d.findElement(By.id("preview-body")).getText();
                return wanted.test(t) ? t : null;
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the preview did not follow the typing: «"
                    + b.driver().findElement(By.id("preview-body")).getText() + "»; status «"
                    + b.driver().findElement(By.id("preview-status")).getText() + "»", e);
        }
    }

    // --- reading the pages

    private static List<Map<String, String>> rows(Browser b) {
        return b.script("""
                return [...document.querySelectorAll('table.articles tbody tr')].map(tr => ({
                  slug: tr.dataset.slug, title: tr.cells[0].querySelector('a').textContent.trim(),
                  category: tr.cells[1].textContent.trim(), state: tr.cells[2].textContent.trim(),
                  review: tr.cells[4].textContent.trim().replace(/\\s+/g, ' ')}));
                """);
    }

    private static List<Map<String, String>> revisions(Browser b) {
        return b.script("""
                return [...document.querySelectorAll('#revisions ~ .table-scroll tbody tr')].map(tr => ({
                  version: tr.cells[0].textContent.trim(), author: tr.cells[1].textContent.trim(),
                  time: tr.cells[2].textContent.trim()}));
                """);
    }

    /** The name and value of every input, select and text box of the edit form, checkboxes as on/off. */
    private static Map<String, String> inputs(Browser b) {
        List<List<String>> pairs = b.script("""
                return [...document.querySelectorAll('.edit-form input:not([type=hidden]), .edit-form select, .edit-form textarea')]
                  .map(e => [e.name + (e.type === 'checkbox' ? '=' + e.value : ''),
                             e.type === 'checkbox' ? String(e.checked) : e.value]);
                """);
        Map<String, String> out = new TreeMap<>();
        for (List<String> p : pairs) out.put(p.get(0), p.get(1));
        return out;
    }

    /** The state line of the edit page: «وضعیت: ...». */
    private static String stateShown(Browser b) {
        return b.driver().findElement(By.xpath("//p[starts-with(normalize-space(.), 'وضعیت:')]/strong")).getText().strip();
    }

    private static List<String> buttons(Browser b) {
        return b.driver().findElements(By.cssSelector("main button")).stream().map(e -> e.getText().strip()).toList();
    }

    /** How many results of the site's search for {@code q} lead to the article. */
    private static int searchHits(Browser b, String q, String slug) {
        b.get(base + "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        return b.driver().findElements(By.cssSelector("ol.results a.title[href$='/articles/" + slug + "']")).size();
    }

    private static String value(Browser b, String id) {
        return b.driver().findElement(By.id(id)).getDomProperty("value");
    }

    private static String active(Browser b) {
        return b.script("return document.activeElement.id");
    }

    private static String text(Browser b, By by) {
        return b.driver().findElement(by).getText().strip();
    }

    private static String path(Browser b) {
        return URI.create(b.driver().getCurrentUrl()).getPath();
    }

    private static String queryParam(Browser b, String name) {
        String query = URI.create(b.driver().getCurrentUrl()).getRawQuery();
        if (query == null) return null;
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** Today's Persian-calendar date in Tehran as Chromium's ICU reckons it, {@code 1405-09-11}. */
    private static String tehranToday(Browser b) {
        return (String) tehranNow(b).get("date");
    }

    private static Map<String, Object> tehranNow(Browser b) {
        return b.script("""
                const parts = Object.fromEntries(new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
                    timeZone: 'Asia/Tehran', year: 'numeric', month: '2-digit', day: '2-digit',
                    hour: '2-digit', minute: '2-digit', hourCycle: 'h23'}).formatToParts(new Date())
                  .map(p => [p.type, p.value]));
                return {date: parts.year.replace(/\\D/g, '') + '-' + parts.month + '-' + parts.day,
                        time: parts.hour + ':' + parts.minute};
                """);
    }

    // --- the articles' text


    private static List<Path> files() throws IOException {
        try (Stream<Path> all = Files.walk(articles)) {
            return all.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    private static Path fileOf(String slug) throws IOException {
        return files().stream().filter(p -> p.getFileName().toString().equals(slug + ".md")).findFirst()
                .orElseThrow(() -> new AssertionError(slug + ".md is in the copy of the articles"));
    }

    private static String frontMatter(String source) {
        assertTrue(source.startsWith("---\n"), source);
        return source.substring(4, source.indexOf("\n---\n", 4) + 1);
    }

    private static String body(String source) {
        return source.substring(source.indexOf("\n---\n", 4) + 5);
    }

    /** A top-level value of the front matter, without quotes. */
    private static String field(String source, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + ": ?(.*)$").matcher(frontMatter(source));
        assertTrue(m.find(), key + " in " + source);
        String v = m.group(1).strip();
        return v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }

    /** A block list of the front matter, items without quotes. */
    private static List<String> list(String source, String key) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String line : frontMatter(source).lines().toList()) {
            if (line.equals(key + ":")) in = true;
            else if (in && line.startsWith("  - ")) {
                String v = line.substring(4).strip();
                out.add(v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v);
            } else if (in) break;
        }
        return out;
    }

    private static List<String> keys(String source) {
        return frontMatter(source).lines().filter(l -> l.matches("[a-z_]+:.*")).map(l -> l.substring(0, l.indexOf(':')))
                .toList();
    }

    /** The field order of the README's example article, read from the README itself. */
    private static List<String> readmeOrder() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("```markdown\n---\n");
        assertTrue(start >= 0, "the README shows an example article");
        String example = readme.substring(start + "```markdown\n".length());
        List<String> order = keys(example);
        assertTrue(order.size() >= 10 && order.get(0).equals("title"), order.toString());
        return order;
    }

    /** A sentence of a plain paragraph of the body with no figure in it (so that no review date is asked for). */
    private static String sentenceWithoutFigures(String body) {
        for (String line : body.lines().toList()) {
            if (line.isBlank() || !Character.isLetter(line.charAt(0)) || line.contains("**")) continue;
            for (String s : line.split("(?<=\\.) ")) {
                if (s.length() > 20 && s.endsWith(".") && !s.matches(".*[\\d۰-۹\\[\\]«»*_`].*")) return s;
            }
        }
        throw new AssertionError("no plain sentence without figures in " + body);
    }

    private static Map<String, String> categoryLabels() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        String yaml = Files.readString(dir.resolve("index-config/categories.yaml"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?m)^  - id: (\\S+)\\n    label: (.+)$").matcher(yaml);
        while (m.find()) out.put(m.group(1), m.group(2).strip());
        assertTrue(out.size() >= 5, "categories: " + out);
        return out;
    }

    /** {@code 1406-08-30} as the pages write it: «۳۰ آبان ۱۴۰۶». */
    private static String jalaliText(String date) {
        String[] p = date.split("-");
        return persian(String.valueOf(Integer.parseInt(p[2]))) + " " + MONTHS.get(Integer.parseInt(p[1]) - 1) + " "
                + persian(p[0]);
    }

    private static String persian(String latin) {
        StringBuilder b = new StringBuilder();
        for (char c : latin.toCharArray()) b.append(c >= '0' && c <= '9' ? (char) ('۰' + (c - '0')) : c);
        return b.toString();
    }

    private static String latin(String persian) {
        StringBuilder b = new StringBuilder();
        for (char c : persian.toCharArray()) b.append(c >= '۰' && c <= '۹' ? (char) ('0' + (c - '۰')) : c);
        return b.toString();
    }

    private static int minuteOfDay(String hhmm) {
        return Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(3, 5));
    }
}
