package org.claimlens.analysis.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-2003 files: one token a line as {@code token POS chunk NER}, a blank line after each sentence,
 * {@code -DOCSTART-} before each document.
 */
final class ConllReader {

    private static final String DOCUMENT_START = "-DOCSTART-";

    private ConllReader() {
    }

    static List<ConllDocument> read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    static List<ConllDocument> parse(List<String> lines) {
        List<ConllDocument> documents = new ArrayList<>();
        List<List<String>> sentences = new ArrayList<>();
        List<List<String>> tags = new ArrayList<>();
        List<String> sentence = new ArrayList<>();
        List<String> sentenceTags = new ArrayList<>();
        for (String line : lines) {
            String[] fields = line.strip().split("\\s+");
            if (fields[0].equals(DOCUMENT_START)) {
                addDocument(sentences, tags, documents);
            } else if (line.isBlank()) {
                if (!sentence.isEmpty()) {
                    sentences.add(List.copyOf(sentence));
                    tags.add(List.copyOf(sentenceTags));
                    sentence.clear();
                    sentenceTags.clear();
                }
            } else {
                if (fields.length < 2) {
                    throw new IllegalArgumentException("a CoNLL line needs a token and an NER tag: " + line);
                }
                sentence.add(fields[0]);
                sentenceTags.add(fields[fields.length - 1]);
            }
        }
        if (!sentence.isEmpty()) {
            sentences.add(List.copyOf(sentence));
            tags.add(List.copyOf(sentenceTags));
        }
        addDocument(sentences, tags, documents);
        return documents;
    }

    private static void addDocument(List<List<String>> sentences, List<List<String>> tags,
                                    List<ConllDocument> documents) {
        if (!sentences.isEmpty()) {
            documents.add(new ConllDocument(sentences, tags));
            sentences.clear();
            tags.clear();
        }
    }
}
