package org.centrala.pbx.internal.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;
import org.centrala.common.ConflictException;
import org.centrala.pbx.PbxConfigFiles;

/**
 * Configuration files over AMI, as Asterisk 20's manager answers them (recorded in the test PBX's
 * test resources, asterisk-20.20.1/provisioning.txt).
 */
final class AmiConfigFiles implements PbxConfigFiles {
    private final Function<String, AmiLink> links;

    AmiConfigFiles(Function<String, AmiLink> links) {
        this.links = links;
    }

    @Override
    public Optional<List<Section>> read(String tenantId, String file, String category, String filter) {
        ManagerResponse answer = links.apply(tenantId).send(new RawAction("GetConfig").with("Filename", file)
                .with("Category", category).with("Filter", filter));
        if (answer instanceof ManagerError) {
            if ("Config file not found".equals(answer.getMessage())) {
                return Optional.empty();
            }
            throw refused("GetConfig " + file, answer);
        }
        return Optional.of(sections(answer.getAttributes()));
    }

    /** Category-000000, Line-000000-000000 "name=value": the answer's map has them in no order. */
    static List<Section> sections(Map<String, Object> attributes) {
        TreeMap<Integer, String> names = new TreeMap<>();
        TreeMap<Integer, TreeMap<Integer, Variable>> lines = new TreeMap<>();
        for (Map.Entry<String, Object> entry : attributes.entrySet()) {
            String[] key = entry.getKey().toLowerCase(Locale.ROOT).split("-");
            String value = String.valueOf(entry.getValue());
            if (key.length == 2 && key[0].equals("category")) {
                names.put(Integer.parseInt(key[1]), value);
            } else if (key.length == 3 && key[0].equals("line")) {
                int equals = value.indexOf('=');
                lines.computeIfAbsent(Integer.parseInt(key[1]), k -> new TreeMap<>()).put(Integer.parseInt(key[2]),
                        new Variable(equals < 0 ? value : value.substring(0, equals), equals < 0 ? "" : value.substring(equals + 1)));
            }
        }
        List<Section> sections = new ArrayList<>();
        names.forEach((n, name) -> sections.add(new Section(name, List.copyOf(lines.getOrDefault(n, new TreeMap<>()).values()))));
        return sections;
    }

    @Override
    public void create(String tenantId, String file) {
        ManagerResponse answer = links.apply(tenantId).send(new RawAction("CreateConfig").with("Filename", file));
        if (answer instanceof ManagerError && !"File exists".equals(answer.getMessage())) {
            throw refused("CreateConfig " + file, answer);
        }
    }

    @Override
    public void update(String tenantId, String file, List<Edit> edits) {
        int lines = edits.stream().mapToInt(Edit::lines).sum();
        if (lines > MAX_EDIT_LINES) {
            throw new IllegalArgumentException(edits.size() + " edits take " + lines + " AMI lines; Asterisk reads " + MAX_EDIT_LINES);
        }
        RawAction action = new RawAction("UpdateConfig").with("SrcFilename", file).with("DstFilename", file);
        for (int i = 0; i < edits.size(); i++) {
            Edit edit = edits.get(i);
            String n = String.format(Locale.ROOT, "%06d", i);
            action.with("Action-" + n, edit.action()).with("Cat-" + n, edit.category()).with("Var-" + n, edit.variable())
                    .with("Value-" + n, edit.value()).with("Options-" + n, edit.options());
        }
        ManagerResponse answer = links.apply(tenantId).send(action);
        if (answer instanceof ManagerError) {
            throw refused("UpdateConfig " + file, answer);
        }
    }

    @Override
    public void reload(String tenantId, String module) {
        ManagerResponse answer = links.apply(tenantId).send(new RawAction("Reload").with("Module", module));
        if (answer instanceof ManagerError) {
            throw refused("Reload " + module, answer);
        }
    }

    private static ConflictException refused(String what, ManagerResponse answer) {
        String message = answer.getMessage() == null ? "" : answer.getMessage();
        return new ConflictException("the PBX refused " + what + ": " + message
                + (message.contains("Permission denied") ? " (the AMI user needs write = config; see docs/asterisk.md, section 10)" : ""));
    }
}
