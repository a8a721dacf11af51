package com.attentionlab.api;

import com.attentionlab.lesson.ModelLessons;
import com.attentionlab.model.EncoderTrace;
import com.attentionlab.model.MiniLm;
import com.attentionlab.testsupport.AbstractHttpTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The trained model's API over real HTTP: what a head computes, and a reason for every malformed request. */
class ModelApiTest extends AbstractHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TIRED = "The cat sat on the mat because it was tired";

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        HttpRequest.Builder b = request("/api/v1/model/" + path).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b, null);
    }

    @Test
    void attention_givesEveryHeadsWeights_layerHeadQueryKey() throws Exception {
        HttpResponse<String> r = post("attention", "application/json", "{\"sentence\": \"" + TIRED + "\"}");

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode json = JSON.readTree(r.body());
        assertThat(json.get("model").asText()).isEqualTo("all-MiniLM-L6-v2");
        assertThat(json.get("tokens").toString()).isEqualTo(
                "[\"[CLS]\",\"the\",\"cat\",\"sat\",\"on\",\"the\",\"mat\",\"because\",\"it\",\"was\",\"tired\",\"[SEP]\"]");
        assertThat(json.get("ids").get(0).asInt()).isEqualTo(101);
        assertThat(json.get("layers").asInt()).isEqualTo(6);
        assertThat(json.get("heads").asInt()).isEqualTo(12);
        assertThat(json.get("attention")).hasSize(6);
        assertThat(json.get("attention").get(5)).hasSize(12);
        EncoderTrace.Head expected = new ModelLessons(64).run(TIRED).trace().layer(5).head(11);
        JsonNode itRow = json.get("attention").get(5).get(11).get(8);
        for (int k = 0; k < 12; k++) {
            assertThat(Float.parseFloat(itRow.get(k).asText())).isEqualTo(expected.attentionWeights().get(8, k));
        }
        assertThat(itRow.get(2).asDouble()).isBetween(0.66, 0.70); // it → cat
    }

    @Test
    void trace_givesOneHeadsEveryStep_withNumbersThatParseBackToTheModelsFloats() throws Exception {
        HttpResponse<String> r = post("trace", "application/json",
                "{\"sentence\": \"" + TIRED + "\", \"layer\": 5, \"head\": 11}");

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode json = JSON.readTree(r.body());
        EncoderTrace.Head h = new ModelLessons(64).run(TIRED).trace().layer(5).head(11);
        assertThat(json.get("x")).hasSize(12);
        assertThat(json.get("x").get(0)).hasSize(384);
        assertThat(json.get("wq")).hasSize(384);
        assertThat(json.get("wq").get(0)).hasSize(32);
        assertThat(json.get("bq")).hasSize(32);
        for (String f : new String[] {"tokens", "x", "wk", "wv", "bk", "bv", "q", "k", "v", "scores", "scaled",
                "weights", "output"}) {
            assertThat(json.has(f)).as(f).isTrue();
        }
        assertThat(Float.parseFloat(json.get("wq").get(100).get(7).asText())).isEqualTo(h.queryWeights().get(100, 7));
        assertThat(Float.parseFloat(json.get("bv").get(31).asText())).isEqualTo(h.valueBias().get(31));
        assertThat(Float.parseFloat(json.get("output").get(3).get(5).asText())).isEqualTo(h.output().get(3, 5));
        assertThat(Float.parseFloat(json.get("weights").get(8).get(2).asText()))
                .isEqualTo(h.attentionWeights().get(8, 2));
    }

    static Stream<Arguments> malformed() {
        String ok = "{\"sentence\": \"hi\", \"layer\": 0, \"head\": 0}";
        return Stream.of(
                arguments("trace", "empty body", "application/json", "", 400, "body: is empty"),
                arguments("trace", "not JSON", "application/json", "sentence=hi", 400, "not valid JSON"),
                arguments("trace", "array body", "application/json", "[1]", 400, "expected a JSON object"),
                arguments("trace", "missing sentence", "application/json", "{\"layer\": 0, \"head\": 0}", 400, "sentence: is missing"),
                arguments("trace", "sentence a number", "application/json", "{\"sentence\": 5, \"layer\": 0, \"head\": 0}", 400, "sentence: expected a string"),
                arguments("trace", "empty sentence", "application/json", "{\"sentence\": \"  \", \"layer\": 0, \"head\": 0}", 400, "sentence: the sentence is empty"),
                arguments("trace", "too many tokens", "application/json", "{\"sentence\": \"" + "cat ".repeat(63) + "\", \"layer\": 0, \"head\": 0}", 400, "65 tokens with [CLS] and [SEP]; at most 64"),
                arguments("trace", "too many characters", "application/json", "{\"sentence\": \"" + "a".repeat(2001) + "\", \"layer\": 0, \"head\": 0}", 400, "2001 characters exceed the limit of 2000"),
                arguments("trace", "missing layer", "application/json", "{\"sentence\": \"hi\", \"head\": 0}", 400, "layer: is missing"),
                arguments("trace", "missing head", "application/json", "{\"sentence\": \"hi\", \"layer\": 0}", 400, "head: is missing"),
                arguments("trace", "layer 6", "application/json", ok.replace("\"layer\": 0", "\"layer\": 6"), 400, "layer: 6 is out of range (0 to 5"),
                arguments("trace", "head 12", "application/json", ok.replace("\"head\": 0", "\"head\": 12"), 400, "head: 12 is out of range (0 to 11"),
                arguments("trace", "negative layer", "application/json", ok.replace("\"layer\": 0", "\"layer\": -1"), 400, "layer: -1 is out of range"),
                arguments("trace", "fractional head", "application/json", ok.replace("\"head\": 0", "\"head\": 1.5"), 400, "head: expected a whole number"),
                arguments("trace", "head a string", "application/json", ok.replace("\"head\": 0", "\"head\": \"12\""), 400, "head: expected a whole number"),
                arguments("trace", "layer huge", "application/json", ok.replace("\"layer\": 0", "\"layer\": 99999999999"), 400, "layer: expected a whole number"),
                arguments("trace", "unknown field", "application/json", ok.replace("}", ", \"model\": \"gpt2\"}"), 400, "model: is not a field"),
                arguments("trace", "duplicate field", "application/json", ok.replace("}", ", \"head\": 1}"), 400, "field \"head\" appears twice"),
                arguments("trace", "text/plain", "text/plain", ok, 415, "Content-Type"),
                arguments("trace", "no content type", null, ok, 415, "Content-Type"),
                arguments("trace", "huge body", "application/json", "{\"sentence\": \"" + "a".repeat(1_100_000) + "\"}", 413, "1 MB"),
                arguments("attention", "layer not allowed", "application/json", ok, 400, "layer: is not a field"),
                arguments("attention", "missing sentence", "application/json", "{}", 400, "sentence: is missing"),
                arguments("attention", "sentence null", "application/json", "{\"sentence\": null}", 400, "sentence: is missing"),
                arguments("attention", "only control characters", "application/json", "{\"sentence\": \"\\u0000\\u0001\"}", 400, "sentence: the sentence has nothing the model reads")
        );
    }

    @ParameterizedTest(name = "{0} {1} -> {4}")
    @MethodSource("malformed")
    void malformedRequest_getsA4xxWithAReason(String path, String kind, String contentType, String body, int status,
                                              String message) throws Exception {
        HttpResponse<String> r = post(path, contentType, body);

        assertThat(r.statusCode()).as(kind + ": " + r.body()).isEqualTo(status);
        if (status == 413 && r.body().isEmpty()) {
            return; // Tomcat may close the connection before the body is read
        }
        assertThat(JSON.readTree(r.body()).get("error").asText()).as(kind).contains(message);
    }

    @Test
    void punctuationOnly_andUnknownCharacters_stillRun() throws Exception {
        JsonNode punct = JSON.readTree(post("attention", "application/json", "{\"sentence\": \"?!.,;\"}").body());
        JsonNode emoji = JSON.readTree(post("attention", "application/json", "{\"sentence\": \"😀 🐈\"}").body());

        assertThat(punct.get("tokens")).hasSize(7);
        assertThat(emoji.get("tokens").toString()).isEqualTo("[\"[CLS]\",\"[UNK]\",\"[UNK]\",\"[SEP]\"]");
        assertThat(MiniLm.loaded()).isTrue();
    }
}
