package clxs.sql;

import clxs.plan.Capability;
import clxs.plan.Step;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements of the steps that build on generated tables: tables created from a query (bronze,
 * star schema), row changes (data-quality issues, version history), volumes and samples, and
 * clones. Kept apart from {@link StepRenderer} so each file has one subject.
 */
final class OverlayStatements {

    private final Dialect d;
    private final FileLayout files;

    OverlayStatements(Dialect dialect, FileLayout files) {
        this.d = dialect;
        this.files = files;
    }

    Rendering createTableAs(Step.CreateTableAs t) {
        String name = d.qualified(t.table());
        String query = portable(t.query());
        if (t.empty()) query = "SELECT * FROM (\n" + query + "\n) AS q LIMIT 0";
        List<String> sql = new ArrayList<>();
        String comment = t.comment() != null && d.inlineComments() ? "\nCOMMENT " + d.stringLiteral(t.comment()) : "";
        sql.add("CREATE OR REPLACE TABLE " + name + comment + " AS\n" + query);
        if (t.comment() != null && !d.inlineComments()) sql.add("COMMENT ON TABLE " + name + " IS " + d.stringLiteral(t.comment()));
        return Rendering.of(sql, List.of());
    }

    Rendering update(Step.UpdateRows u) {
        List<String> notes = new ArrayList<>();
        if (!d.supports(Capability.TIME_TRAVEL) && "version_history".equals(u.enrichment())) notes.add(Capability.TIME_TRAVEL.missingReason());
        return Rendering.of(List.of("UPDATE " + d.qualified(u.table()) + "\nSET " + portable(u.set()) + "\nWHERE " + portable(u.where())), notes);
    }

    Rendering insertSelect(Step.InsertSelect i) {
        return Rendering.of(List.of("INSERT INTO " + d.qualified(i.table()) + "\n" + portable(i.query())), List.of());
    }

    Rendering createVolume(Step.CreateVolume v) {
        if (d.supports(Capability.CATALOGS)) {
            String comment = v.comment() == null ? "" : " COMMENT " + d.stringLiteral(v.comment());
            return Rendering.of(List.of("CREATE VOLUME IF NOT EXISTS " + d.qualified(v.volume()) + comment), List.of());
        }
        return Rendering.of(List.of(), List.of(), List.of(new FileAction.MakeDirectory(files.volumeDir(v.volume()))));
    }

    /** A sample table beside the source where there are managed volumes of tables; a Parquet file in the volume folder locally. */
    Rendering writeSample(Step.WriteSample w) {
        String select = "SELECT * FROM " + d.qualified(w.source()) + " LIMIT " + w.limit();
        if (d.supports(Capability.CATALOGS)) {
            String sample = d.qualified(clxs.plan.ObjectName.of(w.source().catalog(), w.source().schema(), w.source().name() + "_sample"));
            return Rendering.of(List.of("CREATE OR REPLACE TABLE " + sample + "\nCOMMENT " + d.stringLiteral("First " + w.limit() + " rows of "
                    + w.source().name() + ", a sample for the " + w.volume().name() + " volume")
                    + "\nTBLPROPERTIES ('demo.generated_by' = 'clxs') AS\n" + select), List.of());
        }
        Path dir = files.volumeDir(w.volume());
        Path file = dir.resolve(w.source().name() + ".parquet");
        return Rendering.of(List.of("COPY (" + select + ") TO " + d.stringLiteral(file.toString()) + " (FORMAT parquet)"), List.of(),
                List.of(new FileAction.MakeDirectory(dir)));
    }

    Rendering writeFile(Step.WriteFile w) {
        return Rendering.of(List.of(), List.of(), List.of(new FileAction.WriteText(files.file(w.path()), w.content())));
    }

    Rendering createCloneCatalog(Step.CreateCloneCatalog c) {
        if (d.supports(Capability.CATALOGS)) {
            return Rendering.of(List.of("CREATE CATALOG IF NOT EXISTS " + d.quote(c.catalog())
                    + " COMMENT " + d.stringLiteral("Clone of " + c.source() + " made by clxs")), List.of());
        }
        // a fresh database file for the copy, attached under the clone's name
        Path file = files.catalogFile(c.catalog());
        return Rendering.of(List.of("ATTACH " + d.stringLiteral(file.toString()) + " AS " + d.quote(c.catalog())), List.of(),
                List.of(new FileAction.DeleteFile(file), new FileAction.DeleteFile(Path.of(file + ".wal"))));
    }

    Rendering cloneTable(Step.CloneTable c) {
        if (d.supports(Capability.DEEP_CLONE)) {
            return Rendering.of(List.of("CREATE OR REPLACE TABLE " + d.qualified(c.dest()) + " DEEP CLONE " + d.qualified(c.source())), List.of());
        }
        return Rendering.of(List.of("CREATE OR REPLACE TABLE " + d.qualified(c.dest()) + " AS SELECT * FROM " + d.qualified(c.source())), List.of());
    }

    private String portable(Step.PortableQuery sql) {
        return PortableSql.render(d, sql.text().strip(), sql.catalog(), sql.schema());
    }
}
