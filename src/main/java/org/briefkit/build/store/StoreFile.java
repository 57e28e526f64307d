package org.briefkit.build.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * One file of the build cache: a magic number, the stamp of the briefkit that wrote it, the
 * payload, its length and a 64-bit checksum of it (CRC-32C and CRC-32). A file
 * is written beside its place and renamed over it, so a reader sees the old file or the new one,
 * never half of one; a file from another version, cut short or damaged is {@link Unreadable}, and
 * the build then starts from nothing. Stateless.
 */
public final class StoreFile {
    private static final byte[] MAGIC = "BKCACHE\u0001".getBytes(StandardCharsets.ISO_8859_1);

    /** Why a cache file cannot be used, in words for the one-line note a build prints. */
    public static final class Unreadable extends RuntimeException {
        public Unreadable(String reason) {
            super(reason, null, false, false);
        }
    }

    private StoreFile() {
    }

    /** What writes a file's payload. */
    public interface Payload {
        void write(StoreOutput out) throws IOException;
    }

    /**
     * Writes the payload {@code payload} writes as {@code file}, stamped with {@code stamp},
     * replacing it whole: the bytes go to a file beside it as they are made (with their length and
     * checksum at the end), which is then renamed over it.
     */
    public static void write(Path file, String stamp, Payload payload) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        try {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                StoreOutput head = new StoreOutput(64 + stamp.length());
                for (byte b : MAGIC) {
                    head.writeByte(b);
                }
                head.writeString(stamp);
                os.write(head.buffer(), 0, head.buffered());
                StoreOutput out = new StoreOutput(1 << 16, os);
                payload.write(out);
                out.flush();
                StoreOutput tail = new StoreOutput(16);
                tail.writeFixedLong(out.size());
                tail.writeFixedLong(out.checksum());
                os.write(tail.buffer(), 0, tail.buffered());
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * The payload of {@code file}, checked; {@link Unreadable} when it is missing, from another
     * stamp, cut short or damaged.
     */
    public static StoreInput read(Path file, String stamp) {
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new Unreadable("there is none");
        } catch (IOException e) {
            throw new Unreadable("it cannot be read (" + e.getMessage() + ")");
        }
        if (all.length < MAGIC.length || !Arrays.equals(all, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new Unreadable("it is not a briefkit cache file");
        }
        StoreInput in = new StoreInput(all, MAGIC.length, all.length);
        String theirs;
        try {
            theirs = in.readString();
        } catch (Unreadable e) {
            throw new Unreadable("it is cut short");
        }
        if (!stamp.equals(theirs)) {
            throw new Unreadable("it was made by " + theirs);
        }
        int start = position(theirs);
        if (all.length < start + 16) {
            throw new Unreadable("it is cut short");
        }
        StoreInput tail = new StoreInput(all, all.length - 16, all.length);
        long length = tail.readFixedLong();
        if (length != all.length - 16L - start) {
            throw new Unreadable("it is cut short");
        }
        if (tail.readFixedLong() != checksum(all, start, (int) length)) {
            throw new Unreadable("it is damaged");
        }
        return new StoreInput(all, start, start + (int) length);
    }

    /** Where the payload starts after a header with {@code stamp}. */
    private static int position(String stamp) {
        StoreOutput head = new StoreOutput(64);
        head.writeString(stamp);
        return MAGIC.length + head.buffered();
    }

    /** CRC-32C and CRC-32 of the bytes, one in each half: both are computed by the processor. */
    public static long checksum(byte[] b, int from, int length) {
        CRC32C c = new CRC32C();
        c.update(b, from, length);
        CRC32 d = new CRC32();
        d.update(b, from, length);
        return c.getValue() << 32 | d.getValue();
    }
}
