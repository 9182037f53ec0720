package clxs.zerobus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.databricks.ServicePrincipal;
import clxs.format.ProtoSchema;
import clxs.sink.SinkException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The SDK's 30 MB native library loads only when a Zerobus stream opens, and a platform it cannot
 * load on gets a clear error. Each check runs in a class loader of its own, so what this JVM's other
 * tests loaded does not count.
 */
@Isolated("changes the os.arch system property")
class NativeLibraryTest {

    /** A fresh copy of clxs and its libraries that says which classes it loaded. */
    static final class Isolated extends URLClassLoader {
        Isolated() throws Exception {
            super(urls(), ClassLoader.getPlatformClassLoader());
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }

        Object run(String method) throws Exception {
            try {
                return loadClass(Probe.class.getName()).getMethod(method).invoke(null);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof Exception x ? x : e;
            }
        }

        static URL[] urls() throws Exception {
            List<URL> out = new ArrayList<>();
            for (Class<?> c : List.of(ZerobusSink.class, NativeLibraryTest.class, com.databricks.zerobus.ZerobusSdk.class, com.google.protobuf.Message.class,
                    com.fasterxml.jackson.databind.ObjectMapper.class, com.fasterxml.jackson.core.JsonFactory.class, com.fasterxml.jackson.annotation.JsonProperty.class,
                    org.slf4j.LoggerFactory.class, org.slf4j.simple.SimpleLogger.class, com.databricks.sdk.core.DatabricksConfig.class)) {
                URL u = c.getProtectionDomain().getCodeSource().getLocation();
                if (!out.contains(u)) out.add(u);
            }
            return out.toArray(URL[]::new);
        }
    }

    /** Runs inside an {@link Isolated} loader. */
    public static final class Probe {
        static ZerobusSink sink() {
            return ZerobusSink.into("main.iot.smart_meter", MeterRows.METER).at("http://127.0.0.1:9")
                    .as(ServicePrincipal.of("http://127.0.0.1:9", "client", "secret")).recordFormat(RecordFormat.PROTO).streams(2);
        }

        /** Everything short of opening a stream. */
        public static Object configure() {
            ZerobusSink sink = sink();
            String out = sink.describe() + " " + sink.summary() + " " + sink.written();
            ZerobusEndpoint.derive("https://adb-42.1.azuredatabricks.net", "eastus2", host -> Optional.empty());
            ProtoSchema.of(MeterRows.METER).descriptorProto();
            ZerobusSnippet.of(MeterRows.METER, "main.iot.smart_meter", "https://42.zerobus.eastus2.azuredatabricks.net", "https://adb-42.1.azuredatabricks.net");
            sink.close();
            return out;
        }

        public static Object open() {
            try (ZerobusSink sink = sink()) {
                sink.open();
                return "opened";
            }
        }
    }

    @Test
    void configuringASinkDerivingAnEndpointAndRenderingASnippetLoadNoSdkClass() throws Exception {
        try (Isolated loader = new Isolated()) {
            Object described = loader.run("configure");
            assertTrue(described.toString().startsWith("Zerobus 2 streams of proto records to main.iot.smart_meter"), described.toString());
            assertTrue(loader.loaded(ZerobusSink.class.getName()), "the probe ran in the isolated loader");
            for (String sdk : List.of("com.databricks.zerobus.NativeLoader", "com.databricks.zerobus.ZerobusSdk", "com.databricks.zerobus.BaseZerobusStream")) {
                assertFalse(loader.loaded(sdk), sdk + " was loaded before any stream opened");
            }
        }
    }

    @Test
    void aPlatformTheNativeLibraryCannotLoadOnGetsAClearError() throws Exception {
        String arch = System.getProperty("os.arch");
        try (Isolated loader = new Isolated()) {
            System.setProperty("os.arch", "sparcv9");
            Exception e;
            try {
                e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> loader.run("open"));
            } finally {
                System.setProperty("os.arch", arch);
            }
            assertEquals(NativeLibraryException.class.getName(), e.getClass().getName(), String.valueOf(e));
            assertTrue(e.getMessage().startsWith("the Zerobus SDK's native library cannot load on " + System.getProperty("os.name") + " sparcv9 (UnsatisfiedLinkError: Unsupported architecture: sparcv9)"), e.getMessage());
            assertTrue(e.getMessage().contains("clxs zerobus snippet"), e.getMessage());
            assertTrue(loader.loaded("com.databricks.zerobus.NativeLoader"));
        }
        assertTrue(SinkException.class.isAssignableFrom(NativeLibraryException.class), "a sink error like any other");
    }
}
