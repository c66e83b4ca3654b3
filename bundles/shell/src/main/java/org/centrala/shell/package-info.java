/**
 * What a concern's or a plugin's {@code centrala:} shell commands share: {@link org.centrala.shell.CentralaCommand}
 * (an operator's mistake is shown as its message, not logged as an ERROR), {@link org.centrala.shell.PagingOptions},
 * the audit actor of a command ({@link org.centrala.shell.ShellActor}), months and tables as operators read
 * them, and the completers of tenant and reseller ids. Each concern's bundle holds its own commands
 * (its {@code Karaf-Commands} header names their package); nothing central lists them.
 */
@Export
@Version("1.1.0")
package org.centrala.shell;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
