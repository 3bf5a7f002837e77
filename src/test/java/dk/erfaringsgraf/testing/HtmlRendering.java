package dk.erfaringsgraf.testing;

import dk.erfaringsgraf.ingest.Block;
import dk.erfaringsgraf.ingest.BlockType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * Writes blocks as a municipal web page: a site header with a navigation menu, the blocks in a main element
 * (headings as h1–h6, quotes as blockquote, captions as figure captions, consecutive list items as one
 * nested ul, consecutive table rows as one table), a site footer and scripts. A reader must find only the
 * blocks; {@link #FURNITURE_TEXTS} is the text of everything else. Furniture blocks go to the site header.
 */
public final class HtmlRendering {

    /** Text in the menu, footer and scripts of every rendered page, which a reader must drop. */
    public static final List<String> FURNITURE_TEXTS = List.of(
            "Menupunkt Borger", "Menupunkt Erhverv", "Kontakt kommunen på tlf", "trackPageView", "cookie-banner");

    private HtmlRendering() {
    }

    public static byte[] bytes(List<Block> blocks) {
        return html(blocks).getBytes(StandardCharsets.UTF_8);
    }

    public static String html(List<Block> blocks) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\">")
                .append("<title>Rapport</title><style>.cookie-banner { color: red }</style>")
                .append("<script>window.trackPageView('rapport');</script></head>\n<body>\n<header>")
                .append("<a href=\"/\">Sorø Kommune</a><nav><ul><li><a href=\"/borger\">Menupunkt Borger</a></li>")
                .append("<li><a href=\"/erhverv\">Menupunkt Erhverv</a></li></ul></nav>");
        blocks.stream().filter(b -> b.is(BlockType.FURNITURE)).forEach(b -> out.append("<p>").append(esc(b)).append("</p>"));
        out.append("</header>\n<main>\n");
        int i = 0;
        while (i < blocks.size()) {
            i = write(blocks, i, out);
        }
        return out.append("</main>\n<footer><p>Kontakt kommunen på tlf 57 87 60 00</p></footer>\n")
                .append("<script>document.body.dataset.x = 'trackPageView';</script></body></html>\n").toString();
    }

    /** Writes the block at {@code i} (or the run of list items or rows it starts); returns the next index. */
    private static int write(List<Block> blocks, int i, StringBuilder out) {
        Block block = blocks.get(i);
        switch (block.type()) {
            case HEADING -> {
                int h = Math.max(1, Math.min(6, block.level()));
                out.append("<h").append(h).append('>').append(esc(block)).append("</h").append(h).append(">\n");
            }
            case QUOTE -> out.append("<blockquote><p>").append(esc(block)).append("</p></blockquote>\n");
            case CAPTION -> out.append("<figure><img src=\"foto.jpg\" alt=\"\"><figcaption>").append(esc(block))
                    .append("</figcaption></figure>\n");
            case LIST_ITEM -> {
                return list(blocks, i, out);
            }
            case TABLE_ROW -> {
                return table(blocks, i, out);
            }
            case FURNITURE -> {
            }
            default -> out.append("<p>").append(esc(block)).append("</p>\n");
        }
        return i + 1;
    }

    /** Consecutive list items as one list, nested by level. */
    private static int list(List<Block> blocks, int start, StringBuilder out) {
        int depth = 0;
        int i = start;
        for (; i < blocks.size() && blocks.get(i).is(BlockType.LIST_ITEM); i++) {
            int level = Math.max(1, blocks.get(i).level());
            if (level > depth) {
                out.append("<ul><li>".repeat(level - depth));
            } else {
                out.append("</li>").append("</ul></li>".repeat(depth - level)).append("<li>");
            }
            depth = level;
            out.append(esc(blocks.get(i)));
        }
        out.append("</li>").append("</ul></li>".repeat(depth - 1)).append("</ul>\n");
        return i;
    }

    private static int table(List<Block> blocks, int start, StringBuilder out) {
        out.append("<table><tbody>");
        int i = start;
        for (; i < blocks.size() && blocks.get(i).is(BlockType.TABLE_ROW); i++) {
            out.append("<tr>");
            for (String cell : blocks.get(i).text().split(" \\| ", -1)) {
                out.append("<td>").append(Entities.escape(cell)).append("</td>");
            }
            out.append("</tr>");
        }
        out.append("</tbody></table>\n");
        return i;
    }

    private static String esc(Block block) {
        return Entities.escape(block.text());
    }
}
