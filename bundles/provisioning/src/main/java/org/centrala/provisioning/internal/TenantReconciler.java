package org.centrala.provisioning.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.centrala.directory.SipAccount;
import org.centrala.pbx.PbxConfigFiles;
import org.centrala.pbx.PbxConfigFiles.Section;
import org.centrala.provisioning.internal.ProvisioningStatus.FileStatus;
import org.centrala.provisioning.internal.ProvisioningStatus.ProvisioningState;
import org.centrala.provisioning.internal.ProvisioningStatus.UnitState;
import org.centrala.provisioning.internal.ProvisioningStatus.UnitStatus;

/**
 * One pass over one tenant's files. A unit whose desired form differs from what Centrala last
 * wrote is Centrala's change: it is written, whatever the PBX has. A unit Centrala wrote that the
 * PBX now has differently is drift: shown, and written again only when asked to repair. Files are
 * read back only when {@code readPbx}; otherwise a pass touches the PBX only if there is something
 * to write. Each changed file is reloaded once.
 */
final class TenantReconciler {
    private final PbxConfigFiles pbx;
    private final ProvisionedUnits store;

    TenantReconciler(PbxConfigFiles pbx, ProvisionedUnits store) {
        this.pbx = pbx;
        this.store = store;
    }

    /** What the pass found, with the previous pass's unit states for what it did not read. */
    ProvisioningStatus run(String tenantId, String context, Map<TenantFiles.Module, Map<String, Unit>> desired,
                           List<SipAccount> devices, boolean readPbx, boolean repair, ProvisioningStatus before) {
        TenantFiles files = new TenantFiles(context);
        Map<String, Map<String, ProvisionedUnits.Written>> written = store.of(tenantId);
        Map<String, UnitStatus> previous = before == null ? Map.of()
                : before.units().stream().collect(Collectors.toMap(u -> u.kind() + ":" + u.name(), u -> u, (a, b) -> b));
        Map<String, String> deviceIds = devices.stream().collect(Collectors.toMap(d -> "device:" + d.sipUsername(), SipAccount::deviceId));
        List<UnitStatus> units = new ArrayList<>();
        List<FileStatus> fileStates = new ArrayList<>();
        for (TenantFiles.Module module : files.modules()) {
            String file = files.file(module);
            Map<String, Unit> want = desired.getOrDefault(module, Map.of());
            Map<String, ProvisionedUnits.Written> wrote = written.getOrDefault(file, Map.of());
            boolean centralaChanged = want.entrySet().stream().anyMatch(e -> !e.getValue().fingerprint().equals(
                    Optional.ofNullable(wrote.get(e.getKey())).map(ProvisionedUnits.Written::fingerprint).orElse(null)))
                    || wrote.keySet().stream().anyMatch(k -> !want.containsKey(k));
            Map<String, List<Section>> actual = null;
            if (readPbx || centralaChanged) {
                actual = read(tenantId, module, file);
            }
            boolean changed = false;
            Set<String> keys = new LinkedHashSet<>(want.keySet());
            keys.addAll(wrote.keySet());
            if (actual != null) {
                keys.addAll(actual.keySet());
            } else {
                // Not read this time: what the last reading found on the PBX and nobody wrote stays shown.
                previous.keySet().stream().filter(k -> module == TenantFiles.Module.of(k.substring(0, k.indexOf(':')))).forEach(keys::add);
            }
            for (String key : keys) {
                Unit target = want.get(key);
                ProvisionedUnits.Written last = wrote.get(key);
                String wantPrint = target == null ? null : target.fingerprint();
                String lastPrint = last == null ? null : last.fingerprint();
                List<Section> there = actual == null ? null : actual.get(key);
                String therePrint = there == null ? null : new Unit(key, there).fingerprint();
                Unit unit = target != null ? target : new Unit(key, List.of());
                UnitState state;
                String detail = null;
                Instant at = last == null ? null : last.at();
                if (!java.util.Objects.equals(wantPrint, lastPrint)) {
                    try {
                        if (actual != null && java.util.Objects.equals(wantPrint, therePrint)) {
                            at = store.wrote(tenantId, file, unit, wantPrint, "already on the PBX");
                        } else {
                            write(tenantId, file, key, there, target);
                            at = store.wrote(tenantId, file, unit, wantPrint, lastPrint == null ? "new" : wantPrint == null ? "removed" : "changed");
                            changed = true;
                        }
                        state = UnitState.IN_SYNC;
                    } catch (org.centrala.common.ConflictException | IllegalArgumentException e) {
                        // This unit's edits were refused (all of them: UpdateConfig is all or nothing); the others go on.
                        state = UnitState.FAILED;
                        detail = e.getMessage();
                    }
                } else if (actual == null) {
                    UnitStatus known = previous.get(key);
                    if (known != null && known.state() == UnitState.ADOPTED) {
                        continue; // adopted endpoints are shown below, from the operator's file
                    }
                    state = known == null ? UnitState.IN_SYNC : known.state();
                    detail = known == null ? null : known.detail();
                } else if (java.util.Objects.equals(wantPrint, therePrint)) {
                    state = UnitState.IN_SYNC;
                } else if (repair) {
                    write(tenantId, file, key, there, target);
                    at = store.wrote(tenantId, file, unit, wantPrint, "drift repaired");
                    changed = true;
                    state = UnitState.IN_SYNC;
                } else {
                    state = there == null ? UnitState.DRIFT_REMOVED : target == null ? UnitState.DRIFT_ADDED : UnitState.DRIFT_EDITED;
                    detail = Drift.describe(target, there);
                }
                if (target != null || state != UnitState.IN_SYNC) {
                    units.add(new UnitStatus(unit.kind(), unit.name(), deviceIds.get(key), state, detail, at));
                }
            }
            if (changed) {
                pbx.reload(tenantId, module.reloadModule);
            }
            Boolean included = actual == null ? previousInclusion(before, file) : included(tenantId, module, want, actual);
            fileStates.add(new FileStatus(file, module.reloadModule, module.mainFile(), included, module.includeLine()));
        }
        emptyFormerFiles(tenantId, files, written);
        units.addAll(adopted(tenantId, devices, readPbx, previous));
        Instant now = store.now();
        Instant readAt = readPbx ? now : before == null ? null : before.pbxReadAt();
        return new ProvisioningStatus(tenantId, context, overall(units, fileStates), now, readAt, null, fileStates, units);
    }

