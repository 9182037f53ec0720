package clxs.cli;

import clxs.databricks.ServicePrincipal;
import clxs.destination.ZerobusOptions;
import clxs.zerobus.RecordFormat;
import clxs.zerobus.ZerobusSink;
import picocli.CommandLine.Option;

/**
 * The Zerobus options of {@code clxs stream} and {@code clxs zerobus}: a service principal (OAuth
 * machine-to-machine), the server endpoint, the record format and the number of streams. The
 * secret is read from the environment or the profile when not given; it is never printed.
 */
final class ZerobusFlags {

    @Option(names = "--client-id", paramLabel = "ID", description = "Service principal's client id (default: DATABRICKS_CLIENT_ID or the profile's client_id).")
    String clientId;

    @Option(names = "--client-secret", paramLabel = "SECRET",
            description = "Service principal's OAuth secret (default: DATABRICKS_CLIENT_SECRET or the profile's client_secret; prefer those: a flag lands in the shell history).")
    String clientSecret;

    @Option(names = "--auth", defaultValue = "oauth", paramLabel = "MODE",
            description = "oauth (the default). pat is not possible: the Zerobus Java SDK has no hook for a personal access token's headers.")
    String auth;

    @Option(names = "--zerobus-endpoint", paramLabel = "URL", description = "https://<workspace id>.zerobus.<region>.<cloud domain> (default: derived from the host; see clxs zerobus endpoint).")
    String endpoint;

    @Option(names = "--region", paramLabel = "REGION", description = "The workspace's region, when the endpoint cannot be derived from DNS.")
    String region;

    @Option(names = "--record-format", defaultValue = "json", paramLabel = "FORMAT", description = "json (the default) or proto (a descriptor built from the profile).")
    String recordFormat;

    @Option(names = "--streams", paramLabel = "N", description = "Zerobus streams (default: one per 15,000 events/s of the cadence).")
    Integer streams;

    /** The service principal and options; refuses {@code --auth pat} with the reason. */
    ZerobusOptions options(String databricksProfile, String host) {
        ZerobusSink.requireOAuth(auth);
        ServicePrincipal sp = ServicePrincipal.resolve(databricksProfile, host, clientId, clientSecret);
        return new ZerobusOptions(sp, endpoint, region, RecordFormat.parse(recordFormat), streams);
    }
}
