"""clxs streams in Python, standard library only: the same events, value for value, as the Java emitter.

Interprets a device profile rendered by clxs.stream.ProfileJson (the rule IR as JSON) under the
contract written down in clxs/stream/package-info.java: SplitMix64 generators per device, draws in
evaluation order, rounding by floor(x * 10^d + 0.5) / 10^d, fixed-point and timestamp text written
by integer arithmetic, and the saved-state JSON of clxs.stream.StreamState.

    python3 clxs_stream.py PROFILE.json SETTINGS.json [STATE_IN.json|-] [STATE_OUT.json]   > events.ndjson

SETTINGS: {"seed", "num_devices", "events_per_batch", "interval_micros", "ticks", "origin_micros",
"late_rate", "max_delay_ticks", "duplicate_rate", "null_rate", "carry_pending"}.
"""
import datetime
import json
import math
import sys

MASK = (1 << 64) - 1
GOLDEN = 0x9E3779B97F4A7C15
DOUBLE_UNIT = 1.0 / 9007199254740992.0  # 2^-53
POW10 = [1.0, 10.0, 100.0, 1000.0, 10000.0, 100000.0, 1000000.0, 10000000.0, 100000000.0, 1000000000.0]
NAN = float("nan")
EPOCH = datetime.datetime(1970, 1, 1)
STATE_FORMAT = "clxs-stream-state/1"


# ------------------------------------------------------------------ generator

def mix64(z):
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return z ^ (z >> 31)


def fnv1a64(s):
    h = 0xCBF29CE484222325
    for b in s.encode("utf-8"):
        h = ((h ^ b) * 0x100000001B3) & MASK
    return h


def seed_of(seed, stream, device):
    return mix64((mix64((seed & MASK) ^ fnv1a64(stream)) + (device + 1) * GOLDEN) & MASK)


class Rng:
    __slots__ = ("state",)

    def __init__(self, state):
        self.state = state & MASK

    def next_long(self):
        self.state = (self.state + GOLDEN) & MASK
        return mix64(self.state)

    def next_double(self):
        return (self.next_long() >> 11) * DOUBLE_UNIT

    def index(self, n):
        return ((self.next_long() >> 32) * n) >> 32


# ------------------------------------------------------------------ text forms

def iso(micros):
    t = EPOCH + datetime.timedelta(microseconds=micros)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ" % (t.year, t.month, t.day, t.hour, t.minute, t.second, t.microsecond)


def parse_iso(text):
    t = datetime.datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ")
    d = t - EPOCH
    return (d.days * 86400 + d.seconds) * 1000000 + d.microseconds


