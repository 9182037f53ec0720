package clxs.stream;

import static clxs.stream.Rules.*;

import clxs.stream.Rule.Scope;

/**
 * Sensors and machines: {@code generic_sensor}, {@code industrial_machine}, {@code car_obd2},
 * {@code smart_meter}, {@code wind_turbine} (fields and rules of {@code streaming-profiles.md}).
 * Reach them through {@link DeviceProfiles}.
 */
final class MachineProfiles {

    private MachineProfiles() {}

    /** VIN characters: digits and capitals without I, O and Q. */
    static final String VIN_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";

    static final DeviceProfile GENERIC_SENSOR = DeviceProfile.named("generic_sensor")
            .vertical("IoT").description("Environmental sensors: temperature, humidity, pressure and vibration around a per-device baseline")
            .devices(50)
            .deviceId("device_id", key(EntityKeys.formatted("sensor-%05d", 1, EntityKeys.UNBOUNDED), Scope.DEVICE), "Sensor id, sensor-%05d")
            .number("temperature_c", 2, add(perDevice(uniform(15, 30)), bell(-2, 2)), "Temperature in °C: per-device mean 15-30, ±2")
            .number("humidity_pct", 1, clamp(add(perDevice(uniform(30, 70)), bell(-5, 5)), 0, 100), "Relative humidity in %: per-device mean 30-70, ±5, within 0-100")
            .number("pressure_hpa", 1, add(perDevice(uniform(1000, 1020)), bell(-3, 3)), "Air pressure in hPa: per-device mean 1000-1020, ±3")
            .number("vibration_g", 3, max(num(0), add(perDevice(uniform(0.05, 0.5)), bell(-0.05, 0.15))), "Vibration in g: per-device base 0.05-0.5, -0.05/+0.15, never negative")
            .build();

    static final DeviceProfile INDUSTRIAL_MACHINE = DeviceProfile.named("industrial_machine")
            .vertical("Manufacturing").description("CNC machines that wear and degrade: temperatures and vibration drift up and oil pressure down before a fault code")
            .devices(20)
            .deviceId("machine_id", key(EntityKeys.formatted("machine-%04d", 1, EntityKeys.UNBOUNDED), Scope.DEVICE), "Machine id, machine-%04d")
            // about 3% of events in FAULT: mean stays 250 normal, 50 degrading, 10 fault, 10 recovering
            .condition(Condition.degradation("wear", 250, 50, 10, 10, 0.05))
            .integer("rpm", sub(add(perDevice(uniform(1500, 3500)), bell(-50, 50)), mul(level(), num(200))), "Spindle speed: per-device mean 1500-3500, ±50; sags as the machine degrades")
            .number("oil_pressure_psi", 2, sub(add(perDevice(uniform(40, 60)), bell(-2, 2)), mul(level(), num(12))), "Oil pressure in psi: mean 40-60, ±2; falls before a fault")
            .number("coolant_temp_c", 2, add(perDevice(uniform(70, 90)), bell(-1.5, 1.5), mul(level(), num(18))), "Coolant temperature in °C: mean 70-90, ±1.5; rises before a fault")
            .number("vibration_mm_s", 2, add(perDevice(uniform(1.5, 3)), bell(-0.3, 0.3), mul(level(), num(6))), "Vibration velocity in mm/s; rises before a fault")
            .number("tool_wear_pct", 3, counter(uniform(0, 30), uniform(0.001, 0.01), 100), "Tool wear in %: starts 0-30, only rises (0.001-0.01 per event), capped at 100")
            .text("error_code", when(inPhase("FAULT"), format("E%02d", intBetween(10, 99)), nullText()), "E10-E99 while the machine is in fault (about 3% of events), else null")
            .build();

