package dk.erfaringsgraf.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The marks that open a list item in text exports: a bullet glyph (•, the Symbol-font bullet U+F0B7, ▪, ◦),
 * a dash or asterisk, a number ("1.", "1)") or a letter ("a)", "a."), each followed by a space.
 */
final class BulletMarks {

    private static final Pattern MARK = Pattern.compile(
            "^([ \\t]*)([•\\uF0B7▪◦*\\-–]|\\d{1,2}[.)]|[a-zæøå][.)])[ \\t]+(?=\\S)");

    /** The kind of mark: dashes double as attribution marks ("– kommunaldirektør"), numbers as headings. */
    enum Kind { GLYPH, DASH, NUMBER, LETTER }

    /**
     * A mark found at the start of a line.
     *
     * @param indent    columns before the mark, for the nesting level
     * @param textStart index in the line where the item's text begins
     */
    record Mark(Kind kind, int indent, int textStart, String label) {

        /**
         * Whether the mark could open a list: a glyph or dash always, a number only as 1 and a letter only as
         * "a". A "2)" or "17." at the start of a line that runs straight on from prose is the wrapped middle of
         * a sentence ("tre spor: 1) … 2) …", "d.\n17. august"), not a new list.
         */
        boolean opensList() {
            return switch (kind) {
                case NUMBER -> label.startsWith("1") && label.length() == 2;
                case LETTER -> label.charAt(0) == 'a';
                default -> true;
            };
        }
    }

    private BulletMarks() {
    }

    static Optional<Mark> of(TextLine line) {
        Matcher m = MARK.matcher(line.shape());
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new Mark(kind(m.group(2)), m.group(1).length(), m.end(), m.group(2)));
    }

    private static Kind kind(String mark) {
        char c = mark.charAt(0);
        if (Character.isDigit(c)) {
            return Kind.NUMBER;
        }
        if (Character.isLetter(c)) {
            return Kind.LETTER;
        }
        return c == '-' || c == '–' ? Kind.DASH : Kind.GLYPH;
    }

    /** The item's text after its mark. */
    static String text(TextLine line, Mark mark) {
        return line.shape().substring(mark.textStart());
    }
}