    /**
     * Files of a former dialplan context (the tenant's context was changed): what Centrala wrote
     * there is deleted, or the PBX would load the tenant's endpoints twice. The empty file stays,
     * harmless, for the operator to delete.
     */
    private void emptyFormerFiles(String tenantId, TenantFiles files, Map<String, Map<String, ProvisionedUnits.Written>> written) {
        Set<String> current = files.modules().stream().map(files::file).collect(Collectors.toSet());
        for (Map.Entry<String, Map<String, ProvisionedUnits.Written>> former : written.entrySet()) {
            if (current.contains(former.getKey())) {
                continue;
            }
            TenantFiles.Module module = TenantFiles.Module.forFile(former.getKey());
            // Read, never created: an empty former file is not wanted either.
            Map<String, List<Section>> there = pbx.read(tenantId, former.getKey(), null, null)
                    .map(sections -> byUnit(module, sections)).orElse(Map.of());
            for (String key : former.getValue().keySet()) {
                write(tenantId, former.getKey(), key, there.get(key), null);
                store.wrote(tenantId, former.getKey(), new Unit(key, List.of()), null, "the tenant's dialplan context changed");
            }
            pbx.reload(tenantId, module.reloadModule);
        }
    }

    /** The file's sections by unit; creates the file when the PBX has none yet. */
    private Map<String, List<Section>> read(String tenantId, TenantFiles.Module module, String file) {
        Optional<List<Section>> sections = pbx.read(tenantId, file, null, null);
        if (sections.isEmpty()) {
            pbx.create(tenantId, file);
            return new LinkedHashMap<>();
        }
        return byUnit(module, sections.get());
    }

