package clxs.zerobus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.naming.CommunicationException;
import org.junit.jupiter.api.Test;

/** Endpoint derivation with canned DNS answers (CNAME chains shaped like the three clouds'). */
class ZerobusEndpointTest {

    /** Answers from {@code chain}; records every name asked. */
    static final class CannedDns implements DnsResolver {
        final Map<String, String> chain;
        final List<String> asked = new ArrayList<>();

        CannedDns(Map<String, String> chain) {
            this.chain = chain;
        }

        @Override
        public Optional<String> cname(String host) {
            asked.add(host);
            return Optional.ofNullable(chain.get(host));
        }
    }

    @Test
    void awsRegionFromTheFriendlyNameTheWorkspaceAliasesThrough() {
        CannedDns dns = new CannedDns(Map.of(
                "dbc-a1b2c3d4-e5f6.cloud.databricks.com", "ohio.cloud.databricks.com",
                "ohio.cloud.databricks.com", "a7f3e1-1234.elb.us-east-2.amazonaws.com"));
        ZerobusEndpoint e = ZerobusEndpoint.derive("https://dbc-a1b2c3d4-e5f6.cloud.databricks.com/?o=1234567890123456", null, dns);
        assertNull(e.error());
        assertEquals("https://1234567890123456.zerobus.us-east-2.cloud.databricks.com", e.serverEndpoint());
        assertEquals("1234567890123456", e.workspaceId());
        assertEquals("us-east-2", e.region());
        assertEquals("aws", e.cloud());
        assertEquals(List.of("dbc-a1b2c3d4-e5f6.cloud.databricks.com CNAME ohio.cloud.databricks.com", "region us-east-2 from ohio.cloud.databricks.com"), e.notes());
    }

    @Test
    void awsRegionFromAnAwsNameDeeperInTheChain() {
        CannedDns dns = new CannedDns(Map.of(
                "myco.cloud.databricks.com", "myco.privatelink.cloud.databricks.com",
                "myco.privatelink.cloud.databricks.com", "nlb-0f3a.elb.eu-central-1.amazonaws.com"));
        ZerobusEndpoint e = ZerobusEndpoint.derive("myco.cloud.databricks.com/o=4455667788990011#job/1", null, dns);
        assertEquals("https://4455667788990011.zerobus.eu-central-1.cloud.databricks.com", e.serverEndpoint());
        assertEquals(3, e.notes().size(), e.notes().toString());
        assertTrue(e.notes().get(1).endsWith("CNAME nlb-0f3a.elb.eu-central-1.amazonaws.com"), e.notes().toString());
    }

    @Test
    void azureWorkspaceIdFromTheHostAndRegionFromTheRegionalAlias() {
        CannedDns dns = new CannedDns(Map.of(
                "adb-1134642475632994.14.azuredatabricks.net", "uksouth.azuredatabricks.net",
                "uksouth.azuredatabricks.net", "ingress.uksouth.azuredatabricks.net"));
        ZerobusEndpoint e = ZerobusEndpoint.derive("https://adb-1134642475632994.14.azuredatabricks.net/", null, dns);
        assertEquals("https://1134642475632994.zerobus.uksouth.azuredatabricks.net", e.serverEndpoint());
        assertEquals("azure", e.cloud());
        assertEquals(List.of("adb-1134642475632994.14.azuredatabricks.net"), dns.asked, "stops at the first name that tells the region");
    }

    @Test
    void azureClusterSuffixedRegionNamesMatchToo() {
        CannedDns dns = new CannedDns(Map.of("adb-77.3.azuredatabricks.net", "eastus2-c2.azuredatabricks.net"));
        ZerobusEndpoint e = ZerobusEndpoint.derive("adb-77.3.azuredatabricks.net", null, dns);
        assertEquals("https://77.zerobus.eastus2.azuredatabricks.net", e.serverEndpoint());
    }

