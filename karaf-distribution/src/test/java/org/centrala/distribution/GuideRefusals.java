package org.centrala.distribution;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The refusals docs/admin-guide.md lists in tables (issue 9, item 9: the guide runs as written):
 * each row names a situation and the answer, as a status and a message, or a field and a message.
 * A test sets up each situation and compares the answer with the row, so neither can change alone.
 *
 * <p>How a row's message is compared: {@code …}, a shortened id ({@code 3c8a775c-…}) and {@code <id>}
 * stand for anything; a month ({@code 2026-11}) stands for any month and an instant for any instant, since the
 * guide's dates are those of the day it was written; everything else, names included, must match.
 */
final class GuideRefusals {
    /** A row: the table's heading above it, its situation (or field), the status it names, and the message. */
    record Row(String section, String situation, Integer status, String field, String message) {
        /** Whether an answer's text is the row's message. */
        boolean says(String text) {
            return text != null && pattern(message).matcher(text).matches();
        }

        /** Whether an error's field is the row's: {@code steps[i].ringSeconds} is any step's. */
        boolean names(String errorField) {
            return errorField != null && Pattern.compile(Pattern.quote(field).replace("[i]", "\\E\\[\\d+]\\Q")).matcher(errorField).matches();
        }

        @Override
        public String toString() {
            return section + " | " + situation;
        }
    }

    private static final Pattern CODE = Pattern.compile("`([^`]*)`");
    private static final Pattern STATUS = Pattern.compile("^(\\d{3})\\b");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?Z");
    /** The status the text above a table without a status column names ("refused with 409"). */
    private static final Pattern STATUS_SAID = Pattern.compile("\\b(409|400)\\b");
    private static final Pattern MONTH = Pattern.compile("\\b\\d{4}-\\d\\d\\b");

    private GuideRefusals() {
    }

    /**
     * Every row of the guide's tables whose header is {@code | Situation | Answer |},
     * {@code | Situation | Message |} or {@code | Field | Message |}. A table without a status column
     * takes the status the text above it names ("refused with 409", "Validation errors (400)").
     */
    static List<Row> parse(List<String> guide) {
        List<Row> rows = new ArrayList<>();
        String section = "";
        String header = null;
        Integer statusAbove = null;
        for (int i = 0; i < guide.size(); i++) {
            String line = guide.get(i);
            if (line.startsWith("#")) {
                section = line.replaceFirst("^#+\\s*", "");
            }
            if (!line.startsWith("|")) {
                header = null;
                Matcher said = STATUS_SAID.matcher(line);
                if (said.find()) {
                    statusAbove = Integer.valueOf(said.group(1)); // "refused with 409", "Validation errors (400)"
                }
                continue;
            }
            List<String> cells = cells(line);
            if (header == null) {
                header = String.join("|", cells);
                continue;
            }
            if (cells.get(0).startsWith("---") || !List.of("Situation|Answer", "Situation|Message", "Field|Message").contains(header)) {
                continue;
            }
            String answer = cells.get(1);
            Matcher status = STATUS.matcher(answer);
            List<String> codes = codes(answer);
            if (header.equals("Situation|Answer")) {
                Integer code = status.find() ? Integer.valueOf(status.group(1)) : null;
                String field = codes.size() == 2 ? codes.get(0) : null;
                String message = codes.isEmpty() ? null : codes.get(codes.size() - 1);
                rows.add(new Row(section, cells.get(0), code, field, message));
            } else if (header.equals("Situation|Message")) {
                rows.add(new Row(section, cells.get(0), statusAbove, null, codes.isEmpty() ? null : codes.get(0)));
            } else {
                rows.add(new Row(section, cells.get(0) + " `" + codes.get(0) + "`", statusAbove, codes(cells.get(0)).get(0), codes.get(0)));
            }
        }
        return rows;
    }

    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|")) {
            cells.add(cell.strip());
        }
        return cells;
    }

    private static List<String> codes(String text) {
        List<String> codes = new ArrayList<>();
        Matcher code = CODE.matcher(text);
        while (code.find()) {
            codes.add(code.group(1));
        }
        return codes;
    }

    /** The message as a pattern: see the class comment. */
    static Pattern pattern(String message) {
        StringBuilder regex = new StringBuilder();
        String rest = message;
        // An id the guide shortens ("3c8a775c-…") is any id, like a bare "…".
        Pattern token = Pattern.compile("(?:[0-9a-f]+-)?…|<id>|" + INSTANT.pattern() + "|" + MONTH.pattern());
        Matcher matcher = token.matcher(rest);
        int from = 0;
        while (matcher.find()) {
            regex.append(Pattern.quote(rest.substring(from, matcher.start())));
            String found = matcher.group();
            if (found.endsWith("…") || found.equals("<id>")) {
                regex.append(".+?");
            } else if (INSTANT.matcher(found).matches()) {
                regex.append(INSTANT.pattern());
            } else {
                regex.append("\\d{4}-\\d\\d");
            }
            from = matcher.end();
        }
        regex.append(Pattern.quote(rest.substring(from)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
