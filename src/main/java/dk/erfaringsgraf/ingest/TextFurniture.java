package dk.erfaringsgraf.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines that are layout, not report text: no letters or digits (rules, stray glyphs, a lone quotation
 * mark), page numbers ("12", "- 12 -", "Side 3 af 14"), table-of-contents entries (a title, dot leaders or
 * a tab, a page number), and running headers and footers: short lines that come back three or more times
 * and either carry a number or cut into a sentence. A label that recurs as a heading ("Muligheder") never
 * cuts into a sentence, so it stays text.
 */
final class TextFurniture {

    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?iu)[-–—]?\\s*\\d{1,4}\\s*[-–—]?|(?:side|page|s\\.)\\s*\\d{1,4}(?:\\s*(?:af|of|/)\\s*\\d{1,4})?"
                    + "|\\d{1,4}\\s*(?:/|af|of)\\s*\\d{1,4}");
    /** The end of a contents entry: dot leaders and/or a tab, then a page number. */
    private static final Pattern TOC_END = Pattern.compile("(?:\\.{4,}|…{2,}|(?:\\. ){3,}|\\t)[\\s.…]*\\d{1,4}\\s*$");
    /** A contents entry broken before its number ends in a tab. */
    private static final Pattern TOC_OPEN_END = Pattern.compile("\\t\\s*$");
    private static final Pattern LONE_MARK = Pattern.compile("[”“\"„«»]");
    private static final Pattern DIGIT = Pattern.compile("\\p{N}");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final int REPEATS = 3;
    /** Running headers and footers are a title or a name, not a sentence. */
    private static final int MAX_REPEAT_WORDS = 10;

    private final Set<Integer> furniture = new HashSet<>();

    /** Finds the furniture lines of {@code lines} (numbers as in {@link TextLine#number()}). */
    TextFurniture(List<TextLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (!line.blank() && (byForm(line) || tocOpen(lines, i))) {
                furniture.add(line.number());
            }
        }
        markRepeats(lines);
    }

    boolean is(TextLine line) {
        return furniture.contains(line.number());
    }

    /** A line of one quotation mark, which opens or closes the quotes around it. */
    static boolean isLoneMark(TextLine line) {
        return LONE_MARK.matcher(line.content()).matches();
    }

    static boolean isPageNumber(TextLine line) {
        return PAGE_NUMBER.matcher(line.content()).matches();
    }

    private static boolean byForm(TextLine line) {
        return !LETTER_OR_DIGIT.matcher(line.raw()).find() || isPageNumber(line) || isContents(line.raw());
    }

    /** A title, then dot leaders and/or a tab, then a page number. */
    private static boolean isContents(String raw) {
        return titled(TOC_END.matcher(raw), raw);
    }

    private static boolean tocOpen(List<TextLine> lines, int i) {
        String raw = lines.get(i).raw();
        return i + 1 < lines.size() && titled(TOC_OPEN_END.matcher(raw), raw) && isContents(lines.get(i + 1).raw());
    }

    /** The end pattern is found and a letter stands before it. */
    private static boolean titled(Matcher end, String raw) {
        return end.find() && LETTER.matcher(raw.substring(0, end.start())).find();
    }

    private void markRepeats(List<TextLine> lines) {
        Map<String, List<Integer>> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            // a header or footer is a title or a name; a repeated lower-case line ("det", left alone by a
            // hard wrap) is running text
            if (!line.blank() && !is(line) && line.words() <= MAX_REPEAT_WORDS && !line.opensLower()) {
                seen.computeIfAbsent(key(line), k -> new java.util.ArrayList<>()).add(i);
            }
        }
        for (List<Integer> at : seen.values()) {
            if (at.size() >= REPEATS && isRunning(lines, at)) {
                at.forEach(i -> furniture.add(lines.get(i).number()));
            }
        }
    }

    private static String key(TextLine line) {
        return TextJoiner.fold(line.content()).toLowerCase(Locale.ROOT);
    }

    private boolean isRunning(List<TextLine> lines, List<Integer> at) {
        if (DIGIT.matcher(lines.get(at.get(0)).content()).find()) {
            return true;
        }
        return at.stream().anyMatch(i -> cutsSentence(lines, i) || nextToPageNumber(lines, i));
    }

    /** The text before is unfinished and the text after goes on in lower case: a footer inside a paragraph. */
    private boolean cutsSentence(List<TextLine> lines, int i) {
        TextLine before = neighbour(lines, i, -1);
        TextLine after = neighbour(lines, i, 1);
        return before != null && after != null && !before.finished() && after.opensLower();
    }

    /** The nearest text line before or after, blank lines skipped, is a page number: the page's edge. */
    private static boolean nextToPageNumber(List<TextLine> lines, int i) {
        return pageNumberAt(lines, i, -1) || pageNumberAt(lines, i, 1);
    }

    private static boolean pageNumberAt(List<TextLine> lines, int i, int step) {
        for (int j = i + step; j >= 0 && j < lines.size(); j += step) {
            if (!lines.get(j).blank()) {
                return isPageNumber(lines.get(j));
            }
        }
        return false;
    }

    /** The nearest non-blank line that is not furniture, before ({@code step} -1) or after (+1). */
    private TextLine neighbour(List<TextLine> lines, int i, int step) {
        for (int j = i + step; j >= 0 && j < lines.size(); j += step) {
            TextLine line = lines.get(j);
            if (!line.blank() && !is(line)) {
                return line;
            }
        }
        return null;
    }
}
