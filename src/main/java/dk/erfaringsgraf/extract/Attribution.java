package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.TextJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who said a quote, where the report prints it: a line of its own after the quote that opens with a dash
 * ("– fagdirektør, sundhedsområdet"), a short role in parentheses closing the quote ("(forælder)"), or the
 * press style of an article: ”…,” fortæller Mette Holm, jobcenterchef i Vejen Kommune; or a name and
 * organisation after the quote, on a line of its own or closing it ("… Lasse Jacobsen, Viborg Kommune").
 */
final class Attribution {

    /** A role and an area fit in one short line; a longer dashed line is prose. */
    static final int MAX_ROLE_LINE = 100;

    private static final Pattern DASHED = Pattern.compile("^[–—-]\\s+(\\S.*)$");
    private static final Pattern IN_PARENTHESES = Pattern.compile("^(.*\\S)\\s*\\((\\p{Ll}[\\p{L} -]{0,30})\\)$");
    private static final String SENTENCE_ENDS = ".:;!?…" + QuoteMarks.MARKS;

    /** The verbs of Danish reported speech, present and past. */
    private static final String VERB = "(?:fortæller|fortalte|siger|sagde|forklarer|forklarede|udtaler|udtalte"
            + "|påpeger|påpegede|understreger|understregede|mener|mente|tilføjer|tilføjede|fortsætter|uddyber"
            + "|vurderer|konstaterer|lyder det fra)";
    /** A name as reported speech prints it after the verb: capitalised words or initials ("Anne-Marie Skov"). */
    private static final String SPOKEN_NAME = "\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3}";
    /** Who speaks after the verb: a name, a pronoun pointing back to one, or (in quotation marks) a role. */
    private static final String WHO = "(" + SPOKEN_NAME + "|han|hun|\\p{Ll}[\\p{L} -]{2,60}?)";
    /** ”Quote,” verb Who[, role[ i Organisation]]. */
    private static final Pattern INLINE = Pattern.compile("^[”“\"„»«](.+?)[,]?[”“\"»«],?\\s+" + VERB + "\\s+" + WHO
            + "(?:,\\s*(.+?))?\\.?$");
    /** – Quote, verb Name[, role …]. The dash dialogue of articles: no quotation marks, so a name or pronoun. */
    private static final Pattern DASH_SPEECH = Pattern.compile("^(.+?[^,]),\\s+" + VERB + "\\s+"
            + "(" + SPOKEN_NAME + "|han|hun)(?:,\\s*(.+?))?\\.?$");
    /** Name, role[ i Organisation]: ”Quote” — the speaker introduced before the quote. */
    private static final Pattern LEADING_SPEAKER = Pattern.compile("^(" + Attribution.NAME
            + ")(?:,\\s*([^:”“\"]{2,100}?))?:\\s+[”“\"„»«](.+?)[”“\"»«]?$");
    private static final Pattern ROLE_IN_ORGANISATION = Pattern.compile("^(.+?)\\s+(?:i|på|hos|ved)\\s+(\\p{Lu}.*)$");
    /** Prose, then a quotation that ends the paragraph: "… børnehave. »Vi har …,« siger en pædagog." */
    private static final Pattern PROSE_THEN_QUOTE = Pattern.compile("^(.*?[.!?])\\s+([”“\"„»«].+)$");
    /** "En sygeplejerske på X beskriver det sådan: "…"", "Name siger: "…"": who, then the quotation. */
    private static final Pattern WHO_THEN_QUOTE = Pattern.compile("^(\\p{Lu}[^:.!?]{1,80}?)\\s+(?:beskriver|siger|"
            + "udtrykker|formulerer|forklarer|fortæller|opsummerer)(?:\\s+det)?(?:\\s+sådan)?\\s*:\\s*[”“\"„»«](.+?)[”“\"»«]?$");
    /** Prose that ends by quoting something nobody is said to say: "… et skilt: ”Hold afstand.”" */
    private static final Pattern PROSE_THEN_UNSIGNED = Pattern.compile("^(.+?:)\\s*[”“\"„»«]([^”“\"„»«]+)[”“\"»«]$");
    /** An article and a relative clause around a role: "en pædagog, der ikke ønsker sit navn frem". */
    private static final Pattern ROLE_WRAPPING = Pattern.compile("^(?:en|et)\\s+|,\\s+(?:der|som)\\s.*$");
    /** A pronoun speaker, to be resolved to the person the text introduced last ({@link Speakers}). */
    static final java.util.Set<String> PRONOUNS = java.util.Set.of("han", "hun");

    /**
     * An attribution inside the paragraph itself: the press style ”…,” siger Name, role i Organisation (or
     * "siger hun", "siger en medarbejder"), or the speaker introduced before the quote ("Name, role: ”…”");
     * null when the paragraph is neither.
     */
    static Inline inline(String paragraph) {
        String p = paragraph.strip();
        Matcher m = INLINE.matcher(p);
        if (m.matches()) {
            return new Inline(m.group(1).strip(), speaker(m.group(2), m.group(3)));
        }
        m = LEADING_SPEAKER.matcher(p);
        if (m.matches()) {
            return new Inline(QuoteMarks.strip(m.group(3)), speaker(m.group(1), m.group(2)));
        }
        return null;
    }

