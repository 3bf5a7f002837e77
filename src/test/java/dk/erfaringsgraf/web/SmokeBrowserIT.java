package dk.erfaringsgraf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.erfaringsgraf.testing.Browser;
import dk.erfaringsgraf.testing.WebFixture;
import org.junit.jupiter.api.Test;

class SmokeBrowserIT {

    @Test
    void pageLoadsD3FromTheJar() {
        WebFixture web = WebFixture.get();
        try (Browser browser = Browser.start()) {
            browser.driver().get(web.base() + "/");
            assertEquals("7.9.0", browser.js("return d3.version"));
            browser.screenshot("smoke");
        }
    }
}
