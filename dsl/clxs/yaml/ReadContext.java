package clxs.yaml;

import clxs.model.Pool;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** What reading one file shares: its locations, the problems found so far, its pools and seasonalities, the references to check. */
final class ReadContext {

    final YamlDocument doc;
    final List<Problem> problems;
    final Map<String, Pool> pools = new LinkedHashMap<>();
    /** Pools with problems of their own: columns drawing from them are not reported again. */
    final java.util.Set<String> brokenPools = new java.util.HashSet<>();
    final Map<String, List<Double>> seasonalities = new LinkedHashMap<>();
    /** Foreign keys and lookups as written, checked once every table is known. */
    final List<Reference> references = new ArrayList<>();

    /** A generator that names another table or column: checked against the whole industry. */
    record Reference(KeyPath at, String table, String fkTable, String via, String column) {}

    ReadContext(YamlDocument doc, List<Problem> problems) {
        this.doc = doc;
        this.problems = problems;
    }

    void problem(KeyPath at, String message) {
        problems.add(doc.problem(at, message));
    }

    /** {@code value}, or null after reporting that {@code key} is missing under {@code at}. */
    <T> T require(T value, KeyPath at, String key, String what) {
        if (value == null) problem(at, "missing key '" + key + "': " + what);
        return value;
    }

    /** Runs a model constructor; its {@link IllegalArgumentException} becomes a problem at {@code at}. */
    <T> T model(KeyPath at, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            problem(at, e.getMessage());
            return null;
        }
    }
}
