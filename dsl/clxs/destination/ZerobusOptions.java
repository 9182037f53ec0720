package clxs.destination;

import clxs.databricks.ServicePrincipal;
import clxs.zerobus.RecordFormat;

/**
 * How a stream reaches Zerobus: the service principal (OAuth machine-to-machine; the Java SDK
 * cannot take a personal access token), the regional server endpoint (null: derived from the
 * workspace URL), the record format, and the number of streams (null: one per
 * {@value clxs.zerobus.ZerobusSink#RECORDS_PER_SECOND_PER_STREAM} events per second of the cadence).
 */
public record ZerobusOptions(ServicePrincipal principal, String serverEndpoint, String region, RecordFormat format, Integer streams) {

    @Override
    public String toString() {
        // the principal's secret stays out of every message; its record redacts it too
        return "ZerobusOptions[" + (principal == null ? "no principal" : principal.clientId()) + ", " + serverEndpoint + ", " + format + "]";
    }
}
