package com.attentionlab.lesson;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenizerTest {

    @Test
    void wordsNumbersAndEveryPunctuationMark() {
        assertThat(Tokenizer.tokenize("The animal didn't cross the street, because it was too tired."))
                .containsExactly("The", "animal", "didn't", "cross", "the", "street", ",", "because", "it", "was",
                        "too", "tired", ".");
        assertThat(Tokenizer.tokenize("It cost 3.50 — twice!")).containsExactly("It", "cost", "3.50", "—", "twice", "!");
    }

    @Test
    void anEmoji_isOneVisibleToken_whateverItIsMadeOf() {
        assertThat(Tokenizer.tokenize("I 👩🏽‍💻 and ❤️ 🏳️‍🌈 👍🏿👍 1️⃣"))
                .containsExactly("I", "👩🏽‍💻", "and", "❤️", "🏳️‍🌈", "👍🏿", "👍", "1️⃣");
    }

    @Test
    void invisibleCharacters_neverBecomeTokens() {
        assertThat(Tokenizer.tokenize("a \u200D b \uFE0F c\u0001")).containsExactly("a", "b", "c");
        assertThatThrownBy(() -> Tokenizer.tokenize("\u200D\uFE0F")).hasMessageContaining("at least one word");
    }

    @Test
    void textWithoutSpaces_isSplitPerCharacter() {
        assertThat(Tokenizer.tokenize("猫坐在垫子上")).containsExactly("猫", "坐", "在", "垫", "子", "上");
        assertThat(Tokenizer.tokenize("ねこが好き")).containsExactly("ね", "こ", "が", "好", "き");
        assertThat(Tokenizer.tokenize("Le chat était fatigué")).containsExactly("Le", "chat", "était", "fatigué");
    }
}
