package org.claimlens.ingest.rest;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.claimlens.ingest.domain.InvalidDocumentException;

/**
 * Plain-text bodies are read in their declared charset, UTF-8 when none is declared. UTF-8 must be valid: the default
 * reader would turn broken bytes into replacement characters and store a text the client never sent. A charset this
 * runtime does not know is refused with 415.
 */
@Provider
public class Utf8PlainText implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !type.isCompatible(MediaType.TEXT_PLAIN_TYPE)) {
            return context.proceed();
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !isUtf8(charset)) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw new InvalidDocumentException("text", "text is not valid UTF-8");
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static boolean isUtf8(String charset) {
        try {
            return Charset.forName(charset.strip()).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException unknownOrIllegal) {
            throw new NotSupportedException("charset " + charset + " is not supported; send UTF-8");
        }
    }
}
