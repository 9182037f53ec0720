package clxs.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One industry's demo content: its tables, views and functions, generated into a schema of
 * the same name. Foreign keys are not declared separately: they follow from the
 * {@link Gen.ForeignKey} generators of the columns, so a key can never point outside its parent.
 */
public record Industry(String name, String description, List<Table> tables, List<View> views, List<Udf> udfs, Overlays overlays) {

    /**
     * What the optional layers build on top of the industry's tables: the gold views of the
     * medallion layer (over {@code <industry>_silver}), the star schema, the CHECK rules and the
     * updates that give tables a version history.
     */
    public record Overlays(List<View> gold, StarSchema star, List<CheckRule> checks, List<TableChange> changes) {
        public static final Overlays NONE = new Overlays(List.of(), StarSchema.NONE, List.of(), List.of());

        public Overlays {
            gold = List.copyOf(gold);
            checks = List.copyOf(checks);
            changes = List.copyOf(changes);
        }
    }

    public Industry {
        Names.require("industry", name);
        tables = List.copyOf(tables);
        views = List.copyOf(views);
        udfs = List.copyOf(udfs);
        if (overlays == null) overlays = Overlays.NONE;
        unique("table", tables.stream().map(Table::name).toList());
        unique("view", views.stream().map(View::name).toList());
        unique("function", udfs.stream().map(Udf::name).toList());
        unique("gold view", overlays.gold().stream().map(View::name).toList());
        unique("check", overlays.checks().stream().map(CheckRule::name).toList());
    }

    public List<View> gold() {
        return overlays.gold();
    }

    public StarSchema star() {
        return overlays.star();
    }

    public List<CheckRule> checks() {
        return overlays.checks();
    }

    public List<TableChange> changes() {
        return overlays.changes();
    }

    /** The same industry with other tables (used by layers that add columns, such as SCD2). */
    public Industry withTables(List<Table> replaced) {
        return new Industry(name, description, replaced, views, udfs, overlays);
    }

    public static Builder named(String name) {
        return new Builder(name);
    }

    public Optional<Table> table(String tableName) {
        return tables.stream().filter(t -> t.name().equals(tableName)).findFirst();
    }

    public Table requireTable(String tableName) {
        return table(tableName).orElseThrow(() -> new IllegalArgumentException(
                "industry " + name + " has no table '" + tableName + "'"));
    }

    /** Every foreign key declared by a column generator, in table order. */
    public List<ForeignKey> foreignKeys() {
        List<ForeignKey> fks = new ArrayList<>();
        for (Table t : tables) {
            for (Column c : t.columns()) {
                foreignKeyOf(c.gen()).ifPresent(fk -> fks.add(new ForeignKey(t.name(), c.name(), fk.table(),
                        requireTable(fk.table()).primaryKey().orElseThrow().name())));
            }
        }
        return fks;
    }

    /** Total rows at {@code scale}. */
    public long rowsAt(double scale) {
        return tables.stream().mapToLong(t -> t.rowsAt(scale)).sum();
    }

    /** The foreign-key generator inside {@code gen}, looking through NULL wrappers and codes. */
    public static Optional<Gen.ForeignKey> foreignKeyOf(Gen gen) {
        if (gen instanceof Gen.ForeignKey fk) return Optional.of(fk);
        if (gen instanceof Gen.Nullable n) return foreignKeyOf(n.inner());
        return Optional.empty();
    }

    private static void unique(String what, List<String> names) {
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (!seen.add(n)) throw new IllegalArgumentException("duplicate " + what + " name '" + n + "'");
        }
    }

    /** Collects tables, views and functions; {@link #build()} checks references and infers types. */
    public static final class Builder {
        private final String name;
        private String description = "";
        private final List<Table.Builder> tables = new ArrayList<>();
        private final List<View> views = new ArrayList<>();
        private final List<Udf> udfs = new ArrayList<>();
        private final List<View> gold = new ArrayList<>();
        private StarSchema star = StarSchema.NONE;
        private final List<CheckRule> checks = new ArrayList<>();
        private final List<TableChange> changes = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder description(String text) {
            this.description = text;
            return this;
        }

        public Builder table(Table.Builder table) {
            tables.add(table);
            return this;
        }

        public Builder view(View view) {
            views.add(view);
            return this;
        }

        public Builder view(String viewName, String comment, String sql) {
            return view(View.of(viewName, comment, sql));
        }

        public Builder udf(Udf udf) {
            udfs.add(udf);
            return this;
        }

        public Builder views(List<View> all) {
            views.addAll(all);
            return this;
        }

        public Builder udfs(List<Udf> all) {
            udfs.addAll(all);
            return this;
        }

        /** Aggregated views of the medallion gold layer, reading {@code {{<industry>_silver.table}}} and base tables. */
        public Builder gold(List<View> views) {
            gold.addAll(views);
            return this;
        }

        public Builder star(StarSchema schema) {
            this.star = schema;
            return this;
        }

        public Builder checks(List<CheckRule> rules) {
            checks.addAll(rules);
            return this;
        }

        public Builder changes(List<TableChange> updates) {
            changes.addAll(updates);
            return this;
        }

        public Industry build() {
            Map<String, Table.Builder> byName = new LinkedHashMap<>();
            for (Table.Builder t : tables) {
                if (byName.put(t.name(), t) != null) throw new IllegalArgumentException(name + ": duplicate table '" + t.name() + "'");
            }
            TypeInference types = new TypeInference(name, byName);
            List<Table> built = new ArrayList<>();
            for (Table.Builder t : tables) {
                List<Column> cols = new ArrayList<>();
                for (Table.ColumnSpec spec : t.specs()) {
                    cols.add(new Column(spec.name(), types.typeOf(t, spec), spec.gen(), spec.comment()));
                }
                built.add(t.build(cols));
            }
            Industry industry = new Industry(name, description, built, views, udfs, new Overlays(gold, star, checks, changes));
            new ReferenceCheck(industry).check();
            return industry;
        }
    }
}
