package com.attentionlab.engine;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static com.attentionlab.testsupport.Tolerance.EPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Properties that hold for any input, over random shapes from a seeded Random. */
class AttentionPropertiesTest {

    private static final long SEED = 20261127L;
    private final AttentionEngine engine = new AttentionEngine();

    /** A random valid state; each repetition has its own seed derived from SEED. */
    static LessonState randomState(Random r, boolean causal, boolean scale, int forcedDk) {
        int n = 1 + r.nextInt(12);
        int dModel = 1 + r.nextInt(10);
        int heads = 1 + r.nextInt(4);
        int dK = forcedDk > 0 ? forcedDk : 1 + r.nextInt(6);
        int dV = 1 + r.nextInt(6);
        double spread = r.nextBoolean() ? 1 : 20;
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            tokens.add("t" + i);
        }
        return new LessonState(tokens, random(r, n, dModel, spread), random(r, dModel, heads * dK, spread),
                random(r, dModel, heads * dK, spread), random(r, dModel, heads * dV, spread), heads, causal, scale);
    }

    static Matrix random(Random r, int rows, int cols, double spread) {
        return Matrix.build(rows, cols, (i, j) -> r.nextGaussian() * spread);
    }

    private static Random random(RepetitionInfo info) {
        return new Random(SEED + info.getCurrentRepetition());
    }

    @RepeatedTest(200)
    void weightRows_sumToOne_andLieInZeroOne(RepetitionInfo info) {
        Random r = random(info);
        AttentionTrace t = engine.trace(randomState(r, r.nextBoolean(), r.nextBoolean(), 0));

        for (AttentionTrace.Head h : t.heads()) {
            for (int i = 0; i < h.weights().rows(); i++) {
                double sum = 0;
                for (double w : h.weights().row(i)) {
                    assertThat(w).isBetween(0.0, 1.0);
                    sum += w;
                }
                assertThat(sum).isCloseTo(1.0, within(EPS));
            }
        }
    }

    @RepeatedTest(200)
    void causal_weightsAboveDiagonal_areExactlyZero(RepetitionInfo info) {
        Random r = random(info);
        AttentionTrace t = engine.trace(randomState(r, true, r.nextBoolean(), 0));

        for (AttentionTrace.Head h : t.heads()) {
            for (int i = 0; i < h.weights().rows(); i++) {
                for (int j = i + 1; j < h.weights().cols(); j++) {
                    assertThat(h.weights().get(i, j)).isEqualTo(0.0);
                }
            }
            assertThat(h.weights().get(0, 0)).isEqualTo(1.0); // the first token can only see itself
        }
    }

    @RepeatedTest(200)
    void addingAConstantToARow_changesNoWeight(RepetitionInfo info) {
        Random r = random(info);
        int n = 1 + r.nextInt(12);
        Matrix scores = random(r, n, n, 5);
        double[] shift = new double[n];
        for (int i = 0; i < n; i++) {
            shift[i] = (r.nextDouble() - 0.5) * 200;
        }
        Matrix shifted = Matrix.build(n, n, (i, j) -> scores.get(i, j) + shift[i]);

        Matrix a = scores.softmaxRows();
        Matrix b = shifted.softmaxRows();
        for (int i = 0; i < n; i++) {
            assertThat(b.row(i)).containsExactly(a.row(i), within(EPS));
        }
    }

    @RepeatedTest(100)
    void scaleOff_equalsScaleOn_whenDkIsOne(RepetitionInfo info) {
        Random r = random(info);
        LessonState s = randomState(r, r.nextBoolean(), true, 1);

        assertThat(engine.trace(s.withScale(false))).isEqualTo(engine.trace(s));
    }

    @RepeatedTest(100)
    void eachHead_equalsSingleHeadAttentionOnItsColumns(RepetitionInfo info) {
        Random r = random(info);
        LessonState s = randomState(r, r.nextBoolean(), r.nextBoolean(), 0);
        AttentionTrace t = engine.trace(s);

        for (int h = 0; h < s.heads(); h++) {
            int dK = s.dK();
            int dV = s.dV();
            LessonState one = new LessonState(s.tokens(), s.x(), s.wq().columns(h * dK, (h + 1) * dK),
                    s.wk().columns(h * dK, (h + 1) * dK), s.wv().columns(h * dV, (h + 1) * dV), 1, s.causal(),
                    s.scale());
            assertThat(engine.trace(one).head()).isEqualTo(t.heads().get(h));
        }
    }

    @RepeatedTest(50)
    void shapes_followTheLesson(RepetitionInfo info) {
        Random r = random(info);
        LessonState s = randomState(r, false, true, 0);
        AttentionTrace t = engine.trace(s);

        AttentionTrace.Head h = t.head();
        assertThat(h.q().shape()).isEqualTo("(" + s.n() + "×" + s.dK() + ")");
        assertThat(h.v().shape()).isEqualTo("(" + s.n() + "×" + s.dV() + ")");
        assertThat(h.weights().shape()).isEqualTo("(" + s.n() + "×" + s.n() + ")");
        assertThat(t.output().shape()).isEqualTo("(" + s.n() + "×" + (s.heads() * s.dV()) + ")");
    }
}
