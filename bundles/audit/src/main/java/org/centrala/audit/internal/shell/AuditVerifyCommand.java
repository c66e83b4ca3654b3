package org.centrala.audit.internal.shell;

import org.centrala.shell.CentralaCommand;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.centrala.audit.AuditLog;
import org.centrala.audit.AuditVerification;

@Service
@Command(scope = "centrala", name = "audit-verify", description = "Checks the hash chain of the whole audit log (R9)")
public class AuditVerifyCommand extends CentralaCommand {
    @Reference
    AuditLog audit;

    @Override
    protected Object run() {
        AuditVerification result = audit.verify();
        if (result.intact()) {
            System.out.println("Audit log intact: " + result.entriesChecked() + " entries verified");
        } else {
            System.out.println("AUDIT LOG BROKEN at entry " + result.firstBrokenSequence() + ": " + result.problem()
                    + " (" + result.entriesChecked() + " entries before it are intact)");
        }
        return null;
    }
}