    static final DeviceProfile CAR_OBD2 = DeviceProfile.named("car_obd2")
            .vertical("Automotive").description("Connected cars: speed, engine, fuel and position; engine trouble codes follow an engine condition")
            .devices(100)
            .deviceId("vehicle_vin", perDevice(chars(VIN_ALPHABET, 17)), "Vehicle identification number: 17 characters, no I, O or Q")
            .key("vehicle_id", key(EntityKeys.range(1, EntityKeys.UNBOUNDED), Scope.DEVICE),
                    EntityLink.sequence("vehicle_id", "logistics", "vehicles", "vehicle_id"), "Fleet vehicle (logistics.vehicles.vehicle_id when joined)")
            // about 1% of events in FAULT
            .condition(Condition.degradation("engine", 800, 100, 8, 20, 0.05))
            .number("speed_kmh", 1, walk(uniform(0, 100), uniform(-5, 5), 0, 140), "Speed in km/h: random walk ±5 within 0-140")
            .integer("engine_rpm", add(num(800), mul(num(30), ref("speed_kmh")), uniform(-100, 100)), "Engine speed: 800 + 30 × speed ±100")
            .number("fuel_level_pct", 2, drain(uniform(20, 100), uniform(-0.05, 0), 5, uniform(90, 100)), "Fuel in %: falls 0-0.05 per event; refilled to 90-100 below 5")
            .number("coolant_temp_c", 1, add(num(85), bell(-3, 3), mul(level(), num(25))), "Coolant temperature in °C: 85 ±3; climbs as the engine degrades")
            .number("lat", 6, walk(uniform(37.70, 37.81), uniform(-0.0005, 0.0005), 37.70, 37.81), "Latitude: moves ±0.0005 per event inside San Francisco")
            .number("lng", 6, walk(uniform(-122.51, -122.37), uniform(-0.0005, 0.0005), -122.51, -122.37), "Longitude: moves ±0.0005 per event inside San Francisco")
            .text("dtc", when(inPhase("FAULT"), oneOf("P0301", "P0420", "P0171", "P0128", "P0455"), nullText()),
                    "Diagnostic trouble code while the engine is in fault (about 1% of events), else null")
            .build();

    static final DeviceProfile SMART_METER = DeviceProfile.named("smart_meter")
            .vertical("Utilities").description("Household electricity meters: a cumulative kWh register, voltage, current and power factor")
            .devices(200)
            .deviceId("meter_id", key(EntityKeys.formatted("meter-%06d", 1, EntityKeys.UNBOUNDED), Scope.DEVICE), "Meter id, meter-%06d (energy.customers_energy.meter_id when joined)")
            .deviceIdLink(EntityLink.values("meter_id", "energy", "customers_energy", "meter_id", "customer_id"))
            .number("kwh_cumulative", 3, counter(uniform(1_000, 50_000), uniform(0.001, 0.05)), "Energy register in kWh: starts 1,000-50,000, rises 0.001-0.05 per event")
            .number("voltage_v", 1, add(perDevice(uniform(220, 240)), bell(-3, 3)), "Voltage: per-device mean 220-240, ±3")
            .number("current_a", 2, walk(uniform(0.5, 25), uniform(-1, 1), 0.5, 25), "Current in A: random walk within 0.5-25")
            .number("power_factor", 3, uniform(0.85, 1.0), "Power factor 0.85-1.0")
            .build();

    static final DeviceProfile WIND_TURBINE = DeviceProfile.named("wind_turbine")
            .vertical("Energy").description("Wind turbines: wind, rotor, power against the turbine's rating, pitch; gearbox heat rises before a fault")
            .devices(30)
            .deviceId("turbine_id", key(EntityKeys.formatted("turbine-%04d", 1, EntityKeys.UNBOUNDED), Scope.DEVICE), "Turbine id, turbine-%04d")
            // about 0.5% of events in FAULT
            .condition(Condition.degradation("gearbox", 1_000, 100, 5, 10, 0.05))
            .integer("rated_power_kw", perDevice(pickNum(1500, 2000, 2500, 3000)), "Rated power of the turbine in kW")
            .number("wind_speed_ms", 2, max(num(0), add(perDevice(uniform(4, 12)), bell(-3, 3))), "Wind speed in m/s: per-device baseline 4-12, ±3")
            .number("rotor_rpm", 2, max(num(0), add(mul(num(2.5), ref("wind_speed_ms")), uniform(-2, 2))), "Rotor speed: 2.5 × wind ±2")
            .number("power_output_kw", 1, min(ref("rated_power_kw"), div(mul(ref("wind_speed_ms"), ref("wind_speed_ms"), ref("rated_power_kw")), num(144))),
                    "Power in kW: min(rated, wind² × rated / 144)")
            .number("pitch_deg", 1, clamp(add(num(-2), mul(max(num(0), sub(ref("wind_speed_ms"), num(12))), num(8)), uniform(-1, 1)), -2, 90),
                    "Blade pitch in degrees, -2 to 90: feathers above 12 m/s")
            .number("gearbox_temp_c", 1, add(perDevice(uniform(55, 65)), bell(-2, 2), mul(level(), num(30))), "Gearbox temperature in °C; rises before a fault")
            .text("fault_code", when(inPhase("FAULT"), oneOf("F101", "F202", "F305"), nullText()), "F101, F202 or F305 while the turbine is in fault (about 0.5%), else null")
            .build();
}
