package clxs.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a column's values look like: a small intermediate representation that every SQL
 * dialect renders. Generators are pure functions of the row id, a per-column salt and the
 * seed, so the same seed gives the same rows on any number of threads.
 *
 * <p>Industry definitions use the static factories:
 * <pre>{@code
 * import static clxs.model.Gen.*;
 *
 * col("claim_amount", decimal(12, 2), amount(240, 1.1, 15, 75_000), "Billed amount, USD")
 * col("status", weighted("PAID", 62, "DENIED", 11, "PENDING", 27), "Claim lifecycle status")
 * col("patient_id", fk("patients", Skew.power(1.4)), "Patient who received the service")
 * }</pre>
 */
public sealed interface Gen {

    /** The row id itself: 1, 2, 3, ... (primary keys). */
    record Sequence() implements Gen {}

    /** An integer in {@code [min, max]}. */
    record IntRange(long min, long max, Skew skew) implements Gen {
        public IntRange {
            if (min > max) throw new IllegalArgumentException("int range min " + min + " > max " + max);
            Objects.requireNonNull(skew, "skew");
        }
    }

    /** A decimal in {@code [min, max]} rounded to {@code scale} places. */
    record DecimalRange(double min, double max, int scale, Skew skew) implements Gen {
        public DecimalRange {
            if (!(min <= max)) throw new IllegalArgumentException("decimal range min " + min + " > max " + max);
            if (scale < 0 || scale > 10) throw new IllegalArgumentException("decimal scale must be 0..10, got " + scale);
            Objects.requireNonNull(skew, "skew");
        }
    }

    /** One of {@code values}, drawn with relative {@code weights}. */
    record Choice(List<Object> values, List<Double> weights) implements Gen {
        public Choice {
            if (values.isEmpty()) throw new IllegalArgumentException("a choice needs at least one value");
            if (values.size() != weights.size()) throw new IllegalArgumentException("a choice needs one weight per value");
            for (Double w : weights) {
                if (w == null || !(w >= 0)) throw new IllegalArgumentException("choice weights must be >= 0: " + weights);
            }
            if (weights.stream().mapToDouble(Double::doubleValue).sum() <= 0) throw new IllegalArgumentException("choice weights must not all be zero");
            values = List.copyOf(values.stream().map(v -> Objects.requireNonNull(v, "choice values must not be null; wrap with orNull()")).toList());
            weights = List.copyOf(weights);
        }

        public boolean isUniform() {
            return weights.stream().distinct().count() == 1;
        }
    }

    /**
     * A date in {@code [from, to]} (both inclusive) following {@code seasonality}. Null bounds
     * mean the catalog's date window: from {@code --start-date} to the day before {@code --end-date}.
     */
    record DateRange(LocalDate from, LocalDate to, Seasonality seasonality) implements Gen {
        public DateRange {
            if (from != null && to != null && to.isBefore(from)) throw new IllegalArgumentException("date range " + from + " .. " + to + " ends before it starts");
            Objects.requireNonNull(seasonality, "seasonality");
        }
    }

    /** A timestamp within the days {@code [from, to]}, following the calendar and hour pattern of {@code seasonality}. */
    record TimestampRange(LocalDate from, LocalDate to, Seasonality seasonality) implements Gen {
        public TimestampRange {
            if (from != null && to != null && to.isBefore(from)) throw new IllegalArgumentException("timestamp range " + from + " .. " + to + " ends before it starts");
            Objects.requireNonNull(seasonality, "seasonality");
        }
    }

    /**
     * A key of another table of the same industry: always one of the parent's generated keys,
     * at every scale, so joins return rows. {@code skew} makes some parents more popular.
     */
    record ForeignKey(String table, Skew skew) implements Gen {
        public ForeignKey {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(skew, "skew");
        }
    }

    /**
     * A column of the parent row that this row's foreign key points at, e.g. the drug name of a
     * prescription's drug code. Always consistent with the parent table.
     */
    record Lookup(String viaColumn, String parentColumn) implements Gen {}

    /** {@code true} with probability {@code probability}. */
    record Bool(double probability) implements Gen {
        public Bool {
            if (!(probability >= 0 && probability <= 1)) throw new IllegalArgumentException("probability must be in [0, 1], got " + probability);
        }
    }

