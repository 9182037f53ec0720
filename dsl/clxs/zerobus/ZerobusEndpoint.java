package clxs.zerobus;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.NamingException;

/**
 * The Zerobus gRPC endpoint of a workspace, {@code https://<workspace_id>.zerobus.<region>.<cloud
 * domain>}, derived from the workspace URL: the workspace id from the URL ({@code ?o=<id>} on AWS,
 * {@code adb-<id>.<n>} on Azure, {@code <id>.<n>.gcp} on GCP), the region from the host's DNS CNAME
 * chain (or {@code region}, which wins). Every name walked is in {@link #notes()}, so "why did my
 * workspace not match a region?" has an answer. A failed derivation is a result with an
 * {@link #error()}, not an exception: {@code clxs zerobus endpoint} prints it either way.
 *
 * <pre>{@code
 * ZerobusEndpoint e = ZerobusEndpoint.derive("https://adb-1134642475632994.14.azuredatabricks.net", null);
 * e.serverEndpoint()   // https://1134642475632994.zerobus.eastus2.azuredatabricks.net
 * }</pre>
 */
public record ZerobusEndpoint(
        @JsonProperty("server_endpoint") String serverEndpoint,
        @JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("region") String region,
        @JsonProperty("cloud") String cloud,
        @JsonProperty("notes") List<String> notes,
        @JsonProperty("error") String error) {

    public static final String AWS = "aws";
    public static final String AZURE = "azure";
    public static final String GCP = "gcp";

    private static final Map<String, String> DOMAINS = Map.of(AWS, "cloud.databricks.com", AZURE, "azuredatabricks.net", GCP, "gcp.databricks.com");
    private static final int MAX_HOPS = 10;

    private static final Pattern QUERY_WORKSPACE = Pattern.compile("(?:^|[?&/])o=(\\d+)");
    private static final Pattern AZURE_HOST = Pattern.compile("adb-(\\d+)\\.\\d+\\.azuredatabricks\\.net");
    private static final Pattern GCP_HOST = Pattern.compile("(\\d+)\\.\\d+\\.gcp\\.databricks\\.com");
    private static final Pattern AWS_REGION = Pattern.compile("(?<![a-z0-9])((?:us|eu|ap|ca|sa|me|af|il|mx)-(?:north|south|east|west|central|northeast|southeast|northwest|southwest)-\\d)(?![a-z0-9])");
    private static final Pattern GCP_REGION = Pattern.compile("(?<![a-z0-9-])((?:us|europe|asia|australia|northamerica|southamerica|me|africa)-[a-z]+\\d)(?![a-z0-9])");
    private static final Pattern REGION_OVERRIDE = Pattern.compile("[a-z][a-z0-9-]{1,40}");

    /** AWS workspaces alias through a friendly-name host ({@code ohio.cloud.databricks.com}) as well as an AWS name with the region. */
    private static final Map<String, String> AWS_FRIENDLY = Map.ofEntries(
            Map.entry("nvirginia", "us-east-1"), Map.entry("virginia", "us-east-1"), Map.entry("ohio", "us-east-2"),
            Map.entry("oregon", "us-west-2"), Map.entry("california", "us-west-1"), Map.entry("canada", "ca-central-1"),
            Map.entry("saopaulo", "sa-east-1"), Map.entry("ireland", "eu-west-1"), Map.entry("london", "eu-west-2"),
            Map.entry("paris", "eu-west-3"), Map.entry("frankfurt", "eu-central-1"), Map.entry("zurich", "eu-central-2"),
            Map.entry("stockholm", "eu-north-1"), Map.entry("mumbai", "ap-south-1"), Map.entry("singapore", "ap-southeast-1"),
            Map.entry("sydney", "ap-southeast-2"), Map.entry("jakarta", "ap-southeast-3"), Map.entry("tokyo", "ap-northeast-1"),
            Map.entry("seoul", "ap-northeast-2"), Map.entry("osaka", "ap-northeast-3"));

    /** Azure workspaces alias through {@code <region>.azuredatabricks.net} (or a name under it, such as {@code ingress.<region>...}). */
    private static final Set<String> AZURE_REGIONS = Set.of(
            "eastus", "eastus2", "westus", "westus2", "westus3", "centralus", "northcentralus", "southcentralus", "westcentralus",
            "canadacentral", "canadaeast", "brazilsouth", "mexicocentral", "northeurope", "westeurope", "uksouth", "ukwest",
            "francecentral", "germanywestcentral", "switzerlandnorth", "switzerlandwest", "norwayeast", "swedencentral", "polandcentral",
            "italynorth", "spaincentral", "uaenorth", "qatarcentral", "israelcentral", "southafricanorth", "centralindia", "southindia",
            "westindia", "eastasia", "southeastasia", "japaneast", "japanwest", "koreacentral", "koreasouth", "australiaeast",
            "australiasoutheast", "australiacentral", "australiacentral2", "newzealandnorth", "indonesiacentral", "malaysiawest",
            "chinaeast2", "chinanorth2", "chinanorth3", "usgovarizona", "usgovvirginia");

    public ZerobusEndpoint {
        notes = List.copyOf(notes);
    }

    @JsonIgnore
    public boolean ok() {
        return error == null;
    }

    /** Derives the endpoint with the system's DNS. */
    public static ZerobusEndpoint derive(String workspaceUrl, String region) {
        return derive(workspaceUrl, region, DnsResolver.system());
    }

    /** Derives the endpoint; {@code region}, when not null, is used instead of the DNS answer. */
    public static ZerobusEndpoint derive(String workspaceUrl, String region, DnsResolver dns) {
        List<String> notes = new ArrayList<>();
        URI uri;
        try {
            String url = workspaceUrl == null ? "" : workspaceUrl.trim();
            uri = URI.create(url.contains("://") ? url : "https://" + url);
        } catch (IllegalArgumentException e) {
            return failed(null, null, null, notes, "'" + workspaceUrl + "' is not a URL: " + e.getMessage());
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String cloud = cloudOf(host);
        if (cloud == null) {
            return failed(null, null, null, notes, "'" + host + "' is not a Databricks workspace host (expected *.cloud.databricks.com, *.azuredatabricks.net or *.gcp.databricks.com)");
        }
        String workspaceId = workspaceId(cloud, host, uri);
        if (workspaceId == null) {
            String where = switch (cloud) {
                case AWS -> "add ?o=<workspace id> to the URL (the number after o= in the browser's address bar)";
                case AZURE -> "use the per-workspace URL https://adb-<workspace id>.<n>.azuredatabricks.net";
                default -> "use the per-workspace URL https://<workspace id>.<n>.gcp.databricks.com";
            };
            return failed(null, cloud, null, notes, "no workspace id in " + workspaceUrl + ": " + where);
        }
        if (region != null && !region.isBlank()) {
            String r = region.trim().toLowerCase(Locale.ROOT);
            if (!REGION_OVERRIDE.matcher(r).matches()) return failed(workspaceId, cloud, null, notes, "'" + region + "' is not a region name (such as us-east-2, eastus2, us-central1)");
            notes.add("region " + r + " given, DNS not consulted");
            return new ZerobusEndpoint(endpoint(workspaceId, r, cloud), workspaceId, r, cloud, notes, null);
        }
        Optional<String> found = walk(host, cloud, dns, notes);
        if (found.isEmpty()) {
            return failed(workspaceId, cloud, null, notes, "could not tell the region of " + host + " from its DNS names" + (notes.isEmpty() ? "" : " (see notes)")
                    + "; pass it with --region (the workspace's cloud region, such as " + switch (cloud) {
                        case AWS -> "us-west-2";
                        case AZURE -> "eastus2, shown as Location on the Azure portal's Databricks resource";
                        default -> "us-central1";
                    } + ")");
        }
        return new ZerobusEndpoint(endpoint(workspaceId, found.get(), cloud), workspaceId, found.get(), cloud, notes, null);
    }

    /** {@code https://<workspace_id>.zerobus.<region>.<cloud domain>}. */
    public static String endpoint(String workspaceId, String region, String cloud) {
        String domain = DOMAINS.get(cloud);
        if (domain == null) throw new IllegalArgumentException("unknown cloud " + cloud + "; one of " + DOMAINS.keySet());
        return "https://" + workspaceId + ".zerobus." + region + "." + domain;
    }

    static String cloudOf(String host) {
        if (host.endsWith(".gcp.databricks.com")) return GCP;
        if (host.endsWith(".cloud.databricks.com")) return AWS;
        if (host.endsWith(".azuredatabricks.net")) return AZURE;
        return null;
    }

    private static String workspaceId(String cloud, String host, URI uri) {
        Matcher m;
        switch (cloud) {
            case AZURE -> {
                if ((m = AZURE_HOST.matcher(host)).matches()) return m.group(1);
            }
            case GCP -> {
                if ((m = GCP_HOST.matcher(host)).matches()) return m.group(1);
            }
            default -> { }
        }
        for (String part : new String[] {uri.getRawQuery(), uri.getRawPath(), uri.getRawFragment()}) {
            if (part != null && (m = QUERY_WORKSPACE.matcher(part)).find()) return m.group(1);
        }
        return null;
    }

    /** Follows CNAMEs from {@code host}, noting each hop, until a name tells the region. */
    private static Optional<String> walk(String host, String cloud, DnsResolver dns, List<String> notes) {
        String name = host;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            Optional<String> next;
            try {
                next = dns.cname(name);
            } catch (NamingException e) {
                notes.add("DNS lookup of " + name + " failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
                return Optional.empty();
            }
            if (next.isEmpty()) {
                notes.add(name + " has no CNAME: end of the chain");
                return Optional.empty();
            }
            String target = next.get().toLowerCase(Locale.ROOT);
            notes.add(name + " CNAME " + target);
            Optional<String> region = regionIn(target, cloud);
            if (region.isPresent()) {
                notes.add("region " + region.get() + " from " + target);
                return region;
            }
            name = target;
        }
        notes.add("stopped after " + MAX_HOPS + " CNAMEs");
        return Optional.empty();
    }

    static Optional<String> regionIn(String name, String cloud) {
        Matcher m;
        switch (cloud) {
            case AWS -> {
                if ((m = AWS_REGION.matcher(name)).find()) return Optional.of(m.group(1));
                if (name.endsWith(".cloud.databricks.com")) {
                    for (String label : name.substring(0, name.length() - ".cloud.databricks.com".length()).split("\\.")) {
                        String region = AWS_FRIENDLY.get(label.replaceAll("-c\\d+$", ""));
                        if (region != null) return Optional.of(region);
                    }
                }
            }
            case AZURE -> {
                if (name.endsWith(".azuredatabricks.net") || name.endsWith(".cloudapp.azure.com")) {
                    for (String label : name.split("\\.")) {
                        String l = label.replaceAll("-c\\d+$", "");
                        if (AZURE_REGIONS.contains(l)) return Optional.of(l);
                    }
                }
            }
            default -> {
                if ((m = GCP_REGION.matcher(name)).find()) return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    private static ZerobusEndpoint failed(String workspaceId, String cloud, String region, List<String> notes, String error) {
        return new ZerobusEndpoint(null, workspaceId, region, cloud, notes, error);
    }
}
