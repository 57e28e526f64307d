package org.briefkit.build.store;

import java.util.List;
import java.util.Map;

/**
 * A 64-bit fingerprint of a sequence of values, the same in every run and JVM (unlike
 * {@code hashCode} of records), so that what a page read in one build can be compared with what it
 * would read in the next. Each value is tagged with its type, and strings and lists with their
 * length, so that different sequences do not line up; the mixing is a bijection per step and
 * murmur3's finaliser at the end. Not cryptographic: content is not an adversary here (an author
 * who could forge a collision could as well write the page). Not thread-safe: one per value.
 */
public final class Digest {
    private static final long K1 = 0x9E3779B97F4A7C15L;
    private static final long K2 = 0xC2B2AE3D27D4EB4FL;
    private long h = 0x165667B19E3779F9L;
    private long count;

    public Digest add(long v) {
        count++;
        h = Long.rotateLeft(h ^ (v * K1), 29) * K2 + count;
        return this;
    }

    public Digest add(boolean b) {
        return add(b ? 0x5A : 0xA5);
    }

    public Digest add(String s) {
        if (s == null) {
            return add(0x7E57_0000_0000_0001L);
        }
        int n = s.length();
        add(n);
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            add((long) s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32 | (long) s.charAt(i + 3) << 48);
        }
        long last = 0;
        for (int k = 0; i < n; i++, k += 16) {
            last |= (long) s.charAt(i) << k;
        }
        return add(last);
    }

    /** Values as front matter holds them: null, strings, booleans, numbers, lists and maps (in order). */
    public Digest addValue(Object v) {
        if (v == null) {
            return add(1);
        } else if (v instanceof String s) {
            return add(2).add(s);
        } else if (v instanceof Boolean b) {
            return add(3).add(b);
        } else if (v instanceof List<?> list) {
            add(4).add(list.size());
            list.forEach(this::addValue);
            return this;
        } else if (v instanceof Map<?, ?> map) {
            add(5).add(map.size());
            map.forEach((k, x) -> addValue(k).addValue(x));
            return this;
        } else if (v instanceof Number) {
            // BigDecimal's text keeps its scale (1.0 and 1.00 differ, as equals says); Long and Integer differ by type.
            return add(6).add(v.getClass().getSimpleName()).add(v.toString());
        }
        return add(7).add(v.getClass().getName()).add(String.valueOf(v));
    }

    /** The fingerprint of everything added. */
    public long value() {
        long z = h ^ count;
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}
