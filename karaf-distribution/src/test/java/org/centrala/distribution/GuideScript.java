package org.centrala.distribution;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The commands of docs/admin-guide.md, in order, as its test runs them (issue 9, item 9). The guide
 * is written for people; what makes it a script is a small set of conventions it keeps:
 * <ul>
 * <li>{@code sh} blocks hold commands: variable assignments, {@code NAME=$(curl … | jq -r .path)},
 * and {@code curl} with {@code -u}, {@code -H}, {@code -d}, {@code -X} and a URL, quoted as in bash;</li>
 * <li>a trailing comment {@code # → NAME} keeps the answer's id as {@code $NAME}
 * ({@code # → NAME .device.id} another field); a trailing comment's 3-digit number is the status
 * the command answers, and its {@code "field":value} fragments are what the answer holds;</li>
 * <li>a {@code json} block after a {@code sh} block, or comment lines starting with {@code # {}
 * under a command, show what the block's last command answers;</li>
 * <li>a comment line {@code # in December} moves the commands after it, to the end of its block, one month on.</li>
 * </ul>
 */
final class GuideScript {
    /** One command of the guide and what the guide says it answers. */
    static final class Step {
        final int line;
        final String text;
        final String captureName;
        final String capturePath;
        final Integer status;
        final List<String> expected = new ArrayList<>();
        final int monthShift;

        Step(int line, String text, String captureName, String capturePath, Integer status, String fragments, int monthShift) {
            this.line = line;
            this.text = text;
            this.captureName = captureName;
            this.capturePath = capturePath;
            this.status = status;
            this.monthShift = monthShift;
            if (fragments != null && !fragments.isBlank()) {
                expected.add(fragments);
            }
        }

        @Override
        public String toString() {
            return "admin-guide.md:" + line + ": " + text;
        }
    }

    private static final Pattern CAPTURE = Pattern.compile("→\\s*([A-Z][A-Z0-9_]*)(?:\\s+(\\.[\\w.]+))?");
    private static final Pattern STATUS = Pattern.compile("(?<![\\w+.\\-:])([1-5]\\d\\d)(?![\\w.])");

    private GuideScript() {
    }

    static List<Step> parse(List<String> lines) {
        List<Step> steps = new ArrayList<>();
        int shift = 0;
        for (int i = 0; i < lines.size(); i++) {
            String fence = lines.get(i).strip();
            if (fence.equals("```sh")) {
                shift = 0; // "# in December" holds for the rest of its block only
                List<Step> block = new ArrayList<>();
                int j = i + 1;
                StringBuilder command = null;
                int start = 0;
                for (; j < lines.size() && !lines.get(j).strip().equals("```"); j++) {
                    String line = lines.get(j);
                    if (command == null && line.strip().startsWith("#")) {
                        String comment = line.strip().substring(1).strip();
                        if (comment.toLowerCase().startsWith("in december")) {
                            shift = -1;
                        } else if (!block.isEmpty() && (comment.startsWith("{") || comment.startsWith("\"") || line.startsWith("#  "))) {
                            block.get(block.size() - 1).expected.add(comment);
                        }
                        continue;
                    }
                    if (command == null) {
                        if (line.isBlank()) {
                            continue;
                        }
                        command = new StringBuilder();
                        start = j + 1;
                    } else {
                        command.append('\n');
                    }
                    command.append(line);
                    if (!continues(command.toString())) {
                        block.add(step(start, command.toString(), shift));
                        command = null;
                    }
                }
                steps.addAll(block);
                i = j;
                if (!block.isEmpty()) {
                    int k = i + 1;
                    while (k < lines.size() && lines.get(k).isBlank()) {
                        k++;
                    }
                    if (k < lines.size() && lines.get(k).strip().equals("```json")) {
                        StringBuilder json = new StringBuilder();
                        for (k++; k < lines.size() && !lines.get(k).strip().equals("```"); k++) {
                            json.append(lines.get(k)).append('\n');
                        }
                        block.get(block.size() - 1).expected.add(json.toString());
                        i = k;
                    }
                }
            }
        }
        return steps;
    }

    /** A command goes on while a quote is open or its line ends with a backslash. */
    private static boolean continues(String command) {
        String code = withoutComment(command);
        if (code.stripTrailing().endsWith("\\")) {
            return true;
        }
        boolean single = false;
        boolean dubbel = false;
        for (char c : code.toCharArray()) {
            if (c == '\'' && !dubbel) {
                single = !single;
            } else if (c == '"' && !single) {
                dubbel = !dubbel;
            }
        }
        return single || dubbel;
    }

    private static Step step(int line, String command, int shift) {
        String code = withoutComment(command).replace("\\\n", " ").strip();
        String comment = command.substring(withoutComment(command).length()).replaceFirst("^\\s*#", "").strip();
        Matcher capture = CAPTURE.matcher(comment);
        String name = null;
        String path = null;
        if (capture.find()) {
            name = capture.group(1);
            path = capture.group(2) == null ? ".id" : capture.group(2);
        }
        Matcher status = STATUS.matcher(comment.replaceAll("\"[^\"]*\"", ""));
        Integer expectedStatus = status.find() ? Integer.valueOf(status.group(1)) : null;
        String fragments = comment.contains("\":") ? comment : null;
        return new Step(line, code, name, path, expectedStatus, fragments, shift);
    }

    /** The command without a trailing {@code # comment} outside quotes. */
    static String withoutComment(String command) {
        boolean single = false;
        boolean dubbel = false;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '\'' && !dubbel) {
                single = !single;
            } else if (c == '"' && !single) {
                dubbel = !dubbel;
            } else if (c == '#' && !single && !dubbel && (i == 0 || Character.isWhitespace(command.charAt(i - 1)))) {
                return command.substring(0, i);
            }
        }
        return command;
    }
}
