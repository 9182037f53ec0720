package clxs.settings;

/** The version of clxs, stamped on generated tables ({@code demo.clxs_version}) and printed by {@code --version}. */
public final class Version {

    public static final String VERSION = "0.1.0";

    private Version() {}
}
