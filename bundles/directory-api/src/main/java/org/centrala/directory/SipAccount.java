package org.centrala.directory;

/**
 * What a SIP device's endpoint on the PBX needs (issue 11, item 2). {@code md5Credential} is
 * md5("sipUsername:realm:secret"), what a PJSIP auth's {@code md5_cred} holds, so the secret
 * itself never leaves the directory; null for an adopted device, whose credentials the PBX keeps.
 * The caller id is the owner's name and extension, or the device's label for a hot-desk line.
 */
public record SipAccount(String deviceId, String sipUsername, boolean adopted, String md5Credential,
                         String callerIdName, String callerIdNumber) {
}
