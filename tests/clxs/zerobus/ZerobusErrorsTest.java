package clxs.zerobus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reading the SDK's messages, as 1.0.1 words them (seen in the sink tests against the local Zerobus). */
class ZerobusErrorsTest {

    static final String CLOSED = "Stream is closed: status: Unavailable, message: \"Stream timeout reached. Error Code: 6002\", details: [], metadata: MetadataMap { headers: {} }";
    static final String REJECTED = "Invalid argument: Record decoder/encoder error: invalid digit found in string at line 1 column 79. Error Code: 4044.";
    static final String NOT_FOUND = "Failed to create stream: status: NotFound, message: \"Table 'c.s.nope' does not exist or is not accessible. Error Code: 4001\", details: [], metadata: MetadataMap { headers: {} }.";
    static final String TOKEN = "Specified UC token is in invalid format: Client error (401): {\"error\":\"invalid_client\"}.";

    @Test
    void debugFormattedStatusesBecomeOneReadableLine() {
        assertEquals("Stream is closed (Unavailable): Stream timeout reached. Error Code: 6002", ZerobusErrors.clean(CLOSED));
        assertEquals("Failed to create stream (NotFound): Table 'c.s.nope' does not exist or is not accessible. Error Code: 4001", ZerobusErrors.clean(NOT_FOUND));
        assertEquals(REJECTED, ZerobusErrors.clean(REJECTED));
    }

    @Test
    void eachMessageIsSortedIntoWhatClxsDoes() {
        assertEquals(StreamFailure.Kind.CLOSED, ZerobusErrors.kind(ZerobusErrors.clean(CLOSED), false, false));
        assertEquals(StreamFailure.Kind.REJECTED, ZerobusErrors.kind(REJECTED, true, false));
        assertEquals(StreamFailure.Kind.TABLE, ZerobusErrors.kind(REJECTED, true, true), "a descriptor the table refuses at open");
        assertEquals(StreamFailure.Kind.TABLE, ZerobusErrors.kind(ZerobusErrors.clean(NOT_FOUND), true, true));
        assertEquals(StreamFailure.Kind.CREDENTIALS, ZerobusErrors.kind(TOKEN, true, true));
        assertEquals(StreamFailure.Kind.PERMISSION, ZerobusErrors.kind("Failed to create stream (PermissionDenied): no MODIFY on table", true, true));
        assertEquals(StreamFailure.Kind.TABLE, ZerobusErrors.kind("Failed to create stream (InvalidArgument): Unsupported table kind. Error Code: 4024", true, true));
        assertEquals(StreamFailure.Kind.FATAL, ZerobusErrors.kind("something else", true, false));
        assertEquals(StreamFailure.Kind.CLOSED, ZerobusErrors.kind("Server ack timeout", false, false));
    }

    @Test
    void aTableInDefaultStorageGetsTheRemediation() {
        String m = ZerobusErrors.explain(StreamFailure.Kind.TABLE, "Unsupported table kind. Error Code: 4024", "main.iot.t", "sp");
        assertTrue(m.contains("ALTER SCHEMA ... SET MANAGED LOCATION"), m);
    }
}
