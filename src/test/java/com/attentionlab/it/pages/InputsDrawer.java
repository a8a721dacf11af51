package com.attentionlab.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

/** The inputs panel as a drawer on a narrow screen: "Edit inputs" opens it; its Close button or Esc closes it. */
public class InputsDrawer extends Page {

    public InputsDrawer(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    /** Whether "Edit inputs" is on the screen (it is on narrow screens only). */
    public boolean editButtonShown() {
        return driver.findElement(By.id("edit-inputs")).isDisplayed();
    }

    /** Whether the panel is on the screen. */
    public boolean panelShown() {
        return driver.findElement(By.id("inputs-panel")).isDisplayed();
    }

    /** What "Edit inputs" says about the drawer: aria-expanded. */
    public boolean saysExpanded() {
        return "true".equals(driver.findElement(By.id("edit-inputs")).getAttribute("aria-expanded"));
    }

    /** Clicks "Edit inputs" and waits for the panel. */
    public InputsDrawer open() {
        driver.findElement(By.id("edit-inputs")).click();
        waitUntil(d -> panelShown() ? true : null);
        return this;
    }

    /** Whether the focus is inside the panel. */
    public boolean focusInside() {
        return Boolean.TRUE.equals(js("const a = document.activeElement;"
                + " return !!a && !!a.closest && !!a.closest('#inputs-panel');"));
    }

    /** Presses Esc where the focus is, and waits for the panel to go. */
    public InputsDrawer closeWithEscape() {
        pressOnFocused(Keys.ESCAPE);
        waitUntil(d -> panelShown() ? null : true);
        return this;
    }

    /** Clicks the panel's Close button and waits for the panel to go. */
    public InputsDrawer closeWithButton() {
        driver.findElement(By.id("close-inputs")).click();
        waitUntil(d -> panelShown() ? null : true);
        return this;
    }
}
