package org.claimlens.analysis.training;

import edu.stanford.nlp.ling.CoreAnnotations.SentenceIndexAnnotation;
import edu.stanford.nlp.ling.CoreLabel;
import org.claimlens.analysis.extraction.CoreNlpPipeline;
import org.claimlens.analysis.extraction.ParsedDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses texts with the product's pipeline, optionally keeping the tokens in a folder so that a second training run
 * skips CoreNLP (annotating PolNeAR's train split takes minutes). One file per text, one token a line: offsets,
 * sentence, word, surface, tag, lemma and entity label, tabs and line breaks escaped. Delete the folder when the
 * pipeline changes.
 */
final class TokenCache {

    private static final int FIELDS = 8;

    private final Path folder;
    private CoreNlpPipeline pipeline;

    /** @param folder where tokens are kept, or null to parse every time */
    TokenCache(Path folder) {
        this.folder = folder;
    }

    ParsedDocument parse(String key, String text) {
        Path file = folder == null ? null : folder.resolve(key + ".tok");
        try {
            if (file != null && Files.isRegularFile(file)) {
                return ParsedDocument.of(text, read(Files.readAllLines(file, StandardCharsets.UTF_8)));
            }
            ParsedDocument document = pipeline().parse(text);
            if (file != null) {
                Files.createDirectories(folder);
                Files.write(file, lines(document.tokens()), StandardCharsets.UTF_8);
            }
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CoreNlpPipeline pipeline() {
        if (pipeline == null) {
            pipeline = new CoreNlpPipeline(Map.of());
        }
        return pipeline;
    }

    private static List<String> lines(List<CoreLabel> tokens) {
        List<String> lines = new ArrayList<>(tokens.size());
        for (CoreLabel token : tokens) {
            lines.add(String.join("\t", String.valueOf(token.beginPosition()), String.valueOf(token.endPosition()),
                    String.valueOf(token.get(SentenceIndexAnnotation.class)), escape(token.word()),
                    escape(token.originalText()), token.tag(), escape(token.lemma()), token.ner()));
        }
        return lines;
    }

    private static List<CoreLabel> read(List<String> lines) throws IOException {
        List<CoreLabel> tokens = new ArrayList<>(lines.size());
        int sentence = -1;
        int index = 0;
        for (String line : lines) {
            String[] fields = line.split("\t", -1);
            if (fields.length != FIELDS) {
                throw new IOException("not a token line: " + line);
            }
            CoreLabel token = new CoreLabel();
            token.setBeginPosition(Integer.parseInt(fields[0]));
            token.setEndPosition(Integer.parseInt(fields[1]));
            int tokenSentence = Integer.parseInt(fields[2]);
            index = tokenSentence == sentence ? index + 1 : 1;
            sentence = tokenSentence;
            token.set(SentenceIndexAnnotation.class, tokenSentence);
            token.setIndex(index);
            token.setWord(unescape(fields[3]));
            token.setValue(token.word());
            token.setOriginalText(unescape(fields[4]));
            token.setTag(fields[5]);
            token.setLemma(unescape(fields[6]));
            token.setNER(fields[7]);
            tokens.add(token);
        }
        return tokens;
    }

    /** A few tokens (markup in scraped text) hold tabs or line breaks. */
    private static String escape(String field) {
        return field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String field) {
        StringBuilder plain = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                char next = field.charAt(++i);
                plain.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }
}
