package dk.erfaringsgraf.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Text to stemmed Danish content terms with Lucene's {@link DanishAnalyzer}: the standard tokenizer, lower
 * case, the Snowball Danish stop words and the Snowball Danish stemmer ("møderne", "møder", "mødet" → "mød").
 * Terms are returned in text order with repeats, so callers can count term frequencies.
 */
final class DanishTerms {

    /**
     * Words added to Snowball's Danish stop list because they carry no point of their own in these reports and,
     * left in, made unrelated items look alike when calibrating {@link EchoFinder}: function words the list
     * lacks ("så", "ved", "fordi", "hvordan", "mellem", "ingen"), auxiliary and light verbs in all their forms
     * ("kan", "få", "gøre", "komme", "tage", "give", "holde", "sige", "gå", "se", "stå"), generic adjectives and
     * fillers ("stor", "god", "ny", "andre", "bare", "nok", "helt", "virkelig", "både", "mere"), the
     * abbreviations "fx", "f.eks.", "bl.a.", "mv." and "osv.", and "kommune(n, r, rne)", which every report uses
     * about itself. They are removed before stemming, so each inflection is listed.
     */
    static final Set<String> EXTRA_STOP_WORDS = Set.of(
            // function words
            "så", "ved", "fordi", "derfor", "samt", "uden", "ingen", "intet", "kun", "igen", "mellem", "før",
            "hvordan", "hvem", "hvornår", "hvorfor", "hvilke", "hvilken", "hvilket", "andre", "andet", "hinanden",
            // auxiliary and light verbs
            "kan", "få", "får", "fik", "fået", "gøre", "gør", "gjorde", "gjort",
            "lave", "laver", "lavede", "lavet",
            "blevet", "haft", "komme", "kommer", "kom", "kommet", "tage", "tager", "tog", "taget",
            "give", "giver", "gav", "givet", "holde", "holder", "holdt", "sige", "siger", "sagde", "sagt",
            "gå", "går", "gik", "gået", "se", "ser", "set", "stå", "står", "stod",
            // generic adjectives and fillers
            "stor", "store", "stort", "større", "største", "god", "gode", "godt", "ny", "nye", "nyt",
            "bare", "nok", "helt", "hele", "lige", "gerne", "virkelig", "rigtig", "rigtigt", "faktisk", "måske",
            "både", "mere", "mest", "flere", "gang", "gange",
            // abbreviations and the reports' own word for themselves
            "fx", "f.eks", "bl.a", "bl", "mv", "osv", "ift", "ca",
            "kommune", "kommunen", "kommuner", "kommunerne", "kommunens", "kommunernes");

    /** Shortest term kept: single letters left by initials and split words are noise. */
    private static final int MIN_LENGTH = 2;

    private final Analyzer analyzer;

    DanishTerms() {
        CharArraySet stops = new CharArraySet(DanishAnalyzer.getDefaultStopSet(), false);
        stops.addAll(EXTRA_STOP_WORDS);
        analyzer = new DanishAnalyzer(stops);
    }

    /** The stemmed content terms of {@code text} in order, without stop words, numbers or single letters. */
    List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String t = term.toString();
                if (isContent(t)) {
                    terms.add(t);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not analyse text '" + text + "': " + e.getMessage(), e);
        }
        return terms;
    }

    private static boolean isContent(String term) {
        return term.length() >= MIN_LENGTH && term.codePoints().anyMatch(Character::isLetter);
    }
}
