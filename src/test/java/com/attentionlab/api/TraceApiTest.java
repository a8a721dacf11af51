package com.attentionlab.api;

import com.attentionlab.engine.AttentionEngine;
import com.attentionlab.engine.AttentionTrace;
import com.attentionlab.engine.LessonState;
import com.attentionlab.engine.Matrix;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The trace API over real HTTP: a valid round trip, and malformed requests that each get a 4xx and a reason. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TraceApiTest {

    static final String VALID = """
            {"tokens": ["I", "like", "cats"],
             "x": [[1, 0], [0, 1], [1, 1]],
             "wq": [[2, 0, 0, 0], [0, 0, 0, 0]],
             "wk": [[1, 0, 0, 0], [0, 1, 0, 0]],
             "wv": [[1, 0], [0, 1]]}""";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    HttpResponse<String> post(String contentType, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/trace"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void validRequest_returnsEveryStep_withNumbersThatParseBackExactly() throws Exception {
        // a state whose numbers have long decimal expansions, so printing must be exact to round-trip
        LessonState state = new LessonState(List.of("a", "b", "c"),
                Matrix.of(new double[][] {{0.1, 1 / 3.0}, {Math.PI, -Math.E}, {1e-7, 2.0 / 7}}),
                Matrix.of(new double[][] {{0.3, -1.1}, {0.7, 0.2}}),
                Matrix.of(new double[][] {{1.9, 0.01}, {-0.4, 0.6}}),
                Matrix.of(new double[][] {{0.5, 1.5, 2.5}, {-1, 0.25, 3}}), 1, true, true);
        String body = JSON.writeValueAsString(LessonStateJson.write(state));

        HttpResponse<String> r = post("application/json", body);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("json"));
        JsonNode json = JSON.readTree(r.body());
        AttentionTrace expected = new AttentionEngine().trace(state);
        JsonNode head = json.get("heads").get(0);
        assertExact(head.get("q"), expected.head().q());
        assertExact(head.get("k"), expected.head().k());
        assertExact(head.get("v"), expected.head().v());
        assertExact(head.get("scores"), expected.head().scores());
        assertExact(head.get("scaled"), expected.head().scaled());
        assertExact(head.get("weights"), expected.head().weights());
        assertExact(head.get("output"), expected.head().output());
        assertExact(json.get("output"), expected.output());
        assertThat(head.get("weights").get(0).get(1).doubleValue()).isZero(); // causal
    }

    @Test
    void biases_goIntoQKV_andComeBackInTheStatesJson() throws Exception {
        String body = VALID.replace("}", ", \"bq\": [0, 1, 0, 0], \"bk\": [1, 0, 0, 0], \"bv\": [0.5, -0.5]}");

        JsonNode head = JSON.readTree(post("application/json", body).body()).get("heads").get(0);

        assertThat(head.get("q").get(1).toString()).isEqualTo("[0.0,1.0,0.0,0.0]"); // x row [0 1] · wq = 0, + bq
        assertThat(head.get("v").get(0).toString()).isEqualTo("[1.5,-0.5]");
        LessonState read = LessonStateJson.read(JSON.readTree(body), com.attentionlab.engine.Limits.DEFAULT);
        assertThat(LessonStateJson.read(LessonStateJson.write(read), com.attentionlab.engine.Limits.DEFAULT))
                .isEqualTo(read);
        assertThat(LessonStateJson.write(read).get("bv").toString()).isEqualTo("[0.5,-0.5]");
    }

    @Test
    void optionalFields_defaultToOneHeadScaledNotCausal() throws Exception {
        JsonNode json = JSON.readTree(post("application/json", VALID).body());

        assertThat(json.get("heads")).hasSize(1);
        assertThat(json.get("heads").get(0).get("scaled").get(0).get(0).doubleValue()).isEqualTo(1.0); // 2 / √4
        assertThat(json.get("heads").get(0).get("weights").get(0).get(2).doubleValue()).isGreaterThan(0);
    }

    @Test
    void charsetInContentType_isAccepted() throws Exception {
        assertThat(post("application/json; charset=UTF-8", VALID).statusCode()).isEqualTo(200);
    }

    private static void assertExact(JsonNode node, Matrix m) {
        assertThat(node.size()).isEqualTo(m.rows());
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.cols(); j++) {
                assertThat(Double.parseDouble(node.get(i).get(j).asText()))
                        .as("[%d][%d]", i, j).isEqualTo(m.get(i, j));
            }
        }
    }

    static String replace(String field, String json) {
        return VALID.replaceFirst("\"" + field + "\": [^\\n]*", "\"" + field + "\": " + json + (field.equals("wv") ? "}" : ","));
    }

    static Stream<Arguments> malformed() {
        String huge = "{\"tokens\": [\"" + "a".repeat(1_100_000) + "\"]}";
        String deep = "[".repeat(5000) + "]".repeat(5000);
        return Stream.of(
                arguments("empty body", "application/json", "", 400, "body: is empty"),
                arguments("whitespace body", "application/json", "   ", 400, "body"),
                arguments("not JSON", "application/json", "tokens=a", 400, "not valid JSON"),
                arguments("truncated JSON", "application/json", VALID.substring(0, 40), 400, "not valid JSON"),
                arguments("trailing garbage", "application/json", VALID + " }", 400, "not valid JSON"),
                arguments("top level array", "application/json", "[1, 2]", 400, "expected a JSON object"),
                arguments("top level string", "application/json", "\"hello\"", 400, "expected a JSON object"),
                arguments("JSON null", "application/json", "null", 400, "body"),
                arguments("missing tokens", "application/json", VALID.replaceFirst("\"tokens\": [^\\n]*\\n", ""), 400, "tokens: is missing"),
                arguments("missing wv", "application/json", VALID.replaceFirst(",\\s*\"wv\": [^\\n]*}", "}"), 400, "wv: is missing"),
                arguments("tokens not an array", "application/json", replace("tokens", "\"I like cats\""), 400, "tokens: expected an array"),
                arguments("token not a string", "application/json", replace("tokens", "[\"I\", 2, \"cats\"]"), 400, "tokens[1]: expected a string"),
                arguments("empty tokens", "application/json", replace("tokens", "[]"), 400, "tokens"),
                arguments("x not an array", "application/json", replace("x", "{\"a\": 1}"), 400, "x: expected an array of rows"),
                arguments("x row not an array", "application/json", replace("x", "[1, 0, 1]"), 400, "x[0]: expected an array of numbers"),
                arguments("ragged rows", "application/json", replace("x", "[[1, 0], [0], [1, 1]]"), 400, "x: ragged rows"),
                arguments("empty matrix", "application/json", replace("wq", "[]"), 400, "wq: is empty"),
                arguments("empty row", "application/json", replace("x", "[[], [], []]"), 400, "x: row 0 is empty"),
                arguments("NaN as a string", "application/json", replace("x", "[[\"NaN\", 0], [0, 1], [1, 1]]"), 400, "x[0][0]: expected a number, got a string \"NaN\""),
                arguments("NaN literal", "application/json", replace("x", "[[NaN, 0], [0, 1], [1, 1]]"), 400, "not valid JSON at line 2, column 12: NaN and Infinity are not JSON numbers"),
                arguments("Infinity literal", "application/json", replace("x", "[[Infinity, 0], [0, 1], [1, 1]]"), 400, "not valid JSON"),
                arguments("overflow 1e400", "application/json", replace("wk", "[[1e400, 0, 0, 0], [0, 1, 0, 0]]"), 400, "wk[0][0]: is not a finite number"),
                arguments("huge integer", "application/json", replace("wk", "[[1" + "0".repeat(350) + ", 0, 0, 0], [0, 1, 0, 0]]"), 400, "wk[0][0]"),
                arguments("number as boolean", "application/json", replace("x", "[[true, 0], [0, 1], [1, 1]]"), 400, "x[0][0]: expected a number, got true"),
                arguments("null cell", "application/json", replace("x", "[[null, 0], [0, 1], [1, 1]]"), 400, "x[0][0]: expected a number"),
                arguments("value above limit", "application/json", replace("x", "[[1001, 0], [0, 1], [1, 1]]"), 400, "x[0][0]: 1001.0 is outside ±1000"),
                arguments("token count differs from x", "application/json", replace("tokens", "[\"I\", \"like\"]"), 400, "tokens: 2 tokens but x has 3 rows"),
                arguments("W rows differ from d_model", "application/json", replace("wq", "[[2, 0, 0, 0]]"), 400, "wq: has 1 rows but x has 2 columns"),
                arguments("wk shape differs", "application/json", replace("wk", "[[1, 0], [0, 1]]"), 400, "wk: must have the same shape as wq"),
                arguments("heads do not divide", "application/json", VALID.replace("}", ", \"heads\": 3}"), 400, "heads: 3 heads do not divide"),
                arguments("heads zero", "application/json", VALID.replace("}", ", \"heads\": 0}"), 400, "heads: must be at least 1"),
                arguments("heads not a number", "application/json", VALID.replace("}", ", \"heads\": \"two\"}"), 400, "heads: expected a whole number"),
                arguments("heads fractional", "application/json", VALID.replace("}", ", \"heads\": 1.5}"), 400, "heads: expected a whole number"),
                arguments("heads over int", "application/json", VALID.replace("}", ", \"heads\": 99999999999}"), 400, "heads"),
                arguments("heads above limit", "application/json", VALID.replace("}", ", \"heads\": 16}").replace("\"wq\": [[2, 0, 0, 0], [0, 0, 0, 0]]", "\"wq\": [[2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]]").replace("\"wk\": [[1, 0, 0, 0], [0, 1, 0, 0]]", "\"wk\": [[1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],[0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0]]").replace("\"wv\": [[1, 0], [0, 1]]", "\"wv\": [[1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],[0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0]]"), 400, "heads: 16 heads exceed the limit of 8"),
                arguments("causal not a boolean", "application/json", VALID.replace("}", ", \"causal\": \"yes\"}"), 400, "causal: expected true or false"),
                arguments("scale as number", "application/json", VALID.replace("}", ", \"scale\": 1}"), 400, "scale: expected true or false"),
                arguments("unknown field", "application/json", VALID.replace("}", ", \"wQ\": []}"), 400, "wQ: is not a field"),
                arguments("duplicate field", "application/json", VALID.replace("}", ", \"heads\": 1, \"heads\": 2}"), 400, "field \"heads\" appears twice"),
                arguments("nested garbage", "application/json", deep, 400, "nested deeper than 64 levels"),
                arguments("object in a row", "application/json", replace("x", "[[{\"v\": 1}, 0], [0, 1], [1, 1]]"), 400, "x[0][0]: expected a number, got an object"),
                arguments("too many tokens", "application/json", tooManyTokens(), 400, "tokens: 65 tokens exceed the limit of 64"),
                arguments("token too long", "application/json", replace("tokens", "[\"I\", \"" + "l".repeat(65) + "\", \"cats\"]"), 400, "tokens[1]: 65 characters exceed the limit of 64"),
                arguments("huge body", "application/json", huge, 413, "1 MB"),
                arguments("text/plain", "text/plain", VALID, 415, "Content-Type"),
                arguments("form encoded", "application/x-www-form-urlencoded", VALID, 415, "Content-Type"),
                arguments("no content type", null, VALID, 415, "Content-Type"),
                arguments("garbage content type", "???", VALID, 415, "Content-Type"),
                arguments("250,000 columns", "application/json", replace("x", "[[" + "0,".repeat(249_999) + "0], [0, 1], [1, 1]]"), 400, "x[0]: 250000 columns exceed the limit of 64"),
                arguments("100,000 rows", "application/json", replace("wv", "[" + "[1],".repeat(99_999) + "[1]]"), 400, "wv: 100000 rows exceed the limit of 64"),
                arguments("bias not an array", "application/json", VALID.replace("}", ", \"bq\": 1}"), 400, "bq: expected an array of numbers, got the number 1"),
                arguments("bias of the wrong length", "application/json", VALID.replace("}", ", \"bk\": [1, 2, 3]}"), 400, "bk: needs one number per column of wk (4), got 3"),
                arguments("bias as a matrix", "application/json", VALID.replace("}", ", \"bv\": [[1, 2]]}"), 400, "bv[0]: expected a number, got an array"),
                arguments("bias cell a string", "application/json", VALID.replace("}", ", \"bv\": [1, \"2\"]}"), 400, "bv[1]: expected a number, got a string"),
                arguments("bias empty", "application/json", VALID.replace("}", ", \"bq\": []}"), 400, "bq: is empty"),
                arguments("bias too long", "application/json", VALID.replace("}", ", \"bq\": [" + "0,".repeat(99_999) + "0]}"), 400, "bq: 100000 numbers exceed the limit of 64"),
                arguments("control character in a string", "application/json", "{\"tokens\": [\"\u0001\"]}", 400, "not valid JSON")
        );
    }

    private static String tooManyTokens() {
        StringBuilder tokens = new StringBuilder("[");
        StringBuilder x = new StringBuilder("[");
        for (int i = 0; i < 65; i++) {
            tokens.append(i > 0 ? "," : "").append("\"t\"");
            x.append(i > 0 ? "," : "").append("[1, 0]");
        }
        return VALID.replaceFirst("\"tokens\": [^\\n]*", "\"tokens\": " + tokens + "],")
                .replaceFirst("\"x\": [^\\n]*", "\"x\": " + x + "],");
    }

    @ParameterizedTest(name = "{0} -> {3}")
    @MethodSource("malformed")
    void malformedRequest_getsA4xxWithAReason(String kind, String contentType, String body, int status,
                                              String message) throws Exception {
        HttpResponse<String> r = post(contentType, body);

        assertThat(r.statusCode()).as(kind + ": " + r.body()).isEqualTo(status);
        if (status == 413 && r.body().isEmpty()) {
            return; // Tomcat may close the connection before the body is read; the status is what matters
        }
        JsonNode json = JSON.readTree(r.body());
        assertThat(json.get("error").asText()).as(kind).contains(message).isNotBlank()
                // in our words: nothing of the parser's internals
                .doesNotContain("jackson", "Jackson", "StreamReadConstraints", "JsonToken", "`", "(code ", "Source:");
    }

    @Test
    void afterEveryMalformedRequest_aValidOneStillGetsTheSameAnswer() throws Exception {
        String expected = post("application/json", VALID).body();
        List<String> different = new java.util.ArrayList<>();
        for (Arguments a : malformed().toList()) {
            post((String) a.get()[1], (String) a.get()[2]);
            HttpResponse<String> valid = post("application/json", VALID);
            if (valid.statusCode() != 200 || !valid.body().equals(expected)) {
                different.add(a.get()[0] + " -> " + valid.statusCode());
            }
        }
        assertThat(different).isEmpty();
    }

    @Test
    void get_isNotAllowed() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/trace")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.body()).contains("\"error\"");
    }
}
