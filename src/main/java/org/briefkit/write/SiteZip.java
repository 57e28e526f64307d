package org.briefkit.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The whole site as one zip for readers who need it offline ({@code build --zip}): unpacked, it
 * opens from disk. Entries are sorted and carry a fixed timestamp, so the zip is reproducible. The
 * download link on the home page (marked with {@value #START}…{@value #END}) is left out of the
 * zipped copy, where it would point at nothing. Stateless.
 */
public final class SiteZip {
    public static final String NAME = "site.zip";
    public static final String START = "<!--briefkit:zip-->";
    public static final String END = "<!--/briefkit:zip-->";
    private static final FileTime EPOCH = FileTime.fromMillis(315532800000L + 12L * 3600 * 1000);

    private SiteZip() {
    }

    /** The zip of {@code files} (paths relative to the site root, sorted). */
    public static byte[] build(SortedMap<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.setLevel(9);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                if (f.getKey().equals(NAME) || f.getKey().equals(DirectoryOutput.MARKER)) {
                    continue;
                }
                ZipEntry e = new ZipEntry(f.getKey());
                e.setLastModifiedTime(EPOCH);
                e.setCreationTime(EPOCH);
                e.setLastAccessTime(EPOCH);
                e.setTime(EPOCH.toMillis());
                zip.putNextEntry(e);
                zip.write(f.getKey().equals("index.html") ? withoutLink(f.getValue()) : f.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] withoutLink(byte[] html) {
        String s = new String(html, StandardCharsets.UTF_8);
        int a = s.indexOf(START);
        int b = s.indexOf(END);
        if (a < 0 || b < a) {
            return html;
        }
        return (s.substring(0, a) + s.substring(b + END.length())).getBytes(StandardCharsets.UTF_8);
    }
}
