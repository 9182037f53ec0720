package clxs.zerobus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Zerobus SDK's error messages (the Rust core's, passed through JNI): what kind of failure
 * it is and what the user should do. Kept apart from the SDK classes so it is tested without the
 * native library. Messages seen from 1.0.1 (against the local server of the tests):
 * <ul>
 *   <li>{@code Stream is closed: status: Unavailable, message: "Stream timeout reached. Error Code: 6002", details: [], metadata: ...}
 *   <li>{@code Invalid argument: Record decoder/encoder error: invalid digit found in string at line 1 column 79. Error Code: 4044.} (NonRetriable)
 *   <li>{@code Failed to create stream: status: NotFound, message: "Table ... does not exist ...", ...} (NonRetriable)
 *   <li>{@code Specified UC token is in invalid format: Client error (401): {"error":"invalid_client",...}} (NonRetriable)
 * </ul>
 */
final class ZerobusErrors {

    private static final Pattern STATUS = Pattern.compile("^(.*?):?\\s*status: (\\w+), message: \"(.*?)\", details: .*$", Pattern.DOTALL);

    private ZerobusErrors() {}

    /** {@code Stream is closed (Unavailable): Stream timeout reached. Error Code: 6002} from the SDK's debug-formatted status. */
    static String clean(String message) {
        Matcher m = STATUS.matcher(message);
        if (!m.matches()) return message.strip();
        String prefix = m.group(1).strip();
        return (prefix.isEmpty() ? "" : prefix + " ") + "(" + m.group(2) + "): " + m.group(3).replace("\\\"", "\"");
    }

    static StreamFailure.Kind kind(String message, boolean nonRetriable, boolean opening) {
        String m = message.toLowerCase(java.util.Locale.ROOT);
        if (m.contains("(401)") || m.contains("(400)") || m.contains("invalid_client") || m.contains("unauthenticated") || m.contains("uc token")) {
            return StreamFailure.Kind.CREDENTIALS;
        }
        if (m.contains("(403)") || m.contains("permissiondenied") || m.contains("permission denied")) return StreamFailure.Kind.PERMISSION;
        if (m.contains("(notfound)") || m.contains("does not exist") || m.contains("error code: 4024") || m.contains("unsupported table kind")) {
            return StreamFailure.Kind.TABLE;
        }
        if (m.contains("invalid argument") || m.contains("(invalidargument)") || m.contains("record decoder") || m.contains("error code: 4044")) {
            return opening ? StreamFailure.Kind.TABLE : StreamFailure.Kind.REJECTED;
        }
        return nonRetriable ? StreamFailure.Kind.FATAL : StreamFailure.Kind.CLOSED;
    }

    /** The message with what to do about it. */
    static String explain(StreamFailure.Kind kind, String message, String table, String clientId) {
        return switch (kind) {
            case CREDENTIALS -> "the workspace refused the credentials of service principal " + clientId + " (" + message
                    + "); check the client ID and OAuth secret (--client-id/--client-secret, DATABRICKS_CLIENT_ID/DATABRICKS_CLIENT_SECRET or the profile), "
                    + "and that it is a Databricks-managed service principal";
            case PERMISSION -> "service principal " + clientId + " may not write to " + table + " (" + message
                    + "); grant it USE CATALOG, USE SCHEMA, and MODIFY, SELECT on the table";
            case TABLE -> message.toLowerCase(java.util.Locale.ROOT).contains("4024") || message.toLowerCase(java.util.Locale.ROOT).contains("unsupported table kind")
                    ? "Zerobus cannot write to " + table + " (" + message + "): it must be a managed Delta table outside default storage; "
                            + "give its schema a managed location (ALTER SCHEMA ... SET MANAGED LOCATION '<external location URL>') before creating the table"
                    : "Zerobus cannot write to " + table + " (" + message + "); create it first (a managed Delta table with the stream's columns) "
                            + "and check the service principal can see it";
            case REJECTED -> "Zerobus refused records for " + table + ": " + message;
            case CLOSED, FATAL -> message;
        };
    }
}
