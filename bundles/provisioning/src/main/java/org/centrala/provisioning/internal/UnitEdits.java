package org.centrala.provisioning.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.centrala.pbx.PbxConfigFiles.Edit;
import org.centrala.pbx.PbxConfigFiles.Section;

/**
 * A unit as UpdateConfig edits: every section of its names deleted, then each made afresh under a
 * name of its own and renamed. Asterisk's Append adds to every section of a name, and a PJSIP
 * endpoint and its aor share one, so a section is filled while its name is still unique
 * ("sip-x~1"), then renamed (recorded on Asterisk 20.20.1: asterisk-20.20.1/provisioning.txt).
 */
final class UnitEdits {
    private static final Set<String> DIALPLAN_OBJECTS = Set.of("exten", "same");

    private UnitEdits() {
    }

    /** Replaces whatever the file has under these names with the unit's sections (none: deletes). */
    static List<Edit> replace(Set<String> namesNow, List<Section> sections) {
        List<Edit> edits = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>(namesNow);
        sections.forEach(s -> names.add(s.name()));
        names.forEach(name -> edits.add(Edit.deleteCategory(name)));
        int n = 0;
        for (Section section : sections) {
            String building = section.name() + "~" + n++;
            edits.add(Edit.newCategory(building));
            // '>' makes Asterisk write "exten => ...", as dialplans are written by hand (GetConfig reads it back without).
            section.variables().forEach(v -> edits.add(Edit.append(building, v.name(),
                    DIALPLAN_OBJECTS.contains(v.name()) ? ">" + v.value() : v.value())));
            edits.add(Edit.renameCategory(building, section.name()));
        }
        return edits;
    }
}
