package org.centrala.testpbx;

/** An Originate of ChanSpy on the test PBX: the phone that listens and ChanSpy's argument (prefix, options). */
public record SpyView(String spyerEndpoint, String data) {
}
