package clxs.cli;

import clxs.result.TextTable;
import clxs.settings.Json;
import clxs.stream.DeviceProfile;
import clxs.stream.DeviceProfiles;
import clxs.model.RowSchema;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clxs stream profiles}: the ten device profiles with their fields and types. */
@Command(name = "profiles", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the device profiles: vertical, default devices, fields with their Delta types, and the catalog table they join.")
final class StreamProfilesCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print the profiles as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> all = new ArrayList<>();
            for (DeviceProfile p : DeviceProfiles.all()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("profile", p.name());
                m.put("vertical", p.vertical());
                m.put("default_devices", p.defaultDevices());
                Map<String, String> fields = new LinkedHashMap<>();
                for (RowSchema.Field f : p.schema().fields()) fields.put(f.name(), f.type().toString());
                m.put("fields", fields);
                m.put("joins", p.links().stream().map(l -> l.field() + " -> " + l.parent()).toList());
                all.add(m);
            }
            out.println(Json.write(all));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (DeviceProfile p : DeviceProfiles.all()) {
                String fields = String.join(", ", p.schema().fields().stream().map(f -> f.name() + " " + f.type()).toList());
                String joins = String.join(", ", p.links().stream().map(l -> l.field() + " -> " + l.parent()).toList());
                rows.add(List.of(p.name(), p.vertical(), String.valueOf(p.defaultDevices()), joins, fields));
            }
            out.print(TextTable.render(List.of("profile", "vertical", "devices", "joins", "fields"), rows, List.of(false, false, true, false, false)));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
