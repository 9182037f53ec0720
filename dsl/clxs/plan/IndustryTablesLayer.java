package clxs.plan;

import clxs.DemoCatalog;
import clxs.model.Column;
import clxs.model.Industry;
import clxs.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A schema per industry with its tables, populated from {@code range()} in batches of
 * {@code batch_size} rows. Every value is an expression of the row id, so batches are independent
 * and may run in any order on any number of workers.
 */
final class IndustryTablesLayer implements Layer {

    @Override
    public void contribute(PlanBuilder plan) {
        DemoCatalog d = plan.definition();
        PlanBuilder.PhaseBuilder schemas = plan.phase("schemas", "create a schema per industry");
        PlanBuilder.PhaseBuilder tables = plan.phase("tables", "create the industry tables");
        PlanBuilder.PhaseBuilder data = plan.phase("data", "generate rows in batches from range()");
        for (Industry industry : d.industries()) {
            schemas.add(new Step.CreateSchema(ObjectName.schema(d.catalogName(), industry.name()), industry.description(), industry.name()));
            GenLowering lowering = new GenLowering(plan.seed(), d.scale(), d.startDate(), d.endDate(), industry);
            for (Table table : industry.tables()) {
                ObjectName name = ObjectName.of(d.catalogName(), industry.name(), table.name());
                tables.add(new Step.CreateTable(name, columnDefs(table), table.comment(), industry.name()));
                List<Step.ColumnValue> values = new ArrayList<>();
                for (Column c : table.columns()) values.add(new Step.ColumnValue(c.name(), lowering.column(table, c)));
                Projection projection = Projection.of(values);
                long rows = table.rowsAt(d.scale());
                for (long first = 1; first <= rows; first += d.batchSize()) {
                    data.add(new Step.InsertRows(name, projection, first, Math.min(rows, first + d.batchSize() - 1), industry.name()));
                }
            }
        }
        data.sortByRowsDescending();
    }

    static List<Step.ColumnDef> columnDefs(Table table) {
        return table.columns().stream().map(c -> new Step.ColumnDef(c.name(), c.type(), c.comment())).toList();
    }
}
