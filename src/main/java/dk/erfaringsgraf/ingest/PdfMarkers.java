package dk.erfaringsgraf.ingest;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The marks a line starts with: list bullets and numbers, and the lead words of figure captions. */
final class PdfMarkers {

    /** Bullet glyphs, including U+F0B7, the Symbol-font bullet Word's PDFs carry. */
    private static final Set<String> BULLETS = Set.of("•", "\uF0B7", "▪", "■", "◦", "●", "○", "–", "-", "*");
    /** Dashes and numbers start an item only where the line does not carry on an unfinished sentence. */
    private static final Set<String> DASHES = Set.of("–", "-");
    /** Marks that are bullets only as a word of their own ("* punkt", not "*fremhævet*"). */
    private static final Set<String> DETACHED = Set.of("–", "-", "*");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}[.)]|[a-zæøå]\\)");
    private static final Pattern CAPTION = Pattern.compile("(?i)(foto|kilde)\\s*:.*|figur\\s+\\d+.*");

    private PdfMarkers() {
    }

    /**
     * Where the text of a list item starts when {@code line} starts one (a bullet glyph or "1." / "a)"
     * followed by text), else -1.
     *
     * @param carriesSentence whether the line would carry on the previous line's unfinished sentence
     */
    static float itemTextX(PdfLine line, boolean carriesSentence) {
        List<PdfWord> words = line.words();
        String first = words.get(0).text();
        if (words.size() > 1 && isMarker(first, carriesSentence)) {
            return words.get(1).x0();
        }
        for (String bullet : BULLETS) {
            if (!DETACHED.contains(bullet) && first.startsWith(bullet) && first.length() > bullet.length()
                    && Character.isLetterOrDigit(first.charAt(bullet.length()))) {
                return words.get(0).x0() + (words.get(0).x1() - words.get(0).x0()) / first.length();
            }
        }
        return -1;
    }

    private static boolean isMarker(String first, boolean carriesSentence) {
        if (DASHES.contains(first) || NUMBER.matcher(first).matches()) {
            return !carriesSentence;
        }
        return BULLETS.contains(first);
    }

    /** The item's text without its marker. */
    static String itemText(String firstLine) {
        String text = firstLine.strip();
        int space = text.indexOf(' ');
        String first = space < 0 ? text : text.substring(0, space);
        if (isMarker(first, false)) {
            return space < 0 ? "" : text.substring(space + 1).strip();
        }
        for (String bullet : BULLETS) {
            if (!DETACHED.contains(bullet) && text.startsWith(bullet)) {
                return text.substring(bullet.length()).strip();
            }
        }
        return text;
    }

    static boolean isCaption(String text) {
        return CAPTION.matcher(text.strip()).matches();
    }
}
