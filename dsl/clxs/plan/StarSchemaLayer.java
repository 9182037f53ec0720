package clxs.plan;

import clxs.model.Column;
import clxs.model.ForeignKey;
import clxs.model.Industry;
import clxs.model.StarSchema;
import clxs.model.Table;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The star-schema overlay ({@code data_model: star_schema}): {@code <industry>_star} with
 * {@code dim_date} over the catalog's date window, conformed dimensions copied from the
 * industry's tables with a surrogate key {@code <entity>_sk} and SCD2-shaped
 * {@code valid_from/valid_to/is_current}, derived dimensions (distinct values of a fact column),
 * and facts that keep every column and add the surrogate key of each dimension they join.
 *
 * <pre>{@code
 * CREATE OR REPLACE TABLE demo.healthcare_star.fct_claims AS
 * SELECT f.claim_id, ..., CASE WHEN f.patient_id BETWEEN 1 AND 1000000 THEN CAST(f.patient_id AS BIGINT) END AS patient_sk,
 *        ..., d3.diagnosis_sk
 * FROM demo.healthcare.claims f
 * LEFT JOIN demo.healthcare_star.dim_diagnosis d3 ON d3.diagnosis_code = f.diagnosis_code
 * }</pre>
 *
 * A dimension whose business key is the row number 1..N (a sequence) numbers its rows by that key,
 * which is what {@code row_number() OVER (ORDER BY key)} gives: the facts take the foreign key as
 * the surrogate key instead of joining, and the dimension is a copy, not a sort. Both stream at any
 * scale; only dimensions keyed by codes are numbered with a window and joined.
 *
 * Dimensions keep one row per business key (the data-quality profile may have duplicated some
 * source rows), so facts never multiply through a join.
 */
public final class StarSchemaLayer implements Layer {

    /** Every dimension row is current and valid forever: SCD2-shaped columns with one version per key. */
    private static final String SCD2_COLUMNS = "       DATE '1900-01-01' AS valid_from, DATE '9999-12-31' AS valid_to, true AS is_current";

    @Override
    public void contribute(PlanBuilder plan) {
        RunSettings d = plan.settings();
        if (!d.starSchema()) return;
        for (Industry industry : plan.industries()) {
            StarSchema star = industry.star();
            if (star.isEmpty()) {
                plan.skip("star schema of " + industry.name(), "the industry defines no star schema");
                continue;
            }
            String schema = SchemaNames.star(industry.name());
            plan.phase(PhaseKind.SCHEMAS).add(new Step.CreateSchema(ObjectName.schema(d.catalog(), schema),
                    "Star schema (Kimball) over " + industry.name() + ": fct_ facts, dim_ dimensions, dim_date", industry.name()));
            PlanBuilder.PhaseBuilder dims = plan.phase(PhaseKind.STAR_DIMENSIONS);
            PlanBuilder.PhaseBuilder facts = plan.phase(PhaseKind.STAR_FACTS);
            dims.add(table(plan, industry, schema, "dim_date", dimDate(d), "Calendar from " + d.startDate() + " to " + d.lastDay()));
            for (StarSchema.Dimension dim : star.dimensions()) {
                String sql = dim instanceof StarSchema.Conformed c ? conformed(plan, industry, c) : derived((StarSchema.Derived) dim);
                dims.add(table(plan, industry, schema, dim.name(), sql, description(dim)));
            }
            for (String fact : star.facts()) {
                Table source = industry.requireTable(fact);
                facts.add(table(plan, industry, schema, StarSchema.factName(fact), fact(industry, schema, source, d.scale()),
                        "Fact: every column of " + industry.name() + "." + fact + " plus the surrogate key of each dimension it joins",
                        new Step.Copy(plan.name(industry.name(), fact), d.schemaOnly() ? 0 : source.rowsAt(d.scale()))));
            }
        }
    }

    private static Step table(PlanBuilder plan, Industry industry, String schema, String name, String sql, String comment) {
        return table(plan, industry, schema, name, sql, comment, null);
    }

    private static Step table(PlanBuilder plan, Industry industry, String schema, String name, String sql, String comment, Step.Copy copy) {
        RunSettings d = plan.settings();
        return new Step.CreateTableAs(plan.name(schema, name), new Step.PortableQuery(sql, d.catalog(), industry.name()), comment, industry.name(),
                d.schemaOnly(), copy);
    }

    static String dimDate(RunSettings d) {
        long days = ChronoUnit.DAYS.between(d.startDate(), d.endDate());
        return "SELECT date_key, year(date_key) AS year, quarter(date_key) AS quarter, month(date_key) AS month,\n"
                + "       weekofyear(date_key) AS week, day(date_key) AS day_of_month, {{day_of_week(date_key)}} AS day_of_week,\n"
                + "       {{format_date(date_key, 'EEEE')}} AS day_name, {{format_date(date_key, 'MMMM')}} AS month_name,\n"
                + "       {{day_of_week(date_key)}} IN (1, 7) AS is_weekend\n"
                + "FROM (SELECT {{add_days(DATE '" + d.startDate() + "', id - 1)}} AS date_key FROM {{rows(1, " + days + ")}}) AS calendar";
    }

