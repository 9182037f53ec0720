package clxs.stream;

import clxs.model.SqlType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules a profile definition must follow, checked when it is built so a bad definition fails
 * at once with its name and field: each rule fits its field's type, references name an earlier
 * field of the right kind (and never from a value drawn when the device is created), phases exist.
 */
final class ProfileCheck {

    private final String profile;
    private final Condition condition;
    private final Map<String, DeviceProfile.FieldRule> earlier = new HashMap<>();
    private String field;

    private ProfileCheck(String profile, Condition condition) {
        this.profile = profile;
        this.condition = condition;
    }

    static void check(String profile, Condition condition, List<DeviceProfile.FieldRule> fields, List<EntityLink> links) {
        if (fields.size() < 3 || !(fields.get(0).rule() instanceof Rule.EventId) || !fields.get(0).name().equals(DeviceProfile.EVENT_ID)) {
            throw new IllegalArgumentException("profile " + profile + " must start with event_id, the device id and captured_at (use deviceId(...))");
        }
        Rule deviceId = fields.get(1).rule();
        if (!(deviceId instanceof Text) && !(deviceId instanceof Rule.Key k && k.scope() == Rule.Scope.DEVICE)) {
            throw new IllegalArgumentException("profile " + profile + ": the device id is a DEVICE-scoped key or a text");
        }
        ProfileCheck c = new ProfileCheck(profile, condition);
        int times = 0;
        for (DeviceProfile.FieldRule f : fields) {
            c.field = f.name();
            if (c.earlier.containsKey(f.name())) throw c.fail("is declared twice");
            c.checkType(f);
            c.rule(f.rule(), false);
            if (f.rule() instanceof Rule.EventTime) times++;
            c.earlier.put(f.name(), f);
        }
        if (times != 1) throw new IllegalArgumentException("profile " + profile + " needs exactly one event time field");
        for (EntityLink l : links) {
            DeviceProfile.FieldRule f = c.earlier.get(l.field());
            if (f == null || !(f.rule() instanceof Rule.Key)) throw new IllegalArgumentException("profile " + profile + ": link " + l.parent() + " names " + l.field() + ", which is not a key field");
        }
    }

    private void checkType(DeviceProfile.FieldRule f) {
        SqlType.Kind k = f.field().type().kind();
        boolean ok;
        if (f.rule() instanceof Num) ok = k == SqlType.Kind.DOUBLE || k == SqlType.Kind.INT || k == SqlType.Kind.BIGINT;
        else if (f.rule() instanceof Text) ok = k == SqlType.Kind.STRING;
        else if (f.rule() instanceof Cond) ok = k == SqlType.Kind.BOOLEAN;
        else if (f.rule() instanceof Rule.Key key) ok = f.field().type().equals(key.defaults().type());
        else if (f.rule() instanceof Rule.EventId) ok = k == SqlType.Kind.BIGINT;
        else ok = k == SqlType.Kind.TIMESTAMP;
        if (!ok) throw fail("has type " + f.field().type() + ", which its rule " + f.rule().getClass().getSimpleName() + " cannot fill");
        if (k == SqlType.Kind.DOUBLE && f.field().decimals() == 0) throw fail("is a DOUBLE without decimals; streams write a fixed number of places");
    }

    /** {@code atCreation}: evaluated when the device is created, before any event (no references then). */
    private void rule(Rule r, boolean atCreation) {
        if (r instanceof Num n) num(n, atCreation);
        else if (r instanceof Text t) text(t, atCreation);
        else if (r instanceof Cond c) cond(c, atCreation);
        else if (r instanceof Rule.Key k && k.scope() != Rule.Scope.DEVICE && k.defaults().count() > (1L << 31)) {
            throw fail("draws from " + k.defaults().count() + " keys; a drawn key needs at most 2^31");
        }
    }

    private void num(Num n, boolean atCreation) {
        if (n instanceof Num.Ref ref) {
            reference(ref.field(), atCreation, true);
        } else if (n instanceof Num.Level) {
            if (condition == null) throw fail("reads the condition level, but the profile has no condition");
            if (atCreation) throw fail("reads the condition level in a value drawn when the device is created");
        } else if (n instanceof Num.Op op) {
            num(op.a(), atCreation);
            num(op.b(), atCreation);
        } else if (n instanceof Num.Unary u) {
            num(u.x(), atCreation);
        } else if (n instanceof Num.If i) {
            cond(i.test(), atCreation);
            num(i.then(), atCreation);
            num(i.otherwise(), atCreation);
        } else if (n instanceof Num.Sticky s) {
            num(s.value(), true);
        } else if (n instanceof Num.Walk w) {
            num(w.start(), true);
            num(w.step(), atCreation);
            if (w.reset() != null) num(w.reset(), atCreation);
        } else if (n instanceof Num.EventNumber && atCreation) {
            throw fail("reads the event number in a value drawn when the device is created");
        }
    }

    private void text(Text t, boolean atCreation) {
        if (t instanceof Text.Ref ref) {
            reference(ref.field(), atCreation, false);
        } else if (t instanceof Text.Format f) {
            num(f.number(), atCreation);
        } else if (t instanceof Text.Concat c) {
            c.parts().forEach(p -> text(p, atCreation));
        } else if (t instanceof Text.If i) {
            cond(i.test(), atCreation);
            text(i.then(), atCreation);
            text(i.otherwise(), atCreation);
        } else if (t instanceof Text.Sticky s) {
            text(s.value(), true);
        } else if (t instanceof Text.Session s) {
            text(s.id(), atCreation);
        }
    }

    private void cond(Cond c, boolean atCreation) {
        if (c instanceof Cond.Compare cmp) {
            num(cmp.a(), atCreation);
            num(cmp.b(), atCreation);
        } else if (c instanceof Cond.TextIs t) {
            text(t.text(), atCreation);
        } else if (c instanceof Cond.InPhase p) {
            if (condition == null) throw fail("tests a phase, but the profile has no condition");
            if (atCreation) throw fail("tests a phase in a value drawn when the device is created");
            for (String phase : p.phases()) if (condition.indexOf(phase) < 0) throw fail("tests phase " + phase + ", which condition " + condition.name() + " lacks");
        } else if (c instanceof Cond.Any a) {
            a.conds().forEach(x -> cond(x, atCreation));
        } else if (c instanceof Cond.All a) {
            a.conds().forEach(x -> cond(x, atCreation));
        }
    }

    private void reference(String name, boolean atCreation, boolean numeric) {
        if (atCreation) throw fail("references " + name + " in a value drawn when the device is created");
        DeviceProfile.FieldRule target = earlier.get(name);
        if (target == null) throw fail("references " + name + ", which is not an earlier field");
        boolean ok = numeric ? target.rule() instanceof Num : target.rule() instanceof Text;
        if (!ok) throw fail("references " + name + ", which is not a " + (numeric ? "number" : "text") + " field");
    }

    private IllegalArgumentException fail(String what) {
        return new IllegalArgumentException("profile " + profile + ", field " + field + " " + what);
    }
}
