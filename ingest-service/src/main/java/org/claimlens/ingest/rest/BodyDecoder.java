package org.claimlens.ingest.rest;

import jakarta.ws.rs.core.MediaType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimlens.ingest.domain.InvalidDocumentException;

/**
 * Decodes a text or HTML body strictly: a byte sequence that is not valid in its charset is a client error, never a
 * silent replacement character. The charset is the Content-Type's; for HTML without one, the page's own
 * {@code <meta charset>}; otherwise UTF-8.
 */
final class BodyDecoder {

    /** Browsers look for the meta charset in the first 1024 bytes; saved pages sometimes put it a little later. */
    private static final int META_SNIFF_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?([a-z0-9_:.\\-]+)");

    private BodyDecoder() {
    }

    static String text(byte[] body, MediaType type) {
        return decode(body, declared(type), "the text");
    }

    static String html(byte[] body, MediaType type) {
        String charset = declared(type);
        if (charset == null) {
            String head = new String(body, 0, Math.min(body.length, META_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
            Matcher meta = META_CHARSET.matcher(head);
            charset = meta.find() ? meta.group(1) : null;
        }
        return decode(body, charset, "the page");
    }

    private static String declared(MediaType type) {
        return type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
    }

    private static String decode(byte[] body, String charsetName, String what) {
        Charset charset = charset(charsetName);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(body);
        try {
            String decoded = decoder.decode(bytes).toString();
            return decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
        } catch (CharacterCodingException e) {
            throw new InvalidDocumentException("text", what + " is not valid " + charset.name() + " (at byte "
                    + bytes.position() + "); send " + charset.name() + " or declare the charset in Content-Type");
        }
    }

    private static Charset charset(String name) {
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InvalidDocumentException("Content-Type",
                    "charset '" + name + "' in Content-Type is not supported; send UTF-8");
        }
    }
}
