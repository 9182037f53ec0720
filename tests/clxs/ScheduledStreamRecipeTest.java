package clxs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.settings.Json;
import clxs.support.Launcher;
import clxs.support.UsesJBangCache;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code scheduled-stream} recipe through the repository's {@code ./jbang} (the library built
 * from its index, the notebook's Python from its {@code //FILES}): by default a dry run that needs no
 * workspace; the notebook it writes then runs with {@code python3}, {@code /Volumes} mapped to a folder.
 */
@UsesJBangCache
class ScheduledStreamRecipeTest {

    @TempDir
    Path tmp;

    @Test
    void theRecipeDryRunWritesANotebookThatRuns() throws Exception {
        Path notebook = tmp.resolve("meters.py");
        Launcher.Result r = new Launcher(tmp).run("scheduled-stream", "--catalog", "recipe_demo", "--devices", "20", "--notebook-out", notebook.toString());
        assertEquals(0, r.exit(), r.toString());
        String out = r.out();
        JsonNode request = Json.MAPPER.readTree(out.substring(0, out.lastIndexOf("}\n") + 1));
        assertEquals("recipe_demo.iot.events_volume.smart_meter", request.at("/tags/stream").asText());
        assertEquals("20", request.at("/tasks/0/notebook_task/base_parameters/num_devices").asText());
        assertTrue(out.contains("Dry run: nothing was created."), out);

        Assumptions.assumeTrue(new ProcessBuilder("python3", "--version").start().waitFor() == 0, "python3 is on the PATH");
        ProcessBuilder pb = new ProcessBuilder("python3", notebook.toString()).redirectErrorStream(true);
        pb.environment().put("CLXS_VOLUMES_ROOT", tmp.resolve("Volumes").toString());
        Process p = pb.start();
        String log = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), log);
        assertTrue(log.contains("the stream starts over at event 1 (seed 42, 20 devices)"), log);
        try (Stream<Path> files = Files.list(tmp.resolve("Volumes/recipe_demo/iot/events_volume/smart_meter"))) {
            assertEquals(12, files.count(), "one file per tick: 60 s of event time, 5 s apart");
        }
    }
}
