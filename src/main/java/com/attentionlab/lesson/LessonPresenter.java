package com.attentionlab.lesson;

import com.attentionlab.engine.AttentionEngine;
import com.attentionlab.engine.AttentionTrace;
import com.attentionlab.engine.LessonState;
import com.attentionlab.engine.Limits;
import com.attentionlab.model.MiniLm;
import com.attentionlab.share.ModelRef;
import com.attentionlab.engine.Matrix;
import com.attentionlab.share.ShareCodeException;
import com.attentionlab.share.ShareCodec;
import com.attentionlab.share.SharedLesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one presenter of a lesson (one per browser tab): holds the immutable {@link LessonState}, runs the engine on
 * every change and tells its listeners. Views hand user actions to it and read the state, the trace and the
 * {@link #refusedEdits() refused edits} back; they never call the engine themselves.
 *
 * <p>Every change recomputes the whole trace at once (at lesson size that is a few microseconds), so every
 * matrix and chart on a page can update in the same round trip.
 *
 * <p>Not {@code Serializable}: sessions stay on one node (sticky) and are never persisted; a lost session is
 * rebuilt from the URL, which holds the whole lesson.
 */
public class LessonPresenter {

    /** The lesson's own sentence. */
    public static final String DEFAULT_SENTENCE = "The cat sat on the mat because it was tired";
    public static final long DEFAULT_SEED = 7;

    private final AttentionEngine engine;
    private final AttentionEngine modelEngine = new AttentionEngine(Limits.MODEL);
    private final ShareCodec codec;
    private final ModelLessons models;
    private final List<Runnable> listeners = new ArrayList<>();
    private final RefusedEdits refused = new RefusedEdits();

    private SharedLesson lesson;
    private AttentionTrace trace;
    private AttentionTrace multiHeadTrace;
    private String shareCode;

    public LessonPresenter(AttentionEngine engine, ShareCodec codec, ModelLessons models) {
        this.engine = engine;
        this.codec = codec;
        this.models = models;
        loadDefault();
    }

    /** True when the lesson shows one head of a trained model (all-MiniLM-L6-v2). */
    public boolean onModel() {
        return lesson.onModel();
    }

    /** The trained model's head this lesson shows, with the learner's edits; empty for a hand-made lesson. */
    public Optional<ModelRef> modelHead() {
        return Optional.ofNullable(lesson.model());
    }

    /** Whether the trained model is in memory already (choosing a head is then quick; else it loads first). */
    public boolean modelLoaded() {
        return MiniLm.loaded();
    }

    /**
     * Loads the trained model (once per JVM, a second or two); safe to call from any thread, e.g. before
     * {@link #chooseModelHead} so that the UI can say "Loading…" meanwhile. Touches no lesson state.
     */
    public void loadModel() {
        models.model();
    }

    /** Layers of the trained model (for pickers; does not load it). */
    public int modelLayers() {
        return com.attentionlab.model.MiniLmWeights.LAYERS;
    }

    /** Heads per layer of the trained model (for pickers; does not load it). */
    public int modelHeads() {
        return com.attentionlab.model.MiniLmWeights.HEADS;
    }

    /** The sentence through the trained model (tokens and every head); only on a model's head. */
    public MiniLm.Run modelRun() {
        if (!onModel()) {
            throw new IllegalStateException("not on a trained model's head");
        }
        return models.run(sentence());
    }

    /**
     * Shows head {@code head} of layer {@code layer} (0-based) of the trained model on the current sentence. From a
     * hand-made lesson this enters model mode; on another head, edits are dropped. Or says why it cannot.
     */
    public Optional<String> chooseModelHead(int layer, int head) {
        ModelRef ref = new ModelRef(MiniLm.ID, layer, head);
        return applyModel(ref, sentence());
    }

    /** Back to the hand-made lesson: the preset's weights on the same sentence's words. */
    public void leaveModel() {
        if (onModel()) {
            Preset p = preset();
            refused.clear();
            String text = sentence();
            LessonState next;
            try { // the model's sentence, if the hand-made lesson can take it; else the lesson's own
                next = p.lesson(Tokenizer.tokenize(text), seed(), false, true);
                engine.limits().check(next);
            } catch (IllegalArgumentException e) {
                text = DEFAULT_SENTENCE;
                next = p.lesson(Tokenizer.tokenize(text), seed(), false, true);
            }
            apply(new SharedLesson(next, text, p.id(), seed()));
        }
    }

    private Optional<String> applyModel(ModelRef ref, String sentence) {
        try {
            LessonState s = models.resolve(ref, sentence);
            refused.clear();
            apply(new SharedLesson(s, sentence.strip(), lesson.presetId(), lesson.seed(), ref));
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    public LessonState state() {
        return lesson.state();
    }

    public AttentionTrace trace() {
        return trace;
    }

    public String sentence() {
        return lesson.sentence();
    }

    /** The preset that Reset returns to. */
    public Preset preset() {
        return Preset.fromId(lesson.presetId()).orElse(Preset.COREFERENCE);
    }

    public long seed() {
        return lesson.seed();
    }

    /** Cells whose last edit was refused, and why. */
    public RefusedEdits refusedEdits() {
        return refused;
    }

    /** The multi-head step's two heads: the lesson's weights and a previous-token head ({@link MultiHeadPreview}). */
    public AttentionTrace multiHeadTrace() {
        if (multiHeadTrace == null) {
            multiHeadTrace = onModel()
                    ? modelEngine.trace(ModelLessons.layerState(modelRun(), lesson.model().layer()))
                    : engine.trace(MultiHeadPreview.of(state(), seed()));
        }
        return multiHeadTrace;
    }

    /** Replaces the sentence (new tokens, X from the vocabulary, the rest kept); or says why it cannot. */
    public Optional<String> setSentence(String text) {
        if (onModel()) {
            return applyModel(lesson.model(), text); // the head and its edited weights stay
        }
        LessonState state = state();
        if (state.dModel() != Vocabulary.D_MODEL) {
            return Optional.of("This lesson's embeddings have " + state.dModel()
                    + " dimensions; reset to a preset before typing a new sentence.");
        }
        try {
            List<String> tokens = Tokenizer.tokenize(text);
            LessonState next = new LessonState(tokens, Vocabulary.embed(tokens), state.wq(), state.wk(), state.wv(),
                    state.heads(), state.causal(), state.scale());
            engine.limits().check(next);
            refused.clear(Editable.X);
            apply(new SharedLesson(next, text.strip(), lesson.presetId(), lesson.seed()));
            return Optional.empty();
        } catch (IllegalArgumentException e) { // InvalidLessonException is one too
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Gives token i the named meaning features (e.g. living, noun): its row of X becomes what a known word with
     * those features would have at that place. For words the vocabulary does not know.
     */
    public void setMeaning(int token, java.util.Set<String> features) {
        LessonState s = state();
        if (s.dModel() != Vocabulary.D_MODEL || token < 0 || token >= s.tokens().size()) {
            throw new IllegalArgumentException("no token " + token + " with meaning features in this lesson");
        }
        double[] row = Vocabulary.row(features, token);
        Matrix x = Matrix.build(s.x().rows(), s.x().cols(), (i, j) -> i == token ? row[j] : s.x().get(i, j));
        refused.clear(Editable.X);
        apply(s.withX(x));
    }

    /** Chooses a preset: its weights replace W_Q, W_K, W_V; the sentence and switches stay. */
    public void choosePreset(Preset p, long newSeed) {
        if (onModel()) {
            leaveModel();
        }
        refused.clear();
        LessonState s = state();
        apply(new SharedLesson(p.lesson(s.tokens(), newSeed, s.causal(), s.scale()), sentence(), p.id(), newSeed));
    }

    /** Back to the chosen preset: X from the vocabulary, the preset's weights, edits and refusals dropped. */
    public void reset() {
        if (onModel()) {
            applyModel(lesson.model().unedited(), sentence());
            return;
        }
        choosePreset(preset(), seed());
    }

    public void setScale(boolean on) {
        if (state().scale() != on) {
            apply(state().withScale(on));
        }
    }

    public void setCausal(boolean on) {
        if (state().causal() != on) {
            apply(state().withCausal(on));
        }
    }

    /**
     * A learner typed {@code text} into cell (row, col) of a matrix. A number ({@link NumberGrammar}) within the
     * limits replaces the cell and recomputes everything; anything else is refused: the cell keeps its last valid
     * value and {@link #refusedEdits()} says why. Listeners are told either way.
     */
    public void editCell(Editable m, int row, int col, String text) {
        Matrix current = m.of(state());
        boolean editable = onModel() ? Editable.MODEL.contains(m) : Editable.MATRICES.contains(m);
        if (!editable || row < 0 || row >= current.rows() || col < 0 || col >= current.cols()) {
            throw new IllegalArgumentException(m.label() + " has no editable cell (" + row + ", " + col + ")");
        }
        Cell cell = new Cell(row, col);
        Optional<Double> parsed = NumberGrammar.parse(text);
        Optional<String> refusal = RefusedEdits.reason(text, parsed, limits(), current.get(row, col));
        if (refusal.isPresent()) {
            refused.refuse(m, cell, refusal.get());
            fire();
        } else {
            refused.accept(m, cell);
            double v = parsed.orElseThrow();
            LessonState next = m.replace(state(), current.with(row, col, v));
            if (onModel()) {
                ModelRef ref = lesson.model().with(new ModelRef.Edit(m.id(), row, col, v));
                apply(new SharedLesson(next, sentence(), lesson.presetId(), lesson.seed(), ref));
            } else {
                apply(next);
            }
        }
    }

    /** Loads a whole lesson (a link's, a classroom's snapshot) unless it is already the current one. */
    public void load(SharedLesson l) {
        if (!l.equals(lesson)) {
            (l.onModel() ? modelEngine : engine).limits().check(l.state());
            refused.clear();
            apply(l);
        }
    }

    /** Back to the default lesson: the lesson's sentence, the coreference preset, switches at their defaults. */
    public void loadDefault() {
        Preset p = Preset.COREFERENCE;
        refused.clear();
        apply(new SharedLesson(p.lesson(Tokenizer.tokenize(DEFAULT_SENTENCE), DEFAULT_SEED, false, true),
                DEFAULT_SENTENCE, p.id(), DEFAULT_SEED));
    }

    /** The share code of the current lesson: decoding it reproduces this state bit for bit. */
    public String shareCode() {
        if (shareCode == null) {
            shareCode = codec.encode(toShared());
        }
        return shareCode;
    }

    /** The lesson as a share link carries it. */
    public SharedLesson toShared() {
        return lesson;
    }

    /** Loads the lesson of a share code; or says why the code cannot be read (and changes nothing). */
    public Optional<String> loadShared(String code) {
        if (code.equals(shareCode)) {
            return Optional.empty();
        }
        try {
            load(codec.decode(code));
            return Optional.empty();
        } catch (ShareCodeException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Calls the listener after every change and every refused edit; returns how to stop (run it on detach). */
    public Runnable addListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void fire() {
        for (Runnable l : List.copyOf(listeners)) {
            l.run();
        }
    }

    private Limits limits() {
        return onModel() ? modelEngine.limits() : engine.limits();
    }

    private void apply(LessonState next) {
        apply(new SharedLesson(next, lesson.sentence(), lesson.presetId(), lesson.seed(), lesson.model()));
    }

    private void apply(SharedLesson next) {
        AttentionTrace t = (next.onModel() ? modelEngine : engine).trace(next.state());
        lesson = next;
        trace = t;
        multiHeadTrace = null;
        shareCode = null;
        fire();
    }
}
