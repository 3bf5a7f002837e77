package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.TextJoiner;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a line or block of the KL report is, judged from its text alone. */
final class KlLines {

    /** The longest line still read as a heading; KL's longest sub-heading has 101 characters. */
    static final int MAX_HEADING = 120;
    /** Attributions are a role and an area ("decentral leder, børne-, unge- og folkeskoleområdet"). */
    static final int MAX_ATTRIBUTION = 100;

    private static final String QUOTE_MARKS = "”“\"„»«";
    private static final String SENTENCE_ENDS = ".:;!?…" + QUOTE_MARKS;
    private static final Pattern BULLET = Pattern.compile("^[-•\\uF0B7]\\s+");
    private static final Pattern ATTRIBUTION = Pattern.compile("^[–—]\\s+(\\S.*)$");
    /** A table-of-contents entry: a title, a tab and (usually) a page number. */
    private static final Pattern TOC_ENTRY = Pattern.compile("^[^\\t]+\\t+\\s*\\d*\\s*$");
    /** The back page: address, phone, web, social media, production number. */
    private static final Pattern COLOPHON = Pattern.compile(
            "^(Tlf\\.|www\\.|\\d{4} \\p{Lu}|Produktionsnr\\.|ISBN)|\\S+@\\S+\\.\\p{L}+$|twitter\\.com|facebook\\.com");

    private KlLines() {
    }

    static String folded(String line) {
        return TextJoiner.fold(line);
    }

    static boolean isBullet(String line) {
        return BULLET.matcher(folded(line)).find();
    }

    static String withoutBullet(String text) {
        return BULLET.matcher(text).replaceFirst("");
    }

    static boolean startsQuote(String line) {
        String text = folded(line);
        return !text.isEmpty() && QUOTE_MARKS.indexOf(text.charAt(0)) >= 0;
    }

    /** Removes the outer quote marks only, so a quote inside the quote (”Jeg laver fejl”) stays. */
    static String withoutOuterQuotes(String text) {
        int start = !text.isEmpty() && QUOTE_MARKS.indexOf(text.charAt(0)) >= 0 ? 1 : 0;
        int end = text.length() > start && QUOTE_MARKS.indexOf(text.charAt(text.length() - 1)) >= 0
                ? text.length() - 1 : text.length();
        return text.substring(start, end).strip();
    }

    /** The role in an attribution line "– role, area", or null if the line is not one. */
    static String attributionRole(String line) {
        String text = folded(line);
        var m = ATTRIBUTION.matcher(text);
        return m.matches() && text.length() <= MAX_ATTRIBUTION && !endsSentence(text) ? m.group(1) : null;
    }

    static boolean endsSentence(String text) {
        return !text.isEmpty() && SENTENCE_ENDS.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    static boolean startsLowerCase(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    /** Top-level chapter titles are set in capitals ("HOVEDTENDENSER: VELFÆRDSOMRÅDERNE"). */
    static boolean isCapitals(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        return letters >= 2 && text.equals(text.toUpperCase(Locale.ROOT));
    }

    static boolean isToc(List<String> texts) {
        long entries = texts.stream().filter(t -> TOC_ENTRY.matcher(t.strip()).matches()).count();
        return texts.size() >= 3 && entries * 2 > texts.size();
    }

    static boolean isColophon(List<String> texts) {
        return texts.stream().anyMatch(t -> COLOPHON.matcher(folded(t)).find());
    }

    /**
     * A heading stands alone, has no final sentence punctuation and is followed by something that is not
     * its continuation: a paragraph broken by a blank line ("… og en" / "udstrakt forståelse …") is no heading.
     */
    static boolean isHeading(KlBlock block, KlBlock following) {
        if (!block.single()) {
            return false;
        }
        String text = block.head();
        boolean plain = !isBullet(text) && !startsQuote(text) && attributionRole(text) == null;
        boolean shape = text.length() <= MAX_HEADING && !endsSentence(text) && !text.endsWith("-")
                && !startsLowerCase(text);
        return plain && shape && (following == null || !startsLowerCase(following.head()));
    }

    /** A block that continues the previous piece: plain text starting lower-case. */
    static boolean isContinuation(KlBlock block) {
        String text = block.head();
        return startsLowerCase(text) && !isBullet(text) && !startsQuote(text) && attributionRole(text) == null;
    }
}
