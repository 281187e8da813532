package org.claimlens.loader;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A file's text, decoded strictly as UTF-8; a file that is not valid UTF-8 is read as Windows-1252 (a superset of
 * ISO-8859-1's printable characters, what older saved pages and corpora use) and reported as such.
 *
 * @param fallback true when the file was not UTF-8 and was read as Windows-1252
 */
record FileText(String text, boolean fallback) {

    static final Charset FALLBACK = Charset.forName("windows-1252");

    static FileText decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new FileText(text.startsWith("\uFEFF") ? text.substring(1) : text, false);
        } catch (CharacterCodingException e) {
            return new FileText(new String(bytes, FALLBACK), true);
        }
    }
}
