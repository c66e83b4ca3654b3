package org.centrala.pbx.internal.link;

import org.asteriskjava.manager.event.SoftHangupRequestEvent;
import org.asteriskjava.manager.AsteriskMapping;

/**
 * Asterisk's SoftHangupRequest event with its TechCause (the channel driver's own cause, such as the SIP
 * response 486 or 487), which recent Asterisk 20 and 22 releases add for PJSIP calls that are
 * busy or cancelled. Asterisk-Java 3.42.2's class has no such property and logs a WARN asking to
 * report it on every such call; this one takes it (issue 11).
 */
@AsteriskMapping("SoftHangupRequest")
public final class SoftHangupRequestReportEvent extends SoftHangupRequestEvent {
    private static final long serialVersionUID = 1L;
    private Integer techCause;

    public SoftHangupRequestReportEvent(Object source) {
        super(source);
    }

    /** The channel driver's cause (for PJSIP the SIP response code); null when Asterisk sent none. */
    public Integer getTechCause() {
        return techCause;
    }

    public void setTechCause(Integer techCause) {
        this.techCause = techCause;
    }
}
