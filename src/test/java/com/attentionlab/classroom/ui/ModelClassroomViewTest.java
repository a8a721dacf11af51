package com.attentionlab.classroom.ui;

import com.attentionlab.classroom.Classrooms;
import com.attentionlab.classroom.Room;
import com.attentionlab.engine.Matrix;
import com.attentionlab.lesson.LessonPresenter;
import com.attentionlab.lesson.Step;
import com.attentionlab.lesson.ui.LessonView;
import com.attentionlab.share.ModelRef;
import com.attentionlab.testsupport.AbstractUiTest;
import com.attentionlab.testsupport.TestLessons;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** A classroom on a trained model's head: students follow the teacher's head, and the head the teacher switches to. */
class ModelClassroomViewTest extends AbstractUiTest {

    @Autowired
    Classrooms classrooms;


    /** Navigates to a location with a query, as a link would ({@code path?a=b}). */
    static void go(String location) {
        int q = location.indexOf('?');
        if (q < 0) {
            navigate(location);
        } else {
            com.vaadin.flow.component.UI.getCurrent().navigate(location.substring(0, q),
                    com.vaadin.flow.router.QueryParameters.fromString(location.substring(q + 1)));
        }
    }

    @Test
    void aClassStartedOnAModelsHead_hasStudentsFollowThatHead_andTheNextOne() {
        // given a teacher on layer 6 head 12 who starts a classroom from the lesson
        go("lesson/softmax?model=minilm&layer=6&head=12");
        _click(_get(Button.class, spec -> spec.withId("start-classroom")));
        TeacherView teacherView = _get(TeacherView.class);
        Room room = teacherView.room();
        assertThat(room.latest().lesson().model()).isEqualTo(new ModelRef("minilm", 5, 11));

        // the teacher switches head on the teacher's screen: the room gets it
        assertThat(teacherView.presenter().chooseModelHead(0, 3)).isEmpty();
        assertThat(room.latest().lesson().model()).isEqualTo(new ModelRef("minilm", 0, 3));

        // a student joins (another browser): same head, same numbers
        newSession();
        go("join/" + room.code());
        JoinView join = _get(JoinView.class);
        assertThat(join.step()).isEqualTo(Step.SOFTMAX);
        assertThat(join.presenter().modelHead()).contains(new ModelRef("minilm", 0, 3));
        LessonPresenter reference = TestLessons.presenter();
        reference.chooseModelHead(0, 3);
        assertSameNumbers(join.presenter().trace().head().weights(), reference.trace().head().weights());

        // when the teacher switches to layer 6 head 12 again
        reference.chooseModelHead(5, 11);
        classrooms.publish(room, room.controlKey(), reference.toShared(), "softmax");

        // then the student's screen follows with that head's numbers
        awaitUi(() -> join.presenter().modelHead().equals(java.util.Optional.of(new ModelRef("minilm", 5, 11))));
        assertSameNumbers(join.presenter().trace().head().weights(), reference.trace().head().weights());
        assertThat(join.presenter().trace().head().weights().get(8, 2)).isBetween(0.67, 0.69); // it → cat
    }

    private static void assertSameNumbers(Matrix actual, Matrix expected) {
        assertThat(actual.rows()).isEqualTo(expected.rows());
        for (int i = 0; i < expected.rows(); i++) {
            for (int j = 0; j < expected.cols(); j++) {
                assertThat(actual.get(i, j)).isEqualTo(expected.get(i, j));
            }
        }
    }
}
