package clxs.stream;

import clxs.format.Timestamps;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The JSON of stream states and summaries: snake_case names, instants in the event-time form
 * ({@link Timestamps}), and doubles written so they read back to the same bits.
 */
final class StreamJson {

    private StreamJson() {}

    static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .registerModule(new SimpleModule()
                    .addSerializer(Double.class, new ExactDouble())
                    .addSerializer(Instant.class, new IsoInstant())
                    .addDeserializer(Instant.class, new IsoInstantReader()));

    /** A double as a JSON number that parses back to the same bits: the shortest form when it does, else the exact expansion. */
    private static final class ExactDouble extends StdSerializer<Double> {
        private static final long serialVersionUID = 1L;

        ExactDouble() {
            super(Double.class);
        }

        @Override
        public void serialize(Double v, JsonGenerator g, SerializerProvider p) throws IOException {
            if (v.isNaN() || v.isInfinite()) throw new IllegalArgumentException("a saved number is not finite: " + v);
            String shortest = Double.toString(v);
            g.writeNumber(Double.parseDouble(shortest) == v ? new BigDecimal(shortest) : new BigDecimal(v));
        }
    }

    private static final class IsoInstant extends StdSerializer<Instant> {
        private static final long serialVersionUID = 1L;

        IsoInstant() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant v, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeString(Timestamps.iso(v));
        }
    }

    private static final class IsoInstantReader extends StdDeserializer<Instant> {
        private static final long serialVersionUID = 1L;

        IsoInstantReader() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext c) throws IOException {
            return Instant.parse(p.getValueAsString());
        }
    }
}
