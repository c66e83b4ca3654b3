package org.centrala.pbx.internal.link;

import org.asteriskjava.manager.AsteriskMapping;

/** Asterisk's ChanSpyStart, read into {@link ChanSpyReport}'s fields. */
@AsteriskMapping("ChanSpyStart")
public final class ChanSpyStartReportEvent extends ChanSpyReport {
    private static final long serialVersionUID = 1L;

    public ChanSpyStartReportEvent(Object source) {
        super(source);
    }
}
