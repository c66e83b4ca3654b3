package org.centrala.testpbx.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * GetConfig, CreateConfig and UpdateConfig as Asterisk 20's main/manager.c answers them (the
 * answers recorded in src/test/resources/asterisk-20.20.1/provisioning.txt): categories browsed
 * by name and filter, NewCat with allowdups, RenameCat, DelCat and EmptyCat on every category of
 * the name, Append/Update/Delete, ignoreerror; an UpdateConfig applies all its edits or none.
 * Clock thread only.
 */
final class ConfigActions {
    private final ConfigStore store;

    ConfigActions(ConfigStore store) {
        this.store = store;
    }

    AmiMessage getConfig(Map<String, String> action, String actionId) {
        String name = action.getOrDefault("filename", "");
        if (name.isBlank()) {
            return error(actionId, "Filename not specified");
        }
        if (restricted(name)) {
            return error(actionId, "File requires escalated privileges");
        }
        if (!store.exists(name)) {
            return error(actionId, "Config file not found");
        }
        String category = action.get("category");
        AmiMessage answer = AmiMessage.response("Success", actionId);
        int count = 0;
        for (ConfigStore.Category c : store.load(name)) {
            if ((category != null && !category.isEmpty() && !c.name.equalsIgnoreCase(category))
                    || !ConfigStore.matches(c, action.get("filter"))) {
                continue;
            }
            String number = String.format(Locale.ROOT, "%06d", count++);
            answer.put("Category-" + number, c.name);
            if (!c.templates.isEmpty()) {
                answer.put("Templates-" + number, String.join(",", c.templates));
            }
            int line = 0;
            for (String[] variable : c.lines) {
                answer.put("Line-" + number + "-" + String.format(Locale.ROOT, "%06d", line++), variable[0] + "=" + variable[1]);
            }
        }
        return answer;
    }

    AmiMessage createConfig(Map<String, String> action, String actionId) {
        String name = action.getOrDefault("filename", "").strip();
        if (name.isEmpty()) {
            return error(actionId, "Filename not specified");
        }
        if (name.contains("/")) {
            return error(actionId, "No such file or directory");
        }
        return store.create(name) ? AmiMessage.response("Success", actionId).put("Message", "New configuration file created successfully")
                : error(actionId, "File exists");
    }

    AmiMessage updateConfig(Map<String, String> action, String actionId) {
        String source = action.getOrDefault("srcfilename", "");
        String destination = action.getOrDefault("dstfilename", "");
        if (source.isBlank() || destination.isBlank()) {
            return error(actionId, "Filename not specified");
        }
        if (restricted(source) || restricted(destination)) {
            return error(actionId, "File requires escalated privileges");
        }
        ConfigStore.File original = store.file(source);
        if (original == null) {
            return error(actionId, "Config file not found");
        }
        ConfigStore.File edited = copy(original);
        for (int x = 0; ; x++) {
            String number = String.format(Locale.ROOT, "%06d", x);
            String verb = action.get("action-" + number);
            if (verb == null || verb.isEmpty()) {
                break;
            }
            String failure = apply(edited, verb.toLowerCase(Locale.ROOT), action.get("cat-" + number), action.get("var-" + number),
                    action.get("value-" + number), action.getOrDefault("options-" + number, ""));
            if (failure != null) {
                return error(actionId, failure);
            }
        }
        store.save(destination, edited);
        return AmiMessage.response("Success", actionId);
    }

    private static String apply(ConfigStore.File file, String verb, String cat, String var, String value, String options) {
        if (cat == null || cat.isEmpty()) {
            return "Category not specified";
        }
        // Options split at commas outside quotes, as ast_strsep does.
        List<String> tokens = List.of(options.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"));
        List<String> flags = tokens.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).toList();
        boolean ignoreError = flags.contains("ignoreerror");
        String catFilter = catFilter(tokens);
        List<ConfigStore.Category> named = file.categories.stream()
                .filter(c -> c.name.equalsIgnoreCase(cat) && (catFilter == null ? !c.template : ConfigStore.matches(c, catFilter))).toList();
        switch (verb) {
            case "newcat" -> {
                if (!flags.contains("allowdups") && file.categories.stream().anyMatch(c -> c.name.equalsIgnoreCase(cat))) {
                    return ignoreError ? null : "Create category did not complete successfully";
                }
                file.categories.add(new ConfigStore.Category(cat, flags.contains("template"), List.of()));
                return null;
            }
            case "renamecat" -> {
                if (value == null || value.isEmpty()) {
                    return "Problem with category, value, or line (if required)";
                }
                if (named.isEmpty()) {
                    return "Given category does not exist";
                }
                named.forEach(c -> c.name = value);
                return null;
            }
            case "delcat" -> {
                if (named.isEmpty()) {
                    return ignoreError ? null : "Given category does not exist";
                }
                file.categories.removeAll(named);
                return null;
            }
            case "emptycat" -> {
                if (named.isEmpty()) {
                    return "Given category does not exist";
                }
                named.forEach(c -> c.lines.clear());
                return null;
            }
            case "append", "update", "delete" -> {
                if (var == null || var.isEmpty()) {
                    return "Problem with category, value, or line (if required)";
                }
                if (named.isEmpty()) {
                    return "Given category does not exist";
                }
                String plain = value == null ? "" : value.startsWith(">") ? value.substring(1) : value;
                boolean found = false;
                for (ConfigStore.Category c : named) {
                    if (verb.equals("append")) {
                        c.lines.add(new String[] {var, plain, value != null && value.startsWith(">") ? " => " : " = "});
                        found = true;
                    } else if (verb.equals("update")) {
                        for (String[] line : c.lines) {
                            if (line[0].equalsIgnoreCase(var)) {
                                line[1] = plain;
                                found = true;
                            }
                        }
                    } else {
                        found |= c.lines.removeIf(line -> line[0].equalsIgnoreCase(var));
                    }
                }
                return found || (verb.equals("delete") && ignoreError) ? null : "Update did not complete successfully";
            }
            default -> {
                return "Unknown action command";
            }
        }
    }

    /**
     * The category filter of {@code catfilter=...}. Asterisk splits the option at every '=', so only
     * a quoted filter ({@code catfilter="type=aor"}) keeps its "name=value"; unquoted, it keeps the
     * name alone, which matches no category.
     */
    private static String catFilter(List<String> tokens) {
        for (String token : tokens) {
            String t = token.strip();
            if (t.toLowerCase(Locale.ROOT).startsWith("catfilter")) {
                String rest = t.substring(t.indexOf('=') + 1).strip();
                return rest.startsWith("\"") ? rest.replace("\"", "") : rest.split("=")[0];
            }
        }
        return null;
    }

    private static ConfigStore.File copy(ConfigStore.File original) {
        ConfigStore.File copy = new ConfigStore.File();
        copy.includes.addAll(original.includes);
        for (ConfigStore.Category c : original.categories) {
            ConfigStore.Category twin = new ConfigStore.Category(c.name, c.template, new ArrayList<>(c.templates));
            c.lines.forEach(l -> twin.lines.add(l.clone()));
            copy.categories.add(twin);
        }
        return copy;
    }

    /** Asterisk refuses files outside its configuration directory unless live_dangerously (is_restricted_file). */
    private static boolean restricted(String name) {
        return name.startsWith("/") || name.contains("..");
    }

    private static AmiMessage error(String actionId, String message) {
        return AmiMessage.response("Error", actionId).put("Message", message);
    }
}
