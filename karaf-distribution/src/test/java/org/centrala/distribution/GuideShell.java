package org.centrala.distribution;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of bash to run the guide's commands: words with single and double quotes and
 * {@code $NAME} expansion, variables, and months moved from the guide's November 2026 to now.
 */
final class GuideShell {
    /** The month the guide was written in: its "this month". */
    static final YearMonth GUIDE_MONTH = YearMonth.of(2026, 11);
    private static final Pattern MONTH = Pattern.compile("\\b(20\\d\\d)-(0[1-9]|1[0-2])\\b");
    private static final Pattern NAME = Pattern.compile("\\$([A-Z_][A-Z0-9_]*)|\\$\\{([A-Z_][A-Z0-9_]*)}");

    private final Map<String, String> variables = new HashMap<>();
    private final YearMonth now = YearMonth.now(ZoneOffset.UTC);

    void set(String name, String value) {
        variables.put(name, value);
    }

    /** The guide's months as the months of this run, {@code shift} months earlier (its December steps). */
    String months(String text, int shift) {
        Matcher month = MONTH.matcher(text);
        StringBuilder out = new StringBuilder();
        while (month.find()) {
            YearMonth written = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
            long offset = GUIDE_MONTH.until(written, java.time.temporal.ChronoUnit.MONTHS) + shift;
            month.appendReplacement(out, now.plusMonths(offset).toString());
        }
        month.appendTail(out);
        return out.toString();
    }

    /** Splits a command into words as bash would, expanding variables outside single quotes. */
    List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '\'') {
                int end = command.indexOf('\'', i + 1);
                word = word == null ? new StringBuilder() : word;
                word.append(command, i + 1, end);
                i = end;
            } else if (c == '"') {
                int end = i + 1;
                while (command.charAt(end) != '"') {
                    end += command.charAt(end) == '\\' ? 2 : 1;
                }
                word = word == null ? new StringBuilder() : word;
                word.append(expand(command.substring(i + 1, end)));
                i = end;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                int end = i;
                while (end < command.length() && !Character.isWhitespace(command.charAt(end)) && command.charAt(end) != '\''
                        && command.charAt(end) != '"') {
                    end++;
                }
                word = word == null ? new StringBuilder() : word;
                word.append(expand(command.substring(i, end)));
                i = end - 1;
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    private String expand(String text) {
        Matcher name = NAME.matcher(text);
        StringBuilder out = new StringBuilder();
        while (name.find()) {
            String variable = name.group(1) != null ? name.group(1) : name.group(2);
            String value = variables.get(variable);
            if (value == null) {
                throw new AssertionError("the guide uses $" + variable + " before it says what it is");
            }
            name.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        name.appendTail(out);
        return out.toString();
    }
}
