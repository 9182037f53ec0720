package clxs.plan;

import clxs.model.Column;
import clxs.model.Gen;
import clxs.model.Industry;
import clxs.model.LocalePools;
import clxs.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * With {@code realistic_data}, the built-in company-name columns draw from the locale's companies
 * instead of their US word lists; person and place fields switch in {@link PeopleLowering}. Other
 * columns are left as defined, so the rows keep their shape and their distributions.
 */
public final class RealisticColumns {

    /** {@code industry -> table.column} of the built-in columns that name a company. */
    static final Map<String, Set<String>> COMPANY_COLUMNS = Map.of(
            "financial", Set.of("merchants.name"),
            "logistics", Set.of("shippers.company_name"),
            "manufacturing", Set.of("suppliers_mfg.name"),
            "education", Set.of("alumni.employer"));

    private RealisticColumns() {}

    /** The industry with its company-name columns drawn from {@code pools}; unchanged when pools is null. */
    public static Industry apply(Industry industry, LocalePools pools) {
        Set<String> columns = COMPANY_COLUMNS.getOrDefault(industry.name(), Set.of());
        if (pools == null || columns.isEmpty()) return industry;
        List<Table> tables = new ArrayList<>();
        for (Table t : industry.tables()) {
            List<Column> cols = new ArrayList<>();
            for (Column c : t.columns()) {
                boolean company = columns.contains(t.name() + "." + c.name());
                cols.add(company ? new Column(c.name(), c.type(), Gen.pool(pools.companyPool(), "name", "company:" + c.name()), c.comment()) : c);
            }
            tables.add(new Table(t.name(), t.rows(), t.role(), t.dateColumn(), cols, t.comment()));
        }
        return industry.withTables(tables);
    }
}