    @Test
    void gcpWorkspaceIdFromTheHostAndRegionFromTheChain() {
        CannedDns dns = new CannedDns(Map.of(
                "1234567890123456.7.gcp.databricks.com", "us-central1.gcp.databricks.com"));
        ZerobusEndpoint e = ZerobusEndpoint.derive("https://1234567890123456.7.gcp.databricks.com", null, dns);
        assertEquals("https://1234567890123456.zerobus.us-central1.gcp.databricks.com", e.serverEndpoint());
        assertEquals("gcp", e.cloud());
    }

    @Test
    void aChainWithoutARegionIsAnErrorAskingForRegionWithTheChainInNotes() {
        CannedDns dns = new CannedDns(Map.of(
                "1234567890123456.7.gcp.databricks.com", "lb-17.gcp.databricks.com",
                "lb-17.gcp.databricks.com", "34.120.1.1.bc.googleusercontent.com"));
        ZerobusEndpoint e = ZerobusEndpoint.derive("https://1234567890123456.7.gcp.databricks.com", null, dns);
        assertFalse(e.ok());
        assertNull(e.serverEndpoint());
        assertEquals("1234567890123456", e.workspaceId());
        assertTrue(e.error().contains("--region") && e.error().contains("us-central1"), e.error());
        assertEquals(List.of(
                "1234567890123456.7.gcp.databricks.com CNAME lb-17.gcp.databricks.com",
                "lb-17.gcp.databricks.com CNAME 34.120.1.1.bc.googleusercontent.com",
                "34.120.1.1.bc.googleusercontent.com has no CNAME: end of the chain"), e.notes());
    }

    @Test
    void aGivenRegionWinsAndDnsIsNotAsked() {
        DnsResolver never = host -> {
            throw new AssertionError("DNS asked for " + host);
        };
        ZerobusEndpoint e = ZerobusEndpoint.derive("https://adb-42.1.azuredatabricks.net", "WestEurope", never);
        assertEquals("https://42.zerobus.westeurope.azuredatabricks.net", e.serverEndpoint());
        assertEquals(List.of("region westeurope given, DNS not consulted"), e.notes());
    }

    @Test
    void urlsThatCannotGiveAnEndpointSayWhy() {
        DnsResolver none = host -> Optional.empty();
        ZerobusEndpoint noId = ZerobusEndpoint.derive("https://dbc-a1b2.cloud.databricks.com", null, none);
        assertTrue(noId.error().contains("?o=<workspace id>"), noId.error());
        assertEquals("aws", noId.cloud());
        ZerobusEndpoint notDatabricks = ZerobusEndpoint.derive("https://example.com/?o=1", null, none);
        assertTrue(notDatabricks.error().contains("is not a Databricks workspace host"), notDatabricks.error());
        ZerobusEndpoint badRegion = ZerobusEndpoint.derive("https://adb-42.1.azuredatabricks.net", "east us; rm", none);
        assertTrue(badRegion.error().contains("is not a region name"), badRegion.error());
    }

    @Test
    void aDnsFailureIsNotedAndTheErrorAsksForTheRegion() {
        DnsResolver down = host -> {
            throw new CommunicationException("DNS error");
        };
        ZerobusEndpoint e = ZerobusEndpoint.derive("https://adb-42.1.azuredatabricks.net", null, down);
        assertTrue(e.error().contains("--region"), e.error());
        assertEquals(List.of("DNS lookup of adb-42.1.azuredatabricks.net failed: CommunicationException DNS error"), e.notes());
    }

    @Test
    void theResultSerializesWithTheSeedApisFieldNames() throws Exception {
        CannedDns dns = new CannedDns(Map.of("adb-42.1.azuredatabricks.net", "westus3.azuredatabricks.net"));
        JsonNode json = new ObjectMapper().valueToTree(ZerobusEndpoint.derive("https://adb-42.1.azuredatabricks.net", null, dns));
        assertEquals(List.of("server_endpoint", "workspace_id", "region", "cloud", "notes", "error"), iterator(json.fieldNames()));
        assertEquals("https://42.zerobus.westus3.azuredatabricks.net", json.get("server_endpoint").asText());
        assertTrue(json.get("error").isNull());
    }

    static List<String> iterator(java.util.Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
