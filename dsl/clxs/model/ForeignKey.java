package clxs.model;

/** {@code table.column} references {@code parentTable.parentColumn}, all within one industry. */
public record ForeignKey(String table, String column, String parentTable, String parentColumn) {

    @Override
    public String toString() {
        return table + "." + column + " -> " + parentTable + "." + parentColumn;
    }
}
