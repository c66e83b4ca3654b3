package org.centrala.provisioning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.centrala.directory.SipAccount;
import org.centrala.pbx.PbxConfigFiles;
import org.centrala.pbx.PbxConfigFiles.Edit;
import org.centrala.pbx.PbxConfigFiles.Section;
import org.centrala.pbx.PbxConfigFiles.Variable;
import org.junit.Test;

/** What Centrala writes for a device, and how it is cut into UpdateConfig edits. */
public class DesiredStateTest {
    private final DesiredState desired = new DesiredState(new ProvisioningSettings(true, "agi://10.0.0.2:4573/route", "centrala",
            "ulaw,alaw", "transport-udp", 5, 300));

    @Test
    public void aDeviceIsAnEndpointADigestAuthAndOneContactWithASafeCallerId() {
        Unit unit = desired.device("globex", new SipAccount("d1", "sip-abc", false, "0123456789abcdef0123456789abcdef",
                "Ana \"Boss\" <N>; [x]", "201"));
        assertThat(unit.key()).isEqualTo("device:sip-abc");
        assertThat(unit.sections()).extracting(Section::name).containsExactly("sip-abc", "sip-abc-auth", "sip-abc");
        Section endpoint = unit.sections().get(0);
        assertThat(endpoint.value("context")).isEqualTo("globex");
        assertThat(endpoint.value("callerid")).as("no quote, bracket or comment of the name reaches the file").isEqualTo("\"Ana Boss N x\" <201>");
        assertThat(endpoint.value("transport")).isEqualTo("transport-udp");
        assertThat(unit.sections().get(1).value("md5_cred")).isEqualTo("0123456789abcdef0123456789abcdef");
        assertThat(unit.sections().get(1).value("auth_type")).isEqualTo("md5");
        assertThat(unit.sections().get(2).value("type")).isEqualTo("aor");
    }

    @Test
    public void aDeviceIsReplacedInOneUpdateConfigAndItsTwoSectionsOfOneNameAreFilledApart() {
        Unit unit = desired.device("a-rather-long-context-name", new SipAccount("d1", "sip-" + "x".repeat(76), false,
                "0123456789abcdef0123456789abcdef", "A very long display name of somebody", "12345678"));
        List<Edit> edits = UnitEdits.replace(Set.of("sip-old"), unit.sections());
        assertThat(edits.stream().mapToInt(Edit::lines).sum()).as("fits one action: Asterisk reads 128 lines")
                .isLessThanOrEqualTo(PbxConfigFiles.MAX_EDIT_LINES);
        assertThat(edits.get(0)).isEqualTo(Edit.deleteCategory("sip-old"));
        // Every Append names a section that is unique at that moment; each is renamed once filled.
        List<String> appendedTo = edits.stream().filter(e -> e.action().equals("Append")).map(Edit::category).distinct().toList();
        assertThat(appendedTo).allMatch(name -> name.contains("~"));
        assertThat(edits.stream().filter(e -> e.action().equals("RenameCat")).map(Edit::value))
                .containsExactly(unit.sections().stream().map(Section::name).toArray(String[]::new));
    }

    @Test
    public void theDialplanEntryIsWrittenAsExtenObjects() {
        Unit dialplan = desired.dialplan("globex");
        List<Edit> edits = UnitEdits.replace(Set.of(), dialplan.sections());
        assertThat(edits).filteredOn(e -> "exten".equals(e.variable())).extracting(Edit::value)
                .containsExactly(">_X.,1,AGI(agi://10.0.0.2:4573/route)", ">_X.,n,Hangup()", ">_+X.,1,AGI(agi://10.0.0.2:4573/route)",
                        ">_+X.,n,Hangup()");
    }

    @Test
    public void driftSaysWhatDiffersWithoutRepeatingACredential() {
        Unit unit = desired.device("globex", new SipAccount("d1", "sip-abc", false, "0123456789abcdef0123456789abcdef", "Ana", "201"));
        List<Section> there = List.of(
                unit.sections().get(0),
                new Section("sip-abc-auth", List.of(new Variable("type", "auth"), new Variable("auth_type", "md5"),
                        new Variable("username", "sip-abc"), new Variable("realm", "centrala"), new Variable("md5_cred", "ffff"))),
                new Section("sip-abc", List.of(new Variable("type", "aor"), new Variable("max_contacts", "5"),
                        new Variable("remove_existing", "yes"), new Variable("qualify_frequency", "30"))));
        String drift = Drift.describe(unit, there);
        assertThat(drift).contains("sip-abc-auth: md5_cred changed").doesNotContain("ffff").doesNotContain("0123456789abcdef")
                .contains("sip-abc: max_contacts is '5', not '1'").contains("sip-abc: qualify_frequency added");
        assertThat(Drift.describe(unit, null)).isEqualTo("removed from the PBX's file");
    }
}
