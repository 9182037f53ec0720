package clxs.plan;

import clxs.model.CheckRule;
import clxs.model.Column;
import clxs.model.Industry;
import clxs.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A schema per industry with its tables, populated from {@code range()} in batches of
 * {@code batch_size} rows. Every value is an expression of the row id, so batches are independent
 * and may run in any order on any number of workers. Schema-only runs create the tables and
 * write nothing. A table keyed by its row number is written with its data-quality NULLs and
 * outliers already drawn ({@link DataQualityIssues}).
 *
 * <p>Tables carry their CHECK rules (declared at creation where the engine needs that) and, when
 * large, are partitioned by their date column (see {@link Partitioning}).
 */
public final class IndustryTablesLayer implements Layer {

    @Override
    public void contribute(PlanBuilder plan) {
        RunSettings d = plan.settings();
        PlanBuilder.PhaseBuilder schemas = plan.phase(PhaseKind.SCHEMAS);
        PlanBuilder.PhaseBuilder tables = plan.phase(PhaseKind.TABLES);
        PlanBuilder.PhaseBuilder data = plan.phase(PhaseKind.DATA);
        long skippedInserts = 0;
        long skippedRows = 0;
        for (Industry industry : plan.industries()) {
            schemas.add(new Step.CreateSchema(ObjectName.schema(d.catalog(), industry.name()), industry.description(), industry.name()));
            GenLowering lowering = new GenLowering(plan.seed(), d.scale(), d.startDate(), d.lastDay(), industry, plan.localePools());
            for (Table table : industry.tables()) {
                ObjectName name = ObjectName.of(d.catalog(), industry.name(), table.name());
                tables.add(new Step.CreateTable(name, columnDefs(table), table.comment(), industry.name(), partitionColumn(plan, industry, table),
                        d.ucBestPractices() ? checks(industry, table) : List.of()));
                List<Step.ColumnValue> values = new ArrayList<>();
                for (Column c : table.columns()) {
                    values.add(new Step.ColumnValue(c.name(), DataQualityIssues.inInsert(plan, industry, table, c, lowering.column(table, c))));
                }
                Projection projection = Projection.of(values);
                long rows = table.rowsAt(d.scale());
                for (long first = 1; first <= rows; first += d.batchSize()) {
                    Step.InsertRows insert = new Step.InsertRows(name, projection, first, Math.min(rows, first + d.batchSize() - 1), industry.name());
                    if (d.schemaOnly()) {
                        skippedInserts++;
                        skippedRows += insert.rows();
                    } else {
                        data.add(insert);
                    }
                }
            }
        }
        if (d.schemaOnly()) {
            plan.skip("rows", String.format("schema-only run: %,d inserts of %,d rows not run", skippedInserts, skippedRows));
        }
        data.sortByRowsDescending();
    }

    /** The date column to partition by, or null; a large table dated by a timestamp is reported as not partitioned. */
    private static String partitionColumn(PlanBuilder plan, Industry industry, Table table) {
        double scale = plan.settings().scale();
        if (Partitioning.isLarge(table, scale) && Partitioning.column(table, scale).isEmpty()) {
            plan.skip("partitioning of " + industry.name() + "." + table.name(),
                    "its date column " + table.dateColumn() + " is a timestamp, and a partition per timestamp would be far too many");
        }
        return Partitioning.column(table, scale).orElse(null);
    }

    static List<Step.Check> checks(Industry industry, Table table) {
        return industry.checks().stream().filter(r -> r.table().equals(table.name()))
                .map((CheckRule r) -> new Step.Check(r.name(), r.condition())).toList();
    }

    static List<Step.ColumnDef> columnDefs(Table table) {
        return table.columns().stream().map(c -> new Step.ColumnDef(c.name(), c.type(), c.comment())).toList();
    }
}
