package org.claimlens.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClaimCsvTest {

    @Test
    void leavesPlainCellsAlone() {
        assertThat(ClaimCsv.cell("plain text")).isEqualTo("plain text");
        assertThat(ClaimCsv.cell("a-b=c")).isEqualTo("a-b=c");
        assertThat(ClaimCsv.cell(null)).isEmpty();
        assertThat(ClaimCsv.cell(42L)).isEqualTo("42");
    }

    @Test
    void quotesCommasQuotesLineBreaksAndEdgeSpaces() {
        assertThat(ClaimCsv.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(ClaimCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ClaimCsv.cell("line one\r\nline two")).isEqualTo("\"line one\r\nline two\"");
        assertThat(ClaimCsv.cell(" padded")).isEqualTo("\" padded\"");
    }

    @Test
    void guardsCellsThatASpreadsheetWouldRunAsFormulas() {
        assertThat(ClaimCsv.cell("=1+2")).isEqualTo("'=1+2");
        assertThat(ClaimCsv.cell("+31 20")).isEqualTo("'+31 20");
        assertThat(ClaimCsv.cell("-5 percent")).isEqualTo("'-5 percent");
        assertThat(ClaimCsv.cell("@handle")).isEqualTo("'@handle");
        assertThat(ClaimCsv.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(ClaimCsv.cell("=HYPERLINK(\"http://x\",\"a, b\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"a, b\"\")\"");
    }
}
