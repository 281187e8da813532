package org.claimlens.query.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.claimlens.query.support.Article;
import org.claimlens.query.support.HeadlessChromium;
import org.claimlens.query.support.ReadOnlyDatabaseResource;
import org.claimlens.query.support.SyriaStory;
import org.claimlens.query.support.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in a real headless Chromium against the service on a real database: searching, the document view
 * with its highlights and attribution chain, the entity page, and that document text can never run as markup.
 * Skipped (not passed) where Chromium or chromedriver is not installed.
 */
@QuarkusTest
@WithTestResource(ReadOnlyDatabaseResource.class)
class WebPageBrowserTest {

    static final String HOSTILE_TITLE = "<script>alert(1)</script> Breaking";
    static final String HOSTILE_CLAIM = "<img src=x onerror=\"window.pwned=1\"> is perfectly safe";
    static final String HOSTILE_BODY = "A reader wrote <script>alert(1)</script> in the comments. The vendor said "
            + HOSTILE_CLAIM + ".";

    private static HeadlessChromium chromium;

    @TestHTTPResource("/")
    URL page;

    private SyriaStory story;
    private UUID hostile;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    static void startBrowser() {
        chromium = HeadlessChromium.startOrSkip();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void seed() {
        TestData.reset();
        story = TestData.seedSyriaStory();
        TestData.seedChain(story.traversClaimId(), "AUTHOR:Staff reporter", "OUTLET:The New York Times",
                "SPEAKER:Russell Travers");
        TestData.rateClaim(story.traversClaimId(), "HEDGED", 0.4, 0.81);
        hostile = TestData.seedArticle(Article.of(HOSTILE_TITLE, HOSTILE_BODY, "Comment Desk",
                "2026-02-01T08:00:00Z", "2026-02-01T09:00:00Z"));
        TestData.seedClaim(hostile, 0, "INDIRECT", HOSTILE_CLAIM, "The vendor", null);
        browser = chromium.driver();
        // the browser outlives each test: start from an empty page so no element of the last test is found
        browser.get("about:blank");
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    /** A script error or a failed request shows up in the console long before an assertion would explain it. */
    @AfterEach
    void noErrorsInTheConsole() {
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
                .filteredOn(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .extracting(LogEntry::getMessage)
                .isEmpty();
    }

    @Test
    void searchFindsAClaimAndOpensItsDocumentWithHighlightsAndChain() {
        browser.get(page + "#/search");
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id("search-input")));
        input.sendKeys("regroup", Keys.ENTER);
        // the first view (latest claims) lists the same claim: wait until the search results replaced it
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Results for \u201cregroup\u201d"));
        WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("claim-card-" + story.traversClaimId())));
        assertThat(card.findElement(By.cssSelector(".claim-text")).getText()).contains(SyriaStory.TRAVERS_CLAIM);
        assertThat(browser.findElements(By.cssSelector(".claim-card"))).hasSize(1);

        card.findElement(By.cssSelector(".claim-document a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("mark.claim.selected")));
        assertThat(browser.findElement(By.id("document-title")).getText()).isEqualTo(SyriaStory.TITLE);
        assertThat(markedText(story.traversClaimId())).isEqualTo(SyriaStory.TRAVERS_CLAIM);
        assertThat(markedText(story.spokesmanClaimId())).isEqualTo(SyriaStory.SPOKESMAN_CLAIM);
        assertThat(browser.findElements(By.cssSelector("#document-text a.mention.type-person")))
                .extracting(WebElement::getText).containsExactly("Russell Travers", "Travers");

        WebElement chosen = browser.findElement(By.cssSelector(".document-claims #claim-card-"
                + story.traversClaimId()));
        assertThat(chosen.getAttribute("class")).contains("selected");
        assertThat(chosen.findElements(By.cssSelector(".chain li"))).extracting(WebElement::getText)
                .containsExactly("AUTHOR Staff reporter", "OUTLET The New York Times", "SPEAKER Russell Travers");
        assertThat(chosen.findElement(By.cssSelector(".claim-facts")).getText())
                .contains("Claimant\nRussell Travers", "Cue\nsaid", "Certainty\nhedged (0.40)",
                        "Check-worthiness\n0.81, check-worthy");
    }

    @Test
    void documentTextThatLooksLikeMarkupIsShownAsText() {
        browser.get(page + "#/document/" + hostile);
        WebElement text = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("document-text")));
        assertThat(text.getText()).isEqualTo(HOSTILE_BODY);
        assertThat(browser.findElement(By.id("document-title")).getText()).isEqualTo(HOSTILE_TITLE);
        assertThat(browser.getTitle()).startsWith(HOSTILE_TITLE);
        assertThat(browser.findElements(By.cssSelector("main script, main img"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector(".claim-card .claim-text")).getText()).isEqualTo(HOSTILE_CLAIM);
        assertThat(chromium.driver().executeScript("return typeof window.pwned")).isEqualTo("undefined");
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void entityPageShowsAliasesCoOccurrenceClaimsAndATimeline() {
        browser.get(page + "#/document/" + story.documentId());
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#document-text a.mention.type-person")))
                .click();
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("entity-name")));
        assertThat(name.getText()).startsWith("Russell Travers");
        assertThat(browser.findElement(By.cssSelector(".entity-meta")).getText()).contains("Also called\nTravers");
        assertThat(browser.findElements(By.cssSelector(".co-occurring li a"))).extracting(WebElement::getText)
                .contains("Syrian Democratic Forces", "Islamic State");
        assertThat(browser.findElements(By.cssSelector(".claims-by .claim-text"))).extracting(WebElement::getText)
                .containsExactly(SyriaStory.TRAVERS_CLAIM);
        assertThat(browser.findElements(By.cssSelector("svg.timeline-chart rect.bar-documents"))).hasSize(1);
    }

    /** The text of every highlight piece of one claim, in order: one claim may be cut by the mentions inside it. */
    private String markedText(long claimId) {
        List<WebElement> marks = browser.findElements(By.cssSelector("#document-text mark[data-claim=\"" + claimId
                + "\"]"));
        return marks.stream().map(WebElement::getText).collect(Collectors.joining());
    }
}