    /**
     * One row per business key, numbered in key order. A key that is the row number (1..N) is its
     * own number, so the dimension copies the table without sorting it, and only the few rows the
     * duplicates step may have copied ({@link DuplicateRows#candidates}) are de-duplicated.
     */
    private static String conformed(PlanBuilder plan, Industry industry, StarSchema.Conformed c) {
        Table t = industry.requireTable(c.table());
        String key = t.primaryKey().orElseThrow().name();
        String columns = t.columns().stream().map(Column::name).filter(n -> !Scd2Dimensions.isHistoryColumn(n))
                .map(n -> "s." + n).collect(Collectors.joining(", "));
        String scd2 = ",\n" + SCD2_COLUMNS + "\n";
        String firstCopies = "(SELECT *, row_number() OVER (PARTITION BY " + key + " ORDER BY " + key + ") AS _copy FROM {{" + t.name() + "}}%s) AS s\n"
                + "WHERE s._copy = 1";
        if (!DuplicateRows.keyIsRowNumber(t)) {
            return "SELECT CAST(row_number() OVER (ORDER BY s." + key + ") AS BIGINT) AS " + c.surrogateKey() + ", " + columns + scd2
                    + "FROM " + String.format(firstCopies, "");
        }
        String select = "SELECT CAST(s." + key + " AS BIGINT) AS " + c.surrogateKey() + ", " + columns + scd2;
        Optional<String> copied = DuplicateRows.candidates(plan, industry, t);
        if (copied.isEmpty()) return select + "FROM {{" + t.name() + "}} AS s";
        // NOT IN a subquery (an anti-join on the few copied keys), not NOT IN the list: the list would be tested on every row
        return select + "FROM {{" + t.name() + "}} AS s\nWHERE s." + key + " NOT IN (SELECT " + key + " FROM {{" + t.name() + "}} WHERE " + copied.get() + ")\nUNION ALL\n"
                + select + "FROM " + String.format(firstCopies, " WHERE " + copied.get());
    }

    private static String derived(StarSchema.Derived x) {
        return "SELECT CAST(row_number() OVER (ORDER BY v." + x.column() + ") AS BIGINT) AS " + x.surrogateKey() + ", v." + x.column() + ",\n"
                + SCD2_COLUMNS + "\n"
                + "FROM (SELECT DISTINCT " + x.column() + " FROM {{" + x.table() + "}} WHERE " + x.column() + " IS NOT NULL) AS v";
    }

    private static String description(StarSchema.Dimension dim) {
        if (dim instanceof StarSchema.Conformed c) return "Conformed dimension from " + c.table() + ", one row per key, surrogate key " + c.surrogateKey();
        StarSchema.Derived x = (StarSchema.Derived) dim;
        return "Derived dimension: distinct " + x.column() + " of " + x.table() + ", surrogate key " + x.surrogateKey();
    }

    /** How one fact joins one dimension: the fact's column and the dimension's business key. */
    record Join(StarSchema.Dimension dim, String factColumn, String dimColumn) {}

    /** The dimensions {@code fact} joins: through a foreign key to a conformed dimension's table, or by column name to a derived one. */
    static List<Join> joins(Industry industry, Table fact) {
        List<Join> joins = new ArrayList<>();
        for (StarSchema.Dimension dim : industry.star().dimensions()) {
            if (dim instanceof StarSchema.Conformed c) {
                industry.foreignKeys().stream().filter(fk -> fk.table().equals(fact.name()) && fk.parentTable().equals(c.table())).findFirst()
                        .map((ForeignKey fk) -> new Join(dim, fk.column(), fk.parentColumn())).ifPresent(joins::add);
            } else if (dim instanceof StarSchema.Derived x && fact.column(x.column()).isPresent()) {
                joins.add(new Join(dim, x.column(), x.column()));
            }
        }
        return joins;
    }

    /**
     * Every column of the fact plus one surrogate key per dimension. A conformed dimension keyed by
     * the row number numbers its rows by the key itself, so the fact's foreign key is the surrogate
     * key (NULL outside 1..N, as the LEFT JOIN would give) and that dimension is not joined.
     */
    private static String fact(Industry industry, String schema, Table fact, double scale) {
        List<Join> joins = joins(industry, fact);
        StringBuilder select = new StringBuilder("SELECT ");
        select.append(fact.columns().stream().map(c -> "f." + c.name()).collect(Collectors.joining(", ")));
        StringBuilder from = new StringBuilder("\nFROM {{").append(fact.name()).append("}} AS f");
        for (int i = 0; i < joins.size(); i++) {
            Join j = joins.get(i);
            Table parent = j.dim() instanceof StarSchema.Conformed c ? industry.requireTable(c.table()) : null;
            if (parent != null && DuplicateRows.keyIsRowNumber(parent) && parent.primaryKey().orElseThrow().name().equals(j.dimColumn())) {
                select.append(", CASE WHEN f.").append(j.factColumn()).append(" BETWEEN 1 AND ").append(parent.rowsAt(scale))
                        .append(" THEN CAST(f.").append(j.factColumn()).append(" AS BIGINT) END AS ").append(j.dim().surrogateKey());
                continue;
            }
            select.append(", d").append(i).append('.').append(j.dim().surrogateKey());
            from.append("\nLEFT JOIN {{").append(schema).append('.').append(j.dim().name()).append("}} AS d").append(i)
                    .append(" ON d").append(i).append('.').append(j.dimColumn()).append(" = f.").append(j.factColumn());
        }
        return select.append(from).toString();
    }
}
