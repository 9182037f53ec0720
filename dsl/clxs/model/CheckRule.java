package clxs.model;

import java.util.Objects;

/**
 * A business rule enforced as a CHECK constraint, written in portable SQL over the table's
 * columns: {@code new CheckRule("claims", "claim_amount_non_negative", "claim_amount >= 0")}.
 * Generated data satisfies every rule by construction; the constraint keeps later writes honest.
 * Delta (Databricks) rejects a row whose condition is NULL, so a rule over a nullable column must
 * say so: {@code delivery_date IS NULL OR delivery_date >= ship_date}.
 */
public record CheckRule(String table, String name, String condition) {

    public CheckRule {
        Names.require("table", table);
        Names.require("constraint", name);
        Objects.requireNonNull(condition, "condition");
    }
}
