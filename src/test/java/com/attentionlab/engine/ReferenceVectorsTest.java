package com.attentionlab.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static com.attentionlab.testsupport.Tolerance.EPS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares the engine with reference vectors computed by an independent numpy implementation
 * ({@code src/test/python/make_reference.py}).
 */
class ReferenceVectorsTest {

    private static final String[] STEPS = {"q", "k", "v", "scores", "scaled", "weights", "output"};

    @TestFactory
    Stream<DynamicTest> engineMatchesNumpy() throws IOException {
        JsonNode root;
        try (InputStream in = getClass().getResourceAsStream("/reference/attention-cases.json")) {
            root = new ObjectMapper().readTree(in);
        }
        assertThat(root.get("cases").size()).isGreaterThanOrEqualTo(10);
        AttentionEngine engine = new AttentionEngine();
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : root.get("cases")) {
            tests.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> {
                JsonNode req = c.get("request");
                LessonState s = new LessonState(tokens(req.get("tokens")), matrix(req.get("x")),
                        matrix(req.get("wq")), matrix(req.get("wk")), matrix(req.get("wv")),
                        req.get("heads").asInt(), req.get("causal").asBoolean(), req.get("scale").asBoolean());
                AttentionTrace t = engine.trace(s);
                JsonNode expected = c.get("expected");
                assertThat(t.heads()).hasSize(expected.get("heads").size());
                for (int h = 0; h < t.heads().size(); h++) {
                    AttentionTrace.Head head = t.heads().get(h);
                    Matrix[] actual = {head.q(), head.k(), head.v(), head.scores(), head.scaled(), head.weights(),
                            head.output()};
                    for (int i = 0; i < STEPS.length; i++) {
                        assertClose("head " + h + " " + STEPS[i], actual[i], expected.get("heads").get(h).get(STEPS[i]));
                    }
                }
                assertClose("output", t.output(), expected.get("output"));
            }));
        }
        return tests.stream();
    }

    private static void assertClose(String what, Matrix actual, JsonNode expected) {
        assertThat(actual.rows()).as(what + " rows").isEqualTo(expected.size());
        for (int i = 0; i < actual.rows(); i++) {
            assertThat(actual.cols()).as(what + " cols").isEqualTo(expected.get(i).size());
            for (int j = 0; j < actual.cols(); j++) {
                double e = expected.get(i).get(j).doubleValue();
                double a = actual.get(i, j);
                assertThat(Math.abs(a - e)).as("%s[%d][%d]: engine %s, numpy %s", what, i, j, a, e)
                        .isLessThanOrEqualTo(EPS * Math.max(1, Math.abs(e))); // relative for the scores near 1e5
            }
        }
    }

    private static List<String> tokens(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(t -> out.add(t.asText()));
        return out;
    }

    private static Matrix matrix(JsonNode node) {
        double[][] rows = new double[node.size()][];
        for (int i = 0; i < node.size(); i++) {
            rows[i] = new double[node.get(i).size()];
            for (int j = 0; j < rows[i].length; j++) {
                rows[i][j] = node.get(i).get(j).doubleValue();
            }
        }
        return Matrix.of(rows);
    }
}
