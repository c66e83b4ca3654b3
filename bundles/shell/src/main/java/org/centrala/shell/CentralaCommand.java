package org.centrala.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.support.CommandException;
import org.centrala.common.DomainException;

/**
 * Base of every centrala command: a mistake of the operator's (unknown id, invalid value,
 * conflict) is shown as its message, not logged as an ERROR with a stack trace, which Karaf does
 * for any exception other than a CommandException.
 */
public abstract class CentralaCommand implements Action {

    @Override
    public final Object execute() throws Exception {
        try {
            return run();
        } catch (DomainException e) {
            throw new CommandException(e.getMessage());
        }
    }

    protected abstract Object run() throws Exception;
}
