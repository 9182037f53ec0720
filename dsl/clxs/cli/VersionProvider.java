package clxs.cli;

import clxs.Clxs;
import picocli.CommandLine;

/** {@code --version} on every command. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {
                "clxs " + Clxs.VERSION,
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
        };
    }
}
