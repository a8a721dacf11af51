package com.attentionlab.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What all-MiniLM-L6-v2's tokenizer does, one behaviour at a time (ids as Hugging Face gives them). */
class BertTokenizerTest {

    private static final BertTokenizer TOKENIZER = BertTokenizer.minilm();

    private static Tokenized tokenize(String text) {
        return TOKENIZER.tokenize(text);
    }

    /** Each piece next to the text it came from, e.g. {@code ##s=s}; [CLS] and [SEP] stand alone. */
    private static List<String> piecesWithSources(Tokenized t) {
        return IntStream.range(0, t.size())
                .mapToObj(i -> t.start(i) < 0 ? t.piece(i) : t.piece(i) + "=" + t.source(i)).toList();
    }

    @Test
    void minilm_isLoadedOnce_withBertsVocabulary() {
        assertThat(BertTokenizer.minilm()).isSameAs(TOKENIZER);
        assertThat(TOKENIZER.vocabSize()).isEqualTo(30_522);
        assertThat(TOKENIZER.piece(101)).isEqualTo("[CLS]");
        assertThat(TOKENIZER.piece(2015)).isEqualTo("##s");
    }

    @Test
    void aSentence_isLowercasedWords_betweenClsAndSep() {
        Tokenized t = tokenize("The cat sat on the mat because it was tired");

        assertThat(t.pieces()).containsExactly("[CLS]", "the", "cat", "sat", "on", "the", "mat", "because", "it",
                "was", "tired", "[SEP]");
        assertThat(t.ids()).containsExactly(101, 1996, 4937, 2938, 2006, 1996, 13523, 2138, 2009, 2001, 5458, 102);
        assertThat(t.toString()).startsWith("[CLS]/101 the/1996 cat/4937");
    }

    @Test
    void aWordOutsideTheVocabulary_isSplitIntoPieces_longestFirst() {
        Tokenized t = tokenize("Tokenization is unbelievably fun");

        assertThat(t.pieces()).containsExactly("[CLS]", "token", "##ization", "is", "un", "##bel", "##ie", "##va",
                "##bly", "fun", "[SEP]");
        assertThat(t.ids()).containsExactly(101, 19204, 3989, 2003, 4895, 8671, 2666, 3567, 6321, 4569, 102);
    }

    @Test
    void spans_pointEachPieceAtTheTextItCameFrom() {
        Tokenized t = tokenize("Tokenization, Crème brûlée!");

        assertThat(piecesWithSources(t)).containsExactly("[CLS]", "token=Token", "##ization=ization", ",=,",
                "cr=Cr", "##eme=ème", "br=br", "##ule=ûlé", "##e=e", "!=!", "[SEP]");
        assertThat(t.start(0)).isEqualTo(-1);
        assertThat(t.end(t.size() - 1)).isEqualTo(-1);
        assertThat(t.start(1)).isZero();
        assertThat(t.end(2)).isEqualTo("Tokenization".length());
    }

    @Test
    void accents_areStripped_whetherComposedOrNot() {
        assertThat(tokenize("Crème brûlée in Zürich").pieces()).containsExactly("[CLS]", "cr", "##eme", "br",
                "##ule", "##e", "in", "zurich", "[SEP]");
        assertThat(tokenize("Ünïcödé").pieces()).containsExactly("[CLS]", "unicode", "[SEP]");
        Tokenized decomposed = tokenize("e\u0301te\u0301"); // e + combining acute accent

        assertThat(decomposed.ids()).containsExactly(tokenize("été").ids());
        assertThat(piecesWithSources(decomposed)).containsExactly("[CLS]", "et=e\u0301t", "##e=e", "[SEP]");
    }

    @Test
    void lowercasing_isOneCharacterAtATime_likeRust() {
        assertThat(tokenize("İstanbul").pieces()).containsExactly("[CLS]", "istanbul", "[SEP]");
        // no final sigma: the last Σ becomes σ, not ς
        assertThat(tokenize("ΟΔΥΣΣΕΥΣ").pieces()).endsWith("##σ", "[SEP]");
    }

    @Test
    void cjkIdeographs_areOneWordEach_butKanaAndHangulAreNot() {
        assertThat(tokenize("我爱NLP").pieces()).containsExactly("[CLS]", "我", "[UNK]", "nl", "##p", "[SEP]");
        assertThat(tokenize("日本語のテキスト").pieces()).containsExactly("[CLS]", "日", "本", "語", "の", "##テ", "##キ",
                "##ス", "##ト", "[SEP]");
        Tokenized korean = tokenize("한국"); // decomposed into jamo, each jamo spans its whole syllable
        assertThat(piecesWithSources(korean)).containsExactly("[CLS]", "ᄒ=한", "##ᅡ=한", "##ᆫ=한", "##ᄀ=국",
                "##ᅮ=국", "##ᆨ=국", "[SEP]");
    }

