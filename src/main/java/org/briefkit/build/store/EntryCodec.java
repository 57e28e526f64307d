package org.briefkit.build.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.Severity;
import org.briefkit.model.Body;
import org.briefkit.model.Entry;
import org.briefkit.model.InlineRef;
import org.briefkit.model.LocalLink;
import org.briefkit.model.Position;
import org.briefkit.model.Ref;

/**
 * Parsed entries and their problems as bytes, and back: every part of an {@link Entry} (bodies
 * packed or not, as they were), so that a read entry equals the written one. A value of a type
 * front matter does not produce cannot be written ({@link IllegalArgumentException}): that file is
 * then not kept, and is parsed again next time. Stateless.
 */
public final class EntryCodec {
    private static final int NULL = 0;
    private static final int STRING = 1;
    private static final int TRUE = 2;
    private static final int FALSE = 3;
    private static final int LONG = 4;
    private static final int INTEGER = 5;
    private static final int DECIMAL = 6;
    private static final int LIST = 7;
    private static final int MAP = 8;

    private EntryCodec() {
    }

    public static void write(Entry e, StoreOutput out) {
        out.writeString(e.id());
        out.writeString(e.collection());
        out.writeString(e.lang());
        out.writeString(e.path());
        out.writeInt(e.idLine());
        out.writeInt(e.idColumn());
        out.writeString(e.title());
        out.writeString(e.linkTitle());
        out.writeString(e.summary());
        out.writeBoolean(e.draft());
        out.writeString(e.weight() == null ? null : e.weight().toString());
        out.writeString(e.updated());
        out.writeString(e.layout());
        writeValue(e.fields(), out);
        writeValue(e.params(), out);
        out.writeInt(e.refs().size());
        e.refs().forEach((field, refs) -> {
            out.writeString(field);
            out.writeInt(refs.size());
            for (Ref r : refs) {
                out.writeString(r.target());
                out.writeInt(r.line());
                out.writeInt(r.column());
            }
        });
        writeBody(e.body(), out);
        out.writeBoolean(e.section());
        out.writeInt(e.positions().size());
        e.positions().forEach((field, p) -> {
            out.writeString(field);
            out.writeInt(p.line());
            out.writeInt(p.column());
        });
        out.writeInt(e.markdown().size());
        e.markdown().forEach((field, body) -> {
            out.writeString(field);
            writeBody(body, out);
        });
    }

    public static Entry read(StoreInput in) {
        String id = in.readString();
        String collection = in.readString();
        String lang = in.readString();
        String path = in.readString();
        int idLine = in.readInt();
        int idColumn = in.readInt();
        String title = in.readString();
        String linkTitle = in.readString();
        String summary = in.readString();
        boolean draft = in.readBoolean();
        String weight = in.readString();
        String updated = in.readString();
        String layout = in.readString();
        Map<String, Object> fields = map(readValue(in));
        Map<String, Object> params = map(readValue(in));
        Map<String, List<Ref>> refs = new LinkedHashMap<>();
        for (int i = in.readCount(); i > 0; i--) {
            String field = in.readString();
            List<Ref> list = new ArrayList<>();
            for (int k = in.readCount(); k > 0; k--) {
                list.add(new Ref(in.readString(), in.readInt(), in.readInt()));
            }
            refs.put(field, list);
        }
        Body body = readBody(in);
        boolean section = in.readBoolean();
        Map<String, Position> positions = new LinkedHashMap<>();
        for (int i = in.readCount(); i > 0; i--) {
            positions.put(in.readString(), new Position(in.readInt(), in.readInt()));
        }
        Map<String, Body> markdown = new LinkedHashMap<>();
        for (int i = in.readCount(); i > 0; i--) {
            markdown.put(in.readString(), readBody(in));
        }
        if (id == null || collection == null || lang == null || path == null || title == null) {
            throw new StoreFile.Unreadable("an entry lacks its ID, collection, language, path or title");
        }
        return new Entry(id, collection, lang, path, idLine, idColumn, title, linkTitle, summary, draft,
                weight == null ? null : decimal(weight), updated, layout, fields, params, refs, body, section, positions, markdown);
    }

    private static BigDecimal decimal(String s) {
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new StoreFile.Unreadable("a number is '" + s + "'");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object v) {
        if (!(v instanceof Map<?, ?> m)) {
            throw new StoreFile.Unreadable("fields are not a map");
        }
        return (Map<String, Object>) m;
    }

    private static void writeBody(Body b, StoreOutput out) {
        out.writeBoolean(b.isPacked());
        if (b.isPacked()) {
            out.writeBytes(b.packedBytes());
            out.writeInt(b.packedLength());
        } else {
            out.writeString(b.html());
        }
        out.writeInt(b.refs().size());
        for (InlineRef r : b.refs()) {
            out.writeInt(r.index());
            out.writeString(r.target());
            out.writeString(r.anchor());
            out.writeString(r.text());
            out.writeInt(r.line());
            out.writeInt(r.column());
        }
        out.writeInt(b.headings().size());
        for (Body.Heading h : b.headings()) {
            out.writeInt(h.level());
            out.writeString(h.id());
            out.writeString(h.text());
        }
        out.writeString(b.firstHeading());
        out.writeInt(b.links().size());
        for (LocalLink l : b.links()) {
            out.writeString(l.url());
            out.writeInt(l.line());
            out.writeInt(l.column());
        }
    }

