package com.attentionlab.lesson.ui;

import com.attentionlab.lesson.LessonPresenter;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;

import java.util.concurrent.CompletableFuture;

/**
 * Where the lesson's weights come from: the hand-made presets, or one head of a trained model (all-MiniLM-L6-v2).
 * Choosing the model shows layer 6, head 12; the first time, the model loads in the background (a second or two)
 * while this says "Loading the model…", and the head appears when it is ready (pushed to the browser). On the model:
 * the layer and head, the weight editor, and the way back to the hand-made lesson.
 */
class ModelSource extends Div {

    /** Layer 6, head 12 (0-based): its "it" looks at "cat" in the lesson's sentence. */
    static final int FIRST_LAYER = 5;
    static final int FIRST_HEAD = 11;

    private final LessonPresenter presenter;
    private final Button choose = new Button("Trained model (all-MiniLM-L6-v2)", VaadinIcon.CLUSTER.create());
    private final Div loading = new Div();
    private final Span error = new Span();
    private final Div onModel = new Div();
    /** Made the first time the lesson is on the model: a hand-made lesson's tab does not carry them. */
    private HeadPicker picker;
    private ModelEditForm editor;

    ModelSource(LessonPresenter presenter) {
        this.presenter = presenter;
        addClassName("model-source");
        choose.setId("source-model");
        choose.addClassName("source-model");
        choose.addClickListener(e -> choose());
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        loading.setId("model-loading");
        loading.add(new Span("Loading the model…"), bar);
        loading.getElement().setAttribute("role", "status");
        loading.setVisible(false);
        error.setId("model-error");
        error.addClassName("error-text");
        error.setVisible(false);
        Paragraph offer = new Paragraph("Or see the same steps on a real, trained model:");
        offer.addClassName("model-offer");
        Div handMade = new Div(offer, choose, loading, error);
        handMade.addClassName("model-choice");

        onModel.addClassName("model-on");
        add(handMade, onModel);
        refresh();
    }

    private void buildOnModel() {
        picker = new HeadPicker(presenter, "panel-model", false);
        editor = new ModelEditForm(presenter);
        Button leave = new Button("Back to the hand-made lesson", VaadinIcon.ARROW_BACKWARD.create(),
                e -> presenter.leaveModel());
        leave.setId("leave-model");
        Paragraph about = new Paragraph("Weights from the trained model all-MiniLM-L6-v2: 6 layers of 12 heads. X is "
                + "the chosen layer's input for this sentence.");
        onModel.add(about, picker, leave, editor);
    }

    private void choose() {
        error.setVisible(false);
        if (presenter.modelLoaded()) {
            show();
            return;
        }
        UI ui = UI.getCurrent();
        choose.setEnabled(false);
        loading.setVisible(true);
        CompletableFuture.runAsync(presenter::loadModel, ModelSource::loaderThread).whenComplete((ok, failure) -> {
            try {
                ui.access(() -> {
                    choose.setEnabled(true);
                    loading.setVisible(false);
                    if (failure != null) {
                        showError("The model could not be loaded (" + failure.getClass().getSimpleName() + ").");
                    } else {
                        show();
                    }
                });
            } catch (com.vaadin.flow.component.UIDetachedException gone) {
                // the page was closed meanwhile: nothing to show
            }
        });
    }

    /** The load runs on a thread of its own (not the common pool, which parallel streams share). */
    private static void loaderThread(Runnable task) {
        Thread t = new Thread(task, "minilm-loader");
        t.setDaemon(true);
        t.start();
    }

    private void show() {
        presenter.chooseModelHead(FIRST_LAYER, FIRST_HEAD).ifPresent(this::showError);
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    void refresh() {
        boolean model = presenter.onModel();
        getChildren().findFirst().ifPresent(c -> c.setVisible(!model));
        onModel.setVisible(model);
        if (model) {
            if (picker == null) {
                buildOnModel();
            }
            picker.refresh();
            editor.refresh();
        }
    }
}
