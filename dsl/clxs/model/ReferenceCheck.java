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
