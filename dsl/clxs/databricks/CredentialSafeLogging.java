package clxs.databricks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Keeps credentials out of logs, whatever logging the user turns on. The HTTP clients under
 * databricks-sdk-java and databricks-jdbc print request headers (the bearer token, the base64
 * of {@code client_id:client_secret}) and the SDK prints response bodies at DEBUG; so the loggers
 * of those libraries are held at INFO, in SLF4J (slf4j-simple) and in java.util.logging, even
 * when {@code -Dorg.slf4j.simpleLogger.defaultLogLevel=debug} or a logging.properties asks for
 * more. Standard output and error also pass through {@link Secret#scrub}, for what a server echoes
 * back into an ordinary message.
 */
public final class CredentialSafeLogging {

    /** Loggers that print credentials below INFO: the HTTP clients' header and wire logs, the SDK's request dumps, the JDBC driver. */
    static final List<String> SENSITIVE = List.of("org.apache.http", "org.apache.hc", "com.databricks", "okhttp3", "io.netty", "io.grpc");

    private static final Object INSTALLED = new Object();
    private static volatile boolean installed;
    /** JUL keeps loggers weakly: held here so the levels set on them stay. */
    private static final List<Logger> HELD = new java.util.concurrent.CopyOnWriteArrayList<>();

    private CredentialSafeLogging() {}

    /** Idempotent; call before the SDK or the driver logs anything. */
    public static void install() {
        if (installed) return;
        synchronized (INSTALLED) {
            if (installed) return;
            if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
                // the SDK's INFO lines ("Trying pat auth") are noise for a command-line tool
                System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
            }
            String fallback = System.getProperty("org.slf4j.simpleLogger.defaultLogLevel");
            for (String name : SENSITIVE) {
                String key = "org.slf4j.simpleLogger.log." + name;
                String level = System.getProperty(key) != null ? System.getProperty(key) : fallback;
                System.setProperty(key, verbose(level) ? "info" : level);
            }
            holdJavaUtilLoggingAtInfo();
            System.setOut(redacting(System.out));
            System.setErr(redacting(System.err));
            installed = true;
        }
    }

    private static boolean verbose(String level) {
        return level != null && List.of("debug", "trace", "all").contains(level.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private static void holdJavaUtilLoggingAtInfo() {
        try {
            LogManager.getLogManager().updateConfiguration(key -> (was, now) -> {
                if (now == null || !key.endsWith(".level")) return now;
                String logger = key.substring(0, key.length() - ".level".length());
                boolean sensitive = logger.isEmpty() || SENSITIVE.stream().anyMatch(s -> logger.equals(s) || logger.startsWith(s + "."));
                return sensitive && finerThanInfo(now) ? "INFO" : now;
            });
        } catch (IOException | RuntimeException e) {
            // no readable logging configuration: the levels below still hold
        }
        for (String name : SENSITIVE) {
            Logger l = Logger.getLogger(name);
            if (l.getLevel() == null || l.getLevel().intValue() < Level.INFO.intValue()) l.setLevel(Level.INFO);
            HELD.add(l);
        }
        // loggers already made under those names may carry finer levels of their own; every handler
        // (the console, a FileHandler of a logging.properties) scrubs what it is given: an error a
        // server echoed credentials into is logged at SEVERE, above any level
        java.util.Enumeration<String> names = LogManager.getLogManager().getLoggerNames();
        while (names.hasMoreElements()) {
            String n = names.nextElement();
            Logger l = LogManager.getLogManager().getLogger(n);
            if (l == null) continue;
            for (java.util.logging.Handler h : l.getHandlers()) {
                if (!(h.getFilter() instanceof ScrubbingFilter)) h.setFilter(new ScrubbingFilter(h.getFilter()));
            }
            if (SENSITIVE.stream().noneMatch(s -> n.equals(s) || n.startsWith(s + "."))) continue;
            if (l.getLevel() != null && l.getLevel().intValue() < Level.INFO.intValue()) {
                l.setLevel(Level.INFO);
                HELD.add(l);
            }
        }
    }

    /** Rewrites a log record without credentials (message, parameters, exception text), then asks the handler's own filter. */
    private static final class ScrubbingFilter implements java.util.logging.Filter {
        private final java.util.logging.Filter next;

        ScrubbingFilter(java.util.logging.Filter next) {
            this.next = next;
        }

        @Override
        public boolean isLoggable(java.util.logging.LogRecord r) {
            String text = new java.util.logging.SimpleFormatter().formatMessage(r);
            r.setMessage(Secret.scrub(text));
            r.setParameters(null);
            if (r.getThrown() != null) r.setThrown(new ScrubbedThrowable(r.getThrown()));
            return next == null || next.isLoggable(r);
        }
    }

    /** An exception's text without credentials, with its stack. */
    private static final class ScrubbedThrowable extends Throwable {
        private static final long serialVersionUID = 1L;
        private final String text;

        ScrubbedThrowable(Throwable original) {
            super(Secret.scrub(original.getMessage()), original.getCause() == null ? null : new ScrubbedThrowable(original.getCause()), false, false);
            this.text = Secret.scrub(original.toString());
            setStackTrace(original.getStackTrace());
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private static boolean finerThanInfo(String level) {
        try {
            return Level.parse(level.strip()).intValue() < Level.INFO.intValue();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code out}, scrubbed of secrets line by line (a line ends at a newline or carriage return). */
    static PrintStream redacting(PrintStream out) {
        if (out instanceof Redacting) return out;
        return new Redacting(new LineScrubber(out));
    }

    private static final class Redacting extends PrintStream {
        Redacting(LineScrubber scrubber) {
            super(scrubber, true, StandardCharsets.UTF_8);
        }
    }

    /** Buffers a line, scrubs it, passes it on: a secret is never split between two writes it inspects. */
    private static final class LineScrubber extends OutputStream {
        private final PrintStream target;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineScrubber(PrintStream target) {
            this.target = target;
        }

        @Override
        public synchronized void write(int b) {
            line.write(b);
            if (b == '\n' || b == '\r') emit();
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            int start = off;
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n' || b[i] == '\r') {
                    line.write(b, start, i + 1 - start);
                    emit();
                    start = i + 1;
                }
            }
            line.write(b, start, off + len - start);
        }

        @Override
        public synchronized void flush() {
            emit();
            target.flush();
        }

        private void emit() {
            if (line.size() == 0) return;
            String text = line.toString(StandardCharsets.UTF_8);
            line.reset();
            target.print(Secret.scrub(text));
        }

        @Override
        public void close() {
            flush();
        }
    }
}
