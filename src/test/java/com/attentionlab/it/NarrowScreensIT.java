package com.attentionlab.it;

import com.attentionlab.it.pages.InputsDrawer;
import com.attentionlab.it.pages.LessonPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

import java.util.Arrays;

import static com.attentionlab.testsupport.TestLessons.PRONOUN_DIMENSION;
import static org.assertj.core.api.Assertions.assertThat;

/** A phone: the inputs are a drawer behind "Edit inputs", and the step has the whole width. */
class NarrowScreensIT extends AbstractIT {

    @Test
    void onAPhone_editInputsOpensTheDrawer_aWeightCanBeEditedThere_andEscapeClosesIt() {
        WebDriver phone = newBrowser(390, 844);
        LessonPage page = lessonIn(phone).open("projection");
        InputsDrawer drawer = new InputsDrawer(phone, base());
        assertThat(drawer.panelShown()).isFalse();
        assertThat(drawer.editButtonShown()).isTrue();
        double[][] q = page.numbers("q");

        drawer.open();
        assertThat(drawer.saysExpanded()).isTrue();
        assertThat(drawer.focusInside()).isTrue();
        page.editCell("wq", PRONOUN_DIMENSION, 0, "0");
        page.waitUntil(d -> Arrays.deepEquals(page.numbers("q"), q) ? null : true); // Q = X·W_Q follows
        assertThat(page.numbers("wq")[PRONOUN_DIMENSION][0]).isEqualTo(0.0);

        drawer.pressOnFocused(Keys.ESCAPE); // the focus is in W_K (Tab committed the edit): Esc leaves the matrix
        assertThat(drawer.panelShown()).isTrue();
        assertThat(drawer.focusInside()).isTrue();
        drawer.closeWithEscape(); // and the next Esc closes the drawer
        assertThat(drawer.saysExpanded()).isFalse();
        assertThat(drawer.focusedId()).isEqualTo("edit-inputs"); // the focus is back where it was
    }

    @Test
    void onAPhone_escapeOrTheCloseButtonCloseTheDrawer_andOnALaptopThereIsNoDrawer() {
        WebDriver phone = newBrowser(390, 844);
        lessonIn(phone).open("embedding");
        InputsDrawer drawer = new InputsDrawer(phone, base()).open(); // the focus is on its Close button

        drawer.closeWithEscape();
        assertThat(drawer.focusedId()).isEqualTo("edit-inputs");
        drawer.open().closeWithButton();
        assertThat(drawer.panelShown()).isFalse();

        lessonIn(browser()).open("embedding");
        InputsDrawer wide = new InputsDrawer(browser(), base());
        assertThat(wide.panelShown()).isTrue();
        assertThat(wide.editButtonShown()).isFalse();
    }
}
