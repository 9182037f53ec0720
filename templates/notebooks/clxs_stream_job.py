"""A clxs stream as a scheduled Databricks job: each run continues the stream where the last one stopped.

clxs.jobs.StreamNotebook embeds this file in the job's notebook after clxs_stream.py (the port of the
emitter), the profile as JSON and the job's parameters. Standard library only: it runs on serverless,
on a job cluster, and with plain python3 (tests map /Volumes to a folder with CLXS_VOLUMES_ROOT).

Each run
  * reads the job's parameters (notebook widgets; CLXS_<NAME> environment variables without dbutils),
    checked against the same limits as `clxs stream`;
  * resumes every device from /Volumes/<catalog>/<schema>/<volume>/_state/<profile>.json, or starts the
    stream over at event 1 when that file does not exist (and says so);
  * emits total_duration_seconds / interval_seconds ticks of events_per_batch events, as NDJSON files in
    /Volumes/<catalog>/<schema>/<volume>/<profile>/ named like clxs's own (batch-<yyyyMMddTHHmmssZ>-<seq>.json,
    numbered after the highest already there), or as rows appended to <catalog>.<schema>.bronze_<profile>;
  * saves the state (a temporary file renamed over the old one), so the next run continues it.

Event time. The state carries the time of the next tick: a run continues from it, so consecutive runs
form one gapless stream, the same events, value for value and time for time, as one `clxs stream` run
with the same seed and devices. Ticks whose time has passed are emitted at once; a tick in the future
waits for its time. When the saved time is more than max_lag_seconds behind real time (the job was
paused, or it runs much less often than a run lasts), the run starts at a window ending now instead:
event time jumps forward, the values still continue, and the run says so. max_lag_seconds 0 always
takes the latest window. The first run starts at start_time when given, else at a window ending now.
Late and duplicate deliveries still held back at the end of a run are kept in the state for the next.
"""
import json
import math
import os
import re
import time

try:
    Stream  # noqa: F821 (defined by the port above, in the notebook)
except NameError:  # outside the notebook: the port is a module beside this file
    from clxs_stream import *  # noqa: F401,F403

SCHEDULED_STATE_FORMAT = "clxs-scheduled-stream/1"
BATCH_FILE = re.compile(r"batch-\d{8}T\d{6}Z-(\d{6,})\.json")
NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
INSTANT = re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?Z")
DESTINATIONS = ("volume", "direct_table")


class JobInputError(ValueError):
    """A parameter or saved state this run cannot use; nothing was written."""


def micros(seconds):
    return int(math.floor(seconds * 1e6 + 0.5))


def number_text(x):
    return str(int(x)) if x == math.floor(x) and abs(x) < 1e15 else repr(x)


def parse_instant(text):
    m = INSTANT.fullmatch(text)
    if not m:
        raise JobInputError("start_time '%s' is not an ISO instant such as 2026-03-01T08:00:00Z" % text)
    y, mo, d, h, mi, s = (int(g) for g in m.groups()[:6])
    fraction = (m.group(7) or "").ljust(6, "0")[:6]
    try:
        t = datetime.datetime(y, mo, d, h, mi, s)  # noqa: F405 (the port imports datetime)
    except ValueError as e:
        raise JobInputError("start_time '%s' is not a date: %s" % (text, e))
    delta = t - EPOCH  # noqa: F405
    return (delta.days * 86400 + delta.seconds) * 1000000 + int(fraction)


def parameter_getter(dbutils, defaults):
    """Reads a parameter: the notebook widget (a job's base parameter overrides its default), else CLXS_<NAME>."""
    if dbutils is not None:
        return lambda name: dbutils.widgets.get(name)
    return lambda name: os.environ.get("CLXS_" + name.upper(), defaults[name])


