package org.centrala.provisioning.internal;

import java.util.ArrayList;
import java.util.List;

import org.centrala.pbx.PbxConfigFiles.Section;
import org.centrala.pbx.PbxConfigFiles.Variable;

/** Says in a line how a unit on the PBX differs from what Centrala wrote. */
final class Drift {
    private Drift() {
    }

    static String describe(Unit wanted, List<Section> there) {
        if (there == null) {
            return "removed from the PBX's file";
        }
        if (wanted == null) {
            return "on the PBX, in Centrala's file, but not Centrala's: " + there.stream().map(Section::name).distinct().toList();
        }
        List<String> differences = new ArrayList<>();
        for (Section section : wanted.sections()) {
            Section theirs = there.stream().filter(s -> s.name().equals(section.name())
                    && java.util.Objects.equals(s.value("type"), section.value("type"))).findFirst().orElse(null);
            if (theirs == null) {
                differences.add("[" + section.name() + "] " + (section.value("type") == null ? "" : section.value("type") + " ") + "missing");
                continue;
            }
            for (Variable v : section.variables()) {
                String value = theirs.value(v.name());
                if (value == null) {
                    differences.add(section.name() + ": " + v.name() + " removed");
                } else if (!value.equals(v.value()) && !v.name().equals("exten")) {
                    // The credential's value is not repeated in a status anyone may read.
                    differences.add(section.name() + ": " + v.name() + (v.name().equals("md5_cred") ? " changed" : " is '" + value + "', not '" + v.value() + "'"));
                }
            }
            theirs.variables().stream().filter(v -> section.value(v.name()) == null)
                    .forEach(v -> differences.add(section.name() + ": " + v.name() + " added"));
        }
        return differences.isEmpty() ? "the order or repetition of lines differs" : String.join("; ", differences);
    }
}
