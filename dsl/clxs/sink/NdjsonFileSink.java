package clxs.sink;

import clxs.model.RowBatch;

import clxs.format.NdjsonEncoder;
import clxs.model.RowSchema;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One NDJSON file per batch in a (local) volume folder, as Auto Loader and {@code read_json}
 * expect: {@code <dir>/<profile>/batch-<yyyyMMddTHHmmssZ>-<seq:06>.json}. A batch is written to a
 * hidden temporary file ({@code .batch-...json.tmp}, which {@code *.json} globs and Auto Loader
 * skip) and renamed into place on {@link #flush()}, so a reader sees whole files or none.
 * Sequence numbers continue after the highest already in the folder, so a second run never
 * overwrites the first.
 */
public final class NdjsonFileSink implements Sink {

    private static final Pattern NAME = Pattern.compile("batch-\\d{8}T\\d{6}Z-(\\d{6,})\\.json");

    private record Staged(Path temp, Path target, int rows) {}

    private final Path dir;
    private final List<Staged> staged = new ArrayList<>();
    private NdjsonEncoder encoder;
    private long sequenceBase;
    private long written;
    private boolean opened, closed;

    /** Files go to {@code volumeDir/<profile>/}. */
    public NdjsonFileSink(Path volumeDir, String profile) {
        this.dir = volumeDir.resolve(clxs.model.Names.require("profile", profile));
    }

    /** The local volume layout: {@code <localDir>/volumes/<catalog>/<schema>/<volume>/<profile>/}. */
    public static NdjsonFileSink inLocalVolume(Path localDir, String catalog, String schema, String volume, String profile) {
        clxs.model.Names.require("catalog", catalog);
        clxs.model.Names.require("schema", schema);
        clxs.model.Names.require("volume", volume);
        return new NdjsonFileSink(localDir.resolve("volumes").resolve(catalog).resolve(schema).resolve(volume), profile);
    }

    /** The folder the files land in. */
    public Path dir() {
        return dir;
    }

    @Override
    public String describe() {
        return "NDJSON files in " + dir;
    }

    @Override
    public void open() {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".clxs-probe", ".tmp");
            Files.delete(probe);
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "batch-*.json")) {
                for (Path f : files) {
                    Matcher m = NAME.matcher(f.getFileName().toString());
                    if (m.matches()) sequenceBase = Math.max(sequenceBase, Long.parseLong(m.group(1)));
                }
            }
        } catch (IOException | SecurityException e) {
            throw new SinkException("cannot write NDJSON files to " + dir + ": " + e.getMessage(), e);
        }
        opened = true;
    }

    @Override
    public void write(RowBatch batch) {
        if (!opened || closed) throw new IllegalStateException(describe() + " is not open");
        if (batch.isEmpty()) return;
        String name = BatchFiles.name(batch.time(), sequenceBase + batch.sequence(), "json");
        Path target = dir.resolve(name);
        Path temp = dir.resolve("." + name + ".tmp");
        ByteBuffer bytes = ByteBuffer.wrap(encoder(batch.schema()).encode(batch));
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            while (bytes.hasRemaining()) ch.write(bytes);
            ch.force(false);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new SinkException("cannot write " + temp + ": " + e.getMessage(), e);
        }
        staged.add(new Staged(temp, target, batch.size()));
    }

    @Override
    public void flush() {
        while (!staged.isEmpty()) {
            Staged s = staged.get(0);
            try {
                if (Files.exists(s.target())) throw new IOException(s.target() + " already exists");
                Files.move(s.temp(), s.target(), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                staged.remove(0);
                deleteQuietly(s.temp());
                throw new SinkException("cannot publish " + s.target() + ": " + e.getMessage(), e);
            }
            staged.remove(0);
            written += s.rows();
        }
    }

    @Override
    public long written() {
        return written;
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        if (opened) flush();
    }

    private NdjsonEncoder encoder(RowSchema schema) {
        if (encoder == null || !encoder.schema().equals(schema)) encoder = NdjsonEncoder.of(schema);
        return encoder;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the temporary file is hidden from readers; a leftover does no harm
        }
    }
}
