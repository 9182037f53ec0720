package clxs.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A scalar SQL function written once in portable SQL: a Databricks {@code CREATE FUNCTION ...
 * RETURN} or a DuckDB macro. Examples are executed by the tests on every dialect.
 *
 * <pre>{@code
 * Udf.named("mask_ssn").masking()
 *    .param("ssn", STRING).returns(STRING)
 *    .body("'***-**-' || right(ssn, 4)")
 *    .example("'123-45-6789'", "'***-**-6789'")
 * }</pre>
 */
public record Udf(String name, Category category, List<Param> params, SqlType returns, String body, String comment, List<Example> examples) {

    public enum Category { MASKING, FORMATTING, VALIDATION, BUSINESS }

    public record Param(String name, SqlType type) {
        public Param {
            Names.require("parameter", name);
            Objects.requireNonNull(type, "type");
        }
    }

    /** Portable SQL arguments, e.g. {@code "'a@b.com'"}, and the expected result as a SQL literal. */
    public record Example(String arguments, String expected) {}

    public Udf {
        Names.require("function", name);
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(returns, () -> "function " + name + " has no return type");
        Objects.requireNonNull(body, () -> "function " + name + " has no body");
        params = List.copyOf(params);
        examples = List.copyOf(examples);
    }

    public static Udf named(String name) {
        return new Udf(name, Category.BUSINESS, List.of(), SqlType.STRING, "NULL", null, List.of());
    }

    public Udf masking() { return withCategory(Category.MASKING); }

    public Udf formatting() { return withCategory(Category.FORMATTING); }

    public Udf validation() { return withCategory(Category.VALIDATION); }

    public Udf business() { return withCategory(Category.BUSINESS); }

    public Udf param(String paramName, SqlType type) {
        List<Param> p = new ArrayList<>(params);
        p.add(new Param(paramName, type));
        return new Udf(name, category, p, returns, body, comment, examples);
    }

    public Udf returns(SqlType type) {
        return new Udf(name, category, params, type, body, comment, examples);
    }

    public Udf body(String portableSql) {
        return new Udf(name, category, params, returns, portableSql, comment, examples);
    }

    public Udf comment(String text) {
        return new Udf(name, category, params, returns, body, text, examples);
    }

    public Udf example(String arguments, String expected) {
        List<Example> e = new ArrayList<>(examples);
        e.add(new Example(arguments, expected));
        return new Udf(name, category, params, returns, body, comment, e);
    }

    private Udf withCategory(Category c) {
        return new Udf(name, c, params, returns, body, comment, examples);
    }
}