    private static Map<String, List<Section>> byUnit(TenantFiles.Module module, List<Section> sections) {
        Map<String, List<Section>> byUnit = new LinkedHashMap<>();
        for (Section section : sections) {
            byUnit.computeIfAbsent(TenantFiles.unitKey(module, section.name(), section.value("type")), k -> new ArrayList<>()).add(section);
        }
        return byUnit;
    }

    private void write(String tenantId, String file, String key, List<Section> there, Unit target) {
        Set<String> namesThere = there == null ? Set.of() : there.stream().map(Section::name).collect(Collectors.toCollection(LinkedHashSet::new));
        if (there == null && target == null) {
            return;
        }
        pbx.update(tenantId, file, UnitEdits.replace(namesThere, target == null ? List.of() : target.sections()));
    }

    /** Asterisk loads the file if the module's own file, includes expanded, shows one of its sections. */
    private Boolean included(String tenantId, TenantFiles.Module module, Map<String, Unit> want, Map<String, List<Section>> actual) {
        Optional<String> probe = want.values().stream().flatMap(u -> u.sections().stream()).map(Section::name).findFirst()
                .or(() -> actual.values().stream().flatMap(List::stream).map(Section::name).findFirst());
        if (probe.isEmpty()) {
            return null;
        }
        return pbx.read(tenantId, module.mainFile(), probe.get(), null).map(s -> !s.isEmpty()).orElse(false);
    }

    private static Boolean previousInclusion(ProvisioningStatus before, String file) {
        if (before != null) {
            for (FileStatus known : before.files()) {
                if (known.file().equals(file)) {
                    return known.included(); // null until the file was read: not known yet
                }
            }
        }
        return null;
    }

    /** Adopted endpoints live in the operator's files: there (ADOPTED) or gone (DRIFT_REMOVED). */
    private List<UnitStatus> adopted(String tenantId, List<SipAccount> devices, boolean readPbx, Map<String, UnitStatus> previous) {
        List<SipAccount> adopted = devices.stream().filter(SipAccount::adopted).toList();
        if (adopted.isEmpty()) {
            return List.of();
        }
        Set<String> endpoints = readPbx ? pbx.read(tenantId, "pjsip.conf", null, "type=endpoint").orElse(List.of()).stream()
                .map(Section::name).collect(Collectors.toSet()) : null;
        List<UnitStatus> states = new ArrayList<>();
        for (SipAccount device : adopted) {
            String key = "device:" + device.sipUsername();
            UnitState state = endpoints == null ? Optional.ofNullable(previous.get(key)).map(UnitStatus::state).orElse(UnitState.ADOPTED)
                    : endpoints.contains(device.sipUsername()) ? UnitState.ADOPTED : UnitState.DRIFT_REMOVED;
            states.add(new UnitStatus("device", device.sipUsername(), device.deviceId(), state,
                    state == UnitState.DRIFT_REMOVED ? "the adopted endpoint is no longer in the PBX's pjsip.conf" : null, null));
        }
        return states;
    }

    private static ProvisioningState overall(List<UnitStatus> units, List<FileStatus> files) {
        if (units.stream().anyMatch(u -> u.state() == UnitState.FAILED)) {
            return ProvisioningState.FAILED;
        }
        if (units.stream().anyMatch(u -> u.state().name().startsWith("DRIFT"))) {
            return ProvisioningState.DRIFT;
        }
        if (files.stream().anyMatch(f -> Boolean.FALSE.equals(f.included()))) {
            return ProvisioningState.FAILED;
        }
        return ProvisioningState.IN_SYNC;
    }
}
