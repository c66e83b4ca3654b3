package org.centrala.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.centrala.common.PageRequest;
import org.centrala.tenancy.ResellerService;

/** Completes reseller ids, first page of resellers by name. */
@Service
public class ResellerIdCompleter implements Completer {
    @Reference
    ResellerService resellers;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        resellers.list(PageRequest.first(PageRequest.MAX_SIZE)).items().forEach(r -> ids.getStrings().add(r.id()));
        return ids.complete(session, commandLine, candidates);
    }
}
