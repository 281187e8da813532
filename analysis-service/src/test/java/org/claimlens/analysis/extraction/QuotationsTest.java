package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreAnnotations.SentenceIndexAnnotation;
import edu.stanford.nlp.ling.CoreLabel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** How double quotation marks pair into quotations, on texts split into words and marks as the tokenizer does. */
class QuotationsTest {

    private static final Pattern TOKEN = Pattern.compile("''|``|[\\p{L}\\p{N}’']+|[^\\p{L}\\p{N}\\s]");

    @Test
    void aQuotationOpensAndClosesTheRightWayRound() {
        assertThat(quoted("“We will win,” she said. A mark ”facing out“ starts nothing."))
                .containsExactly("We will win,");
    }

    @Test
    void straightMarksTakeTheirDirectionFromTheSpacesAroundThem() {
        assertThat(quoted("He said \"we will win\" and then \"very soon\" too."))
                .containsExactly("we will win", "very soon");
    }

    @Test
    void typewriterMarksPairToo() {
        assertThat(quoted("``We will win,'' she said. ''This is not reform,'' he said."))
                .containsExactly("We will win,", "This is not reform,");
    }

    @Test
    void aQuotationGoesOnIntoTheNextParagraphWhenThatOneOpensWithAMark() {
        assertThat(quoted("“The first paragraph has no closing mark.\n\n“The second one closes it,” she said."))
                .containsExactly("The first paragraph has no closing mark.\n\n“The second one closes it,");
    }

    @Test
    void aQuotationLeftOpenEndsWithItsParagraph() {
        assertThat(quoted("“Nobody closed this one.\n\nThe next paragraph is the writer’s."))
                .containsExactly("Nobody closed this one.");
    }

    @Test
    void singleMarksInsideDoNotEndTheQuotation() {
        assertThat(quoted("“We call it ‘home’ now,” she said.")).containsExactly("We call it ‘home’ now,");
    }

    private static List<String> quoted(String text) {
        ParsedDocument document = tokenize(text);
        return Quotations.find(document).stream()
                .map(q -> document.tokenSpan(q.innerStart(), q.innerEnd()).text())
                .toList();
    }

    /** Words and marks with their offsets; a full stop ends a sentence. */
    private static ParsedDocument tokenize(String text) {
        List<CoreLabel> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        int sentence = 0;
        while (matcher.find()) {
            CoreLabel token = new CoreLabel();
            token.setWord(matcher.group());
            token.setOriginalText(matcher.group());
            token.setTag("X");
            token.setBeginPosition(matcher.start());
            token.setEndPosition(matcher.end());
            token.set(SentenceIndexAnnotation.class, sentence);
            tokens.add(token);
            sentence += matcher.group().equals(".") ? 1 : 0;
        }
        return ParsedDocument.of(text, tokens);
    }
}
