package org.centrala.ui.views.statistics;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.centrala.ui.client.model.ReportRow;

/**
 * A report's offered and answered calls per period as a bar chart, drawn on the server as SVG:
 * no charting add-on, no frontend build; the browser shows it like any image and a screen reader
 * reads its title and each bar's.
 */
final class DayChart {
    private static final int WIDTH = 960;
    private static final int HEIGHT = 220;
    private static final int MARGIN = 30;
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private DayChart() {
    }

    /** One {@code <div>} holding the {@code <svg>} (Vaadin's Html wants one root element). */
    static String svg(List<ReportRow> rows, String offeredLabel, String answeredLabel) {
        Map<OffsetDateTime, long[]> periods = new TreeMap<>();
        for (ReportRow row : rows) {
            if (row.getPeriodStart() != null) {
                long[] sums = periods.computeIfAbsent(row.getPeriodStart(), p -> new long[2]);
                sums[0] += row.getOffered();
                sums[1] += row.getAnswered();
            }
        }
        long most = Math.max(1, periods.values().stream().mapToLong(s -> s[0]).max().orElse(1));
        StringBuilder svg = new StringBuilder("<div><svg xmlns='http://www.w3.org/2000/svg' role='img' width='100%' viewBox='0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT + MARGIN).append("' preserveAspectRatio='xMinYMin meet'><title>")
                .append(escape(offeredLabel)).append(" / ").append(escape(answeredLabel)).append("</title>");
        int count = Math.max(1, periods.size());
        double slot = (WIDTH - 2.0 * MARGIN) / count;
        double bar = Math.max(1, slot / 2 - 1);
        int i = 0;
        for (Map.Entry<OffsetDateTime, long[]> period : periods.entrySet()) {
            double x = MARGIN + i * slot;
            bar(svg, x, period.getValue()[0], most, bar, "var(--lumo-contrast-30pct, #b0b8c4)", offeredLabel, period.getKey());
            bar(svg, x + bar + 1, period.getValue()[1], most, bar, "var(--lumo-primary-color, #1676f3)", answeredLabel, period.getKey());
            if (count <= 24 || i % Math.max(1, count / 12) == 0) {
                svg.append("<text x='").append(fmt(x)).append("' y='").append(HEIGHT + 18).append("' font-size='11'>")
                        .append(escape(LABEL.format(period.getKey()))).append("</text>");
            }
            i++;
        }
        svg.append("<text x='0' y='12' font-size='11'>").append(most).append("</text>");
        return svg.append("</svg></div>").toString();
    }

    private static void bar(StringBuilder svg, double x, long value, long most, double width, String colour, String label,
                            OffsetDateTime period) {
        double height = (HEIGHT - 10.0) * value / most;
        svg.append("<rect class='bar' x='").append(fmt(x)).append("' y='").append(fmt(HEIGHT - height)).append("' width='")
                .append(fmt(width)).append("' height='").append(fmt(height)).append("' fill='").append(colour).append("' data-value='")
                .append(value).append("'><title>").append(escape(label)).append(' ').append(escape(LABEL.format(period))).append(": ")
                .append(value).append("</title></rect>");
    }

    private static String fmt(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }
}