    /** A paragraph of prose with a quotation in it: the prose before the quotation, and the quotation. */
    record Embedded(String prose, Inline quote) {
    }

    /**
     * A quotation inside a paragraph of prose: after some sentences ("… i byen. »Vi har …,« siger en
     * pædagog."), announced by who says it ("En sygeplejerske på Slagelse Sygehus beskriver det sådan: "…""),
     * or quoted at the end after a colon with nobody said to say it; null when the paragraph has none.
     */
    static Embedded embedded(String paragraph) {
        String p = paragraph.strip();
        Matcher m = PROSE_THEN_QUOTE.matcher(p);
        if (m.matches()) {
            Inline quote = inline(m.group(2));
            if (quote != null) {
                return new Embedded(m.group(1).strip(), quote);
            }
        }
        m = WHO_THEN_QUOTE.matcher(p);
        if (m.matches()) {
            String who = m.group(1).strip();
            Speaker speaker = who.matches(NAME) ? new Speaker(who, null, null)
                    : speaker(Character.toLowerCase(who.charAt(0)) + who.substring(1), null);
            return new Embedded("", new Inline(QuoteMarks.strip(m.group(2)), speaker));
        }
        m = PROSE_THEN_UNSIGNED.matcher(p);
        if (m.matches() && m.group(2).strip().split("\\s+").length >= 3) {
            return new Embedded(m.group(1).strip(), new Inline(m.group(2).strip(), null));
        }
        return null;
    }

    /** A dash-dialogue paragraph's words and speaker ("– Vi lærte meget, siger Jens Holm, HR-chef i X Kommune."). */
    static Inline dashSpeech(String text) {
        Matcher m = DASH_SPEECH.matcher(text.strip());
        return m.matches() ? new Inline(m.group(1).strip(), speaker(m.group(2), m.group(3))) : null;
    }

    /** Who from the words after the verb: a name (with role and organisation), a pronoun, or a role alone. */
    private static Speaker speaker(String who, String rest) {
        String role = rest;
        String organisation = null;
        if (role != null) {
            Matcher in = ROLE_IN_ORGANISATION.matcher(role);
            if (in.matches()) {
                role = in.group(1);
                organisation = in.group(2);
            } else if (role.matches(Organisations.PATTERN)) {
                organisation = role;
                role = null;
            }
        }
        if (Character.isLowerCase(who.charAt(0)) && !PRONOUNS.contains(who)) {
            // "en sygeplejerske på Slagelse Sygehus", "en pædagog, der ikke ønsker sit navn frem"
            String bare = ROLE_WRAPPING.matcher(rest == null ? who : who + ", " + rest).replaceAll("").strip();
            Matcher in = ROLE_IN_ORGANISATION.matcher(bare);
            if (in.matches() && in.group(2).matches(Organisations.PATTERN)) {
                return new Speaker(null, in.group(1), in.group(2));
            }
            return Speaker.role(bare);
        }
        String person = who.endsWith(".") ? who.substring(0, who.length() - 1) : who;
        return new Speaker(person, role, organisation);
    }

    record Inline(String text, Speaker speaker) {
    }

    /** Two to four capitalised words or initials: "Søren S. Kjær", "Jens Peter Hegelund Jensen". */
    static final String NAME = "\\p{Lu}\\p{Ll}+(?:\\s(?:\\p{Lu}\\.|\\p{Lu}\\p{Ll}+)){1,3}";
    /** "Sorø Kommune", "Region Sjælland", "KL", "Sundhedsstyrelsen": {@link Organisations}. */
    private static final String ORGANISATION = Organisations.PATTERN;
    private static final Pattern NAME_LINE = Pattern.compile("^(" + NAME + "),\\s(" + ORGANISATION + ")\\.?$");
    private static final Pattern TRAILING_NAME =
            Pattern.compile("^(.*?[.!?”’])\\s(" + NAME + "),\\s(" + ORGANISATION + ")\\.?$");

    /** A paragraph that is only "Name, Organisation": who said the quote before it; null when it is not one. */
    static Speaker nameLine(String text) {
        Matcher m = NAME_LINE.matcher(text.strip());
        return m.matches() ? Speaker.person(m.group(1), m.group(2)) : null;
    }

    /** A quote whose last words are "… Name, Organisation": its text and speaker; null when it does not end so. */
    static Inline trailingName(String text) {
        Matcher m = TRAILING_NAME.matcher(text.strip());
        return m.matches() ? new Inline(m.group(1).strip(), Speaker.person(m.group(2), m.group(3))) : null;
    }

    private Attribution() {
    }

    /** The role of a dashed attribution line as printed in the file, or null if the line is not one. */
    static String roleLine(String rawLine) {
        String text = TextJoiner.fold(rawLine);
        Matcher m = DASHED.matcher(text);
        boolean fits = text.length() <= MAX_ROLE_LINE && !endsSentence(text);
        return m.matches() && fits ? m.group(1) : null;
    }

    /** The quote without its closing "(role)", and the role; null when the quote names none. */
    static String[] closingRole(String quote) {
        Matcher m = IN_PARENTHESES.matcher(quote);
        return m.matches() ? new String[] {m.group(1), m.group(2)} : null;
    }

    static boolean endsSentence(String text) {
        return !text.isEmpty() && SENTENCE_ENDS.indexOf(text.charAt(text.length() - 1)) >= 0;
    }
}
