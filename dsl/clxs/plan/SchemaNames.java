package clxs.plan;

/** Names of the schemas the optional layers add beside an industry's own schema. */
public final class SchemaNames {

    private SchemaNames() {}

    public static String bronze(String industry) {
        return industry + "_bronze";
    }

    public static String silver(String industry) {
        return industry + "_silver";
    }

    public static String gold(String industry) {
        return industry + "_gold";
    }

    public static String star(String industry) {
        return industry + "_star";
    }
}
