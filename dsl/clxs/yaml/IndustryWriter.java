package clxs.yaml;

import clxs.model.CheckRule;
import clxs.model.Column;
import clxs.model.Industry;
import clxs.model.Pool;
import clxs.model.StarSchema;
import clxs.model.Table;
import clxs.model.TableChange;
import clxs.model.Udf;
import clxs.model.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.nodes.Node;

/** Writes an {@link Industry} in the portable YAML form: deterministic, readable, and read back equal by {@link IndustryReader}. */
final class IndustryWriter {

    private IndustryWriter() {}

    static String write(Industry industry) {
        GenWriter gens = new GenWriter();
        Node tables = tables(industry, gens);
        YamlTree.Map root = YamlTree.Map.block().text("name", industry.name());
        if (industry.description() != null && !industry.description().isEmpty()) root.text("description", industry.description());
        if (!gens.seasonalities.isEmpty()) {
            YamlTree.Map s = YamlTree.Map.block();
            gens.seasonalities.forEach((name, months) -> s.put(name, YamlTree.numbers(months)));
            root.put("seasonalities", s.node());
        }
        if (!gens.pools.isEmpty()) root.put("pools", YamlTree.seq(gens.pools.values().stream().map(IndustryWriter::pool).toList(), false));
        root.put("tables", tables);
        if (!industry.views().isEmpty()) root.put("views", views(industry.views()));
        if (!industry.udfs().isEmpty()) root.put("functions", YamlTree.seq(industry.udfs().stream().map(IndustryWriter::function).toList(), false));
        if (!industry.gold().isEmpty()) root.put("gold", views(industry.gold()));
        if (!industry.star().facts().isEmpty() || !industry.star().dimensions().isEmpty()) root.put("star", star(industry.star()));
        if (!industry.checks().isEmpty()) root.put("checks", YamlTree.seq(industry.checks().stream().map(IndustryWriter::check).toList(), false));
        if (!industry.changes().isEmpty()) root.put("changes", YamlTree.seq(industry.changes().stream().map(IndustryWriter::change).toList(), false));
        return "# " + industry.name() + ": a clxs industry in the portable YAML form (every target, reproducible, foreign keys kept).\n"
                + "# Load it with --custom-industries FILE; each column has a type and one generator, named as in the Java DSL.\n"
                + YamlTree.emit(root.node());
    }

    private static Node tables(Industry industry, GenWriter gens) {
        List<Node> out = new ArrayList<>();
        for (Table t : industry.tables()) {
            YamlTree.Map m = YamlTree.Map.block().text("name", t.name()).text("role", t.role().name().toLowerCase(Locale.ROOT))
                    .put("rows", YamlTree.number(t.rows())).text("date", t.dateColumn()).text("comment", t.comment());
            List<Node> columns = new ArrayList<>();
            for (Column c : t.columns()) {
                YamlTree.Map col = YamlTree.Map.block().text("name", c.name()).text("type", Spellings.sqlType(c.type()));
                gens.put(col, c.gen(), c.type(), industry.name() + "." + t.name() + "." + c.name());
                columns.add(col.text("comment", c.comment()).node());
            }
            out.add(m.put("columns", YamlTree.seq(columns, false)).node());
        }
        return YamlTree.seq(out, false);
    }

    private static Node pool(Pool p) {
        YamlTree.Map fields = YamlTree.Map.flow();
        for (String f : p.fields()) {
            List<Object> values = p.column(f);
            fields.put(f, YamlTree.text(Spellings.sqlType(values.isEmpty() ? clxs.model.SqlType.STRING : Values.typeOf(values))));
        }
        YamlTree.Map m = YamlTree.Map.block().text("name", p.name()).put("fields", fields.node());
        if (!(p.popularity() instanceof clxs.model.Skew.Uniform)) m.text("popularity", Spellings.skew(p.popularity()));
        List<Node> rows = new ArrayList<>();
        for (List<Object> r : p.rows()) rows.add(YamlTree.seq(r.stream().map(GenWriter::value).toList(), true));
        return m.put("rows", YamlTree.seq(rows, false)).node();
    }

    private static Node views(List<View> views) {
        return YamlTree.seq(views.stream().map(v -> YamlTree.Map.block().text("name", v.name()).text("comment", v.comment())
                .text("sql", v.sql()).node()).toList(), false);
    }

    private static Node function(Udf f) {
        YamlTree.Map m = YamlTree.Map.block().text("name", f.name()).text("category", f.category().name().toLowerCase(Locale.ROOT));
        if (!f.params().isEmpty()) {
            YamlTree.Map params = YamlTree.Map.flow();
            for (Udf.Param p : f.params()) params.text(p.name(), Spellings.sqlType(p.type()));
            m.put("params", params.node());
        }
        m.text("returns", Spellings.sqlType(f.returns())).text("body", f.body()).text("comment", f.comment());
        if (!f.examples().isEmpty()) {
            m.put("examples", YamlTree.seq(f.examples().stream().map(e -> YamlTree.Map.flow().text("arguments", e.arguments())
                    .text("expected", e.expected()).node()).toList(), false));
        }
        return m.node();
    }

    private static Node star(StarSchema star) {
        YamlTree.Map m = YamlTree.Map.block().put("facts", YamlTree.texts(star.facts()));
        List<Node> dims = new ArrayList<>();
        for (StarSchema.Dimension d : star.dimensions()) {
            YamlTree.Map dim = YamlTree.Map.flow().text("name", d.name());
            if (d instanceof StarSchema.Conformed c) dim.text("table", c.table());
            if (d instanceof StarSchema.Derived x) dim.text("table", x.table()).text("column", x.column());
            dims.add(dim.node());
        }
        if (!dims.isEmpty()) m.put("dimensions", YamlTree.seq(dims, false));
        return m.node();
    }

    private static Node check(CheckRule r) {
        return YamlTree.Map.block().text("table", r.table()).text("name", r.name()).text("condition", r.condition()).node();
    }

    private static Node change(TableChange c) {
        YamlTree.Map m = YamlTree.Map.block().text("table", c.table()).text("description", c.description()).text("set", c.set()).text("where", c.where());
        if (c.share() < 1) m = m.text("key", c.key()).put("share", YamlTree.number(c.share()));
        return m.node();
    }
}
