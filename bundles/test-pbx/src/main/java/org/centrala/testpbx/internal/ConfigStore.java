package org.centrala.testpbx.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The PBX's configuration directory as Asterisk's config loader sees it (main/config.c): files of
 * categories in order, each with its variables (templates' ones inherited), {@code #include} and
 * {@code #tryinclude} with globs relative to the directory. Clock thread only.
 */
final class ConfigStore {

    /**
     * A category: duplicates of a name may exist (pjsip.conf's endpoint and aor of one name). A line
     * is its name, value and how it is written: " => " for an object (UpdateConfig's '>' value), else " = ".
     */
    static final class Category {
        String name;
        final boolean template;
        final List<String> templates;
        final List<String[]> lines = new ArrayList<>();

        Category(String name, boolean template, List<String> templates) {
            this.name = name;
            this.template = template;
            this.templates = templates;
        }

        String get(String variable) {
            return lines.stream().filter(l -> l[0].equalsIgnoreCase(variable)).map(l -> l[1]).reduce((a, b) -> b).orElse(null);
        }
    }

    /** A file: its categories and, in order, the includes it names. */
    static final class File {
        final List<Category> categories = new ArrayList<>();
        final List<String> includes = new ArrayList<>();
    }

    private final Map<String, File> files = new LinkedHashMap<>();

    /** The stock layout docs/asterisk.md asks for: each module's file includes Centrala's files. */
    ConfigStore() {
        for (String module : List.of("pjsip", "extensions", "queues")) {
            put(module + ".conf", "#tryinclude \"centrala-*-" + module + ".conf\"\n");
        }
    }

    boolean exists(String name) {
        return files.containsKey(name);
    }

    /** CreateConfig: an empty file; false if it exists. */
    boolean create(String name) {
        return files.putIfAbsent(name, new File()) == null;
    }

    /** The file's own categories (for UpdateConfig, which edits one file). */
    File file(String name) {
        return files.get(name);
    }

    void save(String name, File file) {
        files.put(name, file);
    }

    /** Parses a file as an operator wrote it: [name], [name](!), [name](tpl,...), k = v, k => v, #include. */
    void put(String name, String text) {
        File file = new File();
        Category current = null;
        for (String raw : text.split("\n")) {
            String line = raw.replaceAll("(?<!\\\\);.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#include") || line.startsWith("#tryinclude")) {
                file.includes.add(line.substring(line.indexOf(' ') + 1).strip().replace("\"", ""));
            } else if (line.startsWith("[")) {
                int close = line.indexOf(']');
                String options = line.substring(close + 1).strip();
                List<String> templates = new ArrayList<>();
                boolean template = false;
                if (options.startsWith("(") && options.endsWith(")")) {
                    for (String option : options.substring(1, options.length() - 1).split(",")) {
                        if (option.strip().equals("!")) {
                            template = true;
                        } else if (!option.isBlank()) {
                            templates.add(option.strip());
                        }
                    }
                }
                Category made = new Category(line.substring(1, close), template, templates);
                for (String parent : templates) {
                    file.categories.stream().filter(c -> c.name.equals(parent)).reduce((a, b) -> b)
                            .ifPresent(p -> p.lines.forEach(l -> made.lines.add(l.clone())));
                }
                file.categories.add(made);
                current = made;
            } else if (current != null && line.contains("=")) {
                int equals = line.indexOf('=');
                String value = line.substring(equals + 1);
                current.lines.add(new String[] {line.substring(0, equals).strip(), (value.startsWith(">") ? value.substring(1) : value).strip(),
                        value.startsWith(">") ? " => " : " = "});
            }
        }
        files.put(name, file);
    }

    /** The categories a module sees when it loads the file: the file's, then each include's in order. */
    List<Category> load(String name) {
        List<Category> loaded = new ArrayList<>();
        load(name, loaded, 0);
        return loaded;
    }

    private void load(String name, List<Category> into, int depth) {
        File file = files.get(name);
        if (file == null || depth > 8) {
            return;
        }
        into.addAll(file.categories);
        for (String include : file.includes) {
            Pattern glob = Pattern.compile(Pattern.quote(include).replace("*", "\\E.*\\Q"));
            files.keySet().stream().filter(f -> glob.matcher(f).matches()).sorted().toList()
                    .forEach(f -> load(f, into, depth + 1));
        }
    }

    /** Asterisk's does_category_match: every "name=value" regex pair of the filter matches some variable. */
    static boolean matches(Category category, String filter) {
        if (filter == null || filter.isBlank()) {
            return !category.template;
        }
        for (String pair : filter.split(",")) {
            int equals = pair.indexOf('=');
            if (equals < 0) {
                return false;
            }
            Pattern name = Pattern.compile(pair.substring(0, equals).strip());
            Pattern value = Pattern.compile(pair.substring(equals + 1).strip().replaceAll("^\"|\"$", ""));
            if (category.lines.stream().noneMatch(l -> name.matcher(l[0]).find() && value.matcher(l[1]).find())) {
                return false;
            }
        }
        return !category.template;
    }

    /** The file as Asterisk's config writer would put it, for tests to read. */
    Optional<String> text(String name) {
        File file = files.get(name);
        if (file == null) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        file.includes.forEach(i -> text.append("#tryinclude \"").append(i).append("\"\n"));
        for (Category category : file.categories) {
            text.append('[').append(category.name).append(']').append(category.template ? "(!)" : "").append('\n');
            for (String[] line : category.lines) {
                text.append(line[0]).append(line.length > 2 ? line[2] : " = ").append(line[1]).append('\n');
            }
        }
        return Optional.of(text.toString());
    }
}
