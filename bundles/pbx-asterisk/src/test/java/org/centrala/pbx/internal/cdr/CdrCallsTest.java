package org.centrala.pbx.internal.cdr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.centrala.pbx.internal.model.CallSummary;
import org.centrala.pbx.internal.model.ChannelName;
import org.junit.Test;

/**
 * Master.csv as a stock Asterisk 20.20.1 wrote it (cdr.conf: usegmtime, loguniqueid, loguserfield,
 * newcdrcolumns), for two calls routed through FastAGI: the desk answered the first; the second
 * rang the desk for 10 s, then the mobile through the trunk, which answered.
 */
public class CdrCallsTest {

    @Test
    public void eachLinkedIdIsOneCallWithItsLegsAndItsAnswer() throws Exception {
        List<CallSummary> calls = CdrCalls.of("link", rows(Instant.parse("2026-12-07T00:00:00Z"), Instant.parse("2026-12-08T00:00:00Z")));
        assertThat(calls).extracting(CallSummary::pbxCallId).containsExactly("1796606186.0", "1796606221.3");
        CallSummary mobile = calls.get(1);
        assertThat(mobile.recovered()).isTrue();
        assertThat(mobile.origin().channel()).isEqualTo(ChannelName.parse("Local/201@acme-00000001;1"));
        assertThat(mobile.origin().context()).isEqualTo("acme");
        assertThat(mobile.dialled()).extracting(l -> l.channel().resource()).containsExactly("sip-bir2pcnypgsm", "trunk");
        assertThat(mobile.answeredBy().channel().resource()).isEqualTo("trunk");
        assertThat(ChannelName.dialledNumber(mobile.answeredBy().dialString())).isEqualTo("+381641230777");
        assertThat(mobile.startedAt()).isEqualTo(Instant.parse("2026-12-07T01:17:01Z"));
        assertThat(mobile.answeredAt()).isEqualTo(Instant.parse("2026-12-07T01:17:11Z"));
        assertThat(mobile.endedAt()).isEqualTo(Instant.parse("2026-12-07T01:17:14Z"));
        assertThat(mobile.pbxAnsweredAt()).isNull();
        assertThat(mobile.endInferred()).isFalse();
    }

    @Test
    public void onlyCallsThatBeganInTheOutageAreRead() throws Exception {
        List<CallSummary> calls = CdrCalls.of("link", rows(Instant.parse("2026-12-07T01:17:00Z"), Instant.parse("2026-12-07T01:18:00Z")));
        assertThat(calls).extracting(CallSummary::pbxCallId).containsExactly("1796606221.3");
    }

    @Test
    public void rowsOfAnotherLayoutAreCountedNotRead() throws Exception {
        int[] skipped = new int[1];
        // cdr_csv without newcdrcolumns: 18 columns, no linked id.
        String old = "\"\",\"201\",\"202\",\"acme\",\"\",\"PJSIP/a-1\",\"PJSIP/b-2\",\"Dial\",\"PJSIP/b\",\"2026-12-07 01:00:00\",,"
                + "\"2026-12-07 01:00:05\",5,0,\"NO ANSWER\",\"DOCUMENTATION\",\"1.1\",\"\"\n";
        assertThat(CdrCsv.rows(new StringReader(old), ZoneOffset.UTC, Instant.EPOCH, Instant.parse("2030-01-01T00:00:00Z"), skipped))
                .isEmpty();
        assertThat(skipped[0]).isEqualTo(1);
    }

    private static List<CdrRow> rows(Instant from, Instant to) throws Exception {
        try (Reader csv = new InputStreamReader(CdrCallsTest.class.getResourceAsStream("/asterisk-20.20.1/Master.csv"),
                StandardCharsets.UTF_8)) {
            return CdrCsv.rows(csv, ZoneOffset.UTC, from, to, new int[1]);
        }
    }
}