def read_parameters(get, limits, profile_name):
    """The job's parameters, checked as clxs checks them before a stream starts."""
    p = {}
    for key in ("catalog", "schema", "volume"):
        v = get(key).strip()
        if not NAME.fullmatch(v):
            raise JobInputError("%s '%s' is not a name: letters, digits and underscores, not starting with a digit" % (key, v))
        p[key] = v
    if get("profile").strip() != profile_name:
        raise JobInputError("this notebook emits %s, not profile '%s'; schedule that profile with clxs schedule" % (profile_name, get("profile")))
    destination = get("destination").strip().lower()
    if destination not in DESTINATIONS:
        raise JobInputError("destination '%s' is not one of %s" % (destination, ", ".join(DESTINATIONS)))
    p["destination"] = destination
    for key, kind in (("num_devices", int), ("events_per_batch", int), ("seed", int), ("interval_seconds", float),
                      ("total_duration_seconds", float), ("late_rate", float), ("max_delay_seconds", float),
                      ("duplicate_rate", float), ("null_rate", float), ("max_lag_seconds", float)):
        text = get(key).strip()
        try:
            p[key] = kind(text)
        except ValueError:
            raise JobInputError("%s '%s' is not %s" % (key, text, "a whole number" if kind is int else "a number"))
        if kind is float and not math.isfinite(p[key]):
            raise JobInputError("%s '%s' is not a finite number" % (key, text))
    for key in ("events_per_batch", "interval_seconds", "total_duration_seconds", "num_devices"):
        bound, value = limits[key], p[key]
        if value < bound["min"]:
            raise JobInputError("%s %s is below the minimum %s" % (key, number_text(value), number_text(bound["min"])))
        if value > bound["max"]:
            raise JobInputError("%s %s is above the maximum %s" % (key, number_text(value), number_text(bound["max"])))
    for key in ("late_rate", "duplicate_rate", "null_rate"):
        if not 0 <= p[key] <= 1:
            raise JobInputError("%s %s must be 0..1" % (key, number_text(p[key])))
    if not 0 <= p["max_delay_seconds"] <= 86400:
        raise JobInputError("max_delay_seconds %s must be 0..86400" % number_text(p["max_delay_seconds"]))
    if p["late_rate"] > 0 and p["max_delay_seconds"] == 0:
        raise JobInputError("late events need a max_delay_seconds above 0")
    if p["max_lag_seconds"] < 0:
        raise JobInputError("max_lag_seconds %s must be 0 or more" % number_text(p["max_lag_seconds"]))
    start = get("start_time").strip()
    p["start_time"] = parse_instant(start) if start else None
    return p


