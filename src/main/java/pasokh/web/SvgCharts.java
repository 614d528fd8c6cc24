package pasokh.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Charts drawn on the server as inline SVG: no script, no CDN, readable without JavaScript and printable.
 * Labels are escaped; colours are attributes (the CSP forbids inline style). Each chart carries a title and a
 * description for screen readers, and the same figures are in a table beside it.
 */
public final class SvgCharts {

    private static final String BAR = "#0b5d8a";
    private static final String INK = "#1d2733";
    private static final String GRID = "#d9e0e6";

    public record Bar(String label, long value) {}

    private SvgCharts() {}

    /** Vertical bars, oldest on the right (the page reads right to left), one label every few bars. */
    public static String columns(String title, List<Bar> bars) {
        int width = 640, height = 220, top = 20, bottom = 50, side = 40;
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        StringBuilder svg = open(title, width, height, describe(bars));
        double plot = width - 2.0 * side;
        double step = bars.isEmpty() ? plot : plot / bars.size();
        int labelEvery = Math.max(1, (int) Math.ceil(bars.size() / 8.0));
        line(svg, side, height - bottom, width - side, height - bottom);
        text(svg, width - side + 4, top + 4, "start", Fa.num(max));
        line(svg, side, top, width - side, top);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double h = (height - top - bottom) * (b.value() / (double) max);
            double x = width - side - (i + 1) * step + step * 0.15;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s: %s</title></rect>",
                    x, height - bottom - h, step * 0.7, h, BAR, escape(b.label()), Fa.num(b.value())));
            if (i % labelEvery == 0) text(svg, x + step * 0.35, height - bottom + 18, "middle", b.label());
        }
        return svg.append("</svg>").toString();
    }

    /** Horizontal bars with their label and count: shares of channels or provinces. */
    public static String rows(String title, Map<String, Long> values) {
        int width = 640, rowHeight = 28, labelWidth = 150;
        int height = Math.max(1, values.size()) * rowHeight + 10;
        long max = Math.max(1, values.values().stream().mapToLong(Long::longValue).max().orElse(1));
        StringBuilder svg = open(title, width, height, describe(values.entrySet().stream()
                .map(e -> new Bar(e.getKey(), e.getValue())).toList()));
        int y = 5;
        for (var e : values.entrySet()) {
            double w = (width - labelWidth - 70) * (e.getValue() / (double) max);
            // right to left: the label at the right edge, the bar growing leftwards from it
            text(svg, width - 4, y + 19, "start", e.getKey());
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"></rect>",
                    width - labelWidth - w, y + 4, w, rowHeight - 10, BAR));
            text(svg, width - labelWidth - w - 6, y + 19, "end", Fa.num(e.getValue()));
            y += rowHeight;
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title, int width, int height, String description) {
        String id = "c" + Integer.toHexString(title.hashCode() & 0xfffffff);
        return new StringBuilder(String.format(Locale.ROOT, "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 %d %d\" "
                + "aria-labelledby=\"%s-t %s-d\" xmlns=\"http://www.w3.org/2000/svg\" direction=\"rtl\">"
                + "<title id=\"%s-t\">%s</title><desc id=\"%s-d\">%s</desc>", width, height, id, id, id,
                escape(title), id, escape(description)));
    }

    private static String describe(List<Bar> bars) {
        StringBuilder d = new StringBuilder();
        for (Bar b : bars) d.append(b.label()).append(": ").append(Fa.num(b.value())).append("؛ ");
        return d.toString();
    }

    private static void line(StringBuilder svg, double x1, double y1, double x2, double y2) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"></line>",
                x1, y1, x2, y2, GRID));
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String text) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"13\" fill=\"%s\">%s</text>",
                x, y, anchor, INK, escape(text)));
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
