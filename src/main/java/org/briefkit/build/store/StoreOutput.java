package org.briefkit.build.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Bytes being written for the store: variable-length numbers, strings as UTF-8 with their length,
 * raw bytes, in a growing array, or passed on to a file a megabyte at a time with their checksum
 * kept ({@link StoreFile#write}), so that a cache of hundreds of megabytes is never held whole.
 * Not thread-safe: one writer per file.
 */
public final class StoreOutput {
    private static final int FLUSH_AT = 1 << 20;
    private byte[] buf;
    private int size;
    private final OutputStream sink;
    private final CRC32C crc32c = new CRC32C();
    private final CRC32 crc32 = new CRC32();
    private long flushed;

    public StoreOutput(int capacity) {
        this(capacity, null);
    }

    /** Bytes passed on to {@code sink} as they are written. */
    StoreOutput(int capacity, OutputStream sink) {
        buf = new byte[Math.max(16, capacity)];
        this.sink = sink;
    }

    private void ensure(int more) {
        if (sink != null && size + more > FLUSH_AT) {
            flush();
        }
        if (size + more > buf.length) {
            long wanted = Math.max((long) buf.length * 2, (long) size + more);
            if (wanted > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("a build cache file would be over 2 GB");
            }
            buf = Arrays.copyOf(buf, (int) wanted);
        }
    }

    public void writeByte(int b) {
        ensure(1);
        buf[size++] = (byte) b;
    }

    public void writeBoolean(boolean b) {
        writeByte(b ? 1 : 0);
    }

    /** A non-negative or negative int, zig-zag encoded in 1 to 5 bytes. */
    public void writeInt(int v) {
        writeLong(v);
    }

    /** A long, zig-zag encoded in 1 to 10 bytes. */
    public void writeLong(long v) {
        long z = (v << 1) ^ (v >> 63);
        ensure(10);
        while ((z & ~0x7FL) != 0) {
            buf[size++] = (byte) ((z & 0x7F) | 0x80);
            z >>>= 7;
        }
        buf[size++] = (byte) z;
    }

    /** A long in 8 bytes (digests, which are spread over all 64 bits). */
    public void writeFixedLong(long v) {
        ensure(8);
        for (int i = 0; i < 8; i++) {
            buf[size++] = (byte) (v >>> (8 * i));
        }
    }

    /** A string, or null. */
    public void writeString(String s) {
        if (s == null) {
            writeInt(-1);
            return;
        }
        writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Bytes with their length (null allowed). */
    public void writeBytes(byte[] b) {
        if (b == null) {
            writeInt(-1);
            return;
        }
        writeInt(b.length);
        ensure(b.length);
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
    }

    /** Writes {@code length} bytes of {@code b} from {@code from}, with their length, as {@link #writeBytes(byte[])} does. */
    void writeBytes(byte[] b, int from, int length) {
        writeInt(length);
        ensure(length);
        System.arraycopy(b, from, buf, size, length);
        size += length;
    }

    /** Writes what {@code other} holds (in memory), with its length, as {@link #writeBytes} does. */
    public void writeBytes(StoreOutput other) {
        writeInt(other.size);
        ensure(other.size);
        System.arraycopy(other.buf, 0, buf, size, other.size);
        size += other.size;
    }

    /** Forgets what was written, to write anew (in memory only). */
    public void reset() {
        size = 0;
    }

    /** How many bytes were written. */
    public long size() {
        return flushed + size;
    }

    /** The bytes written so far (a copy; in memory only). */
    public byte[] toByteArray() {
        if (sink != null) {
            throw new IllegalStateException("the bytes went to a file");
        }
        return Arrays.copyOf(buf, size);
    }

    /** Passes the buffered bytes on to the file. */
    void flush() {
        crc32c.update(buf, 0, size);
        crc32.update(buf, 0, size);
        try {
            sink.write(buf, 0, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        flushed += size;
        size = 0;
    }

    /** The checksum of every byte passed on ({@link StoreFile#checksum}'s, after {@link #flush}). */
    long checksum() {
        return crc32c.getValue() << 32 | crc32.getValue();
    }

    byte[] buffer() {
        return buf;
    }

    int buffered() {
        return size;
    }
}
