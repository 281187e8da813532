package org.claimlens.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileTextTest {

    @Test
    void utf8IsReadStrictlyAndItsByteOrderMarkDropped() {
        FileText text = FileText.decode("\uFEFFCaf\u00e9 \u2014 ok".getBytes(StandardCharsets.UTF_8));

        assertThat(text.text()).isEqualTo("Caf\u00e9 \u2014 ok");
        assertThat(text.fallback()).isFalse();
    }

    @Test
    void aFileWithALatin1ByteIsReadAsWindows1252() {
        byte[] bytes = {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x93, 'q', (byte) 0x94};

        FileText text = FileText.decode(bytes);

        assertThat(text.text()).isEqualTo("caf\u00e9 \u201cq\u201d");
        assertThat(text.fallback()).isTrue();
    }
}
