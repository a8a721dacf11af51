package com.attentionlab.lesson;

import com.attentionlab.engine.AttentionEngine;
import com.attentionlab.engine.AttentionTrace;
import com.attentionlab.engine.InvalidLessonException;
import com.attentionlab.engine.LessonState;
import com.attentionlab.engine.Matrix;
import com.attentionlab.share.ShareCodeException;
import com.attentionlab.share.ShareCodec;
import com.attentionlab.share.SharedLesson;
import com.vaadin.flow.shared.Registration;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one presenter of the lesson: holds the immutable {@link LessonState}, runs the engine on every change and
 * tells its listeners. Views hand user actions to it and read the state and trace back; they never call the
 * engine themselves.
 *
 * <p>Every change recomputes the whole trace at once (at lesson size that is a few microseconds), so every
 * matrix and chart on a page can update in the same round trip.
 */
public class LessonPresenter implements Serializable {

    /** The lesson's own sentence. */
    public static final String DEFAULT_SENTENCE = "The cat sat on the mat because it was tired";
    public static final long DEFAULT_SEED = 7;

    private static final Pattern NUMBER =
            Pattern.compile("[-+]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][-+]?\\d+)?");

    private final AttentionEngine engine;
    private final ShareCodec codec;
    private final List<Runnable> listeners = new ArrayList<>();
    /** Messages of refused edits, per matrix, by cell. */
    private final Map<Editable, Map<Cell, String>> cellErrors = new EnumMap<>(Editable.class);

    private String sentence;
    private Preset preset;
    private long seed;
    private LessonState state;
    private AttentionTrace trace;
    private AttentionTrace multiHeadTrace;
    private String shareCode;

    public LessonPresenter(AttentionEngine engine) {
        this(engine, new ShareCodec(engine.limits()));
    }

    public LessonPresenter(AttentionEngine engine, ShareCodec codec) {
        this.engine = engine;
        this.codec = codec;
        loadDefault();
    }

    private static LessonState build(List<String> tokens, Preset preset, long seed, boolean causal, boolean scale) {
        Preset.Weights w = preset.weights(seed);
        return new LessonState(tokens, Vocabulary.embed(tokens), w.wq(), w.wk(), w.wv(), 1, causal, scale);
    }

    // ---- reading ----

    public LessonState state() {
        return state;
    }

    public AttentionTrace trace() {
        return trace;
    }

    public String sentence() {
        return sentence;
    }

    public Preset preset() {
        return preset;
    }

    public long seed() {
        return seed;
    }

    /** The raw (pre-normalization) embedding of the current tokens, from the vocabulary. */
    public Matrix rawEmbedding() {
        return Vocabulary.rawEmbedding(state.tokens());
    }

    /** True when X is exactly the layer-normalized vocabulary embedding (no hand edits). */
    public boolean xIsFromVocabulary() {
        return state.dModel() == Vocabulary.D_MODEL && state.x().equals(Vocabulary.embed(state.tokens()));
    }

    /** Names of the columns of X: the vocabulary's dimension names at d_model 8, else d0, d1, … */
    public List<String> dimensionNames() {
        if (state.dModel() == Vocabulary.D_MODEL) {
            return Vocabulary.DIMENSIONS;
        }
        List<String> names = new ArrayList<>();
        for (int j = 0; j < state.dModel(); j++) {
            names.add("d" + j);
        }
        return names;
    }

    /**
     * Two heads side by side for the multi-head step: the lesson's own weights as head 0 and the
     * "previous token" preset as head 1. A state that already has several heads is shown as it is.
     */
    public AttentionTrace multiHeadTrace() {
        if (multiHeadTrace == null) {
            multiHeadTrace = engine.trace(multiHeadState());
        }
        return multiHeadTrace;
    }

    LessonState multiHeadState() {
        if (state.heads() > 1) {
            return state;
        }
        Preset.Weights second = Preset.PREVIOUS_TOKEN.weights(seed);
        if (second.wq().rows() != state.dModel() || state.dK() != Preset.D_K || state.dV() != Preset.D_K) {
            // a state of another shape (from a link): the second head attends uniformly
            second = new Preset.Weights(Matrix.zeros(state.dModel(), state.dK()),
                    Matrix.zeros(state.dModel(), state.dK()), state.wv());
        }
        return new LessonState(state.tokens(), state.x(),
                Matrix.concatColumns(List.of(state.wq(), second.wq())),
                Matrix.concatColumns(List.of(state.wk(), second.wk())),
                Matrix.concatColumns(List.of(state.wv(), second.wv())), 2, state.causal(), state.scale());
    }

    /** The message for an invalid cell, if the last edit of that cell was refused. */
    public Map<Cell, String> cellErrors(Editable m) {
        return Map.copyOf(cellErrors.getOrDefault(m, Map.of()));
    }

    // ---- changing ----

