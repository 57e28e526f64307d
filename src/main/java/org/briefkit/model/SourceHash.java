package org.briefkit.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.briefkit.yaml.Dates;

/**
 * The fingerprint a translation records of what it translates ({@code sourceHash:} in its front
 * matter): 12 hex digits of the SHA-256 of the original's title, summary and body. When the original
 * changes, the fingerprint no longer matches and the translation is reported as stale.
 */
public final class SourceHash {
    private SourceHash() {
    }

    public static String of(Entry original) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            String text = original.title() + "\n" + (original.summary() == null ? "" : original.summary()) + "\n" + original.body().html();
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Why a translation is older than its original, or null when it is not: "hash" when its
     * {@code sourceHash} no longer matches, "date" when the original's {@code updated} is later.
     */
    public static String staleReason(Entry translation, Entry original) {
        Object hash = translation.params().get("sourceHash");
        if (hash != null && !String.valueOf(hash).strip().equals(of(original))) {
            return "hash";
        }
        String mine = translation.updated();
        String theirs = original.updated();
        if (mine != null && theirs != null && Dates.isLater(theirs, mine)) {
            return "date";
        }
        return null;
    }
}
