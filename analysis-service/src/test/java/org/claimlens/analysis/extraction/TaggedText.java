package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreAnnotations.SentenceIndexAnnotation;
import edu.stanford.nlp.ling.CoreLabel;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link ParsedDocument} by hand for rules that read only tokens and NER labels: {@code "Anna/PERSON
 * Berg/PERSON said ."}, words separated by spaces, each line a sentence; a word without a label is tagged O.
 */
final class TaggedText {

    private TaggedText() {
    }

    static ParsedDocument parse(String... lines) {
        StringBuilder text = new StringBuilder();
        List<CoreLabel> tokens = new ArrayList<>();
        for (int sentence = 0; sentence < lines.length; sentence++) {
            if (sentence > 0) {
                text.append('\n');
            }
            String[] words = lines[sentence].split(" ");
            for (int i = 0; i < words.length; i++) {
                if (i > 0) {
                    text.append(' ');
                }
                int slash = words[i].lastIndexOf('/');
                String word = slash > 0 ? words[i].substring(0, slash) : words[i];
                CoreLabel token = new CoreLabel();
                token.setWord(word);
                token.setValue(word);
                token.setNER(slash > 0 ? words[i].substring(slash + 1) : "O");
                token.setBeginPosition(text.length());
                text.append(word);
                token.setEndPosition(text.length());
                token.set(SentenceIndexAnnotation.class, sentence);
                tokens.add(token);
            }
        }
        return ParsedDocument.of(text.toString(), tokens);
    }
}
