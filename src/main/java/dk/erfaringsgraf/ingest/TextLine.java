package dk.erfaringsgraf.ingest;

import java.util.regex.Pattern;

/**
 * One line of a text file as the layout rules see it: no-break and other Unicode spaces read as spaces
 * (tabs kept, for table-of-contents leaders), trailing space dropped, so that lengths compare across
 * encodings and exports of the same text.
 *
 * @param number 1-based line number in the file
 * @param raw    the line as written
 * @param shape  the line with spaces normalised and trailing space removed (its visual extent)
 */
record TextLine(int number, String raw, String shape) {

    private static final Pattern SPACES = Pattern.compile("[\\u00A0\\u2000-\\u200B\\u202F\\u3000\\uFEFF]");
    private static final String CLOSERS = "”“\"»)’'";
    private static final String SENTENCE_ENDS = ".!?:;";
    /** "d.", "bl.a.", "mv.", "17.": an abbreviation or ordinal at the line end, not a sentence end. */
    private static final Pattern ABBREVIATED = Pattern.compile("(?:^|\\s)(?:\\d{1,2}|\\p{Ll}{1,3})(?:\\.\\p{Ll}{1,3})*\\.$");
    private static final Pattern NUMBER_IN_SENTENCE = Pattern.compile("\\d[\\d.,]*\\s+\\p{Ll}");
    private static final java.util.Set<String> CLAUSE_WORDS = java.util.Set.of("og", "eller", "men", "samt",
            "i", "på", "til", "med", "af", "for", "om", "fra", "ved", "hos", "mod", "efter", "under", "over",
            "mellem", "uden", "gennem", "at", "en", "et", "den", "det", "de", "der", "som", "når", "hvis",
            "fordi", "hvor", "end");
    private static final Pattern OPENS_QUOTATION = Pattern.compile("\\s*[”“\"„«]\\p{Lu}");
    private static final Pattern ALL_CAPS = Pattern.compile("[^\\p{Ll}]*\\p{Lu}[^\\p{Ll}]*\\p{Lu}[^\\p{Ll}]*");

    static TextLine of(int number, String raw) {
        return new TextLine(number, raw, SPACES.matcher(raw).replaceAll(" ").stripTrailing());
    }

    boolean blank() {
        return TextJoiner.isBlank(raw);
    }

    /** The text without indentation. */
    String content() {
        return shape.strip();
    }

    /** The visual length: indentation and text, trailing space not counted. */
    int length() {
        return shape.length();
    }

    int indent() {
        int i = 0;
        while (i < shape.length() && Character.isWhitespace(shape.charAt(i))) {
            i++;
        }
        return i;
    }

    int words() {
        String c = content();
        return c.isEmpty() ? 0 : c.split("\\s+").length;
    }

    /** Length of the first word, the one a wrapping editor would have tried to fit on the line before. */
    int firstWordLength() {
        String c = content();
        int end = 0;
        while (end < c.length() && !Character.isWhitespace(c.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Ends a sentence or clause (. ! ? : ;), a closing quote mark or parenthesis allowed after it. */
    boolean ends() {
        int i = shape.length() - 1;
        while (i >= 0 && CLOSERS.indexOf(shape.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && SENTENCE_ENDS.indexOf(shape.charAt(i)) >= 0;
    }

    /**
     * Ends a sentence or clause, unless the final period belongs to an abbreviation or ordinal ("d. 17.",
     * "bl.a."). Danish sentences open with a capital, so only a line before a lower-case line asks this.
     */
    boolean finished() {
        return ends() && !ABBREVIATED.matcher(shape).find();
    }

    /**
     * Ends in a word that cannot end a Danish sentence, title or signature: a conjunction, preposition or
     * article ("… bor i Vejle eller", "… brug for at snakke med"). Such a line runs on. (A comma is weaker:
     * a signature breaks after its comma, "Ulrik Andersen," ⏎ "Thisted Kommune", and stays a line apart.)
     */
    boolean endsMidClause() {
        String s = shape.strip();
        int space = s.lastIndexOf(' ');
        return space >= 0 && CLAUSE_WORDS.contains(s.substring(space + 1));
    }

    /** Ends with a closing quotation mark ("… det gamle.”"): a quotation ends here. */
    boolean closesQuotation() {
        String s = content();
        return !s.isEmpty() && "”\"»".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /** Opens with a quotation mark and a capital ("”Det var lige ved …"): a new quotation starts here. */
    boolean opensQuotation() {
        return OPENS_QUOTATION.matcher(content()).lookingAt();
    }

    /** The first letter of the line is lower case ("og de …", "– at …" after a dash). */
    boolean opensLower() {
        String c = content();
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (Character.isLetter(ch)) {
                return Character.isLowerCase(ch);
            }
            if (Character.isDigit(ch)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Opens with a number that a lower-case word follows ("17. august og …", "25 borgere …"): the middle of a
     * sentence, since a Danish sentence opens with a capital letter.
     */
    boolean opensNumberInSentence() {
        return NUMBER_IN_SENTENCE.matcher(content()).lookingAt();
    }

    /** Two or more capitals and no lower-case letter ("SORØ", "HOVEDTENDENSER: LEDELSE"). */
    boolean allCaps() {
        return ALL_CAPS.matcher(shape).matches();
    }

    boolean breakHyphen() {
        return TextJoiner.endsWithBreakHyphen(shape);
    }
}
