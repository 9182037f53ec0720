package clxs.plan.enrichment;

import clxs.settings.Json;
import clxs.plan.Layer;
import clxs.plan.PhaseKind;
import clxs.plan.PlanBuilder;
import clxs.plan.RunSettings;
import clxs.plan.Step;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@code config/demo_clone_<catalog>.json}: the clone settings that suit the generated catalog,
 * in Clone-Xs's config shape, so cloning the demo is one command away. It names schemas and
 * choices only; no credential is ever written.
 */
public final class CloneTemplateLayer implements Layer {

    /** Where the template goes, relative to the target's file area. */
    public static String path(String catalog) {
        return "config/demo_clone_" + catalog + ".json";
    }

    @Override
    public void contribute(PlanBuilder plan) {
        RunSettings d = plan.settings();
        plan.phase(PhaseKind.FILES).add(new Step.WriteFile(path(d.catalog()), template(plan), "clone settings template"));
    }

    static String template(PlanBuilder plan) {
        RunSettings d = plan.settings();
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("source_catalog", d.catalog());
        o.put("destination_catalog", d.destCatalog() != null ? d.destCatalog() : d.catalog() + "_clone");
        o.put("clone_type", "DEEP");
        o.put("load_type", "FULL");
        o.put("max_workers", d.maxWorkers());
        ArrayNode include = o.putArray("include_schemas");
        Set<String> schemas = new LinkedHashSet<>();
        plan.stepsSoFar().forEach(e -> {
            if (e.getValue() instanceof Step.CreateSchema s && s.schema().catalog().equals(d.catalog())) schemas.add(s.schema().schema());
        });
        schemas.forEach(include::add);
        o.putArray("exclude_schemas").add("information_schema").add("default");
        o.put("copy_permissions", true);
        o.put("copy_ownership", d.owner() != null);
        o.put("copy_tags", d.ucBestPractices());
        o.put("copy_properties", true);
        o.put("copy_security", d.ucBestPractices());
        o.put("copy_constraints", d.ucBestPractices());
        o.put("copy_comments", true);
        o.put("enable_rollback", true);
        o.put("validate_after_clone", true);
        o.put("generated_by", "clxs");
        try {
            return Json.MAPPER.writeValueAsString(o) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