    private static Body readBody(StoreInput in) {
        boolean packed = in.readBoolean();
        byte[] deflated = null;
        int length = 0;
        String html = null;
        if (packed) {
            deflated = in.readBytes();
            length = in.readInt();
            if (deflated == null || length < 0) {
                throw new StoreFile.Unreadable("a packed body has no bytes");
            }
        } else {
            html = in.readString();
            if (html == null) {
                throw new StoreFile.Unreadable("a body has no HTML");
            }
        }
        List<InlineRef> refs = new ArrayList<>();
        for (int i = in.readCount(); i > 0; i--) {
            refs.add(new InlineRef(in.readInt(), in.readString(), in.readString(), in.readString(), in.readInt(), in.readInt()));
        }
        List<Body.Heading> headings = new ArrayList<>();
        for (int i = in.readCount(); i > 0; i--) {
            headings.add(new Body.Heading(in.readInt(), in.readString(), in.readString()));
        }
        String first = in.readString();
        List<LocalLink> links = new ArrayList<>();
        for (int i = in.readCount(); i > 0; i--) {
            String url = in.readString();
            if (url == null) {
                throw new StoreFile.Unreadable("a link in a body has no target");
            }
            links.add(new LocalLink(url, in.readInt(), in.readInt()));
        }
        return packed ? Body.ofPacked(deflated, length, refs, headings, first, links) : new Body(html, refs, headings, first, links);
    }

    /** A front-matter value: null, String, Boolean, Long, Integer, BigDecimal, List or Map with String keys. */
    static void writeValue(Object v, StoreOutput out) {
        if (v == null) {
            out.writeByte(NULL);
        } else if (v instanceof String s) {
            out.writeByte(STRING);
            out.writeString(s);
        } else if (v instanceof Boolean b) {
            out.writeByte(b ? TRUE : FALSE);
        } else if (v instanceof Long l) {
            out.writeByte(LONG);
            out.writeLong(l);
        } else if (v instanceof Integer i) {
            out.writeByte(INTEGER);
            out.writeInt(i);
        } else if (v instanceof BigDecimal d) {
            out.writeByte(DECIMAL);
            out.writeString(d.toString());
        } else if (v instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            list.forEach(x -> writeValue(x, out));
        } else if (v instanceof Map<?, ?> map) {
            out.writeByte(MAP);
            out.writeInt(map.size());
            map.forEach((k, x) -> {
                if (!(k instanceof String key)) {
                    throw new IllegalArgumentException("a map key is a " + k.getClass().getSimpleName());
                }
                out.writeString(key);
                writeValue(x, out);
            });
        } else {
            throw new IllegalArgumentException("a value is a " + v.getClass().getName());
        }
    }

    static Object readValue(StoreInput in) {
        int tag = in.readByte();
        switch (tag) {
            case NULL -> {
                return null;
            }
            case STRING -> {
                return in.readString();
            }
            case TRUE -> {
                return Boolean.TRUE;
            }
            case FALSE -> {
                return Boolean.FALSE;
            }
            case LONG -> {
                return in.readLong();
            }
            case INTEGER -> {
                return in.readInt();
            }
            case DECIMAL -> {
                return decimal(in.readString());
            }
            case LIST -> {
                int n = in.readCount();
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    list.add(readValue(in));
                }
                return Collections.unmodifiableList(list);
            }
            case MAP -> {
                int n = in.readCount();
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    map.put(in.readString(), readValue(in));
                }
                return Collections.unmodifiableMap(map);
            }
            default -> throw new StoreFile.Unreadable("a value has the unknown type " + tag);
        }
    }

    public static void write(Diagnostic d, StoreOutput out) {
        out.writeByte(d.severity().ordinal());
        out.writeString(d.path());
        out.writeInt(d.line());
        out.writeInt(d.column());
        out.writeString(d.message());
        out.writeString(d.hint());
        out.writeString(d.sourceLine());
        out.writeBoolean(d.degraded());
    }

    public static Diagnostic readDiagnostic(StoreInput in) {
        int severity = in.readByte();
        if (severity >= Severity.values().length) {
            throw new StoreFile.Unreadable("a problem has the unknown severity " + severity);
        }
        String path = in.readString();
        int line = in.readInt();
        int column = in.readInt();
        String message = in.readString();
        String hint = in.readString();
        String source = in.readString();
        boolean degraded = in.readBoolean();
        if (path == null || message == null) {
            throw new StoreFile.Unreadable("a problem has no file or message");
        }
        return new Diagnostic(Severity.values()[severity], path, line, column, message, hint, source, degraded);
    }
}
