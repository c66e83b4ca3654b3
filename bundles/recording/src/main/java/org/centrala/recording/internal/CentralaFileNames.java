package org.centrala.recording.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files Centrala asks MixMonitor to write, relative to the PBX's monitor folder:
 * {@code centrala/<tenant>/<day>/<uniqueid>.wav}, the day (UTC) taken from the channel's unique id
 * ({@code [<systemname>-]<epoch seconds>.<sequence>}). Made only of the tenant's id and the
 * channel's unique id, so that the recording index finds the file again from MixMonitorStart alone
 * when the AMI user may not read the VarSet that names it (the {@code dialplan} class).
 */
final class CentralaFileNames {
    private static final Pattern UNIQUE_ID = Pattern.compile("(?:.*-)?(\\d{9,12})\\.\\d+");

    private CentralaFileNames() {
    }

    static String of(String tenantId, String channelUniqueId) {
        String id = channelUniqueId == null ? "" : channelUniqueId.replaceAll("[^A-Za-z0-9._-]", "");
        if (id.isEmpty() || id.startsWith(".")) {
            id = java.util.UUID.randomUUID().toString();
        }
        return "centrala/" + tenantId.strip() + "/" + day(id) + "/" + id + ".wav";
    }

    private static String day(String uniqueId) {
        Matcher m = UNIQUE_ID.matcher(uniqueId);
        return m.matches() ? LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(m.group(1))), ZoneOffset.UTC).toString()
                : "undated";
    }
}
