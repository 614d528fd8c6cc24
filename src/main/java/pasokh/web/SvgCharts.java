package pasokh.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Charts drawn on the server as inline SVG: no script, no CDN, readable without JavaScript and printable.
 * Labels are escaped; colours are attributes (the CSP forbids inline style). Each chart carries a title and a
 * description (every figure it draws) for screen readers, and each bar its figure as a tooltip.
 *
 * <p>The drawings are laid out for a phone: a chart is drawn {@value #WIDTH} units wide with labels of
 * {@value #FONT} units, so on a 360 px screen (a chart about 300 px wide) a label is still about 10 px high;
 * staff.css keeps a chart from growing past about one and a half times that on a desktop. Text runs right to
 * left ({@code direction="rtl"}), where {@code text-anchor="start"} puts a label's right edge at its x and
 * {@code "end"} its left edge: {@link #rightEdgeAt} and {@link #leftEdgeAt} say which is meant.
 */
public final class SvgCharts {

    private static final String BAR = "#0b5d8a";
    private static final String INK = "#1d2733";
    /** The baseline, as dark as the page's muted text (4.5:1 on white); the guide at the top is lighter. */
    private static final String AXIS = "#5b6875";
    private static final String GRID = "#d9e0e6";
    static final int WIDTH = 400;
    static final int FONT = 14;
    /** A generous width of one character of a label, in units: Persian letters and digits are narrower. */
    private static final double CHAR = FONT * 0.62;

    public record Bar(String label, long value) {}

    private SvgCharts() {}

    /**
     * Vertical bars, oldest on the right (the page reads right to left), the scale on the right; as many labels
     * under the bars as fit without touching, the latest bar's always among them.
     */
    public static String columns(String title, List<Bar> bars) {
        int height = 210, top = 22, bottom = 34;
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        double scale = Math.max(width(Fa.num(max)), width("۰")) + 8;
        double left = 4, right = WIDTH - scale;
        StringBuilder svg = open(title, WIDTH, height, describe(bars));
        double plot = right - left;
        double step = bars.isEmpty() ? plot : plot / bars.size();
        double widest = bars.stream().mapToDouble(b -> width(b.label())).max().orElse(0);
        int fit = Math.max(1, (int) Math.floor(plot / (widest + 10)));
        int labelEvery = Math.max(1, (int) Math.ceil(bars.size() / (double) fit));
        double base = height - bottom;
        line(svg, left, base, right, base, AXIS);
        line(svg, left, top, right, top, GRID);
        leftEdgeAt(svg, right + 6, top + FONT * 0.35, Fa.num(max));
        leftEdgeAt(svg, right + 6, base + FONT * 0.35, "۰");
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double h = (base - top) * (b.value() / (double) max);
            double x = right - (i + 1) * step + step * 0.15;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                    + "<title>%s: %s</title></rect>", x, base - h, step * 0.7, h, BAR, escape(b.label()),
                    Fa.num(b.value())));
            if ((bars.size() - 1 - i) % labelEvery == 0) {
                double half = width(b.label()) / 2;
                double centre = Math.min(right - half, Math.max(left + half, x + step * 0.35));
                text(svg, centre, base + FONT + 8, "middle", b.label());
            }
        }
        return svg.append("</svg>").toString();
    }

    /** Horizontal bars with their label and count: shares of channels or provinces. */
    public static String rows(String title, Map<String, Long> values) {
        // Persian fonts have tall lines (Noto Sans Arabic's is about 2.1 em): rows far enough apart for them
        int rowHeight = 32;
        int height = Math.max(1, values.size()) * rowHeight + 8;
        long max = Math.max(1, values.values().stream().mapToLong(Long::longValue).max().orElse(1));
        double labels = Math.min(170, Math.max(60, values.keySet().stream().mapToDouble(SvgCharts::width).max()
                .orElse(0) + 10));
        double counts = values.values().stream().mapToDouble(v -> width(Fa.num(v))).max().orElse(0) + 10;
        double barsRight = WIDTH - 4 - labels;
        double room = barsRight - counts - 4;
        StringBuilder svg = open(title, WIDTH, height, describe(values.entrySet().stream()
                .map(e -> new Bar(e.getKey(), e.getValue())).toList()));
        int y = 4;
        for (var e : values.entrySet()) {
            double w = Math.max(1, room * (e.getValue() / (double) max));
            // right to left: the label at the right edge, the bar growing leftwards from it, its count after it
            rightEdgeAt(svg, WIDTH - 4, y + 20, fitted(e.getKey(), labels - 10));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\">"
                    + "<title>%s: %s</title></rect>", barsRight - w, y + 6, w, rowHeight - 12, BAR,
                    escape(e.getKey()), Fa.num(e.getValue())));
            rightEdgeAt(svg, barsRight - w - 6, y + 20, Fa.num(e.getValue()));
            y += rowHeight;
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title, int width, int height, String description) {
        String id = "c" + Integer.toHexString(title.hashCode() & 0xfffffff);
        return new StringBuilder(String.format(Locale.ROOT, "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 %d %d\" "
                + "aria-labelledby=\"%s-t %s-d\" xmlns=\"http://www.w3.org/2000/svg\" direction=\"rtl\" "
                + "font-size=\"%d\">"
                + "<title id=\"%s-t\">%s</title><desc id=\"%s-d\">%s</desc>", width, height, id, id, FONT, id,
                escape(title), id, escape(description)));
    }

    private static String describe(List<Bar> bars) {
        StringBuilder d = new StringBuilder();
        for (Bar b : bars) d.append(b.label()).append(": ").append(Fa.num(b.value())).append("؛ ");
        return d.toString();
    }

    /** About how wide a label is drawn, in units; on the generous side, so that what it places does not touch. */
    static double width(String label) {
        return label.codePointCount(0, label.length()) * CHAR;
    }

    /** The label, cut with an ellipsis when it would be wider than {@code room}. */
    private static String fitted(String label, double room) {
        if (width(label) <= room) return label;
        int keep = Math.max(1, (int) (room / CHAR) - 1);
        return label.substring(0, label.offsetByCodePoints(0, Math.min(keep, label.codePointCount(0, label.length()))))
                + "…";
    }

    private static void line(StringBuilder svg, double x1, double y1, double x2, double y2, String colour) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"></line>",
                x1, y1, x2, y2, colour));
    }

    /** Text whose right edge is at {@code x}: a right-to-left text starts there. */
    private static void rightEdgeAt(StringBuilder svg, double x, double y, String text) {
        text(svg, x, y, "start", text);
    }

    /** Text whose left edge is at {@code x}: a right-to-left text ends there. */
    private static void leftEdgeAt(StringBuilder svg, double x, double y, String text) {
        text(svg, x, y, "end", text);
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String text) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"%s\">%s</text>",
                x, y, anchor, INK, escape(text)));
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
