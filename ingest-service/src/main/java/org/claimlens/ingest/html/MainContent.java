package org.claimlens.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Finds the article body of a page with a compact text-density scorer in the spirit of Readability: drop what is
 * never content (scripts, navigation, forms, comment and share widgets, ads), trust an explicit article container
 * when the page has one, otherwise score each container by the comma-rich paragraph text it holds, discounted by
 * its link density, and take the best. The result is one paragraph per block, separated by blank lines.
 */
final class MainContent {

    /** An explicit container with less paragraph text than this is probably a teaser; score the page instead. */
    static final int MIN_EXPLICIT_TEXT = 200;
    private static final int MIN_PARAGRAPH = 25;
    private static final double MAX_LINK_DENSITY = 0.5;
    private static final char LINE_BREAK = '\u2028';

    private static final String NEVER_CONTENT = "script, style, noscript, template, iframe, object, embed, svg, "
            + "canvas, form, button, input, select, textarea, nav, aside, footer, header, figure, menu, dialog, "
            + "[hidden], [aria-hidden=true], [role~=^(navigation|banner|contentinfo|complementary|dialog|search)$]";
    private static final String EXPLICIT = "[itemprop=articleBody], article, main, [role=main]";
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, dd, td, div, section";
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Pattern NAME_TOKENS = Pattern.compile("[^a-z0-9]+");
    /** Class or id words that mark boilerplate; whole words only, so "header-image" or "shadow" stay. */
    private static final Set<String> BOILERPLATE_WORDS = Set.of("ad", "ads", "advert", "advertisement", "adslot",
            "sponsor", "sponsored", "promo", "promoted", "share", "sharing", "sharebar", "social", "comment",
            "comments", "disqus", "respond", "related", "recommended", "outbrain", "taboola", "newsletter",
            "subscribe", "subscription", "signup", "byline", "cookie", "cookies", "consent", "sidebar", "breadcrumb",
            "breadcrumbs", "nav", "navbar", "navigation", "menu", "footer", "masthead", "popup", "modal", "widget",
            "tags", "pagination", "pager", "toolbar", "skip");
    private static final Set<String> NEVER_REMOVED = Set.of("html", "body", "article", "main");

    String text(Document page) {
        Element body = page.body();
        if (body == null) {
            return "";
        }
        body.select(NEVER_CONTENT).remove();
        removeBoilerplate(body);
        for (Element br : body.select("br")) {
            br.replaceWith(new TextNode(String.valueOf(LINE_BREAK)));
        }
        Element container = explicitContainer(body);
        if (container == null) {
            container = bestScored(body);
        }
        return render(container == null ? body : container);
    }

    private static void removeBoilerplate(Element body) {
        List<Element> doomed = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            if (NEVER_REMOVED.contains(element.normalName()) || element.hasAttr("itemprop")) {
                continue;
            }
            if (HIDDEN_STYLE.matcher(element.attr("style")).find() || isBoilerplateName(element)) {
                doomed.add(element);
            }
        }
        doomed.forEach(Element::remove);
    }

    private static boolean isBoilerplateName(Element element) {
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        for (String word : NAME_TOKENS.split(names)) {
            if (BOILERPLATE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The explicit container with the most paragraph text, if it has enough. */
    private static Element explicitContainer(Element body) {
        Element best = null;
        int bestLength = MIN_EXPLICIT_TEXT - 1;
        for (Element candidate : body.select(EXPLICIT)) {
            int length = paragraphText(candidate);
            if (length > bestLength) {
                best = candidate;
                bestLength = length;
            }
        }
        return best;
    }

    private static int paragraphText(Element container) {
        int length = 0;
        for (Element p : container.select("p")) {
            length += p.text().length();
        }
        return length;
    }

    /** Each paragraph credits its parent fully and its grandparent by half; link-heavy containers lose. */
    private static Element bestScored(Element body) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element block : body.select("p, pre, blockquote, td, div")) {
            String text = block.normalName().equals("div") || block.normalName().equals("td")
                    ? block.ownText() : block.text();
            if (text.length() < MIN_PARAGRAPH) {
                continue;
            }
            double score = 1 + text.chars().filter(c -> c == ',').count() + Math.min(text.length() / 100.0, 3);
            Element parent = block.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), score / 2, Double::sum);
                }
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double score = entry.getValue() * (1 - linkDensity(entry.getKey()));
            if (score > bestScore) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    /** One paragraph per innermost block; blocks that are mostly links (menus, "more" lists) are left out. */
    private static String render(Element container) {
        List<String> paragraphs = new ArrayList<>();
        Elements blocks = container.select(BLOCKS);
        for (Element block : blocks) {
            if (block != container && !block.select(BLOCKS).stream().allMatch(inner -> inner == block)) {
                continue;
            }
            String text = block.text();
            if (!text.isBlank() && linkDensity(block) <= MAX_LINK_DENSITY) {
                paragraphs.add(lines(text));
            }
        }
        if (paragraphs.isEmpty() && !container.text().isBlank()) {
            paragraphs.add(lines(container.text()));
        }
        return String.join("\n\n", paragraphs);
    }

    private static String lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split(String.valueOf(LINE_BREAK))) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return String.join("\n", lines);
    }

    private static double linkDensity(Element element) {
        int total = element.text().length();
        if (total == 0) {
            return 0;
        }
        int linked = 0;
        for (Element link : element.select("a")) {
            linked += link.text().length();
        }
        return (double) linked / total;
    }
}
