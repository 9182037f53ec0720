package clxs.yaml;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Builds a YAML node tree with a chosen layout (block or flow per collection) and lets SnakeYAML's
 * emitter write it: the emitter quotes any text YAML would read as something else ({@code 'NO'},
 * {@code '01234'}), so quoting rules are not hand-written here.
 */
final class YamlTree {

    private static final Resolver RESOLVER = new Resolver();

    private YamlTree() {}

    /** Text; several lines are written as a literal block where the layout allows. */
    static Node text(String s) {
        return new ScalarNode(Tag.STR, s, null, null, s.indexOf('\n') >= 0 ? DumperOptions.ScalarStyle.LITERAL : DumperOptions.ScalarStyle.PLAIN);
    }

    /** A number, boolean or date written plainly (its text must read back as such). */
    static Node plain(String text) {
        return new ScalarNode(RESOLVER.resolve(NodeId.scalar, text, true), text, null, null, DumperOptions.ScalarStyle.PLAIN);
    }

    static Node number(double d) {
        return plain(Spellings.number(d));
    }

    static Node number(long n) {
        return plain(Long.toString(n));
    }

    /** An ordered mapping. */
    static final class Map {
        private final List<NodeTuple> tuples = new ArrayList<>();
        private final boolean flow;

        Map(boolean flow) {
            this.flow = flow;
        }

        static Map block() {
            return new Map(false);
        }

        static Map flow() {
            return new Map(true);
        }

        Map put(String key, Node value) {
            return put(YamlTree.text(key), value);
        }

        Map put(Node key, Node value) {
            tuples.add(new NodeTuple(restyle(key, flow), restyle(value, flow)));
            return this;
        }

        /** Puts text unless it is null. */
        Map text(String key, String value) {
            return value == null ? this : put(key, YamlTree.text(value));
        }

        boolean isEmpty() {
            return tuples.isEmpty();
        }

        Node node() {
            return new MappingNode(Tag.MAP, tuples, flow ? DumperOptions.FlowStyle.FLOW : DumperOptions.FlowStyle.BLOCK);
        }
    }

    static Node seq(List<Node> items, boolean flow) {
        return new SequenceNode(Tag.SEQ, items.stream().map(i -> restyle(i, flow)).toList(),
                flow ? DumperOptions.FlowStyle.FLOW : DumperOptions.FlowStyle.BLOCK);
    }

    /**
     * SQL is full of single quotes: text that cannot stay plain and holds single quotes but no
     * double quotes or backslashes reads better double-quoted than single-quoted with every quote
     * doubled. Otherwise the emitter chooses.
     */
    private static Node restyle(Node node, boolean flow) {
        if (!(node instanceof ScalarNode s) || !s.getTag().equals(Tag.STR) || s.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN) return node;
        String v = s.getValue();
        if (v.isEmpty() || v.indexOf('\'') < 0 || v.indexOf('"') >= 0 || v.indexOf('\\') >= 0 || v.chars().anyMatch(c -> c < 0x20)) return node;
        boolean mustQuote = v.startsWith("'") || v.contains(": ") || v.contains(" #") || v.endsWith(":") || v.endsWith(" ")
                || (flow && v.chars().anyMatch(c -> ",[]{}".indexOf(c) >= 0)) || "-?:,[]{}#&*!|>%@`".indexOf(v.charAt(0)) >= 0;
        return mustQuote ? new ScalarNode(Tag.STR, v, null, null, DumperOptions.ScalarStyle.DOUBLE_QUOTED) : node;
    }

    static Node numbers(List<Double> values) {
        return seq(values.stream().map(YamlTree::number).toList(), true);
    }

    static Node texts(List<String> values) {
        return seq(values.stream().map(YamlTree::text).toList(), true);
    }

    /** The document as text: two-space indents, list dashes indented under their key, no line folding. */
    static String emit(Node root) {
        DumperOptions o = new DumperOptions();
        o.setIndent(2);
        o.setIndicatorIndent(2);
        o.setIndentWithIndicator(true);
        o.setSplitLines(false);
        o.setWidth(Integer.MAX_VALUE);
        o.setAllowUnicode(true);
        o.setLineBreak(DumperOptions.LineBreak.UNIX);
        StringWriter out = new StringWriter();
        new Yaml(o).serialize(root, out);
        return out.toString();
    }
}
