package com.attentionlab.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.attentionlab.testsupport.Tolerance.EPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Cases small enough to check on paper. */
class AttentionEngineTest {

    private final AttentionEngine engine = new AttentionEngine();

    /**
     * Three tokens, d_model 2, d_k 4 (so √d_k = 2), d_v 2.
     * <pre>
     *   X = [1 0; 0 1; 1 1]    W_Q = [2 0 0 0; 0 0 0 0]    W_K = [1 0 0 0; 0 1 0 0]    W_V = I₂
     *   Q = [2 0 0 0; 0 0 0 0; 2 0 0 0]     K = [1 0 0 0; 0 1 0 0; 1 1 0 0]     V = X
     *   scores = Q·Kᵀ = [2 0 2; 0 0 0; 2 0 2]        scaled = scores / 2 = [1 0 1; 0 0 0; 1 0 1]
     *   weights row 0 = [e, 1, e] / (2e + 1);  row 1 = [1/3, 1/3, 1/3]
     *   output row 0 = (e·[1,0] + [0,1] + e·[1,1]) / (2e + 1) = [2e, e + 1] / (2e + 1);  row 1 = [2/3, 2/3]
     * </pre>
     */
    static LessonState handCase(boolean causal) {
        return new LessonState(List.of("I", "like", "cats"),
                Matrix.of(new double[][] {{1, 0}, {0, 1}, {1, 1}}),
                Matrix.of(new double[][] {{2, 0, 0, 0}, {0, 0, 0, 0}}),
                Matrix.of(new double[][] {{1, 0, 0, 0}, {0, 1, 0, 0}}),
                Matrix.of(new double[][] {{1, 0}, {0, 1}}),
                1, causal, true);
    }

    @Test
    void handComputedCase_matchesEveryStep() {
        AttentionTrace.Head h = engine.trace(handCase(false)).head();
        double e = Math.E;

        assertThat(h.q().toArray()).isEqualTo(new double[][] {{2, 0, 0, 0}, {0, 0, 0, 0}, {2, 0, 0, 0}});
        assertThat(h.k().toArray()).isEqualTo(new double[][] {{1, 0, 0, 0}, {0, 1, 0, 0}, {1, 1, 0, 0}});
        assertThat(h.v().toArray()).isEqualTo(new double[][] {{1, 0}, {0, 1}, {1, 1}});
        assertThat(h.scores().toArray()).isEqualTo(new double[][] {{2, 0, 2}, {0, 0, 0}, {2, 0, 2}});
        assertThat(h.scaled().toArray()).isEqualTo(new double[][] {{1, 0, 1}, {0, 0, 0}, {1, 0, 1}});
        assertThat(h.dK()).isEqualTo(4);

        double z = 2 * e + 1;
        assertThat(h.weights().row(0)).containsExactly(new double[] {e / z, 1 / z, e / z}, within(EPS));
        assertThat(h.weights().row(1)).containsExactly(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, within(EPS));
        assertThat(h.output().row(0)).containsExactly(new double[] {2 * e / z, (e + 1) / z}, within(EPS));
        assertThat(h.output().row(1)).containsExactly(new double[] {2 / 3.0, 2 / 3.0}, within(EPS));
    }

    @Test
    void biases_areAddedToEveryRowOfQKV_beforeTheScores() {
        // b_Q = [0 1 0 0], b_K = [1 0 0 0], b_V = [0.5 -0.5]
        // Q = [2 1 0 0; 0 1 0 0; 2 1 0 0]   K = [2 0 0 0; 1 1 0 0; 2 1 0 0]   V = [1.5 -0.5; 0.5 0.5; 1.5 0.5]
        // scores = Q·Kᵀ = [4 3 5; 0 1 1; 4 3 5]     scaled = scores / 2
        LessonState s = handCase(false).withBiases(Matrix.of(new double[][] {{0, 1, 0, 0}}),
                Matrix.of(new double[][] {{1, 0, 0, 0}}), Matrix.of(new double[][] {{0.5, -0.5}}));

        AttentionTrace.Head h = engine.trace(s).head();

        assertThat(h.q()).isEqualTo(Matrix.of(new double[][] {{2, 1, 0, 0}, {0, 1, 0, 0}, {2, 1, 0, 0}}));
        assertThat(h.k()).isEqualTo(Matrix.of(new double[][] {{2, 0, 0, 0}, {1, 1, 0, 0}, {2, 1, 0, 0}}));
        assertThat(h.v()).isEqualTo(Matrix.of(new double[][] {{1.5, -0.5}, {0.5, 0.5}, {1.5, 0.5}}));
        assertThat(h.scores()).isEqualTo(Matrix.of(new double[][] {{4, 3, 5}, {0, 1, 1}, {4, 3, 5}}));
        assertThat(h.scaled().get(1, 2)).isCloseTo(0.5, within(EPS));
        assertThat(s.hasBiases()).isTrue();
        assertThat(handCase(false).hasBiases()).isFalse();
    }