    @Test
    void emoji_areUnknown_andZwjSequencesAreOneUnknownWord() {
        Tokenized t = tokenize("I love NLP 😀! 👨‍👩‍👧");

        assertThat(piecesWithSources(t)).containsExactly("[CLS]", "i=I", "love=love", "nl=NL", "##p=P", "[UNK]=😀",
                "!=!", "[UNK]=👨‍👩‍👧", "[SEP]");
        assertThat(t.id(5)).isEqualTo(100);
    }

    @Test
    void aWordOver100Characters_isUnknown_evenIfItCouldBePieced() {
        Tokenized hundred = tokenize("a".repeat(100));
        Tokenized hundredAndOne = tokenize("a".repeat(101) + " b");

        assertThat(hundred.pieces()).doesNotContain("[UNK]").hasSizeGreaterThan(3);
        assertThat(piecesWithSources(hundredAndOne)).containsExactly("[CLS]", "[UNK]=" + "a".repeat(101), "b=b",
                "[SEP]");
    }

    @Test
    void punctuation_isAlwaysAWordOfItsOwn() {
        assertThat(tokenize("don't").pieces()).containsExactly("[CLS]", "don", "'", "t", "[SEP]");
        assertThat(tokenize("a+b=c€").pieces()).containsExactly("[CLS]", "a", "+", "b", "=", "c", "##€", "[SEP]");
    }

    @Test
    void controlAndZeroWidthCharacters_vanish_joiningWhatTheySeparate() {
        assertThat(tokenize("a\u200Bb c\u00ADd").pieces()).containsExactly("[CLS]", "ab", "cd", "[SEP]");
        assertThat(tokenize("a\u0000b\uFFFDc\u000Bd").pieces()).containsExactly("[CLS]", "abc", "##d", "[SEP]");
        assertThat(tokenize("hello\tworld\nagain\u00A0and\u3000again").pieces()).containsExactly("[CLS]", "hello",
                "world", "again", "and", "again", "[SEP]");
    }

    @Test
    void emptyOrWhitespaceOnlyText_isJustClsAndSep() {
        for (String text : List.of("", " ", "\t\n\r ", "\u200B\u0000")) {
            Tokenized t = tokenize(text);
            assertThat(t.pieces()).containsExactly("[CLS]", "[SEP]");
            assertThat(t.ids()).containsExactly(101, 102);
            assertThat(TOKENIZER.countTokens(text)).isEqualTo(2);
        }
    }

    @Test
    void specialTokensInTheText_areKeptAsThemselves_butOnlyInCapitals() {
        Tokenized t = tokenize("[MASK] is [mask]");

        assertThat(piecesWithSources(t)).containsExactly("[CLS]", "[MASK]=[MASK]", "is=is", "[=[", "mask=mask",
                "]=]", "[SEP]");
        assertThat(t.id(1)).isEqualTo(103);
    }

    @Test
    void charactersFromAfterUnicode8_areTreatedAsHuggingFaceDoes() {
        // U+1E944 ADLAM ALIF LENGTHENER: a non-spacing mark since Unicode 9, unknown to HF's tables, so not stripped
        assertThat(tokenize("ab\uD83A\uDD44cd").pieces()).containsExactly("[CLS]", "[UNK]", "[SEP]");
        // U+0301 COMBINING ACUTE ACCENT, old enough: stripped
        assertThat(tokenize("ab\u0301cd").pieces()).containsExactly("[CLS]", "abc", "##d", "[SEP]");
    }

    @Test
    void maxTokens_cutsThePieces_andKeepsSep() {
        Tokenized t = TOKENIZER.tokenize("Tokenization is unbelievably fun", 5);

        assertThat(t.pieces()).containsExactly("[CLS]", "token", "##ization", "is", "[SEP]");
        assertThat(TOKENIZER.tokenize("hi", 5).pieces()).containsExactly("[CLS]", "hi", "[SEP]");
        assertThat(TOKENIZER.tokenize("hi", 2).pieces()).containsExactly("[CLS]", "[SEP]");
        assertThatThrownBy(() -> TOKENIZER.tokenize("hi", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxTokens must be at least 2, was 1");
    }

    @Test
    void countTokens_isTheSizeOfTokenize() {
        for (String text : AgreementLines.fromResource()) {
            assertThat(TOKENIZER.countTokens(text)).as(text).isEqualTo(tokenize(text).size());
        }
    }

    @Test
    void tokenized_isImmutable() {
        Tokenized t = tokenize("cats");
        t.ids()[1] = 0;
        t.starts()[1] = 99;

        assertThat(t.id(1)).isEqualTo(8870);
        assertThat(t.start(1)).isZero();
        assertThat(t).isEqualTo(tokenize("cats")).hasSameHashCodeAs(tokenize("cats"));
        assertThatThrownBy(() -> t.pieces().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void isThreadSafe() {
        List<String> lines = AgreementLines.fromResource();
        List<Tokenized> sequential = lines.stream().map(TOKENIZER::tokenize).toList();

        assertThat(lines.parallelStream().map(TOKENIZER::tokenize).toList()).isEqualTo(sequential);
    }
}
