package clxs.yaml;

import clxs.model.Industry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Custom industries in YAML: read files into model {@link Industry}s (checking everything first,
 * every problem reported as {@code file:line:column: key path: what is expected}) and write any
 * industry, built-ins included, in the same portable form.
 *
 * <pre>{@code
 * List<Industry> mine = YamlIndustries.beside(Industries.all(), Set.of("data_catalog", "cross_industry")).load(List.of(Path.of("aerospace.yaml")));
 * String yaml = YamlIndustries.write(Industries.HEALTHCARE);   // reads back equal
 * }</pre>
 *
 * The built-in industries and the schemas every catalog has are given, not looked up, so this
 * package depends on the model alone ({@code Industries.fromYaml} is the usual way in).
 */
public final class YamlIndustries {

    private final List<Industry> builtIns;
    private final Set<String> reservedSchemas;

    private YamlIndustries(List<Industry> builtIns, Set<String> reservedSchemas) {
        this.builtIns = List.copyOf(builtIns);
        this.reservedSchemas = reservedSchemas.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** A reader for industries that join {@code builtIns} in catalogs that also hold {@code reservedSchemas}. */
    public static YamlIndustries beside(List<Industry> builtIns, Set<String> reservedSchemas) {
        return new YamlIndustries(builtIns, reservedSchemas);
    }

    /** The industries of {@code files}, in order; throws {@link YamlIndustryException} listing every problem. */
    public List<Industry> load(List<Path> files) {
        return read(files).stream().map(YamlIndustry::industry).toList();
    }

    private Optional<Industry> builtIn(String name) {
        return builtIns.stream().filter(i -> i.name().equalsIgnoreCase(name)).findFirst();
    }

    private String builtInNames() {
        return builtIns.stream().map(Industry::name).collect(Collectors.joining(", "));
    }

    /**
     * The industries of {@code files} with where they came from. Beyond each file's own checks, names
     * must not be a built-in industry's or repeat across files, and views reading another industry
     * ({@code {{retail.orders}}}) must name a table of a built-in or loaded industry.
     */
    public List<YamlIndustry> read(List<Path> files) {
        List<Problem> problems = new ArrayList<>();
        List<Loaded> loaded = new ArrayList<>();
        for (Path file : files) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                problems.add(new Problem(file.toString(), 1, 1, "", "cannot read the file: " + e.getMessage()));
                continue;
            }
            Loaded l = parseInto(text, file.toString(), problems);
            if (l != null) loaded.add(l);
        }
        Map<String, Industry> known = new LinkedHashMap<>();
        for (Industry i : builtIns) known.put(i.name(), i);
        Map<String, String> fileOf = new LinkedHashMap<>();
        for (Loaded l : loaded) {
            String name = l.result().industry().name();
            Optional<Industry> builtIn = builtIn(name);
            String schemaClash = schemaClash(name, loaded);
            if (schemaClash != null) {
                problems.add(l.doc().problem(l.result().nameAt(), "'" + name + "' is also the name of " + schemaClash + "; choose another name"));
            } else if (builtIn.isPresent()) {
                problems.add(l.doc().problem(l.result().nameAt(), "'" + name + "' is the name of a built-in industry; choose another name (built-ins: "
                        + builtInNames() + ")"));
            } else if (fileOf.containsKey(name.toLowerCase(Locale.ROOT))) {
                problems.add(l.doc().problem(l.result().nameAt(), "industry '" + name + "' is also defined in " + fileOf.get(name.toLowerCase(Locale.ROOT))
                        + "; each industry is defined once"));
            } else {
                fileOf.put(name.toLowerCase(Locale.ROOT), l.doc().file);
                known.put(name, l.result().industry());
            }
        }
        for (Loaded l : loaded) checkForeign(l, known, problems);
        if (!problems.isEmpty()) throw new YamlIndustryException(problems);
        return loaded.stream().map(l -> new YamlIndustry(l.doc().file, l.result().industry(), l.result().cloneXsTables())).toList();
    }

    /**
     * One industry from YAML text; {@code source} names it in messages. Only the text itself is
     * checked: a built-in's name is accepted here (so an exported built-in reads back as itself).
     */
    public static YamlIndustry parse(String yaml, String source) {
        List<Problem> problems = new ArrayList<>();
        Loaded l = parseInto(yaml, source, problems);
        if (!problems.isEmpty()) throw new YamlIndustryException(problems);
        return new YamlIndustry(source, l.result().industry(), l.result().cloneXsTables());
    }

    /** {@code industry} in the portable YAML form; {@link #parse} reads it back equal. */
    public static String write(Industry industry) {
        return IndustryWriter.write(industry);
    }

    private record Loaded(YamlDocument doc, IndustryReader.Result result) {}

    private static Loaded parseInto(String text, String source, List<Problem> problems) {
        int before = problems.size();
        List<Problem> own = new ArrayList<>();
        YamlDocument.Parsed parsed = YamlDocument.parse(text, source, own);
        IndustryReader.Result result = null;
        if (parsed != null) {
            result = new IndustryReader(new ReadContext(parsed.doc(), own)).read(parsed.form());
        }
        own.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column()));
        problems.addAll(own);
        if (problems.size() > before || result == null || result.industry() == null) return null;
        return new Loaded(parsed.doc(), result);
    }

    private static final List<String> LAYER_SUFFIXES = List.of("_bronze", "_silver", "_gold", "_star");

    /** What else of a catalog a schema named {@code name} would collide with, or null. */
    private String schemaClash(String name, List<Loaded> loaded) {
        String n = name.toLowerCase(Locale.ROOT);
        if (reservedSchemas.contains(n) || n.equals("information_schema") || n.equals("default")) {
            return "a schema every catalog has (" + n + ")";
        }
        List<String> industries = new ArrayList<>(builtIns.stream().map(Industry::name).toList());
        loaded.forEach(l -> industries.add(l.result().industry().name()));
        for (String suffix : LAYER_SUFFIXES) {
            for (String other : industries) {
                if (n.equals((other + suffix).toLowerCase(Locale.ROOT))) return "the " + suffix.substring(1) + " schema of industry " + other;
            }
        }
        return null;
    }

    private static void checkForeign(Loaded l, Map<String, Industry> known, List<Problem> problems) {
        for (OverlayReader.ForeignReference r : l.result().foreignReferences()) {
            Industry other = known.get(r.industry());
            if (other == null) {
                problems.add(l.doc().problem(r.at(), "reads {{" + r.industry() + "." + r.table() + "}}, but '" + r.industry()
                        + "' is neither this industry, a built-in one nor one of the files loaded"));
            } else if (other.table(r.table()).isEmpty()) {
                problems.add(l.doc().problem(r.at(), "reads {{" + r.industry() + "." + r.table() + "}}, but industry " + r.industry() + " has no table '"
                        + r.table() + "'"));
            }
        }
    }
}
