package clxs.yaml;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The YAML form of an industry, exactly as written: Jackson binds a file into these records
 * (unknown keys rejected), then {@link IndustryReader} checks them and builds the model.
 * Every choice value, pool entry and constant is a {@code String} field, so the text written
 * ({@code NO}, {@code 01234}, {@code 1.10}) is kept as it stands and typed later by the column's
 * SQL type, never by YAML's guesses.
 */
final class YamlForm {

    private YamlForm() {}

    record IndustryYaml(String name, String description, LinkedHashMap<String, List<Double>> seasonalities, List<PoolYaml> pools,
                        List<TableYaml> tables, List<ViewYaml> views, List<FunctionYaml> functions, List<ViewYaml> gold, StarYaml star,
                        List<CheckYaml> checks, List<ChangeYaml> changes) {}

    /** A reference list; {@code fields} maps each field to its SQL type, {@code rows} holds one value per field. */
    record PoolYaml(String name, LinkedHashMap<String, String> fields, String popularity, List<List<String>> rows) {}

    /**
     * A table in the portable form ({@code columns}) or the Clone-Xs form ({@code ddl_cols} and
     * {@code insert_expr}: Databricks SQL run as given).
     */
    record TableYaml(String name, String role, Long rows, String date, String comment, List<GenYaml> columns,
                     @JsonProperty("ddl_cols") String ddlCols, @JsonProperty("insert_expr") String insertExpr) {}

    /**
     * A column (with {@code name}, {@code type} and {@code comment}) or a generator nested in
     * another one. Exactly one generator key is set; {@code orNull} makes it nullable; {@code type}
     * also types the values of {@code weighted}, {@code oneOf} and {@code constant}.
     */
    record GenYaml(String name, String type, String comment, Double orNull,
                   SequenceYaml sequence, IntsYaml ints, DecimalsYaml decimals, AmountYaml amount, NormalYaml normal,
                   LinkedHashMap<String, Double> weighted, List<String> oneOf,
                   WhenYaml dates, WhenYaml timestamps, FkYaml fk, LookupYaml lookup, Double bool,
                   TemplateYaml template, GenYaml sha256, CodeYaml code, CodeYaml sharedCode,
                   PersonYaml person, PlaceYaml place, PoolRefYaml pool, String constant,
                   DerivedYaml derived, RawSqlYaml rawSql) {}

    record SequenceYaml() {}

    record IntsYaml(Long min, Long max, String skew) {}

    record DecimalsYaml(Double min, Double max, Integer scale, String skew) {}

    record AmountYaml(Double median, Double sigma, Double min, Double max) {}

    record NormalYaml(Double mean, Double sd, Double min, Double max, Integer scale) {}

    /** Dates or timestamps: {@code from}/{@code to} default to the catalog's window. */
    record WhenYaml(String from, String to, String seasonality, WeightsYaml weekdays, WeightsYaml hours) {}

    /** A weekday or hour pattern: a built-in name ({@code business_days}) or the weights themselves. */
    @JsonDeserialize(using = WeightsDeserializer.class)
    record WeightsYaml(String name, List<Double> weights) {}

    record FkYaml(String table, String skew) {
        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        FkYaml(@JsonProperty("table") String table, @JsonProperty("skew") String skew) {
            this.table = table;
            this.skew = skew;
        }

        /** {@code fk: patients}. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static FkYaml of(String table) {
            return new FkYaml(table, null);
        }
    }

    record LookupYaml(String via, String column) {}

    record TemplateYaml(String pattern, List<GenYaml> parts) {}

    record CodeYaml(String pattern, GenYaml key, String namespace) {
        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        CodeYaml(@JsonProperty("pattern") String pattern, @JsonProperty("key") GenYaml key, @JsonProperty("namespace") String namespace) {
            this.pattern = pattern;
            this.key = key;
            this.namespace = namespace;
        }

        /** {@code code: "AA-9999"}: spelled from the row id. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static CodeYaml of(String pattern) {
            return new CodeYaml(pattern, null, null);
        }
    }

    record PersonYaml(String field, String key) {
        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        PersonYaml(@JsonProperty("field") String field, @JsonProperty("key") String key) {
            this.field = field;
            this.key = key;
        }

        /** {@code person: email}. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static PersonYaml of(String field) {
            return new PersonYaml(field, null);
        }
    }

    record PlaceYaml(String field, String key) {
        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        PlaceYaml(@JsonProperty("field") String field, @JsonProperty("key") String key) {
            this.field = field;
            this.key = key;
        }

        /** {@code place: city}. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static PlaceYaml of(String field) {
            return new PlaceYaml(field, null);
        }
    }

    /** A field of a pool of this file: {@code pool: {name: drug, field: strength}} or {@code pool: drug.strength}. */
    record PoolRefYaml(String name, String field, String key) {
        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        PoolRefYaml(@JsonProperty("name") String name, @JsonProperty("field") String field, @JsonProperty("key") String key) {
            this.name = name;
            this.field = field;
            this.key = key;
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static PoolRefYaml of(String poolDotField) {
            int dot = poolDotField.indexOf('.');
            return dot < 0 ? new PoolRefYaml(poolDotField, null, null)
                    : new PoolRefYaml(poolDotField.substring(0, dot), poolDotField.substring(dot + 1), null);
        }
    }

    record DerivedYaml(String sql, List<GenYaml> inputs) {
        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        DerivedYaml(@JsonProperty("sql") String sql, @JsonProperty("inputs") List<GenYaml> inputs) {
            this.sql = sql;
            this.inputs = inputs;
        }

        /** {@code derived: quantity * unit_price}. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static DerivedYaml of(String sql) {
            return new DerivedYaml(sql, null);
        }
    }

    record RawSqlYaml(String sql, GenYaml fallback) {
        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        RawSqlYaml(@JsonProperty("sql") String sql, @JsonProperty("fallback") GenYaml fallback) {
            this.sql = sql;
            this.fallback = fallback;
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static RawSqlYaml of(String sql) {
            return new RawSqlYaml(sql, null);
        }
    }

    record ViewYaml(String name, String comment, String sql) {}

    /** A function; {@code params} maps each parameter to its SQL type, in order. */
    record FunctionYaml(String name, String category, LinkedHashMap<String, String> params, String returns, String body, String comment,
                        List<ExampleYaml> examples) {}

    record ExampleYaml(String arguments, String expected) {}

    record StarYaml(List<String> facts, List<DimensionYaml> dimensions) {}

    /** A conformed dimension ({@code table}) or a derived one ({@code table} and {@code column}). */
    record DimensionYaml(String name, String table, String column) {}

    record CheckYaml(String table, String name, String condition) {}

    /** A version-history update; {@code share} (default 1: every matching row) of the rows is drawn from {@code key} and the seed. */
    record ChangeYaml(String table, String description, String set, String where, String key, Double share) {}

    /** Reads a {@link WeightsYaml} from a name or a list of numbers, and nothing else. */
    static final class WeightsDeserializer extends StdDeserializer<WeightsYaml> {
        private static final long serialVersionUID = 1L;

        WeightsDeserializer() {
            super(WeightsYaml.class);
        }

        @Override
        public WeightsYaml deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.START_ARRAY) {
                List<Double> weights = ctxt.readValue(p, ctxt.getTypeFactory().constructCollectionType(List.class, Double.class));
                return new WeightsYaml(null, weights);
            }
            if (p.currentToken() == JsonToken.VALUE_STRING) return new WeightsYaml(p.getText(), null);
            return (WeightsYaml) ctxt.handleUnexpectedToken(WeightsYaml.class, p);
        }
    }
}