    /** {@code inner}, or NULL for a fraction {@code nullRate} of the rows. */
    record Nullable(Gen inner, double nullRate) implements Gen {
        public Nullable {
            Objects.requireNonNull(inner, "inner");
            if (!(nullRate >= 0 && nullRate <= 1)) throw new IllegalArgumentException("null rate must be in [0, 1], got " + nullRate);
        }
    }

    /** Text with {@code {}} placeholders filled by {@code parts}, e.g. {@code template("RX-{}", code("99999"))}. */
    record Template(String pattern, List<Gen> parts) implements Gen {
        public Template {
            parts = List.copyOf(parts);
            int holes = pattern.split("\\{}", -1).length - 1;
            if (holes != parts.size()) throw new IllegalArgumentException("template '" + pattern + "' has " + holes + " placeholders for " + parts.size() + " parts");
        }
    }

    /** The SHA-256 hex digest of another generator's value (hashed identifiers). */
    record Hash(Gen of) implements Gen {}

    /**
     * A code spelled from a key by a pattern: {@code A} a letter, {@code 9} a digit, {@code X}
     * a letter or digit; any other character is kept. Distinct keys give distinct codes (the
     * key is scrambled, so codes do not run in order), up to the pattern's capacity. The scramble
     * is the table's own unless {@code namespace} names one shared by several tables, so that a
     * meter id spelled from a customer key reads the same in every table that spells it.
     */
    record Code(String pattern, Gen key, String namespace) implements Gen {
        public Code {
            if (capacity(pattern) < 2) throw new IllegalArgumentException("code pattern '" + pattern + "' has no A, 9 or X positions");
            Objects.requireNonNull(key, "key");
            if (namespace != null) Names.require("code namespace", namespace);
        }

        /** How many distinct codes the pattern can spell. */
        public static long capacity(String pattern) {
            long c = 1;
            for (char ch : pattern.toCharArray()) {
                int radix = radix(ch);
                if (radix > 1) c = Math.multiplyExact(c, radix);
            }
            return c;
        }

        /** Alphabet size of a pattern character, 1 for a literal. */
        public static int radix(char ch) {
            return switch (ch) { case 'A' -> 26; case '9' -> 10; case 'X' -> 36; default -> 1; };
        }
    }

    /** A person's field; fields with the same {@code key} in a row describe the same person. */
    record Person(PersonField field, String key) implements Gen {}

    /** A US place's field; fields with the same {@code key} in a row come from the same place. */
    record Place(PlaceField field, String key) implements Gen {}

    /** A field of a {@link Pool} entry; fields with the same {@code key} in a row come from the same entry. */
    record PoolField(Pool pool, String field, String key) implements Gen {
        public PoolField {
            pool.fieldIndex(field);
            if (pool.size() == 0) throw new IllegalArgumentException("pool " + pool.name() + " is empty");
        }
    }

    /** The same value on every row. */
    record Const(Object value) implements Gen {}

    /**
     * A portable SQL expression over the row's other columns ({@code quantity * unit_price}) and
     * extra generators referenced as {@code $0, $1, ...}. It may use {@code {{fn(...)}}} portable
     * functions, e.g. {@code derived("{{add_days(start_date, $0)}}", ints(1, 30))}.
     */
    record Derived(String expression, List<Gen> inputs) implements Gen {
        public Derived {
            inputs = List.copyOf(inputs);
        }
    }

    /**
     * Escape hatch: a Databricks SQL expression used verbatim. It runs on Databricks only; other
     * targets use {@code localFallback}, or NULL (reported as skipped) when there is none.
     */
    record RawSql(String databricksSql, Gen localFallback) implements Gen {}

    // ---------------------------------------------------------------- fluent modifiers

    /** This generator, NULL on a fraction {@code rate} of rows. */
    default Gen orNull(double rate) {
        return new Nullable(this, rate);
    }

    // ---------------------------------------------------------------- factories

    static Gen sequence() { return new Sequence(); }

    static Gen ints(long min, long max) { return new IntRange(min, max, Skew.UNIFORM); }

    static Gen ints(long min, long max, Skew skew) { return new IntRange(min, max, skew); }

    static Gen decimals(double min, double max) { return new DecimalRange(min, max, 2, Skew.UNIFORM); }

