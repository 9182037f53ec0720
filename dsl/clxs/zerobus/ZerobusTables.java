package clxs.zerobus;

import clxs.model.Names;
import clxs.plan.ObjectName;

/** The table names Zerobus takes: three parts, each ASCII letters, digits and underscores. */
final class ZerobusTables {

    private ZerobusTables() {}

    /** {@code catalog.schema.table} as an {@link ObjectName}; anything else is refused with the reason. */
    static ObjectName requireTableName(String table) {
        String[] parts = table == null ? new String[0] : table.split("\\.", -1);
        if (parts.length != 3) throw new IllegalArgumentException("Zerobus table '" + table + "' must be a three-part name catalog.schema.table");
        for (String p : parts) {
            String problem = Names.problem(p);
            if (problem != null) throw new IllegalArgumentException("Zerobus table '" + table + "': '" + p + "' " + problem);
        }
        return ObjectName.of(parts[0], parts[1], parts[2]);
    }
}
