package com.attentionlab.bench;

import com.attentionlab.it.Browser;
import com.attentionlab.it.pages.LessonPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Classroom fan-out in real browsers: one teacher, 10 students (tabs of one headless Chromium, each its own Vaadin
 * UI and websocket). For each teacher edit: wall-clock time (Date.now(), one machine, one clock) from the teacher's
 * change event until each student's weights table shows the new numbers; reported: the time until every student
 * has it.
 */
class FanOutBrowserBenchmark extends com.attentionlab.it.AbstractIT {

    static final int STUDENTS = 10;
    static final int EDITS = 20;

    static final String WATCH = """
            const table = document.getElementById('matrix-weights');
            window.__seen = [];
            let last = table.textContent;
            new MutationObserver(() => {
              if (table.textContent !== last) { last = table.textContent; window.__seen.push(Date.now()); }
            }).observe(table, {subtree: true, childList: true, characterData: true});
            """;

    @Test
    void tenStudentsInRealBrowsers() throws Exception {
        String base = "http://localhost:" + port;
        WebDriver teacherDriver = Browser.start(1280, 800);
        WebDriver students = Browser.start(1280, 800, "--disable-background-timer-throttling",
                "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows");
        try {
            teacherDriver.get(base + "/");
            LessonPage teacher = new LessonPage(teacherDriver, base);
            teacher.waitUntil(d -> d.findElements(By.id("start-classroom")).isEmpty() ? null : true);
            teacherDriver.findElement(By.id("start-classroom")).click();
            String code = teacher.waitUntil(d -> d.findElements(By.id("join-code")).isEmpty() ? null
                    : d.findElement(By.id("join-code")).getText());
            teacherDriver.get(teacherDriver.getCurrentUrl().replace("/lesson/intuition", "/lesson/softmax"));
            teacher.waitForStep("softmax");

            List<String> tabs = new ArrayList<>();
            for (int i = 0; i < STUDENTS; i++) {
                if (i > 0) {
                    students.switchTo().newWindow(WindowType.TAB);
                }
                students.get(base + "/join/" + code);
                new LessonPage(students, base).waitForStep("softmax");
                ((JavascriptExecutor) students).executeScript(WATCH);
                tabs.add(students.getWindowHandle());
            }

            double[] allMs = new double[EDITS];
            for (int e = 0; e < EDITS; e++) {
                String value = e % 2 == 0 ? "0" : "2.5";
                long sentAt = ((Number) ((JavascriptExecutor) teacherDriver).executeScript("""
                        const input = document.querySelector('#matrix-wq td[data-row="2"][data-col="0"] input');
                        input.value = arguments[0];
                        const t = Date.now();
                        input.dispatchEvent(new Event('change', {bubbles: true}));
                        return t;""", value)).longValue();
                long latest = 0;
                for (String tab : tabs) {
                    students.switchTo().window(tab);
                    int expected = e + 1;
                    long seen = new LessonPage(students, base).waitUntil(d -> {
                        List<?> s = (List<?>) ((JavascriptExecutor) d).executeScript("return window.__seen");
                        return s.size() >= expected ? ((Number) s.get(expected - 1)).longValue() : null;
                    });
                    latest = Math.max(latest, seen);
                }
                allMs[e] = latest - sentAt;
                Thread.sleep(300); // more than the 250 ms coalescing window, so every edit is its own broadcast
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("students", STUDENTS);
            out.put("edits", EDITS);
            out.put("all_students_p50_ms", BenchmarkResults.round(BenchmarkResults.percentile(allMs, 50)));
            out.put("all_students_p95_ms", BenchmarkResults.round(BenchmarkResults.percentile(allMs, 95)));
            out.put("all_students_max_ms", BenchmarkResults.round(BenchmarkResults.percentile(allMs, 100)));
            BenchmarkResults.write("fan-out-browsers", out);
            assertThat(java.util.Arrays.stream(allMs).allMatch(v -> v >= 0)).isTrue();
        } finally {
            teacherDriver.quit();
            students.quit();
        }
    }
}
