package clxs.plan.enrichment;

import clxs.model.Industry;
import clxs.model.Table;
import java.util.Comparator;
import java.util.List;

/** An industry's largest tables, which the tuning and sampling enrichments work on. */
final class TopTables {

    static final int COUNT = 3;

    private TopTables() {}

    static List<Table> of(Industry industry) {
        return industry.tables().stream().sorted(Comparator.comparingLong(Table::rows).reversed()).limit(COUNT).toList();
    }
}