def fixed(x, decimals):
    n = math.floor(x * POW10[decimals] + 0.5)
    if decimals == 0:
        return str(n)
    sign = "-" if n < 0 else ""
    n = abs(n)
    p = 10 ** decimals
    return "%s%d.%0*d" % (sign, n // p, decimals, n % p)


def json_string(s):
    out = ['"']
    for c in s:
        o = ord(c)
        if c == '"':
            out.append('\\"')
        elif c == "\\":
            out.append("\\\\")
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif c == "\t":
            out.append("\\t")
        elif o < 0x20:
            out.append("\\u00%02x" % o)
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


def padded(prefix, width, suffix, n):
    if n < 0:
        raise ValueError("formatted numbers are not negative, got %d" % n)
    return prefix + str(n).zfill(width) + suffix


def parse_format(pattern):
    head, _, rest = pattern.partition("%")
    spec = rest[: rest.index("d")]
    return head, int(spec) if spec else 0, rest[rest.index("d") + 1:]


def key_at(keys, position):
    kind = keys["keys"]
    if kind == "Range":
        return keys["first"] + position
    if kind == "Formatted":
        prefix, width, suffix = parse_format(keys["pattern"])
        return padded(prefix, width, suffix, keys["first"] + position)
    return keys["values"][position]


def key_count(keys):
    return len(keys["values"]) if keys["keys"] == "Listed" else keys["count"]


# ------------------------------------------------------------------ the interpreter

class Device:
    def __init__(self, index, rng, delivery, program):
        self.index = index
        self.rng = rng
        self.delivery = delivery
        self.events = 0
        self.phase = 0
        self.level = 0.0
        self.nums = [0.0] * program.nums
        self.texts = [None] * program.texts
        self.longs = [0] * program.longs
        self.keys = [None] * program.longs
        self.ref_num = [NAN] * len(program.fields)
        self.ref_text = [None] * len(program.fields)
        self.event_id = 0
        self.captured = 0


def py_min(a, b):
    return b if b < a else a


def py_max(a, b):
    return b if b > a else a


class Program:
    """Compiles the rule tree once: each rule becomes a pair (init(d), eval(d)), as DeviceProgram does."""

    def __init__(self, profile):
        self.profile = profile
        self.name = profile["name"]
        self.fields = profile["fields"]
        self.nums = self.texts = self.longs = 0
        self.slots = []  # (name, kind, index, second)
        self.field_index = {}
        self.compiled = []
        for i, f in enumerate(self.fields):
            self.current, self.ordinal = f["name"], 0
            self.compiled.append(self.field(i, f))
            self.field_index[f["name"]] = i
        c = profile["condition"]
        self.phases = [p["name"] for p in c["phases"]] if c else None
        self.leave = [p["leave"] for p in c["phases"]] if c else None
        self.target = [p["level"] for p in c["phases"]] if c else None
        self.approach = c["approach"] if c else 0.0
        self.nullable = [i for i, f in enumerate(self.fields) if f["nullable"]]

    def allocate(self, kind, index, second=-1):
        self.slots.append(("%s#%d" % (self.current, self.ordinal), kind, index, second))
        self.ordinal += 1
        return index

    # -- fields: init(d) and value(d) -> the row's value
    def field(self, i, f):
        rule, typ = f["rule"], f["type"]
        r = rule["rule"]
        if r == "EventId":
            return (lambda d: None, lambda d: d.event_id)
        if r == "EventTime":
            return (lambda d: None, lambda d: d.captured)
        if r == "Key":
            keys, count, scope = rule["defaults"], key_count(rule["defaults"]), rule["scope"]
            if scope == "EVENT":
                return (lambda d: None, lambda d: key_at(keys, d.rng.index(count)))
            slot = self.allocate("KEY", self.longs)
            self.longs += 1

            def init_key(d):
                d.longs[slot] = d.index % count if scope == "DEVICE" else d.rng.index(count)
                d.keys[slot] = key_at(keys, d.longs[slot])
            return (init_key, lambda d: d.keys[slot])
        if r.startswith("Num."):
            init, ev = self.num(rule)
            p = POW10[f["decimals"]]

            def value(d):
                x = ev(d)
                if x != x:
                    d.ref_num[i] = NAN
                    return None
                if typ == "DOUBLE":
                    v = math.floor(x * p + 0.5) / p
                    d.ref_num[i] = v
                    return v
                n = math.floor(x + 0.5)
                d.ref_num[i] = float(n)
                return n
            return (init, value)
        if r.startswith("Text."):
            init, ev = self.text(rule)

            def value(d):
                s = ev(d)
                d.ref_text[i] = s
                return s
            return (init, value)
        return self.cond(rule)

    def num(self, n):
        r = n["rule"]
        none = lambda d: None
        if r == "Num.Const":
            v = n["value"]
            return none, lambda d: v
        if r == "Num.Uniform":
            lo, hi = n["lo"], n["hi"]
            return none, lambda d: lo + (hi - lo) * d.rng.next_double()
        if r == "Num.Bell":
            lo, hi = n["lo"], n["hi"]

            def bell(d):
                s = d.rng.next_double()
                s = s + d.rng.next_double()
                s = s + d.rng.next_double()
                return lo + (hi - lo) * (s / 3.0)
            return none, bell
        if r == "Num.IntBetween":
            lo, count = n["lo"], n["hi"] - n["lo"] + 1
            return none, lambda d: float(lo + d.rng.index(count))
        if r == "Num.Pick":
            values, cumulative = n["values"], cumulate(n["weights"])
            return none, lambda d: values[pick(d, cumulative)]
        if r == "Num.Ref":
            i = self.field_index[n["field"]]
            return none, lambda d: d.ref_num[i]
        if r == "Num.EventNumber":
            return none, lambda d: float(d.event_id)
        if r == "Num.Level":
            return none, lambda d: d.level
        if r == "Num.Op":
            ia, ea = self.num(n["a"])
            ib, eb = self.num(n["b"])
            op = {"ADD": lambda x, y: x + y, "SUB": lambda x, y: x - y, "MUL": lambda x, y: x * y, "DIV": lambda x, y: x / y,
                  "MIN": py_min, "MAX": py_max}[n["kind"]]

            def both(d):
                ia(d)
                ib(d)

            def ev(d):
                x = ea(d)
                y = eb(d)
                return op(x, y)
            return both, ev
        if r == "Num.Unary":
            ix, ex = self.num(n["x"])
            return ix, (lambda d: java_floor(ex(d))) if n["kind"] == "FLOOR" else (lambda d: java_sqrt(ex(d)))
        if r == "Num.If":
            it, et = self.cond(n["test"])
            i1, e1 = self.num(n["then"])
            i2, e2 = self.num(n["otherwise"])
            return seq(it, i1, i2), lambda d: e1(d) if et(d) else e2(d)
        if r == "Num.Null":
            return none, lambda d: NAN
        if r == "Num.Sticky":
            iv, ev = self.num(n["value"])
            slot = self.allocate("NUM", self.nums)
            self.nums += 1

            def init(d):
                iv(d)
                d.nums[slot] = ev(d)
            return init, lambda d: d.nums[slot]
        if r == "Num.Walk":
            i_start, e_start = self.num(n["start"])
            i_step, e_step = self.num(n["step"])
            i_reset, e_reset = self.num(n["reset"]) if n["reset"] is not None else (none, None)
            lo, hi = n["min"], n["max"]
            slot = self.allocate("NUM", self.nums)
            self.nums += 1

            def init(d):
                i_start(d)
                i_step(d)
                i_reset(d)
                d.nums[slot] = e_start(d)

            def ev(d):
                v = d.nums[slot] + e_step(d)
                if hi is not None and v > hi:
                    v = e_reset(d) if e_reset is not None else hi
                elif lo is not None and v < lo:
                    v = e_reset(d) if e_reset is not None else lo
                d.nums[slot] = v
                return v
            return init, ev
        raise ValueError("unknown number rule " + r)

    def text(self, t):
        r = t["rule"]
        none = lambda d: None
        if r == "Text.Lit":
            v = t["value"]
            return none, lambda d: v
        if r == "Text.Pick":
            values, cumulative = t["values"], cumulate(t["weights"])
            return none, lambda d: values[pick(d, cumulative)]
        if r == "Text.Format":
            i, e = self.num(t["number"])
            prefix, width, suffix = t["prefix"], t["width"], t["suffix"]

            def fmt(d):
                x = e(d)
                return None if x != x else padded(prefix, width, suffix, math.floor(x + 0.5))
            return i, fmt
        if r == "Text.Chars":
            alphabet, length = t["alphabet"], t["length"]
            return none, lambda d: "".join(alphabet[d.rng.index(len(alphabet))] for _ in range(length))
        if r == "Text.Hex64":
            return none, lambda d: "%016x" % d.rng.next_long()
        if r == "Text.Concat":
            parts = [self.text(p) for p in t["parts"]]

            def init(d):
                for pi, _ in parts:
                    pi(d)

            def cat(d):
                values = [pe(d) for _, pe in parts]  # every part draws, even after a null
                return None if any(v is None for v in values) else "".join(values)
            return init, cat
        if r == "Text.Ref":
            i = self.field_index[t["field"]]
            return none, lambda d: d.ref_text[i]
        if r == "Text.If":
            it, et = self.cond(t["test"])
            i1, e1 = self.text(t["then"])
            i2, e2 = self.text(t["otherwise"])
            return seq(it, i1, i2), lambda d: e1(d) if et(d) else e2(d)
        if r == "Text.Null":
            return none, lambda d: None
        if r == "Text.Sticky":
            iv, ev = self.text(t["value"])
            slot = self.allocate("TEXT", self.texts)
            self.texts += 1

            def init(d):
                iv(d)
                d.texts[slot] = ev(d)
            return init, lambda d: d.texts[slot]
        if r == "Text.Session":
            i_id, e_id = self.text(t["id"])
            events = t["events"]
            text_slot, left_slot = self.texts, self.longs
            self.texts += 1
            self.longs += 1
            self.allocate("SESSION", text_slot, left_slot)

            def init(d):
                i_id(d)
                d.texts[text_slot] = None
                d.longs[left_slot] = 0

            def ev(d):
                if d.longs[left_slot] == 0:
                    d.texts[text_slot] = e_id(d)
                    d.longs[left_slot] = events
                d.longs[left_slot] -= 1
                return d.texts[text_slot]
            return init, ev
        raise ValueError("unknown text rule " + r)

    def cond(self, c):
        r = c["rule"]
        none = lambda d: None
        if r == "Cond.Chance":
            p = c["probability"]
            return none, lambda d: d.rng.next_double() < p
        if r == "Cond.Compare":
            ia, ea = self.num(c["a"])
            ib, eb = self.num(c["b"])
            op = {"GT": lambda x, y: x > y, "GE": lambda x, y: x >= y, "LT": lambda x, y: x < y, "LE": lambda x, y: x <= y}[c["op"]]

            def ev(d):
                x = ea(d)
                y = eb(d)
                return op(x, y)
            return seq(ia, ib), ev
        if r == "Cond.TextIs":
            i, e = self.text(c["text"])
            value = c["value"]
            return i, lambda d: e(d) == value
        if r == "Cond.InPhase":
            names = [p["name"] for p in self.profile["condition"]["phases"]]
            inside = [n in c["phases"] for n in names]
            return none, lambda d: inside[d.phase]
        if r in ("Cond.Any", "Cond.All"):
            parts = [self.cond(x) for x in c["conds"]]
            want = r == "Cond.Any"

            def ev(d):
                for _, pe in parts:
                    if pe(d) == want:
                        return want
                return not want
            return seq(*[pi for pi, _ in parts]), ev
        raise ValueError("unknown condition " + r)

    # -- devices and events
    def new_device(self, seed, index):
        d = Device(index, Rng(seed_of(seed, self.name, index)), Rng(seed_of(seed, self.name + "/delivery", index)), self)
        for init, _ in self.compiled:
            init(d)
        return d

    def next(self, d, event_id, captured):
        d.event_id = event_id
        d.captured = captured
        if self.leave is not None:
            if d.rng.next_double() < self.leave[d.phase]:
                d.phase = (d.phase + 1) % len(self.leave)
            d.level = d.level + (self.target[d.phase] - d.level) * self.approach
        row = [value(d) for _, value in self.compiled]
        d.events += 1
        return row

    def save(self, d):
        slots = {}
        for name, kind, index, second in self.slots:
            if kind == "NUM":
                slots[name] = d.nums[index]
            elif kind == "TEXT":
                slots[name] = d.texts[index]
            elif kind == "KEY":
                slots[name] = d.longs[index]
            else:
                slots[name] = {"id": d.texts[index], "left": d.longs[second]}
        return {"device": d.index, "rng": "%016x" % d.rng.state, "delivery_rng": "%016x" % d.delivery.state, "events": d.events,
                "phase": self.phases[d.phase] if self.phases else None, "level": d.level if self.phases else None, "slots": slots}

    def restore(self, s):
        d = Device(s["device"], Rng(int(s["rng"], 16)), Rng(int(s["delivery_rng"], 16)), self)
        d.events = s["events"]
        if self.phases:
            d.phase = self.phases.index(s["phase"])
            d.level = float(s["level"])
        for name, kind, index, second in self.slots:
            v = s["slots"][name]
            if kind == "NUM":
                d.nums[index] = float(v)
            elif kind == "TEXT":
                d.texts[index] = v
            elif kind == "KEY":
                d.longs[index] = v
                d.keys[index] = key_at(self.fields_keys(name), v)
            else:
                d.texts[index], d.longs[second] = v["id"], v["left"]
        return d

    def fields_keys(self, slot_name):
        return self.fields[self.field_index[slot_name.split("#")[0]]]["rule"]["defaults"]

    def encode(self, row):
        parts = []
        for f, v in zip(self.fields, row):
            t = f["type"]
            if v is None:
                text = "null"
            elif t == "DOUBLE":
                text = fixed(v, f["decimals"])
            elif t == "STRING":
                text = json_string(v)
            elif t == "BOOLEAN":
                text = "true" if v else "false"
            elif t == "TIMESTAMP":
                text = '"' + iso(v) + '"'
            else:
                text = str(v)
            parts.append(json_string(f["name"]) + ":" + text)
        return "{" + ",".join(parts) + "}"

    def decode(self, values):
        row = []
        for f in self.fields:
            v = values.get(f["name"])
            if v is not None and f["type"] == "TIMESTAMP":
                v = parse_iso(v)
            elif v is not None and f["type"] == "DOUBLE":
                v = float(v)
            row.append(v)
        return row


def java_floor(v):
    """Math.floor: NaN and infinities stay as they are."""
    return v if v != v or v in (math.inf, -math.inf) else float(math.floor(v))


def java_sqrt(v):
    """Math.sqrt: NaN for NaN and negatives."""
    return NAN if v != v or v < 0 else math.sqrt(v)


def cumulate(weights):
    out, total = [], 0
    for w in weights:
        total += w
        out.append(total)
    return out


def pick(d, cumulative):
    r = d.rng.index(cumulative[-1])
    i = 0
    while r >= cumulative[i]:
        i += 1
    return i


def seq(*inits):
    def run(d):
        for i in inits:
            i(d)
    return run


# ------------------------------------------------------------------ the stream

LATE, DUPLICATE = 0, 1


class Stream:
    """Devices, position and held-back deliveries: clxs.stream.Generator, one thread."""

    def __init__(self, program, settings, state=None):
        self.p = program
        self.s = settings
        if state is None:
            self.seed = settings["seed"]
            self.devices = [program.new_device(self.seed, i) for i in range(settings["num_devices"])]
            self.next_k, self.next_tick, self.pending = 0, 0, []
        else:
            if state["format"] != STATE_FORMAT or state["profile"] != program.name:
                raise ValueError("not a state of " + program.name)
            self.seed = state["seed"]
            self.devices = [None] * state["num_devices"]
            for ds in state["devices"]:
                self.devices[ds["device"]] = program.restore(ds)
            self.next_k, self.next_tick = state["next_event_id"] - 1, state["next_tick"]
            self.pending = [(e["due_tick"], e["event_id"], LATE if e["kind"] == "late" else DUPLICATE, program.decode(e["values"]))
                            for e in state["pending"]]

    def tick(self, tick_origin, deliver_all):
        """One tick's NDJSON lines: its new events in order (less the late ones), then the deliveries now due."""
        fresh, due = self.tick_rows(tick_origin, deliver_all)
        return [self.p.encode(r) for _, r in fresh] + [self.p.encode(r) for r in due]

    def tick_rows(self, tick_origin, deliver_all):
        """One tick as rows: the new events delivered now, each as (its position in the tick, row), and the held-back deliveries now due."""
        s, per_tick, interval = self.s, self.s["events_per_batch"], self.s["interval_micros"]
        out = []
        for j in range(per_tick):
            k = self.next_k + j
            d = self.devices[k % len(self.devices)]
            row = self.p.next(d, k + 1, tick_origin + j * interval // per_tick)
            late, dup = 0, -1
            if s["late_rate"] > 0 and d.delivery.next_double() < s["late_rate"]:
                late = 1 + d.delivery.index(s["max_delay_ticks"])
            if s["duplicate_rate"] > 0 and d.delivery.next_double() < s["duplicate_rate"]:
                dup = d.delivery.index(s["max_delay_ticks"] + 1)
            if s["null_rate"] > 0:
                for f in self.p.nullable:
                    if d.delivery.next_double() < s["null_rate"]:
                        row[f] = None
            delivered = self.next_tick + late
            if late > 0:
                self.pending.append((delivered, k + 1, LATE, row))
            else:
                out.append((j, row))
            if dup >= 0:
                self.pending.append((delivered + dup, k + 1, DUPLICATE, row))
        self.next_k += per_tick
        due = [e for e in self.pending if deliver_all or e[0] <= self.next_tick]
        self.pending = [e for e in self.pending if not (deliver_all or e[0] <= self.next_tick)]
        due.sort(key=lambda e: (e[1], e[2]))
        self.next_tick += 1
        return out, [e[3] for e in due]

    def state(self):
        held = sorted(self.pending, key=lambda e: e[0])
        return {"format": STATE_FORMAT, "profile": self.p.name, "seed": self.seed, "num_devices": len(self.devices),
                "next_event_id": self.next_k + 1, "next_tick": self.next_tick,
                "devices": [self.p.save(d) for d in self.devices],
                "pending": [{"due_tick": e[0], "event_id": e[1], "kind": "late" if e[2] == LATE else "duplicate",
                             "values": json.loads(self.p.encode(e[3]))} for e in held]}


def main(argv):
    profile = json.load(open(argv[1]))
    settings = json.load(open(argv[2]))
    state = json.load(open(argv[3])) if len(argv) > 3 and argv[3] != "-" else None
    stream = Stream(Program(profile), settings, state)
    out = sys.stdout
    ticks = settings["ticks"]
    for i in range(ticks):
        lines = stream.tick(settings["origin_micros"] + i * settings["interval_micros"], i == ticks - 1 and not settings["carry_pending"])
        for line in lines:
            out.write(line)
            out.write("\n")
    if len(argv) > 4:
        with open(argv[4], "w") as f:
            json.dump(stream.state(), f, indent=2)


if __name__ == "__main__":
    main(sys.argv)
