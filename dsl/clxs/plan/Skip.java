package clxs.plan;

/** Something the definition asked for that will not be done, and why. */
public record Skip(String what, String reason) {

    @Override
    public String toString() {
        return what + ": skipped: " + reason;
    }
}
