package org.briefkit.build.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads what {@link StoreOutput} wrote. Every read is checked against the end of the bytes, so a
 * damaged file ends in {@link StoreFile.Unreadable}, never in a wrong value beyond what its
 * checksum let through. Not thread-safe.
 */
public final class StoreInput {
    private final byte[] buf;
    private final int start;
    private int pos;
    private final int end;

    public StoreInput(byte[] buf) {
        this(buf, 0, buf.length);
    }

    StoreInput(byte[] buf, int from, int end) {
        this.buf = buf;
        this.start = from;
        this.pos = from;
        this.end = end;
    }

    private void need(int n) {
        if (n < 0 || pos + n > end) {
            throw new StoreFile.Unreadable("it ends early");
        }
    }

    public int readByte() {
        need(1);
        return buf[pos++] & 0xFF;
    }

    public boolean readBoolean() {
        int b = readByte();
        if (b > 1) {
            throw new StoreFile.Unreadable("a flag is " + b);
        }
        return b == 1;
    }

    public long readLong() {
        long z = 0;
        for (int shift = 0; shift < 70; shift += 7) {
            int b = readByte();
            z |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return (z >>> 1) ^ -(z & 1);
            }
        }
        throw new StoreFile.Unreadable("a number is too long");
    }

    public int readInt() {
        long v = readLong();
        if (v != (int) v) {
            throw new StoreFile.Unreadable("a number is out of range");
        }
        return (int) v;
    }

    /** A count of things to follow: at least 0, and not more than there are bytes left. */
    public int readCount() {
        int n = readInt();
        if (n < 0 || n > end - pos) {
            throw new StoreFile.Unreadable("a count of " + n + " does not fit");
        }
        return n;
    }

    public long readFixedLong() {
        need(8);
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v |= (long) (buf[pos++] & 0xFF) << (8 * i);
        }
        return v;
    }

    public String readString() {
        int n = readInt();
        if (n == -1) {
            return null;
        }
        need(n);
        String s = new String(buf, pos, n, StandardCharsets.UTF_8);
        pos += n;
        return s;
    }

    public byte[] readBytes() {
        int n = readInt();
        if (n == -1) {
            return null;
        }
        need(n);
        byte[] b = Arrays.copyOfRange(buf, pos, pos + n);
        pos += n;
        return b;
    }

    /** The next bytes written with {@link StoreOutput#writeBytes}, to read on their own (not copied). */
    public StoreInput slice() {
        int n = readCount();
        StoreInput part = new StoreInput(buf, pos, pos + n);
        pos += n;
        return part;
    }

    /** Writes every byte of this input, read or not, to {@code out} as {@link StoreOutput#writeBytes} would. */
    public void copyTo(StoreOutput out) {
        out.writeBytes(buf, start, end - start);
    }

    public boolean atEnd() {
        return pos == end;
    }
}
