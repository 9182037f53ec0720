package clxs.cli;

import clxs.databricks.ServicePrincipal;
import clxs.settings.Json;
import clxs.stream.DeviceProfile;
import clxs.stream.DeviceProfiles;
import clxs.zerobus.ZerobusCredentials;
import clxs.zerobus.ZerobusEndpoint;
import clxs.zerobus.ZerobusSink;
import clxs.zerobus.ZerobusSnippet;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clxs zerobus endpoint|verify|snippet}: set Zerobus up before a stream goes there. */
@Command(name = "zerobus", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Zerobus direct ingest: find the server endpoint, check a service principal's credentials, print a standalone script.",
                "Zerobus needs a service principal (OAuth machine-to-machine): the Java SDK cannot send a personal access token.", ""},
        subcommands = {ZerobusCommand.Endpoint.class, ZerobusCommand.Verify.class, ZerobusCommand.Snippet.class},
        footer = {"", "Examples:",
                "  clxs zerobus endpoint --host https://adb-1234567890123456.7.azuredatabricks.net",
                "  clxs zerobus verify --host https://<workspace> --table demo.iot.bronze_smart_meter   # client id/secret from the environment",
                "  clxs zerobus snippet --profile smart_meter --table demo.iot.bronze_smart_meter --host https://<workspace> > ZerobusSmartMeter.java"})
public final class ZerobusCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "endpoint", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Derive https://<workspace id>.zerobus.<region>.<cloud domain> from a workspace URL (the region from its DNS CNAME chain).")
    static final class Endpoint implements Callable<Integer> {
        @Option(names = "--host", required = true, paramLabel = "URL", description = "The workspace URL, as in the browser.")
        String host;

        @Option(names = "--region", paramLabel = "REGION", description = "The region, when DNS does not tell it.")
        String region;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            ZerobusEndpoint e = ZerobusEndpoint.derive(host, region);
            spec.commandLine().getOut().println(Json.write(e));
            return e.ok() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Exchange the service principal's credentials for a token scoped to the table, as the SDK does, without starting a stream.")
    static final class Verify implements Callable<Integer> {
        @Option(names = "--table", required = true, paramLabel = "CATALOG.SCHEMA.TABLE", description = "The Zerobus target table.")
        String table;

        @Mixin
        WorkspaceOptions workspace;

        @picocli.CommandLine.ArgGroup(exclusive = false)
        ZerobusFlags zerobus = new ZerobusFlags();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            ZerobusSink.requireOAuth(zerobus.auth);
            ServicePrincipal sp = ServicePrincipal.resolve(workspace.profile, workspace.host, zerobus.clientId, zerobus.clientSecret);
            String endpoint = zerobus.endpoint;
            if (endpoint == null) {
                ZerobusEndpoint e = ZerobusEndpoint.derive(sp.host(), zerobus.region);
                if (!e.ok()) throw new BadInputException(e.error() + " (give the endpoint with --zerobus-endpoint, or --region)");
                endpoint = e.serverEndpoint();
            }
            ZerobusCredentials.Verification v = ZerobusCredentials.verify(sp, endpoint, table);
            PrintWriter out = spec.commandLine().getOut();
            out.println(Json.write(v));
            return v.ok() ? ExitCodes.OK : v.credentialsRejected() ? ExitCodes.BAD_INPUT : ExitCodes.RUN_FAILED;
        }
    }

    @Command(name = "snippet", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Print a runnable single-file JBang script that streams the profile's rows to the table (credentials from the environment).")
    static final class Snippet implements Callable<Integer> {
        @Option(names = "--profile", required = true, paramLabel = "PROFILE", description = "The device profile whose schema the script writes.")
        String profile;

        @Option(names = "--table", required = true, paramLabel = "CATALOG.SCHEMA.TABLE", description = "The Zerobus target table.")
        String table;

        @Option(names = "--host", required = true, paramLabel = "URL", description = "The workspace URL (tokens come from its /oidc/v1/token).")
        String host;

        @Option(names = "--zerobus-endpoint", paramLabel = "URL", description = "The server endpoint (default: derived from --host).")
        String endpoint;

        @Option(names = "--region", paramLabel = "REGION", description = "The region, when DNS does not tell it.")
        String region;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            DeviceProfile p = DeviceProfiles.byName(profile).orElseThrow(() -> new BadInputException("unknown profile '" + profile + "'; the profiles are "
                    + String.join(", ", StreamCommand.names())));
            String server = endpoint;
            if (server == null) {
                ZerobusEndpoint e = ZerobusEndpoint.derive(host, region);
                if (!e.ok()) throw new BadInputException(e.error() + " (give the endpoint with --zerobus-endpoint, or --region)");
                server = e.serverEndpoint();
            }
            spec.commandLine().getOut().print(ZerobusSnippet.of(p.schema(), table, server, host).source());
            return ExitCodes.OK;
        }
    }
}
