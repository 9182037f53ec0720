package clxs.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An industry's Kimball overlay, {@code <industry>_star}: which tables become facts and which
 * dimensions join them. How a fact joins a conformed dimension is not written here: it follows
 * from the industry's foreign keys ({@code claims.patient_id -> patients.patient_id} makes
 * {@code fct_claims} carry {@code patient_sk} from {@code dim_patient}).
 *
 * <pre>{@code
 * StarSchema.facts("claims", "encounters", "prescriptions")
 *     .dim("dim_patient", "patients")                      // conformed: CTAS of the table + patient_sk
 *     .derived("dim_diagnosis", "claims", "diagnosis_code") // DISTINCT of a fact column + diagnosis_sk
 * }</pre>
 */
public record StarSchema(List<String> facts, List<Dimension> dimensions) {

    /** A dimension of the star; its surrogate key is {@code <entity>_sk}, the entity being the name without {@code dim_}. */
    public sealed interface Dimension {
        String name();

        default String entity() {
            return name().startsWith("dim_") ? name().substring(4) : name();
        }

        default String surrogateKey() {
            return entity() + "_sk";
        }
    }

    /** A copy of a dimension table, one row per business key (the table's key column). */
    public record Conformed(String name, String table) implements Dimension {
        public Conformed {
            Names.require("dimension", name);
            Names.require("table", table);
        }
    }

    /** The distinct values of a fact column, e.g. diagnosis codes. Facts with a column of that name join it. */
    public record Derived(String name, String table, String column) implements Dimension {
        public Derived {
            Names.require("dimension", name);
            Names.require("table", table);
            Names.require("column", column);
        }
    }

    public static final StarSchema NONE = new StarSchema(List.of(), List.of());

    public StarSchema {
        facts = List.copyOf(facts);
        dimensions = List.copyOf(dimensions);
    }

    public static StarSchema facts(String... tables) {
        return new StarSchema(List.of(tables), List.of());
    }

    public StarSchema dim(String name, String table) {
        return with(new Conformed(name, table));
    }

    public StarSchema derived(String name, String table, String column) {
        return with(new Derived(name, table, column));
    }

    private StarSchema with(Dimension d) {
        List<Dimension> all = new ArrayList<>(dimensions);
        all.add(d);
        return new StarSchema(facts, all);
    }

    /** {@code fct_<table>}. */
    public static String factName(String table) {
        return "fct_" + table.toLowerCase(Locale.ROOT);
    }

    public boolean isEmpty() {
        return facts.isEmpty();
    }
}
