package org.centrala.pbx.internal.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.Test;

/** Issue 11, item 6: the reconnect ceiling of one Asterisk, set apart from the node's. */
public class LinkSettingsTest {

    @Test
    public void aPbxOfItsOwnHasItsCeilingAndTheOthersTheNodes() {
        List<String> refused = new ArrayList<>();
        Map<String, Long> ceilings = LinkSettings.perPbx(new String[] {"PBX1.example.net:5038=30000, 10.0.0.5:5039 = 2000 ", ""},
                refused);
        assertThat(refused).isEmpty();
        LinkSettings settings = new LinkSettings(2, 100, 1000, 10_000, 20_000, 5000, 5000, ceilings);
        assertThat(settings.backoffMaxMillis(new LinkKey("pbx1.example.net", 5038, "centrala"))).isEqualTo(30_000);
        assertThat(settings.backoffMaxMillis(new LinkKey("10.0.0.5", 5039, "other"))).as("any AMI user of that Asterisk").isEqualTo(2000);
        assertThat(settings.backoffMaxMillis(new LinkKey("pbx1.example.net", 5039, "centrala"))).as("another port").isEqualTo(10_000);
    }

    @Test
    public void whatCannotBeReadIsSaidAndLeftOut() {
        List<String> refused = new ArrayList<>();
        Map<String, Long> ceilings = LinkSettings.perPbx(new String[] {"pbx1=3000", "pbx2:5038=fast", "pbx3:5038=50", "pbx4:5038=500"},
                refused);
        assertThat(refused).containsExactly("pbx1=3000", "pbx2:5038=fast", "pbx3:5038=50");
        assertThat(ceilings).containsOnlyKeys("pbx4:5038");
    }
}
