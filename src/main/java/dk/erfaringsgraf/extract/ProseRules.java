package dk.erfaringsgraf.extract;

import java.util.regex.Pattern;

/** What a paragraph of a report is by its text alone: a finding's prose, a footnote, a heading, or layout. */
final class ProseRules {

    /** "¹ Består af…" / "1 Består af…": a footnote's reference mark before its text. */
    private static final Pattern FOOTNOTE = Pattern.compile("^[¹²³⁴⁵⁶⁷⁸⁹0-9]\\s+(?=\\p{Lu})");
    /** A sentence ends in . ? ! … or, leading in to a list, a colon. */
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.?!…:][”\")’]?$");
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.!?…][”\")’]?(\\s|$)");
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");
    /** The back page: address, phone, web, social media, production number. */
    private static final Pattern COLOPHON = Pattern.compile(
            "^(Tlf\\.|www\\.|\\d{4} \\p{Lu}|Produktionsnr\\.|ISBN)|\\S+@\\S+\\.\\p{L}+$|twitter\\.com|facebook\\.com");
    /** "2.", "2.1", "2.1." before a numbered heading's title. */
    private static final Pattern NUMBERING = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+(?=\\p{Lu})");
    /** A finding is a sentence of some words; "God læselyst." and a signature are not. */
    private static final int MIN_PROSE_WORDS = 3;
    /** The longest heading still read as one: a long title of a sub-section, not a paragraph. */
    static final int MAX_HEADING = 120;

    private ProseRules() {
    }

    static boolean hasWords(String text) {
        return LETTER_OR_DIGIT.matcher(text).find();
    }

    /** A finished sentence of several words. */
    static boolean isProse(String text) {
        return SENTENCE_END.matcher(text).matches() && text.split("\\s+").length >= MIN_PROSE_WORDS;
    }

    static boolean isFootnote(String text) {
        return FOOTNOTE.matcher(text).find();
    }

    static String stripFootnoteMark(String text) {
        return FOOTNOTE.matcher(text).replaceFirst("");
    }

    /** Layout that is not report text: photo credits, stray punctuation. */
    static boolean isFurniture(String text) {
        return !hasWords(text) || text.startsWith("Foto:");
    }

    static boolean isColophon(String text) {
        return COLOPHON.matcher(text).find();
    }

    /** Short, no sentence in it, not opening in lower case: a title, whatever the reader called it. */
    static boolean headingShape(String printed) {
        String text = NUMBERING.matcher(printed).replaceFirst("");
        return !text.isEmpty() && text.length() <= MAX_HEADING && !SENTENCE_INSIDE.matcher(text).find()
                && !Character.isLowerCase(text.codePointAt(0)) && ")-:;,".indexOf(text.charAt(text.length() - 1)) < 0
                && !QuoteMarks.startsQuote(text);
    }
}
