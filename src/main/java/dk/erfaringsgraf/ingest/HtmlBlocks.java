package dk.erfaringsgraf.ingest;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Maps a web page's elements to blocks: h1–h6 are headings with their level, p is a paragraph, li a list
 * item whose level is its ul/ol nesting, blockquote paragraphs are quotes, figcaption and table caption are
 * captions, each table row a row; text written directly in a div, section or other container is a paragraph
 * of its own. Inline elements (links, emphasis) are read as part of the text around them.
 */
final class HtmlBlocks {

    /** Page furniture: never report text. A header or footer inside an article is kept (see {@link #isPageFrame}). */
    private static final String FURNITURE = "script, style, noscript, template, nav, aside, form, iframe, svg, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=search], [aria-hidden=true]";
    /** Elements read as blocks of their own; an element containing any of them is not inline. */
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, ul, ol, li, table, blockquote, figcaption, "
            + "div, section, article, main, pre, dl, figure, header, footer, address, hr";

    private final BlockLines out;

    HtmlBlocks(BlockLines out) {
        this.out = out;
    }

    /** Removes furniture from the page and returns how many elements went. */
    static int dropFurniture(org.jsoup.nodes.Document page) {
        Elements furniture = page.select(FURNITURE);
        furniture.remove();
        int dropped = furniture.size();
        for (Element frame : page.select("header, footer")) {
            if (isPageFrame(frame)) {
                frame.remove();
                dropped++;
            }
        }
        return dropped;
    }

    /**
     * A header or footer of the page (site banner, contact footer), not of an article or section inside it;
     * a footer inside a blockquote is the quote's attribution and is kept.
     */
    private static boolean isPageFrame(Element frame) {
        String keepers = frame.normalName().equals("header") ? "article, section, main" : "blockquote, figure";
        return frame.parent() != null && frame.parent().closest(keepers) == null;
    }

    void read(Element body) {
        if (body != null) {
            container(body, BlockType.PARAGRAPH);
        }
    }

    /** Reads an element's children in order; runs of text and inline elements between blocks are {@code prose}. */
    private void container(Element element, BlockType prose) {
        StringBuilder run = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                run.append(text.getWholeText());
            } else if (child instanceof Element inner && isInline(inner)) {
                run.append(inlineText(inner));
            } else if (child instanceof Element inner) {
                flush(run, prose);
                element(inner, prose);
            }
        }
        flush(run, prose);
    }

    private void element(Element element, BlockType prose) {
        String name = element.normalName();
        switch (name) {
            case "h1", "h2", "h3", "h4", "h5", "h6" ->
                    out.add(BlockType.HEADING, name.charAt(1) - '0', element.text());
            case "p", "pre", "address", "dt", "dd" -> out.add(prose, 0, element.text());
            case "li" -> listItem(element);
            case "blockquote" -> container(element, BlockType.QUOTE);
            case "figcaption", "caption" -> out.add(BlockType.CAPTION, 0, element.text());
            case "table" -> table(element);
            case "footer", "cite" -> container(element, BlockType.PARAGRAPH);
            case "hr", "img", "br" -> {
            }
            default -> container(element, prose);
        }
    }

    /** A list item: its own text (nested lists left out) at its ul/ol depth, then its nested lists. */
    private void listItem(Element item) {
        StringBuilder own = new StringBuilder();
        for (Node child : item.childNodes()) {
            if (child instanceof TextNode text) {
                own.append(text.getWholeText());
            } else if (child instanceof Element inner && !isList(inner)) {
                own.append(isInline(inner) ? inlineText(inner) : " " + inner.text() + " ");
            }
        }
        out.add(BlockType.LIST_ITEM, depth(item), own.toString());
        for (Element inner : item.children()) {
            if (isList(inner)) {
                container(inner, BlockType.PARAGRAPH);
            }
        }
    }

    private void table(Element table) {
        for (Element part : table.children()) {
            switch (part.normalName()) {
                case "caption" -> out.add(BlockType.CAPTION, 0, part.text());
                case "tr" -> row(part);
                case "thead", "tbody", "tfoot" -> part.children().forEach(this::row);
                default -> {
                }
            }
        }
    }

    private void row(Element row) {
        if (row.normalName().equals("tr")) {
            List<String> cells = row.children().stream()
                    .filter(cell -> cell.normalName().equals("td") || cell.normalName().equals("th"))
                    .map(Element::text).toList();
            out.addRow(cells);
        }
    }

    private void flush(StringBuilder run, BlockType prose) {
        out.add(prose, 0, run.toString());
        run.setLength(0);
    }

    private static boolean isInline(Element element) {
        return !element.isBlock() && element.selectFirst(BLOCKS) == null;
    }

    private static String inlineText(Element element) {
        return element.normalName().equals("br") ? " " : element.text();
    }

    private static boolean isList(Element element) {
        return element.normalName().equals("ul") || element.normalName().equals("ol");
    }

    private static int depth(Element item) {
        int depth = 0;
        for (Element parent = item.parent(); parent != null; parent = parent.parent()) {
            if (isList(parent)) {
                depth++;
            }
        }
        return Math.max(1, depth);
    }
}
