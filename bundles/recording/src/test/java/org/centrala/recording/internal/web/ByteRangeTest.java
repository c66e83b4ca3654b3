package org.centrala.recording.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Optional;

import org.junit.Test;

/** RFC 9110's Range, as browsers' audio elements send it when they seek. */
public class ByteRangeTest {

    @Test
    public void theFormsABrowserSendsAreServedAsAskedWithinTheFile() {
        assertThat(ByteRange.of("bytes=0-", 1000)).contains(new ByteRange(0, 999));
        assertThat(ByteRange.of("bytes=500-599", 1000)).contains(new ByteRange(500, 599));
        assertThat(ByteRange.of("bytes=900-5000", 1000)).as("cut at the end").contains(new ByteRange(900, 999));
        assertThat(ByteRange.of("bytes=-100", 1000)).as("the last 100").contains(new ByteRange(900, 999));
        assertThat(ByteRange.of("bytes=-5000", 1000)).contains(new ByteRange(0, 999));
        assertThat(ByteRange.of("bytes=500-599", 1000).orElseThrow().length()).isEqualTo(100);
    }

    @Test
    public void noRangeSeveralRangesOtherUnitsAndNonsenseAreTheWholeFile() {
        assertThat(ByteRange.of(null, 1000)).isEmpty();
        assertThat(ByteRange.of("bytes=0-1,5-6", 1000)).isEmpty();
        assertThat(ByteRange.of("items=0-1", 1000)).isEmpty();
        assertThat(ByteRange.of("bytes=-", 1000)).isEmpty();
        assertThat(ByteRange.of("bytes=9-2", 1000)).as("last before first is invalid, so ignored").isEmpty();
        assertThat(ByteRange.of("bytes=99999999999999999999-", 1000)).isEmpty();
    }

    @Test
    public void aRangeBeyondTheFileIsUnsatisfiableWithTheFilesLength() {
        ByteRange.Unsatisfiable beyond = catchThrowableOfType(() -> ByteRange.of("bytes=1000-", 1000),
                ByteRange.Unsatisfiable.class);
        assertThat(beyond.size).as("for Content-Range: bytes */1000").isEqualTo(1000);
        assertThat(catchThrowableOfType(() -> ByteRange.of("bytes=-0", 1000), ByteRange.Unsatisfiable.class)).isNotNull();
        assertThat(Optional.ofNullable(catchThrowableOfType(() -> ByteRange.of("bytes=0-", 0), ByteRange.Unsatisfiable.class)))
                .as("an empty file has no byte 0").isPresent();
    }
}
