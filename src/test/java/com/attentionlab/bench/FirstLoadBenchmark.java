package com.attentionlab.bench;

import com.attentionlab.it.Browser;
import com.attentionlab.it.pages.LessonPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * First load: a cold browser (new profile, empty cache) opens /lesson/scores. Time to interactive = when the
 * scores heatmap has drawn and the X inputs exist (recorded in the page with performance.now(), i.e. from
 * navigation start); bytes = transferSize of the document and every resource (compressed, as on the wire).
 */
class FirstLoadBenchmark extends com.attentionlab.it.AbstractIT {

    static final int RUNS = 11;

    static final String MARK_READY = """
            new MutationObserver((m, obs) => {
              if (document.querySelector('#heatmap-scores canvas') && document.querySelector('#matrix-x input')) {
                window.__ready = performance.now();
                obs.disconnect();
              }
            }).observe(document, {subtree: true, childList: true});
            """;

    static final String COLLECT = """
            const nav = performance.getEntriesByType('navigation')[0];
            const res = performance.getEntriesByType('resource');
            const sum = (k) => res.reduce((a, r) => a + (r[k] || 0), 0);
            return {ready: window.__ready, domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd,
                    transfer: nav.transferSize + sum('transferSize'),
                    decoded: nav.decodedBodySize + sum('decodedBodySize'), requests: res.length + 1,
                    timeline: res.map(r => r.name.replace(location.origin, '').slice(0, 60) + ' '
                        + Math.round(r.startTime) + '-' + Math.round(r.responseEnd) + ' ' + r.transferSize)};
            """;

    @Test
    void coldLoadOfTheScoresStep() {
        List<Map<String, Object>> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            ChromeDriver driver = (ChromeDriver) Browser.start(1280, 800);
            try {
                driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", MARK_READY));
                driver.executeCdpCommand("Network.enable", Map.of());
                driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
                LessonPage page = new LessonPage(driver, "http://localhost:" + port);
                driver.get("http://localhost:" + port + "/lesson/scores");
                page.waitForStep("scores");
                page.waitUntil(d -> ((JavascriptExecutor) d).executeScript("return window.__ready") == null ? null : true);
                page.waitUntil(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                        "return performance.getEntriesByType('navigation')[0].loadEventEnd")).doubleValue() > 0
                        ? true : null);
                @SuppressWarnings("unchecked")
                Map<String, Object> r = (Map<String, Object>) driver.executeScript(COLLECT);
                runs.add(r);
            } finally {
                driver.quit();
            }
        }
        double[] ready = runs.stream().mapToDouble(r -> ((Number) r.get("ready")).doubleValue()).toArray();
        double[] bytes = runs.stream().mapToDouble(r -> ((Number) r.get("transfer")).doubleValue()).toArray();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("runs", runs);
        out.put("first_run_ready_ms", BenchmarkResults.round(ready[0]));
        out.put("median_ready_ms", BenchmarkResults.round(BenchmarkResults.percentile(ready, 50)));
        out.put("median_transfer_kb", BenchmarkResults.round(BenchmarkResults.percentile(bytes, 50) / 1024));
        BenchmarkResults.write("first-load", out);
        assertThat(java.util.Arrays.stream(ready).allMatch(v -> v > 0)).isTrue();
    }
}
