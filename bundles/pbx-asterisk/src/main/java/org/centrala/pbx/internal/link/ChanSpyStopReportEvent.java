package org.centrala.pbx.internal.link;

import org.asteriskjava.manager.AsteriskMapping;

/** Asterisk's ChanSpyStop, read into {@link ChanSpyReport}'s fields. */
@AsteriskMapping("ChanSpyStop")
public final class ChanSpyStopReportEvent extends ChanSpyReport {
    private static final long serialVersionUID = 1L;

    public ChanSpyStopReportEvent(Object source) {
        super(source);
    }
}
