package org.centrala.web.soap;

import javax.xml.ws.WebFault;

/** The one fault every operation declares; its detail says what went wrong and which fields. */
@WebFault(name = "centralaFault", targetNamespace = SoapFaults.NAMESPACE)
public class CentralaFault extends Exception {
    private static final long serialVersionUID = 1L;

    private final FaultInfo faultInfo;

    public CentralaFault(String message, FaultInfo faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public CentralaFault(String message, FaultInfo faultInfo, Throwable cause) {
        super(message, cause);
        this.faultInfo = faultInfo;
    }

    public FaultInfo getFaultInfo() {
        return faultInfo;
    }
}
