package org.centrala.pbx;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Configuration files of a tenant's Asterisk, over its AMI link (GetConfig, CreateConfig,
 * UpdateConfig, Reload; the AMI user needs {@code write = config}, see docs/asterisk.md). Names are
 * relative to Asterisk's configuration directory. Callers write only files of their own and only
 * values they built: never a file name or a value a client typed.
 */
@ProviderType
public interface PbxConfigFiles {

    /**
     * The sections of a file as Asterisk loads it, included files expanded, in order; only those of
     * {@code category} if given (null: all), and only those whose variables match {@code filter}
     * ("type=endpoint"; null: all). Empty when the file does not exist.
     *
     * @throws org.centrala.common.ConflictException when the PBX is not linked or refused (permission)
     * @throws org.centrala.common.UnavailableException when the PBX did not answer in time
     */
    Optional<List<Section>> read(String tenantId, String file, String category, String filter);

    /** Creates an empty file unless it exists (CreateConfig). */
    void create(String tenantId, String file);

    /**
     * Applies edits to a file in one UpdateConfig: all of them or, if Asterisk refuses one, none.
     * At most {@link #MAX_EDIT_LINES} AMI lines: Asterisk silently drops the lines of an action
     * beyond its 128th.
     *
     * @throws IllegalArgumentException when the edits need more lines than that
     * @throws org.centrala.common.ConflictException with Asterisk's reason when it refused them
     */
    void update(String tenantId, String file, List<Edit> edits);

    /** Reloads one module ("res_pjsip.so", "pbx_config.so", "app_queue.so"). */
    void reload(String tenantId, String module);

    /** AMI lines an UpdateConfig may spend on edits: 128 less Action, ActionID, SrcFilename, DstFilename. */
    int MAX_EDIT_LINES = 124;

    /** A section ("category") of a configuration file: its name and its variables in order. */
    record Section(String name, List<Variable> variables) {
        public Section {
            variables = List.copyOf(variables);
        }

        /** The last value of a variable; null when the section does not set it. */
        public String value(String variable) {
            String found = null;
            for (Variable v : variables) {
                if (v.name().equalsIgnoreCase(variable)) {
                    found = v.value();
                }
            }
            return found;
        }
    }

    record Variable(String name, String value) {
    }

    /**
     * One edit of UpdateConfig: {@code action} NewCat, RenameCat, DelCat, EmptyCat, Append, Update or
     * Delete; {@code options} Asterisk's (allowdups, ignoreerror, catfilter="name=value"), or null.
     */
    record Edit(String action, String category, String variable, String value, String options) {
        public static Edit newCategory(String name) {
            return new Edit("NewCat", name, null, null, null);
        }

        public static Edit renameCategory(String from, String to) {
            return new Edit("RenameCat", from, null, to, null);
        }

        /** Deletes every section of that name; none is not an error. */
        public static Edit deleteCategory(String name) {
            return new Edit("DelCat", name, null, null, "ignoreerror");
        }

        public static Edit append(String category, String variable, String value) {
            return new Edit("Append", category, variable, value, null);
        }

        /** The AMI lines this edit takes: Action and Cat, and Var, Value and Options when given. */
        public int lines() {
            return 2 + (variable == null ? 0 : 1) + (value == null ? 0 : 1) + (options == null ? 0 : 1);
        }
    }
}