    @Test
    void zeroBiases_changeNothing() {
        LessonState plain = handCase(true);
        LessonState zeros = plain.withBiases(Matrix.zeros(1, 4), Matrix.zeros(1, 4), Matrix.zeros(1, 2));

        assertThat(zeros).isEqualTo(plain);
        assertThat(engine.trace(zeros).head().weights()).isEqualTo(engine.trace(plain).head().weights());
    }

    @Test
    void handComputedCase_causal_looksOnlyBack() {
        AttentionTrace.Head h = engine.trace(handCase(true)).head();
        double e = Math.E;
        double z = 2 * e + 1;

        assertThat(h.weights().row(0)).containsExactly(1.0, 0.0, 0.0);
        assertThat(h.weights().row(1)).containsExactly(new double[] {0.5, 0.5, 0.0}, within(EPS));
        assertThat(h.weights().row(2)).containsExactly(new double[] {e / z, 1 / z, e / z}, within(EPS));
        // the mask is applied to the weights only: the scaled scores still show every pair
        assertThat(h.scaled().get(0, 2)).isEqualTo(1.0);
    }

    @Test
    void scaleOff_leavesScoresUndivided() {
        AttentionTrace.Head h = engine.trace(handCase(false).withScale(false)).head();

        assertThat(h.scaled()).isEqualTo(h.scores());
        assertThat(h.weights().get(1, 0)).isCloseTo(1 / 3.0, within(EPS));
        double z = 2 * Math.exp(2) + 1;
        assertThat(h.weights().get(0, 0)).isCloseTo(Math.exp(2) / z, within(EPS));
    }

    @Test
    void concatenatedOutput_ofOneHead_isThatHeadsOutput() {
        AttentionTrace t = engine.trace(handCase(false));

        assertThat(t.output()).isEqualTo(t.head().output());
        assertThat(t.heads()).hasSize(1);
    }

    @Test
    void twoHeads_splitColumnsLikePyTorch() {
        // W_Q columns 0-1 are head 0, 2-3 head 1
        LessonState s = new LessonState(List.of("a", "b"),
                Matrix.of(new double[][] {{1, 2}, {3, 4}}),
                Matrix.of(new double[][] {{1, 0, 0, 1}, {0, 1, 1, 0}}),
                Matrix.of(new double[][] {{1, 1, 0, 0}, {0, 0, 1, 1}}),
                Matrix.of(new double[][] {{1, 0, 2, 0}, {0, 1, 0, 2}}),
                2, false, true);
        AttentionTrace t = engine.trace(s);

        assertThat(t.heads()).hasSize(2);
        assertThat(t.heads().get(1).q().toArray()).isEqualTo(new double[][] {{2, 1}, {4, 3}});
        assertThat(t.heads().get(1).v().toArray()).isEqualTo(new double[][] {{2, 4}, {6, 8}});
        assertThat(t.output().cols()).isEqualTo(4);
        assertThat(t.output().columns(2, 4)).isEqualTo(t.heads().get(1).output());
    }

    @Test
    void trace_doesNotModifyItsInput() {
        LessonState s = handCase(false);
        double[][] before = s.x().toArray();
        engine.trace(s);

        assertThat(s.x().toArray()).isEqualTo(before);
        assertThat(s).isEqualTo(handCase(false));
    }
}
