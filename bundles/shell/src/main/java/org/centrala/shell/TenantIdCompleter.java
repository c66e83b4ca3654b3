package org.centrala.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.centrala.common.PageRequest;
import org.centrala.tenancy.TenantService;

/** Completes tenant ids, first page of tenants by name. */
@Service
public class TenantIdCompleter implements Completer {
    @Reference
    TenantService tenants;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        tenants.list(null, PageRequest.first(PageRequest.MAX_SIZE)).items().forEach(t -> ids.getStrings().add(t.id()));
        return ids.complete(session, commandLine, candidates);
    }
}
