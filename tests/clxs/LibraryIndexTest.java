package clxs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * JBang builds the library from {@code dsl/clxs/Clxs.java}: its {@code //SOURCES} lines must list
 * every library file (globs are dropped when a script runs from a URL) and its {@code //DEPS}
 * lines every dependency of the Maven build, at the same versions.
 */
class LibraryIndexTest {

    private static final Path ROOT = Paths.get("dsl", "clxs");
    private static final Path INDEX = ROOT.resolve("Clxs.java");

    /**
     * After adding or removing a library file, {@code mvn test -Dtest=LibraryIndexTest -Dclxs.updateIndex=true}
     * rewrites the //SOURCES lines (one per package); review the diff like any other change.
     */
    @Test
    void everyLibrarySourceIsListedAndEveryListedSourceExists() throws IOException {
        Set<String> actual = librarySources();
        if (Boolean.getBoolean("clxs.updateIndex")) rewriteSources(actual);
        Set<String> listed = directive("//SOURCES ");
        Set<String> missing = new TreeSet<>(actual);
        missing.removeAll(listed);
        Set<String> stale = new TreeSet<>(listed);
        stale.removeAll(actual);
        assertTrue(missing.isEmpty(), "library sources missing from //SOURCES in " + INDEX + ": " + missing);
        assertTrue(stale.isEmpty(), "//SOURCES in " + INDEX + " lists files that do not exist: " + stale);
    }

    @Test
    void depsMatchTheMavenBuild() throws IOException {
        Set<String> deps = directive("//DEPS ");
        String pom = Files.readString(Paths.get("pom.xml"));
        Set<String> fromPom = new TreeSet<>();
        Matcher m = Pattern.compile("<dependency><groupId>([^<]+)</groupId><artifactId>([^<]+)</artifactId><version>([^<]+)</version></dependency>").matcher(pom);
        while (m.find()) fromPom.add(m.group(1) + ":" + m.group(2) + ":" + resolve(pom, m.group(3)));
        assertEquals(fromPom, deps, "//DEPS of " + INDEX + " and the compile dependencies of pom.xml differ");
    }

    private static Set<String> librarySources() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".java") && !p.equals(INDEX))
                    .map(p -> ROOT.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static void rewriteSources(Set<String> sources) throws IOException {
        java.util.Map<String, java.util.List<String>> byPackage = new java.util.TreeMap<>();
        for (String s : sources) byPackage.computeIfAbsent(s.contains("/") ? s.substring(0, s.lastIndexOf('/')) : "", k -> new java.util.ArrayList<>()).add(s);
        java.util.List<String> lines = new java.util.ArrayList<>();
        boolean written = false;
        for (String line : Files.readAllLines(INDEX)) {
            if (!line.startsWith("//SOURCES ")) {
                lines.add(line);
            } else if (!written) {
                byPackage.values().forEach(files -> lines.add("//SOURCES " + String.join(" ", files)));
                written = true;
            }
        }
        Files.write(INDEX, lines);
    }

    private static Set<String> directive(String prefix) throws IOException {
        return Files.readAllLines(INDEX).stream().filter(l -> l.startsWith(prefix))
                .flatMap(l -> Arrays.stream(l.substring(prefix.length()).trim().split("\\s+")))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String resolve(String pom, String version) {
        Matcher p = Pattern.compile("\\$\\{([^}]+)}").matcher(version);
        if (!p.matches()) return version;
        Matcher v = Pattern.compile("<" + Pattern.quote(p.group(1)) + ">([^<]+)</").matcher(pom);
        return v.find() ? v.group(1) : version;
    }
}
