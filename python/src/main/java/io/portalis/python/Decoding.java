package io.portalis.python;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;

/** Turns a source file's bytes into UTF-8 as CPython's tokenizer does (PEP 263 and the UTF-8 byte order mark). */
final class Decoding {

    private static final java.util.regex.Pattern COOKIE =
            java.util.regex.Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");
    private static final java.util.regex.Pattern BLANK_OR_COMMENT =
            java.util.regex.Pattern.compile("^[ \\t\\f]*(?:[#\\r\\n]|$)");

    private Decoding() {
    }

    static byte[] toUtf8(byte[] source, String filename) {
        boolean bom = source.length >= 3 && (source[0] & 0xff) == 0xEF && (source[1] & 0xff) == 0xBB
                && (source[2] & 0xff) == 0xBF;
        byte[] body = bom ? java.util.Arrays.copyOfRange(source, 3, source.length) : source;
        String encoding = cookie(body);
        if (encoding == null) {
            // UTF-8 is checked where CPython decodes it: in names and string literals, not in comments.
            return body;
        }
        String normal = normalName(encoding);
        if (bom && !normal.equals("utf-8")) {
            // CPython reports problems with the declaration itself on no line (line 0).
            throw new PythonSyntaxError("SyntaxError", "encoding problem: " + normal + " with BOM", filename, 0, -1,
                    0, -1);
        }
        if (normal.equals("utf-8")) {
            return body;
        }
        Charset charset = charset(normal);
        if (charset == null) {
            throw new PythonSyntaxError("SyntaxError", "unknown encoding: " + encoding, filename, 0, -1, 0, -1);
        }
        try {
            CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            String text = decoder.decode(ByteBuffer.wrap(body)).toString();
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new PythonSyntaxError("SyntaxError", "(unicode error) '" + normal + "' codec can't decode bytes",
                    filename, 1, 0, 1, 0);
        }
    }

    /** Whether the source declares its encoding, which makes CPython count error columns in characters. */
    static boolean declaresEncoding(byte[] source) {
        return cookie(source) != null;
    }

    static byte[] encodeUtf8(String source, String filename) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer b = encoder.encode(CharBuffer.wrap(source));
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new PythonSyntaxError("SyntaxError", "(unicode error) 'utf-8' codec can't encode: surrogates not "
                    + "allowed", filename, 1, 0, 1, 0);
        }
    }

    /** The coding declaration on line 1, or on line 2 when line 1 is blank or a comment; null if none. */
    private static String cookie(byte[] body) {
        int end1 = lineEnd(body, 0);
        String line1 = new String(body, 0, end1, StandardCharsets.ISO_8859_1);
        Matcher m = COOKIE.matcher(line1);
        if (m.find()) {
            return m.group(1);
        }
        if (!BLANK_OR_COMMENT.matcher(line1).find() || end1 >= body.length) {
            return null;
        }
        int start2 = end1 + 1;
        if (start2 < body.length && body[end1] == '\r' && body[start2] == '\n') {
            start2++;
        }
        int end2 = lineEnd(body, start2);
        m = COOKIE.matcher(new String(body, start2, end2 - start2, StandardCharsets.ISO_8859_1));
        return m.find() ? m.group(1) : null;
    }

    private static int lineEnd(byte[] b, int from) {
        int i = from;
        while (i < b.length && b[i] != '\n' && b[i] != '\r') {
            i++;
        }
        return i;
    }

    private static String normalName(String encoding) {
        String s = encoding.toLowerCase(Locale.ROOT).replace('_', '-');
        if (s.equals("utf-8") || s.startsWith("utf-8-")) {
            return "utf-8";
        }
        if (s.equals("latin-1") || s.equals("iso-8859-1") || s.equals("iso-latin-1") || s.startsWith("latin-1-")
                || s.startsWith("iso-8859-1-") || s.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return s;
    }

    private static Charset charset(String name) {
        String javaName = switch (name) {
            case "utf8" -> "UTF-8";
            case "latin1", "latin" -> "ISO-8859-1";
            case "ascii", "us-ascii" -> "US-ASCII";
            default -> name;
        };
        try {
            return Charset.forName(javaName);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
