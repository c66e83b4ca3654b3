package org.centrala.provisioning.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Centrala's files on a tenant's PBX: one per module and tenant, named after the tenant's dialplan
 * context (unique per Asterisk), so tenants sharing an Asterisk never write the same file. Each is
 * included from the module's own file by one line the operator adds once per PBX.
 */
record TenantFiles(String context) {
    /** Contexts Centrala writes files for: a safe file name part and a dialplan context name. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,62}");

    enum Module {
        PJSIP("pjsip", "res_pjsip.so"), DIALPLAN("extensions", "pbx_config.so"), QUEUES("queues", "app_queue.so");

        final String base;
        final String reloadModule;

        Module(String base, String reloadModule) {
            this.base = base;
            this.reloadModule = reloadModule;
        }

        /** The module of a unit kind: device, dialplan, queue. */
        static Module of(String kind) {
            return switch (kind) {
                case "device" -> PJSIP;
                case "dialplan" -> DIALPLAN;
                default -> QUEUES;
            };
        }

        /** The module of one of Centrala's files, centrala-<context>-<base>.conf. */
        static Module forFile(String file) {
            for (Module module : values()) {
                if (file.endsWith("-" + module.base + ".conf")) {
                    return module;
                }
            }
            throw new IllegalArgumentException("not one of Centrala's files: " + file);
        }

        /** The operator's file that includes Centrala's. */
        String mainFile() {
            return base + ".conf";
        }

        /** The one line the operator adds to {@link #mainFile()}, for every tenant on that PBX. */
        String includeLine() {
            return "#tryinclude \"centrala-*-" + base + ".conf\"";
        }
    }

    static boolean isSafe(String context) {
        return context != null && SAFE.matcher(context).matches();
    }

    String file(Module module) {
        return "centrala-" + context + "-" + module.base + ".conf";
    }

    List<Module> modules() {
        return List.of(Module.values());
    }

    /** The unit a section read back from a file belongs to. */
    static String unitKey(Module module, String sectionName, String type) {
        return switch (module) {
            case PJSIP -> "device:" + ("auth".equals(type) && sectionName.endsWith("-auth")
                    ? sectionName.substring(0, sectionName.length() - "-auth".length()) : sectionName);
            case DIALPLAN -> "dialplan:" + sectionName;
            case QUEUES -> "queue:" + sectionName;
        };
    }
}
