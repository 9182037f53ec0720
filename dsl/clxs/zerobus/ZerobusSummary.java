package clxs.zerobus;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What a Zerobus sink did, for the stream's run summary. {@code events_acknowledged} counts records
 * whose request offset the service acknowledged, each once: it is what the sink reports written.
 * {@code events_resent} were sent again on a reopened stream after their first request went
 * unacknowledged; the service may have kept the first copy, so {@code duplicates_possible} says
 * whether downstream should deduplicate (on the events' id).
 *
 * @param ackedOffsets the last acknowledged offset of each stream (-1: none yet; offsets restart at 0 on a reopened stream)
 */
public record ZerobusSummary(
        @JsonProperty("table") String table,
        @JsonProperty("server_endpoint") String serverEndpoint,
        @JsonProperty("record_format") String recordFormat,
        @JsonProperty("streams") int streams,
        @JsonProperty("batches") long batches,
        @JsonProperty("events_acknowledged") long eventsAcknowledged,
        @JsonProperty("events_failed") long eventsFailed,
        @JsonProperty("batch_errors") long batchErrors,
        @JsonProperty("last_error") String lastError,
        @JsonProperty("stream_reopens") long streamReopens,
        @JsonProperty("events_resent") long eventsResent,
        @JsonProperty("duplicates_possible") boolean duplicatesPossible,
        @JsonProperty("acked_offsets") List<Long> ackedOffsets) {

    public ZerobusSummary {
        ackedOffsets = List.copyOf(ackedOffsets);
    }
}
