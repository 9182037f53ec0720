package clxs.model;

/** Checks that every generator of an industry refers to tables and columns that exist. */
final class ReferenceCheck {

    private final Industry industry;

    ReferenceCheck(Industry industry) {
        this.industry = industry;
    }

    void check() {
        for (Table t : industry.tables()) {
            for (Column c : t.columns()) {
                check(t, c.gen(), industry.name() + "." + t.name() + "." + c.name());
            }
        }
        checkOverlays();
    }

    /** The star schema, CHECK rules and version updates name tables and columns of this industry. */
    private void checkOverlays() {
        String where = industry.name();
        StarSchema star = industry.star();
        for (String fact : star.facts()) table(where + " star schema: fact", fact);
        for (StarSchema.Dimension d : star.dimensions()) {
            if (d instanceof StarSchema.Conformed c) {
                Table t = table(where + " star schema: " + c.name(), c.table());
                if (t.primaryKey().isEmpty()) throw new IllegalArgumentException(where + " star schema: " + c.name() + " needs a table with a key column");
            } else if (d instanceof StarSchema.Derived x) {
                table(where + " star schema: " + x.name(), x.table()).column(x.column()).orElseThrow(() ->
                        new IllegalArgumentException(where + " star schema: " + x.name() + ": table " + x.table() + " has no column '" + x.column() + "'"));
            }
        }
        for (CheckRule r : industry.checks()) table(where + " check " + r.name(), r.table());
        for (TableChange c : industry.changes()) table(where + " change '" + c.description() + "'", c.table());
    }

    private Table table(String what, String name) {
        return industry.table(name).orElseThrow(() -> new IllegalArgumentException(what + " names unknown table '" + name + "'"));
    }

    private void check(Table table, Gen gen, String where) {
        if (gen instanceof Gen.ForeignKey fk) {
            Table parent = industry.table(fk.table()).orElseThrow(() ->
                    new IllegalArgumentException(where + ": foreign key to unknown table '" + fk.table() + "'"));
            if (parent.primaryKey().isEmpty()) throw new IllegalArgumentException(where + ": table " + parent.name() + " has no key column");
        } else if (gen instanceof Gen.Lookup l) {
            Column via = table.column(l.viaColumn()).orElseThrow(() ->
                    new IllegalArgumentException(where + ": lookup via unknown column '" + l.viaColumn() + "'"));
            if (!(via.gen() instanceof Gen.ForeignKey fk)) {
                throw new IllegalArgumentException(where + ": lookup via " + l.viaColumn() + ", which is not a non-null foreign key");
            }
            industry.requireTable(fk.table()).column(l.parentColumn()).orElseThrow(() ->
                    new IllegalArgumentException(where + ": table " + fk.table() + " has no column '" + l.parentColumn() + "'"));
        } else if (gen instanceof Gen.Nullable n) {
            check(table, n.inner(), where);
        } else if (gen instanceof Gen.Template t) {
            t.parts().forEach(p -> check(table, p, where));
        } else if (gen instanceof Gen.Hash h) {
            check(table, h.of(), where);
        } else if (gen instanceof Gen.Code c) {
            check(table, c.key(), where);
        } else if (gen instanceof Gen.Derived d) {
            d.inputs().forEach(p -> check(table, p, where));
        } else if (gen instanceof Gen.RawSql r && r.localFallback() != null) {
            check(table, r.localFallback(), where);
        }
    }
}
