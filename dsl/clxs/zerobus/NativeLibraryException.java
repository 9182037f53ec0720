package clxs.zerobus;

import clxs.sink.SinkException;

/**
 * The Zerobus SDK cannot run here: its native library (Rust, through JNI) did not load, or the SDK
 * is not on the class path. Nothing was sent.
 */
public final class NativeLibraryException extends SinkException {

    private static final long serialVersionUID = 1L;

    private NativeLibraryException(String message, Throwable cause) {
        super(message, cause);
    }

    static NativeLibraryException of(Throwable reason) {
        String why = reason == null ? "no reason given" : reason.getClass().getSimpleName() + ": " + reason.getMessage();
        return new NativeLibraryException("the Zerobus SDK's native library cannot load on " + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                + " (" + why + "); Zerobus streams need Linux or macOS on x86_64 or aarch64, or Windows on x86_64. "
                + "Run the script of 'clxs zerobus snippet' on such a machine, or choose another destination", reason);
    }
}
