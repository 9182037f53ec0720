package clxs.plan.enrichment;

import clxs.plan.Layer;
import clxs.plan.PhaseKind;
import clxs.plan.PlanBuilder;
import clxs.plan.Step;
import java.util.List;

/**
 * Grants on the catalog: {@code data_analysts} may read ({@code USE CATALOG, USE SCHEMA, SELECT}),
 * {@code data_engineers} get {@code ALL PRIVILEGES}. A workspace without these groups reports the
 * grants as warnings; the catalog is complete either way.
 */
public final class GrantsLayer implements Layer {

    public static final String ANALYSTS = "data_analysts";
    public static final String ENGINEERS = "data_engineers";

    @Override
    public void contribute(PlanBuilder plan) {
        if (!plan.settings().ucBestPractices()) return;
        String catalog = plan.catalog();
        PlanBuilder.PhaseBuilder phase = plan.phase(PhaseKind.GOVERNANCE);
        phase.add(new Step.Grant(catalog, List.of("USE CATALOG", "USE SCHEMA", "SELECT"), ANALYSTS));
        phase.add(new Step.Grant(catalog, List.of("ALL PRIVILEGES"), ENGINEERS));
    }
}