    /**
     * Replaces the sentence: new tokens and X from the vocabulary, weights and switches kept.
     *
     * @return an error message for the learner, or empty when the sentence was taken
     */
    public Optional<String> setSentence(String text) {
        List<String> tokens;
        try {
            tokens = Tokenizer.tokenize(text);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        if (state.dModel() != Vocabulary.D_MODEL) {
            return Optional.of("This lesson's embeddings have " + state.dModel()
                    + " dimensions; reset to a preset before typing a new sentence.");
        }
        LessonState next;
        try {
            next = new LessonState(tokens, Vocabulary.embed(tokens), state.wq(), state.wk(), state.wv(),
                    state.heads(), state.causal(), state.scale());
            engine.limits().check(next);
        } catch (InvalidLessonException e) {
            return Optional.of(e.getMessage());
        }
        sentence = text.strip();
        cellErrors.remove(Editable.X);
        apply(next);
        return Optional.empty();
    }

    /** Chooses a preset: its weights replace W_Q, W_K, W_V; the sentence and switches stay. */
    public void choosePreset(Preset p, long newSeed) {
        preset = p;
        seed = newSeed;
        reset();
    }

    /** Back to the chosen preset: X from the vocabulary, the preset's weights, edits and errors dropped. */
    public void reset() {
        cellErrors.clear();
        apply(build(state.tokens(), preset, seed, state.causal(), state.scale()));
    }

    public void setScale(boolean on) {
        if (state.scale() != on) {
            apply(state.withScale(on));
        }
    }

    public void setCausal(boolean on) {
        if (state.causal() != on) {
            apply(state.withCausal(on));
        }
    }

    /**
     * A learner typed {@code text} into cell (row, col) of a matrix. A finite number within the limits replaces
     * the cell and recomputes everything; anything else is refused with a message and the last valid value
     * stays.
     *
     * @return the error message, or empty when the edit was applied
     */
    public Optional<String> editCell(Editable m, int row, int col, String text) {
        Matrix current = m.of(state);
        if (row < 0 || row >= current.rows() || col < 0 || col >= current.cols()) {
            return Optional.of(m.label() + " has no cell (" + row + ", " + col + ")");
        }
        Cell key = new Cell(row, col);
        Optional<Double> parsed = parse(text);
        String error = null;
        if (parsed.isEmpty()) {
            error = "\"" + clip(text) + "\" is not a number; kept " + format(current.get(row, col));
        } else if (!engine.limits().allows(parsed.get())) {
            error = "\"" + clip(text) + "\" is outside ±" + (long) engine.limits().maxAbsValue()
                    + "; kept " + format(current.get(row, col));
        }
        if (error != null) {
            cellErrors.computeIfAbsent(m, e -> new java.util.TreeMap<>()).put(key, error);
            fire();
            return Optional.of(error);
        }
        double v = parsed.get();
        cellErrors.getOrDefault(m, new java.util.TreeMap<>()).remove(key);
        apply(m.replace(state, current.with(row, col, v)));
        return Optional.empty();
    }

    /** Replaces the whole state (e.g. from a shared link); the preset is kept as the Reset target. */
    public void load(LessonState s, Preset p, long newSeed, String newSentence) {
        engine.limits().check(s);
        preset = p;
        seed = newSeed;
        sentence = newSentence;
        cellErrors.clear();
        apply(s);
    }

    /** Loads a shared lesson (e.g. a classroom's snapshot) unless it is already the current one. */
    public void load(SharedLesson l) {
        if (!l.equals(toShared())) {
            load(l.state(), Preset.fromId(l.presetId()).orElse(Preset.COREFERENCE), l.seed(), l.sentence());
        }
    }

    /** Back to the default lesson: the lesson's sentence, the coreference preset, switches at their defaults. */
    public void loadDefault() {
        preset = Preset.COREFERENCE;
        seed = DEFAULT_SEED;
        sentence = DEFAULT_SENTENCE;
        cellErrors.clear();
        apply(build(Tokenizer.tokenize(sentence), preset, seed, false, true));
    }

    // ---- share links ----

    /** The share code of the current lesson: decoding it reproduces this state bit for bit. */
    public String shareCode() {
        if (shareCode == null) {
            shareCode = codec.encode(toShared());
        }
        return shareCode;
    }

    /** The lesson as a share link carries it. */
    public SharedLesson toShared() {
        return new SharedLesson(state, sentence, preset.id(), seed);
    }

    /**
     * Loads the lesson of a share code. A code that cannot be read changes nothing.
     *
     * @return why the code could not be read, or empty when it was loaded
     */
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

    private static Optional<Double> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replace('−', '-');
        if (!NUMBER.matcher(t).matches()) {
            return Optional.empty();
        }
        // NUMBER allows one separator: a decimal comma, as many learners type it, reads as a point.
        // Overflow such as 1e999 parses to infinity, which the limits then refuse.
        return Optional.of(Double.parseDouble(t.replace(',', '.')));
    }

    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String clip(String s) {
        return s.length() <= 20 ? s : s.substring(0, 20) + "…";
    }

    private void apply(LessonState next) {
        AttentionTrace t = engine.trace(next);
        state = next;
        trace = t;
        multiHeadTrace = null;
        shareCode = null;
        fire();
    }

    // ---- listening ----

    /** Calls the listener after every change of state (and after a refused edit, to show its message). */
    public Registration addListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void fire() {
        for (Runnable l : List.copyOf(listeners)) {
            l.run();
        }
    }
}
