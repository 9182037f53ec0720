package clxs.settings;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the generated catalog is laid out ({@code data_model} in JSON, {@code --data-model} on the
 * command line). The flat per-industry schemas are always there; {@link #STAR_SCHEMA} adds a
 * Kimball overlay, {@code <industry>_star}, built from them.
 */
public enum DataModel {
    /** One schema per industry holding its tables (the default). */
    FLAT,
    /** The flat schemas plus {@code <industry>_star}: {@code dim_date}, conformed and derived dims, facts with surrogate keys. */
    STAR_SCHEMA;

    /** {@code flat} or {@code star_schema}, as in the seed API. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DataModel of(String name) {
        for (DataModel m : values()) {
            if (m.jsonName().equalsIgnoreCase(name) || m.jsonName().replace('_', '-').equalsIgnoreCase(name)) return m;
        }
        throw new InvalidDefinitionException("data_model", "unknown data model '" + name + "'; valid: "
                + Arrays.stream(values()).map(DataModel::jsonName).collect(Collectors.joining(", ")));
    }
}
