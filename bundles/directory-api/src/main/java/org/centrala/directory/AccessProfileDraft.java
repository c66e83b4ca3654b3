package org.centrala.directory;

import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.media.Schema;
import org.centrala.common.DataScope;
import org.centrala.common.Validator;
import org.centrala.tenancy.Names;

/** What a client sends to create or replace an access profile. */
public record AccessProfileDraft(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Agents") String name,
                                 Set<String> functions,
                                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED) DataScope scope,
                                 Set<String> departmentIds) {

    public AccessProfileDraft {
        name = Names.trim(name);
        functions = functions == null ? Set.of() : Set.copyOf(functions);
        departmentIds = departmentIds == null ? Set.of() : Set.copyOf(departmentIds);
    }

    public void validate() {
        Validator validator = new Validator()
                .required("name", name).maxLength("name", name, Names.MAX_LENGTH)
                .required("scope", scope);
        Set<String> unknown = new TreeSet<>(functions);
        unknown.removeAll(Functions.ALL);
        if (!unknown.isEmpty()) {
            validator.reject("functions", "unknown function(s) " + unknown + "; known: " + new TreeSet<>(Functions.ALL));
        }
        if (scope == DataScope.DEPARTMENTS && departmentIds.isEmpty()) {
            validator.reject("departmentIds", "must list at least one department when scope is DEPARTMENTS");
        }
        if (scope != null && scope != DataScope.DEPARTMENTS && !departmentIds.isEmpty()) {
            validator.reject("departmentIds", "only applies when scope is DEPARTMENTS");
        }
        validator.throwIfInvalid();
    }
}
