package clxs.stream;

import java.util.List;
import java.util.Optional;

/** The ten built-in device profiles. */
public final class DeviceProfiles {

    public static final DeviceProfile GENERIC_SENSOR = MachineProfiles.GENERIC_SENSOR;
    public static final DeviceProfile INDUSTRIAL_MACHINE = MachineProfiles.INDUSTRIAL_MACHINE;
    public static final DeviceProfile CAR_OBD2 = MachineProfiles.CAR_OBD2;
    public static final DeviceProfile SMART_METER = MachineProfiles.SMART_METER;
    public static final DeviceProfile WEARABLE_HEALTH = ActivityProfiles.WEARABLE_HEALTH;
    public static final DeviceProfile POS_TERMINAL = ActivityProfiles.POS_TERMINAL;
    public static final DeviceProfile WIND_TURBINE = MachineProfiles.WIND_TURBINE;
    public static final DeviceProfile ATM_TRANSACTION = ActivityProfiles.ATM_TRANSACTION;
    public static final DeviceProfile SERVER_METRICS = ActivityProfiles.SERVER_METRICS;
    public static final DeviceProfile CLICKSTREAM = ActivityProfiles.CLICKSTREAM;

    private static final List<DeviceProfile> ALL = List.of(GENERIC_SENSOR, INDUSTRIAL_MACHINE, CAR_OBD2, SMART_METER, WEARABLE_HEALTH,
            POS_TERMINAL, WIND_TURBINE, ATM_TRANSACTION, SERVER_METRICS, CLICKSTREAM);

    private DeviceProfiles() {}

    public static List<DeviceProfile> all() {
        return ALL;
    }

    public static Optional<DeviceProfile> byName(String name) {
        return ALL.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The profile, or an exception that lists the ten. */
    public static DeviceProfile require(String name) {
        return byName(name).orElseThrow(() -> new InvalidStreamSettingsException("profile",
                "unknown profile " + name + "; the profiles are " + String.join(", ", ALL.stream().map(DeviceProfile::name).toList())));
    }
}
