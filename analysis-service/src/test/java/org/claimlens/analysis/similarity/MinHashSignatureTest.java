package org.claimlens.analysis.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinHashSignatureTest {

    /** 300 distinct words: each 5-shingle occurs once, so Jaccard similarities are easy to compute by hand. */
    private static final List<String> WORDS = words(300);

    @Test
    void estimatesJaccardSimilarityOfShingleSets() {
        String article = String.join(" ", WORDS.subList(0, 200));
        // 200 words share 196 shingles; each text has 20 extra words, so 196 / (196 + 2 * 24) = 0.80
        String withHeader = String.join(" ", WORDS.subList(200, 220)) + " " + article;
        String withFooter = article + " " + String.join(" ", WORDS.subList(220, 240));

        double similarity = sig(withHeader).similarity(sig(withFooter));

        assertThat(similarity).isBetween(0.68, 0.92);
    }

    @Test
    void caseAndPunctuationDoNotMatterButWordsDo() {
        String text = String.join(" ", WORDS.subList(0, 50));
        assertThat(sig(text).similarity(sig(text.toUpperCase().replace(" ", ", ")))).isEqualTo(1.0);
        assertThat(sig(text).similarity(sig(String.join(" ", WORDS.subList(100, 150))))).isLessThan(0.1);
    }

    @Test
    void nearTextsShareABandBucketAndDistantTextsRarelyDo() {
        String article = String.join(" ", WORDS.subList(0, 200));
        long[] a = sig(article).bandBuckets();
        long[] near = sig(article + " one more line at the end").bandBuckets();
        long[] far = sig(String.join(" ", WORDS.subList(100, 300))).bandBuckets();

        assertThat(shared(a, near)).isPositive();
        assertThat(shared(a, far)).isZero();
    }

    @Test
    void roundTripsThroughBytesAndHasNoSignatureWithoutWords() {
        MinHashSignature signature = sig("a short text of a few words");
        assertThat(MinHashSignature.fromBytes(signature.toBytes())).isEqualTo(signature);
        assertThat(MinHashSignature.of(" ... ")).isEmpty();
    }

    private static int shared(long[] a, long[] b) {
        int shared = 0;
        for (int i = 0; i < a.length; i++) {
            shared += a[i] == b[i] ? 1 : 0;
        }
        return shared;
    }

    private static MinHashSignature sig(String text) {
        return MinHashSignature.of(text).orElseThrow();
    }

    private static List<String> words(int n) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            words.add("w" + Integer.toString(i * 7919 + 13, 36));
        }
        return words;
    }
}
