package org.briefkit.build.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Bytes being written for the store: variable-length numbers, strings as UTF-8 with their length,
 * raw bytes, in a growing array. Not thread-safe: one writer per file.
 */
public final class StoreOutput {
    private byte[] buf;
    private int size;

    public StoreOutput(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    private void ensure(int more) {
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

    public int size() {
        return size;
    }

    /** The bytes written so far (a copy). */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    byte[] buffer() {
        return buf;
    }
}
