package com.attentionlab.lesson.ui;

import com.attentionlab.engine.Matrix;
import com.attentionlab.lesson.Cell;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The lesson's component wrappers read back what they sent to the browser (the element's property). */
class ComponentWireTest {

    private static final Matrix M = Matrix.of(new double[][] {{1, -2}, {0.5, 3}});

    @Test
    void matrixGrid_matrixAndRefusedEdits_areWhatTheElementCarries() {
        MatrixGrid g = new MatrixGrid("wq", "W_Q", true);
        assertThat(g.matrix()).isNull();

        g.show(M, List.of("r0", "r1"), false, List.of("c0", "c1"), Map.of(new Cell(1, 0), "\"x\" is not a number"));

        assertThat(g.matrix()).isEqualTo(M);
        assertThat(g.errors()).containsExactly(Map.entry(new Cell(1, 0), "\"x\" is not a number"));
        assertThat(g.getElement().getProperty("data"))
                .contains("\"errors\":[{\"row\":1,\"col\":0,\"message\":\"\\\"x\\\" is not a number\"}]");

        g.getElement().removeProperty("data"); // as if show() no longer sent anything
        assertThat(g.matrix()).isNull();
        assertThat(g.errors()).isEmpty();
    }

    @Test
    void attentionFlow_weightsAreWhatTheElementCarries() {
        AttentionFlow flow = new AttentionFlow("flow");

        flow.show("Flow", List.of("a", "b"), M);

        assertThat(flow.weights()).isEqualTo(M);
        flow.getElement().removeProperty("data");
        assertThat(flow.weights()).isNull();
    }
}
