package com.attentionlab.lesson;

import com.attentionlab.engine.AttentionEngine;
import com.attentionlab.engine.AttentionTrace;
import com.attentionlab.engine.LessonState;
import com.attentionlab.engine.Limits;
import com.attentionlab.engine.Matrix;
import com.attentionlab.model.EncoderTrace;
import com.attentionlab.model.FloatMatrix;
import com.attentionlab.model.MiniLm;
import com.attentionlab.share.ModelRef;
import com.attentionlab.share.ShareCodeException;
import com.attentionlab.share.ShareCodec;
import com.attentionlab.share.SharedLesson;
import com.attentionlab.testsupport.TestLessons;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Lessons on all-MiniLM-L6-v2's heads: the lesson's engine, recomputing a head, agrees with the encoder. */
class ModelLessonsTest {

    static final String TIRED = "The cat sat on the mat because it was tired";
    static final int IT = 8;
    static final int CAT = 2;
    private static final double ENCODER_EPS = 1e-5;

    private final ModelLessons models = new ModelLessons(64);
    private final AttentionEngine engine = new AttentionEngine(Limits.MODEL);

    @Test
    void theLessonsEngine_onEveryRealHead_equalsTheEncoder() {
        MiniLm.Run run = models.run(TIRED);

        double worst = 0;
        for (int layer = 0; layer < 6; layer++) {
            for (int head = 0; head < 12; head++) {
                AttentionTrace.Head mine = engine.trace(ModelLessons.headState(run, layer, head)).head();
                EncoderTrace.Head theirs = run.trace().layer(layer).head(head);
                worst = Math.max(worst, maxDiff(mine.q(), theirs.queries()));
                worst = Math.max(worst, maxDiff(mine.k(), theirs.keys()));
                worst = Math.max(worst, maxDiff(mine.v(), theirs.values()));
                worst = Math.max(worst, maxDiff(mine.scaled(), theirs.scaledScores()));
                worst = Math.max(worst, maxDiff(mine.weights(), theirs.attentionWeights()));
                worst = Math.max(worst, maxDiff(mine.output(), theirs.output()));
            }
        }

        assertThat(worst).isLessThan(ENCODER_EPS);
    }

    @Test
    void layer6Head12_sendsItToCat() {
        MiniLm.Run run = models.run(TIRED);
        LessonState s = ModelLessons.headState(run, 5, 11);

        assertThat(s.tokens()).containsExactly("[CLS]", "the", "cat", "sat", "on", "the", "mat", "because", "it",
                "was", "tired", "[SEP]");
        assertThat(engine.trace(s).head().weights().get(IT, CAT)).isBetween(0.66, 0.70);
        assertThat(s.dModel()).isEqualTo(384);
        assertThat(s.wq().shape()).isEqualTo("(384×32)");
        assertThat(s.hasBiases()).isTrue();
    }

    @Test
    void aPresenter_entersModelMode_editsAHead_andItsLinkCarriesTheReferenceNotTheWeights() throws Exception {
        LessonPresenter p = TestLessons.presenters().create();

        assertThat(p.chooseModelHead(5, 11)).isEmpty();
        double before = p.trace().head().weights().get(IT, CAT);
        p.editCell(Editable.BQ, 0, 3, "4");
        p.editCell(Editable.WK, 100, 7, "-2.5");

        assertThat(p.onModel()).isTrue();
        assertThat(p.modelHead().orElseThrow().edits()).hasSize(2);
        assertThat(p.trace().head().weights().get(IT, CAT)).isNotEqualTo(before);
        String code = p.shareCode();
        assertThat(code.length()).isLessThan(200);
        LessonPresenter other = TestLessons.presenters().create();
        assertThat(other.loadShared(code)).isEmpty();
        assertThat(other.state()).isEqualTo(p.state());
        assertThat(other.trace().head().weights()).isEqualTo(p.trace().head().weights());
        assertThat(other.modelHead()).isEqualTo(p.modelHead());
    }

    @Test
    void onAModelHead_XIsNotEditable_resetDropsEdits_andANewSentenceKeepsTheHead() {
        LessonPresenter p = TestLessons.presenters().create();
        p.chooseModelHead(5, 11);
        p.editCell(Editable.WQ, 0, 0, "3");

        assertThatThrownBy(() -> p.editCell(Editable.X, 0, 0, "1")).isInstanceOf(IllegalArgumentException.class);
        p.reset();
        assertThat(p.modelHead().orElseThrow().edits()).isEmpty();
        assertThat(p.setSentence("The cat sat on the mat because it was soft")).isEmpty();
        assertThat(p.modelHead().orElseThrow().layer()).isEqualTo(5);
        assertThat(p.state().tokens()).contains("soft");
        assertThat(p.setSentence("word ".repeat(70))).hasValueSatisfying(m -> assertThat(m).contains("at most 64"));

        p.leaveModel();
        assertThat(p.onModel()).isFalse();
        assertThat(p.state().dModel()).isLessThan(384);
    }

    @Test
    void aModelLink_toAHeadThatDoesNotExist_orAnUnknownModel_isRefusedWithAReason() {
        ShareCodec codec = new ShareCodec(Limits.LINKS, models);
        LessonState any = TestLessons.presenter().state();

        String noHead = codec.encode(new SharedLesson(any, TIRED, "coreference", 7, new ModelRef("minilm", 5, 12)));
        String noModel = codec.encode(new SharedLesson(any, TIRED, "coreference", 7, new ModelRef("gpt-5", 0, 0)));
        String badCell = codec.encode(new SharedLesson(any, TIRED, "coreference", 7,
                new ModelRef("minilm", 0, 0, List.of(new ModelRef.Edit("wq", 384, 0, 1)))));

        assertThatThrownBy(() -> codec.decode(noHead)).isInstanceOf(ShareCodeException.class)
                .hasMessageContaining("layer 6 head 13 does not exist");
        assertThatThrownBy(() -> codec.decode(noModel)).isInstanceOf(ShareCodeException.class)
                .hasMessageContaining("no model \"gpt-5\"");
        assertThatThrownBy(() -> codec.decode(badCell)).isInstanceOf(ShareCodeException.class)
                .hasMessageContaining("wq");
        assertThatThrownBy(() -> new ShareCodec(Limits.LINKS).decode(noHead)).isInstanceOf(ShareCodeException.class)
                .hasMessageContaining("no trained model");
    }

    @Test
    void theLayersHeadsSideBySide_areTheSameHeads() {
        MiniLm.Run run = models.run(TIRED);

        AttentionTrace all = engine.trace(ModelLessons.layerState(run, 5));

        assertThat(all.heads()).hasSize(12);
        assertThat(all.heads().get(11).weights().get(IT, CAT))
                .isCloseTo(run.trace().layer(5).head(11).attentionWeights().get(IT, CAT), within(ENCODER_EPS));
    }

    private static double maxDiff(Matrix a, FloatMatrix b) {
        assertThat(a.rows()).isEqualTo(b.rows());
        assertThat(a.cols()).isEqualTo(b.cols());
        double worst = 0;
        for (int i = 0; i < a.rows(); i++) {
            for (int j = 0; j < a.cols(); j++) {
                worst = Math.max(worst, Math.abs(a.get(i, j) - b.get(i, j)));
            }
        }
        return worst;
    }
}