    static Gen decimals(double min, double max, Skew skew) { return new DecimalRange(min, max, 2, skew); }

    static Gen decimals(double min, double max, int scale, Skew skew) { return new DecimalRange(min, max, scale, skew); }

    /** A money amount: log-normal around {@code median}, clamped to {@code [min, max]}, 2 decimals. */
    static Gen amount(double median, double sigma, double min, double max) {
        return new DecimalRange(min, max, 2, Skew.logNormal(median, sigma));
    }

    /** A measurement: normal with {@code mean} and {@code sd}, clamped to {@code [min, max]}. */
    static Gen normal(double mean, double sd, double min, double max, int scale) {
        return new DecimalRange(min, max, scale, Skew.normal(mean, sd));
    }

    /** One of {@code values}, all equally likely. */
    static Gen oneOf(Object... values) {
        List<Double> w = new ArrayList<>();
        for (int i = 0; i < values.length; i++) w.add(1.0);
        return new Choice(Arrays.asList(values), w);
    }

    /** Alternating value and relative weight: {@code weighted("PAID", 62, "DENIED", 11)}. */
    static Gen weighted(Object... valueWeightPairs) {
        if (valueWeightPairs.length == 0 || valueWeightPairs.length % 2 != 0) {
            throw new IllegalArgumentException("weighted() takes value, weight pairs; got " + valueWeightPairs.length + " arguments");
        }
        List<Object> values = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int i = 0; i < valueWeightPairs.length; i += 2) {
            values.add(valueWeightPairs[i]);
            if (!(valueWeightPairs[i + 1] instanceof Number n)) {
                throw new IllegalArgumentException("weighted(): weight of " + valueWeightPairs[i] + " is not a number: " + valueWeightPairs[i + 1]);
            }
            weights.add(n.doubleValue());
        }
        return new Choice(values, weights);
    }

    /** A date in the catalog's window, no seasonal pattern. */
    static Gen dates() { return new DateRange(null, null, Seasonality.NONE); }

    /** A date in the catalog's window following {@code seasonality}. */
    static Gen dates(Seasonality seasonality) { return new DateRange(null, null, seasonality); }

    /** A date in a fixed range, e.g. birth dates. */
    static Gen dates(LocalDate from, LocalDate to) { return new DateRange(from, to, Seasonality.NONE); }

    static Gen timestamps() { return new TimestampRange(null, null, Seasonality.NONE); }

    static Gen timestamps(Seasonality seasonality) { return new TimestampRange(null, null, seasonality); }

    static Gen fk(String table) { return new ForeignKey(table, Skew.UNIFORM); }

    static Gen fk(String table, Skew skew) { return new ForeignKey(table, skew); }

    static Gen lookup(String viaColumn, String parentColumn) { return new Lookup(viaColumn, parentColumn); }

    static Gen bool(double probability) { return new Bool(probability); }

    static Gen template(String pattern, Gen... parts) { return new Template(pattern, Arrays.asList(parts)); }

    static Gen sha256(Gen of) { return new Hash(of); }

    /** A code spelled from the row id (unique per row up to the pattern's capacity). */
    static Gen code(String pattern) { return new Code(pattern, new Sequence(), null); }

    static Gen code(String pattern, Gen key) { return new Code(pattern, key, null); }

    /** A code spelled the same way in every table that uses {@code namespace} (a join key across tables). */
    static Gen sharedCode(String namespace, String pattern, Gen key) { return new Code(pattern, key, namespace); }

    static Gen person(PersonField field) { return new Person(field, "person"); }

    static Gen person(PersonField field, String key) { return new Person(field, key); }

    static Gen place(PlaceField field) { return new Place(field, "place"); }

    static Gen place(PlaceField field, String key) { return new Place(field, key); }

    static Gen pool(Pool pool, String field) { return new PoolField(pool, field, pool.name()); }

    static Gen pool(Pool pool, String field, String key) { return new PoolField(pool, field, key); }

    static Gen constant(Object value) { return new Const(value); }

    static Gen derived(String expression, Gen... inputs) { return new Derived(expression, Arrays.asList(inputs)); }

    static Gen rawSql(String databricksSql) { return new RawSql(databricksSql, null); }

    static Gen rawSql(String databricksSql, Gen localFallback) { return new RawSql(databricksSql, localFallback); }
}
