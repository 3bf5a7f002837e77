package dk.erfaringsgraf.ingest;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

/**
 * What a Word paragraph style says a paragraph is. Styles are matched by id and by name (the styles part
 * names built-in styles in English, "heading 1", whatever the id: Danish Word writes id "Overskrift1"), then
 * by outline level, and through the style's {@code basedOn} chain, so a house style derived from "Heading 2"
 * is still a level-2 heading.
 */
final class DocxStyles {

    /** A block type and level a style implies. */
    record Kind(BlockType type, int level) {
    }

    private static final Pattern HEADING = Pattern.compile("(?:heading|overskrift)([1-9])");
    private static final Pattern LIST = Pattern.compile(
            "(?:listparagraph|listeafsnit|listbullet|listnumber|opstillingmedpunkttegn|opstillingmedtal)([1-9]?)");
    private static final Pattern TOC = Pattern.compile("(?:toc|indholdsfortegnelse)[1-9]?|tocheading");
    private static final Set<String> TITLES = Set.of("title", "titel");
    private static final Set<String> SUBTITLES = Set.of("subtitle", "undertitel");
    private static final Set<String> QUOTES = Set.of("quote", "intensequote", "citat", "intenstcitat");
    private static final Set<String> CAPTIONS = Set.of("caption", "billedtekst");
    /** Word allows outline levels 0–8 for headings; 9 is body text. */
    private static final int BODY_OUTLINE = 9;

    private final XWPFStyles styles;

    /** @param styles the styles part, or null when the file has none */
    DocxStyles(XWPFStyles styles) {
        this.styles = styles;
    }

    /** The kind the style with this id (or a style it is based on) implies, if any. */
    Optional<Kind> kind(String styleId) {
        Set<String> seen = new HashSet<>();
        String id = styleId;
        while (id != null && seen.add(id)) {
            XWPFStyle style = styles == null ? null : styles.getStyle(id);
            Optional<Kind> kind = byName(id)
                    .or(() -> style == null ? Optional.empty() : byName(style.getName()))
                    .or(() -> style == null ? Optional.empty() : byOutline(style.getCTStyle().getPPr()));
            if (kind.isPresent()) {
                return kind;
            }
            id = style == null ? null : style.getBasisStyleID();
        }
        return Optional.empty();
    }

    /** A heading level from an explicit outline level (0 = level 1), if it is a heading level. */
    static Optional<Kind> outline(BigInteger outlineLevel) {
        if (outlineLevel == null || outlineLevel.intValue() < 0 || outlineLevel.intValue() >= BODY_OUTLINE) {
            return Optional.empty();
        }
        return Optional.of(new Kind(BlockType.HEADING, outlineLevel.intValue() + 1));
    }

    private static Optional<Kind> byOutline(CTPPrGeneral ppr) {
        return ppr != null && ppr.isSetOutlineLvl() ? outline(ppr.getOutlineLvl().getVal()) : Optional.empty();
    }

    static Optional<Kind> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
        Matcher heading = HEADING.matcher(key);
        if (heading.matches()) {
            return Optional.of(new Kind(BlockType.HEADING, Integer.parseInt(heading.group(1))));
        }
        Matcher list = LIST.matcher(key);
        if (list.matches()) {
            return Optional.of(new Kind(BlockType.LIST_ITEM, list.group(1).isEmpty() ? 1 : Integer.parseInt(list.group(1))));
        }
        return named(key);
    }

    private static Optional<Kind> named(String key) {
        if (TITLES.contains(key)) {
            return Optional.of(new Kind(BlockType.HEADING, 1));
        }
        if (SUBTITLES.contains(key)) {
            return Optional.of(new Kind(BlockType.HEADING, 2));
        }
        if (QUOTES.contains(key)) {
            return Optional.of(new Kind(BlockType.QUOTE, 0));
        }
        if (CAPTIONS.contains(key)) {
            return Optional.of(new Kind(BlockType.CAPTION, 0));
        }
        return TOC.matcher(key).matches() ? Optional.of(new Kind(BlockType.FURNITURE, 0)) : Optional.empty();
    }
}
