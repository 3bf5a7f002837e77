package dk.erfaringsgraf.extract;

/**
 * Quotation marks as Danish reports print them: ” opens and closes (”…”), also “ „ » « and straight ".
 */
final class QuoteMarks {

    static final String MARKS = "”“\"„»«";

    private QuoteMarks() {
    }

    static boolean isMark(int c) {
        return MARKS.indexOf(c) >= 0;
    }

    static boolean startsQuote(String text) {
        return !text.isEmpty() && isMark(text.charAt(0));
    }

    /**
     * Removes an opening mark, and a closing one when it is left without a partner inside the text, so a
     * quotation inside the quote (”Statsministeren sagde: ”Jeg laver fejl”. …”) keeps its own marks.
     */
    static String strip(String text) {
        String s = text.strip();
        if (!s.isEmpty() && isMark(s.charAt(0))) {
            s = s.substring(1).strip();
        }
        if (!s.isEmpty() && isMark(s.charAt(s.length() - 1)) && count(s) % 2 == 1) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    private static long count(String s) {
        return s.chars().filter(QuoteMarks::isMark).count();
    }
}
