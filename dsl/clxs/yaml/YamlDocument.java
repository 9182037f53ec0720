package clxs.yaml;

import clxs.yaml.YamlForm.IndustryYaml;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One YAML file read twice: a token pass that remembers the line and column of every key and list
 * item (so a problem found later can point at its line), then Jackson binding into {@link YamlForm}
 * records with strict duplicate-key detection and unknown keys rejected.
 */
final class YamlDocument {

    /** Strict binding; strings keep the text as written (see {@link RawText}). */
    static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .addModule(new SimpleModule("clxs-yaml-raw-text").addDeserializer(String.class, new RawText()))
            .build();

    final String file;
    private final Map<KeyPath, int[]> locations;

    private YamlDocument(String file, Map<KeyPath, int[]> locations) {
        this.file = file;
        this.locations = locations;
    }

    /** The bound form, or null after adding the reason to {@code problems}. */
    static Parsed parse(String text, String file, List<Problem> problems) {
        Map<KeyPath, int[]> locations = new HashMap<>();
        YamlDocument doc = new YamlDocument(file, locations);
        KeyPath last = KeyPath.ROOT;
        try (JsonParser p = MAPPER.getFactory().createParser(text)) {
            try {
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    last = pathOf(p.getParsingContext());
                    if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) continue;
                    JsonLocation at = p.currentTokenLocation();
                    locations.putIfAbsent(last, new int[] {at.getLineNr(), at.getColumnNr()});
                }
            } catch (JsonProcessingException e) {
                KeyPath where = p.getParsingContext() == null ? last : pathOf(p.getParsingContext());
                problems.add(BindingErrors.problem(doc, e, where));
                return null;
            }
        } catch (IOException e) {
            problems.add(doc.problem(KeyPath.ROOT, "cannot be read: " + e.getMessage()));
            return null;
        }
        if (locations.isEmpty()) {
            problems.add(new Problem(file, 1, 1, "", "the file is empty; expected an industry with at least 'name' and 'tables'"));
            return null;
        }
        try {
            IndustryYaml form = MAPPER.readValue(text, IndustryYaml.class);
            return new Parsed(doc, form);
        } catch (JsonProcessingException e) {
            problems.add(BindingErrors.problem(doc, e));
            return null;
        }
    }

    record Parsed(YamlDocument doc, IndustryYaml form) {}

    /** A problem at {@code path}, located at that key or its nearest located parent. */
    Problem problem(KeyPath path, String message) {
        int[] at = locate(path);
        return new Problem(file, at[0], at[1], path.toString(), message);
    }

    int[] locate(KeyPath path) {
        for (KeyPath p = path; ; p = p.parent()) {
            int[] at = locations.get(p);
            if (at != null) return at;
            if (p.segments().isEmpty()) return new int[] {1, 1};
        }
    }

    static KeyPath pathOf(JsonStreamContext context) {
        Deque<Object> segments = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray() && c.hasCurrentIndex()) segments.addFirst(c.getCurrentIndex());
            else if (c.inObject() && c.getCurrentName() != null) segments.addFirst(c.getCurrentName());
        }
        return new KeyPath(List.copyOf(segments));
    }

    /**
     * Any scalar read into a {@code String} keeps its text as written: YAML would otherwise turn
     * {@code NO} into false, {@code 01234} into 668 and {@code 1.10} into 1.1 before it became a string.
     */
    static final class RawText extends StdScalarDeserializer<String> {
        private static final long serialVersionUID = 1L;

        RawText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT
                    || t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                return p.getText();
            }
            return (String) ctxt.handleUnexpectedToken(String.class, p);
        }
    }
}
