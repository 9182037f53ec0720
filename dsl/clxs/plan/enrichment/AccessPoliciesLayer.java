package clxs.plan.enrichment;

import clxs.model.Column;
import clxs.model.Industry;
import clxs.model.PiiRules;
import clxs.model.SqlType;
import clxs.model.Table;
import clxs.model.Udf;
import clxs.plan.Layer;
import clxs.plan.ObjectName;
import clxs.plan.PhaseKind;
import clxs.plan.PlanBuilder;
import clxs.plan.RunSettings;
import clxs.plan.Step;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fine-grained access: mask functions for e-mails, phones and names, set as column masks on
 * every such column, and a row filter on each dimension table with a state (or country) column.
 * Members of {@code data_engineers} (and workspace admins, for the filter) see everything; others
 * see masked values and the rows of a few regions.
 *
 * <pre>{@code
 * CREATE OR REPLACE FUNCTION demo.healthcare.mask_pii_email(email STRING) RETURNS STRING
 *   RETURN CASE WHEN is_account_group_member('data_engineers') THEN email ELSE ... END;
 * ALTER TABLE demo.healthcare.patients ALTER COLUMN email SET MASK demo.healthcare.mask_pii_email;
 * }</pre>
 *
 * The functions are created on every engine (DuckDB macros mask always: it has no groups); the
 * masks and filters need Unity Catalog. Two layers: {@link #functionsLayer()} with the other functions
 * (so a clone gets them), {@link #policiesLayer()} at the end (masks and filters do not clone).
 */
public final class AccessPoliciesLayer {

    static final String MEMBER = "{{is_member('" + GrantsLayer.ENGINEERS + "')}}";

    /** The mask function for each kind of personal data that has one. */
    static final Map<PiiRules.Kind, Udf> MASKS = Map.of(
            PiiRules.Kind.EMAIL, Udf.named("mask_pii_email").masking().param("email", SqlType.STRING).returns(SqlType.STRING)
                    .body("CASE WHEN " + MEMBER + " THEN email ELSE substr(email, 1, 1) || '***' || substr(email, instr(email, '@')) END")
                    .comment("Column mask: the e-mail for data_engineers, j***@example.com for everyone else")
                    .example("'jane.doe@example.com'", "'j***@example.com'"),
            PiiRules.Kind.PHONE, Udf.named("mask_pii_phone").masking().param("phone", SqlType.STRING).returns(SqlType.STRING)
                    .body("CASE WHEN " + MEMBER + " THEN phone ELSE '***-***-' || right(phone, 4) END")
                    .comment("Column mask: the phone number for data_engineers, its last four digits for everyone else")
                    .example("'555-201-3344'", "'***-***-3344'"),
            PiiRules.Kind.NAME, Udf.named("mask_pii_name").masking().param("name", SqlType.STRING).returns(SqlType.STRING)
                    .body("CASE WHEN " + MEMBER + " THEN name ELSE substr(name, 1, 1) || '.' END")
                    .comment("Column mask: the name for data_engineers, its initial for everyone else")
                    .example("'Walker'", "'W.'"));

    /** Regions every reader sees; members of data_engineers and admins see all. */
    static final List<String> OPEN_STATES = List.of("CA", "NY", "TX", "FL", "IL", "WA");
    static final List<String> OPEN_COUNTRIES = List.of("US", "CA", "GB");

    static final Udf STATE_FILTER = regionFilter("filter_by_state", "state", OPEN_STATES);
    static final Udf COUNTRY_FILTER = regionFilter("filter_by_country", "country", OPEN_COUNTRIES);

    private static Udf regionFilter(String name, String column, List<String> open) {
        return Udf.named(name).business().param(column, SqlType.STRING).returns(SqlType.BOOLEAN)
                .body(MEMBER + " OR {{is_member('admins')}} OR " + column + " IS NULL OR " + column + " IN ("
                        + String.join(", ", open.stream().map(s -> "'" + s + "'").toList()) + ")")
                .comment("Row filter: all rows for data_engineers and admins, rows of " + String.join(", ", open) + " for everyone else")
                .example("'" + open.get(0) + "'", "true");
    }

    private AccessPoliciesLayer() {}

    /** The layer creating the mask and filter functions an industry needs. */
    public static Layer functionsLayer() {
        return plan -> contribute(plan, true);
    }

    /** The layer setting the masks and row filters. */
    public static Layer policiesLayer() {
        return plan -> contribute(plan, false);
    }

    private static void contribute(PlanBuilder plan, boolean functionsPhase) {
        RunSettings d = plan.settings();
        if (!d.ucBestPractices()) return;
        PlanBuilder.PhaseBuilder access = functionsPhase ? null : plan.phase(PhaseKind.ACCESS);
        for (Industry industry : plan.industries()) {
            Map<String, Udf> functions = new LinkedHashMap<>();
            for (Table t : industry.tables()) {
                ObjectName table = plan.name(industry.name(), t.name());
                for (Column c : t.columns()) {
                    Optional<Udf> mask = PiiRules.kind(t.name(), c.name()).map(MASKS::get);
                    if (mask.isEmpty() || c.type() != SqlType.STRING) continue;
                    functions.put(mask.get().name(), mask.get());
                    if (access != null) access.add(new Step.SetColumnMask(table, c.name(), plan.name(industry.name(), mask.get().name()), industry.name()));
                }
                if (t.role() != Table.Role.DIMENSION) continue;
                Optional<Udf> filter = t.column("state").isPresent() ? Optional.of(STATE_FILTER)
                        : t.column("country").isPresent() ? Optional.of(COUNTRY_FILTER) : Optional.empty();
                filter.ifPresent(f -> {
                    functions.put(f.name(), f);
                    if (access != null) access.add(new Step.SetRowFilter(table, plan.name(industry.name(), f.name()), f.params().get(0).name(), industry.name()));
                });
            }
            if (!functionsPhase) continue;
            for (Udf f : functions.values()) {
                if (industry.udfs().stream().anyMatch(u -> u.name().equals(f.name()))) {
                    throw new IllegalStateException(industry.name() + " defines its own function " + f.name() + ", which the access policies need");
                }
                plan.phase(PhaseKind.FUNCTIONS).add(new Step.CreateFunction(plan.name(industry.name(), f.name()), f.params(), f.returns(),
                        new Step.PortableQuery(f.body(), d.catalog(), industry.name()), f.comment(), industry.name()));
            }
        }
    }

    /** The access-policy functions, for tests that execute their examples. */
    public static List<Udf> policyFunctions() {
        return List.of(MASKS.get(PiiRules.Kind.EMAIL), MASKS.get(PiiRules.Kind.PHONE), MASKS.get(PiiRules.Kind.NAME), STATE_FILTER, COUNTRY_FILTER);
    }
}