def port_settings(p):
    """The port's settings: clxs.stream.StreamSettings in its resolved, integer form."""
    interval = micros(p["interval_seconds"])
    return {"seed": p["seed"], "num_devices": p["num_devices"], "events_per_batch": p["events_per_batch"], "interval_micros": interval,
            "ticks": max(1, micros(p["total_duration_seconds"]) // interval), "late_rate": p["late_rate"],
            "max_delay_ticks": max(1, -(-micros(p["max_delay_seconds"]) // interval)), "duplicate_rate": p["duplicate_rate"],
            "null_rate": p["null_rate"], "carry_pending": True}


def quoted(*parts):
    return ".".join("`" + x + "`" for x in parts)


# ------------------------------------------------------------------ where the events go

class VolumeFiles:
    """One NDJSON file per batch, named as clxs names them (clxs.sink.BatchFiles), numbered after the highest already in the folder."""

    def __init__(self, folder, program):
        self.folder, self.program, self.base, self.files = folder, program, 0, 0

    def describe(self):
        return "NDJSON files in " + self.folder

    def open(self):
        os.makedirs(self.folder, exist_ok=True)
        for name in os.listdir(self.folder):
            m = BATCH_FILE.fullmatch(name)
            if m:
                self.base = max(self.base, int(m.group(1)))

    def write(self, rows, sequence, due):
        stamp = (EPOCH + datetime.timedelta(microseconds=due)).strftime("%Y%m%dT%H%M%SZ")  # noqa: F405
        name = "batch-%s-%06d.json" % (stamp, self.base + sequence)
        target, temp = os.path.join(self.folder, name), os.path.join(self.folder, "." + name + ".tmp")
        if os.path.exists(target):
            raise IOError(target + " already exists")
        with open(temp, "w", encoding="utf-8", newline="\n") as f:
            f.write("".join(self.program.encode(r) + "\n" for r in rows))
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp, target)  # readers (Auto Loader, *.json globs) see whole files only
        self.files += 1
        return len(rows)


class BronzeTable:
    """Rows appended to <catalog>.<schema>.bronze_<profile> through spark, the table created as clxs's table sink creates it."""

    def __init__(self, spark, p, program, columns_ddl, spark_schema):
        self.spark, self.program, self.columns_ddl, self.spark_schema = spark, program, columns_ddl, spark_schema
        self.parts = (p["catalog"], p["schema"], "bronze_" + program.name)
        self.name = ".".join(self.parts)
        self.types = [f["type"] for f in program.fields]

    def describe(self):
        return "table " + self.name

    def open(self):
        self.spark.sql("CREATE TABLE IF NOT EXISTS " + quoted(*self.parts) + " " + self.columns_ddl)

    def write(self, rows, sequence, due):
        data = [tuple(self.value(t, v) for t, v in zip(self.types, r)) for r in rows]
        self.spark.createDataFrame(data, self.spark_schema).write.mode("append").saveAsTable(self.name)
        return len(rows)

    @staticmethod
    def value(sql_type, v):
        if v is None or sql_type != "TIMESTAMP":
            return v
        return datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc) + datetime.timedelta(microseconds=v)  # noqa: F405


# ------------------------------------------------------------------ the saved state

def read_state(path):
    if not os.path.exists(path):
        return None
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except ValueError as e:
        raise JobInputError("the saved state %s is not readable (%s); delete it to start the stream over" % (path, e))
    if not isinstance(doc, dict) or doc.get("format") != SCHEDULED_STATE_FORMAT:
        raise JobInputError("%s is not a clxs scheduled-stream state (format %s); delete it to start the stream over" % (path, SCHEDULED_STATE_FORMAT))
    return doc


def write_state(path, doc):
    """A temporary file beside the state, renamed over it: a reader (or a failed run) sees the old state or the new one."""
    folder = os.path.dirname(path)
    os.makedirs(folder, exist_ok=True)
    temp = os.path.join(folder, "." + os.path.basename(path) + ".tmp")
    with open(temp, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=2)
        f.flush()
        os.fsync(f.fileno())
    os.replace(temp, path)


# ------------------------------------------------------------------ one run

def run_job(p, profile, spark, volumes_root, columns_ddl, spark_schema, write_chunk, now=time.time, sleep=time.sleep, log=print):
    """One scheduled run: resume (or start over), emit the run's ticks, save the state. Returns the run's summary."""
    program = Program(profile)  # noqa: F405
    volume = os.path.join(volumes_root, p["catalog"], p["schema"], p["volume"])
    state_path = os.path.join(volume, "_state", program.name + ".json")
    settings = port_settings(p)
    interval, ticks = settings["interval_micros"], settings["ticks"]
    duration = micros(p["total_duration_seconds"])
    if spark is not None:  # the volume holds the state whatever the destination
        spark.sql("CREATE SCHEMA IF NOT EXISTS " + quoted(p["catalog"], p["schema"]))
        spark.sql("CREATE VOLUME IF NOT EXISTS " + quoted(p["catalog"], p["schema"], p["volume"]))
    now_us = int(math.floor(now())) * 1000000
    saved = read_state(state_path)
    started_over = saved is None
    if started_over:
        stream = Stream(program, settings)  # noqa: F405
        origin = p["start_time"] if p["start_time"] is not None else now_us - duration
        runs = 0
        log("No saved state at %s: the stream starts over at event 1 (seed %d, %d devices), event time %s."
            % (state_path, p["seed"], p["num_devices"], iso(origin)))  # noqa: F405
    else:
        state = saved["stream"]
        if state.get("seed") != p["seed"] or state.get("num_devices") != p["num_devices"] or state.get("profile") != program.name:
            raise JobInputError("the saved state %s continues %s with seed %s and %s devices; this run has seed %d and %d devices. "
                                "Schedule the stream with the state's seed and devices, or delete the state file to start the stream over"
                                % (state_path, state.get("profile"), state.get("seed"), state.get("num_devices"), p["seed"], p["num_devices"]))
        stream = Stream(program, settings, state)  # noqa: F405
        origin = parse_iso(saved["next_tick_time"])  # noqa: F405
        runs = saved.get("runs", 0)
        log("Resuming from %s (run %d): event %d, tick %d, event time %s."
            % (state_path, runs + 1, state["next_event_id"], state["next_tick"], iso(origin)))  # noqa: F405
        if p["start_time"] is not None:
            log("start_time applies to the first run only: this run continues from the saved state.")
        lag = now_us - origin
        if lag > micros(p["max_lag_seconds"]):
            jumped = now_us - duration
            log("Event time jumps forward from %s to %s: the saved state is %s s behind real time, more than max_lag_seconds %s. "
                "The devices' values continue where they stopped." % (iso(origin), iso(jumped), number_text(lag / 1e6), number_text(p["max_lag_seconds"])))  # noqa: F405
            origin = jumped
    if p["destination"] == "volume":
        sink = VolumeFiles(os.path.join(volume, program.name), program)
    else:
        if spark is None:
            raise JobInputError("destination direct_table writes through spark: run this notebook on Databricks")
        sink = BronzeTable(spark, p, program, columns_ddl, spark_schema)
    sink.open()
    first_event = stream.next_k + 1
    sequence = written = tick_errors = 0
    last_error = None
    for i in range(ticks):
        tick_origin = origin + i * interval
        due = tick_origin + interval
        wait = due / 1e6 - now()
        if wait > 0:  # a tick is emitted once its time has come, never before
            sleep(wait)
        fresh, held = stream.tick_rows(tick_origin, False)
        batches = []
        for start in range(0, p["events_per_batch"], write_chunk):  # as clxs's emitter hands a tick to its sink
            batches.append([row for j, row in fresh if start <= j < start + write_chunk])
        batches.extend(held[k:k + write_chunk] for k in range(0, len(held), write_chunk))
        for rows in batches:
            if not rows:
                continue
            sequence += 1
            try:
                written += sink.write(rows, sequence, due)
            except Exception as e:  # counted and reported, as clxs stream does; the run goes on
                tick_errors += 1
                last_error = "tick %d: %s" % (i, e)
                log("tick %d failed: %s" % (i, e))
    next_time = origin + ticks * interval
    write_state(state_path, {"format": SCHEDULED_STATE_FORMAT, "profile": program.name, "next_tick_time": iso(next_time),  # noqa: F405
                             "runs": runs + 1, "saved_at": iso(int(math.floor(now())) * 1000000), "stream": stream.state()})  # noqa: F405
    summary = {"profile": program.name, "destination": sink.describe(), "run": runs + 1, "started_over": started_over, "ticks": ticks,
               "events_written": written, "first_event_id": first_event, "next_event_id": stream.next_k + 1,
               "pending": len(stream.pending), "event_time_from": iso(origin), "event_time_to": iso(next_time),  # noqa: F405
               "tick_errors": tick_errors, "last_error": last_error, "state": state_path}
    log("Saved the state to %s: the next run continues at event %d, event time %s. Delete that file to start the stream over."
        % (state_path, stream.next_k + 1, iso(next_time)))  # noqa: F405
    log(json.dumps(summary))
    if tick_errors:
        raise RuntimeError("%d batches of this run failed; the last: %s" % (tick_errors, last_error))
    return summary
