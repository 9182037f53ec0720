package clxs.databricks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A credential that never prints: {@code toString()} and the JSON of anything holding it show
 * {@code ****}. Only {@link #reveal()} gives the value, to the one place that sends it.
 *
 * <p>Every secret made in this JVM is also remembered, with the forms it travels in (URL-encoded,
 * base64, and the base64 of {@code client_id:client_secret} of HTTP Basic auth), so {@link #scrub}
 * removes any of them from any text: the one redaction that every message, log line and output of
 * clxs goes through before it is shown.
 */
public final class Secret {

    /** Shorter values are not secrets worth scrubbing (and would mangle ordinary text). */
    private static final int MIN_LENGTH = 4;
    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();

    private final String value;

    public Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
        remember(value);
    }

    /** The value, for the JDBC properties or an Authorization header; never for a message. */
    public String reveal() {
        return value;
    }

    /** {@code text} with this secret (in any form it travels in) replaced by {@code ****}. */
    public String redact(String text) {
        return scrub(text);
    }

    /**
     * The secret {@code client_id:client_secret} becomes in HTTP Basic auth (base64), remembered so
     * that it too is scrubbed wherever a server or a log echoes it.
     */
    public static Secret basicCredentials(String clientId, Secret clientSecret) {
        String pair = clientId + ":" + clientSecret.reveal();
        return new Secret(Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    /** Remembers {@code value} as a secret without keeping a handle on it (a password found in a URL, say). */
    public static void remember(String value) {
        if (value == null || value.length() < MIN_LENGTH) return;
        KNOWN.add(value);
        KNOWN.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
        String b64 = Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
        KNOWN.add(b64);
        KNOWN.add(b64.replaceAll("=+$", ""));
    }

    /** {@code text} with every secret this JVM has seen replaced by {@code ****}; longest first, so no part of one survives. */
    public static String scrub(String text) {
        if (text == null || KNOWN.isEmpty()) return text;
        String out = text;
        List<String> all = KNOWN.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String s : all) {
            if (out.contains(s)) out = out.replace(s, "****");
        }
        return out;
    }

    @Override
    public String toString() {
        return "****";
    }
}
