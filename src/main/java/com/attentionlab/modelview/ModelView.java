package com.attentionlab.modelview;

import com.attentionlab.lesson.AuthoredLesson;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.ModelLessons;
import com.attentionlab.lesson.Step;
import com.attentionlab.lesson.ui.LessonView;
import com.attentionlab.model.MiniLm;
import com.attentionlab.model.MiniLmWeights;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * {@code /model?sentence=…}: all 6 × 12 heads of all-MiniLM-L6-v2 on one sentence as small heatmaps (after BertViz's
 * model view), "Find heads" and a prepared contrast pair. A head opens in the lesson's softmax step through an
 * authored model link. The first visit after start-up loads the model (a second or two) in the background.
 */
@Route(ModelView.PATH)
@PageTitle("Every head of a trained model — Attention Lab")
public class ModelView extends Main implements BeforeEnterObserver {

    public static final String PATH = "model";

    private final ModelLessons models;
    private final TextField sentence = new TextField("Sentence");
    private final Paragraph loading = new Paragraph("Loading the model…");
    private final Div content = new Div();
    private final HeadGrid grid;
    private final FindHeads find = new FindHeads(this::open);
    private final ContrastPair contrast;
    private String text = LessonPresenter.DEFAULT_SENTENCE;
    private MiniLm.Run shown;

    public ModelView(ModelLessons models) {
        this.models = models;
        this.grid = new HeadGrid(MiniLmWeights.LAYERS, MiniLmWeights.HEADS, this::open);
        this.contrast = new ContrastPair(models::run);
        addClassName("model-view");
        add(createHeader(), createSentence(), loading, content);
        content.add(createGridIntro(), grid, find, contrast);
        content.setVisible(false);
        loading.setId("model-loading");
    }

    /** The path of the model view on a sentence, with its query. */
    public static String locationOf(String sentence) {
        return PATH + "?" + query(sentence).getQueryString();
    }

    /** Takes a tab to the model view on a sentence. */
    public static void open(UI ui, String sentence) {
        ui.navigate(PATH, query(sentence));
    }

    private static QueryParameters query(String sentence) {
        return QueryParameters.of(AuthoredLesson.SENTENCE, sentence);
    }

    private Div createHeader() {
        Anchor back = new Anchor(LessonView.pathOf(Step.INTUITION), "← The lesson");
        back.setId("back-to-lesson");
        Span name = new Span(MiniLm.NAME);
        name.addClassName("model-name"); // never broken at its hyphens
        Div header = new Div(new H1(new Text("Every head of "), name), back);
        header.addClassName("model-header");
        return header;
    }

    private TextField createSentence() {
        sentence.setId("model-sentence");
        sentence.setWidthFull();
        sentence.setMaxLength(400);
        sentence.setHelperText("Up to " + models.maxTokens() + " tokens, [CLS] and [SEP] included. Press Enter.");
        sentence.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                show(e.getValue());
            }
        });
        return sentence;
    }

    private Div createGridIntro() {
        Paragraph p = new Paragraph("A trained sentence model has " + MiniLmWeights.LAYERS + " layers of "
                + MiniLmWeights.HEADS + " heads. Each square is one head's attention weights on your sentence: row = "
                + "the token that asks, column = the token looked at, bright = much weight (0 dark, 1 yellow). "
                + "Click a head to open it in the lesson.");
        Div legend = new Div();
        legend.addClassName("model-legend");
        legend.getElement().setAttribute("aria-hidden", "true");
        Paragraph hint = new Paragraph("On a narrow screen, swipe the grid sideways for heads 7–12.");
        hint.addClassName("grid-scroll-hint");
        Div intro = new Div(p, legend, hint);
        intro.addClassName("model-intro");
        return intro;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(AuthoredLesson.SENTENCE)
                .ifPresent(s -> text = s);
        sentence.setValue(text);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (MiniLm.loaded()) {
            show(text);
            return;
        }
        UI ui = attachEvent.getUI();
        loading.setVisible(true);
        CompletableFuture.runAsync(models::model).whenComplete((ok, failure) -> {
            try {
                ui.access(() -> {
                    if (failure != null) {
                        loading.setText("The model could not be loaded: " + failure.getMessage());
                    } else {
                        show(text);
                    }
                });
            } catch (UIDetachedException e) {
                // the visitor left before the model was ready: nothing to show
            }
        });
    }

    /** Shows the sentence's heads, or says in the field why it cannot (the last sentence stays on screen). */
    void show(String next) {
        MiniLm.Run run;
        try {
            run = models.run(next);
        } catch (IllegalArgumentException e) {
            sentence.setErrorMessage("This sentence cannot be shown: " + e.getMessage() + ".");
            sentence.setInvalid(true);
            if (shown == null && !next.equals(LessonPresenter.DEFAULT_SENTENCE)) {
                showRun(models.run(LessonPresenter.DEFAULT_SENTENCE), LessonPresenter.DEFAULT_SENTENCE);
            }
            return;
        }
        sentence.setInvalid(false);
        showRun(run, next.strip());
    }

    private void showRun(MiniLm.Run run, String s) {
        text = s;
        shown = run;
        grid.show(run);
        find.show(run);
        loading.setVisible(false);
        content.setVisible(true);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, locationOf(text)));
    }

    /** Opens head {@code head} of layer {@code layer} (0-based) in the lesson's softmax step. */
    void open(int layer, int head) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put(AuthoredLesson.MODEL, MiniLm.ID);
        q.put(AuthoredLesson.SENTENCE, text);
        q.put(AuthoredLesson.LAYER, Integer.toString(layer + 1));
        q.put(AuthoredLesson.HEAD, Integer.toString(head + 1));
        getUI().ifPresent(ui -> ui.navigate(LessonView.pathOf(Step.SOFTMAX), QueryParameters.simple(q)));
    }

    /** The sentence on screen. */
    public String sentence() {
        return text;
    }

    boolean loaded() {
        return shown != null;
    }

    HeadGrid grid() {
        return grid;
    }

    FindHeads find() {
        return find;
    }

    ContrastPair contrast() {
        return contrast;
    }
}
