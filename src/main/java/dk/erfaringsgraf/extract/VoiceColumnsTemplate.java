package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.Dehyphenator;
import dk.erfaringsgraf.ingest.Document;
import dk.erfaringsgraf.ingest.TextJoiner;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A PDF text of narrow, hyphenated prose columns under upper-case headings, with runs of interview
 * quotes, some attributed "Name, Organisation" ("Søren S. Kjær, Sorø Kommune"), some repeated as
 * pull-quotes. Prose paragraphs become observations, interview paragraphs quotes ({@link Voice}); a name
 * belongs to the one paragraph right before it ({@link NameAttribution}); copies of a quote are folded
 * into one ({@link PullQuotes}). The bundled {@code komdir-den-digitale-dynamo-2020.txt} (the PDF text of
 * Kommunaldirektørforeningen's "Coronakrisen – den digitale dynamo", 2020) is an example.
 */
public final class VoiceColumnsTemplate implements Template {

    private static final Pattern OUTER_QUOTES = Pattern.compile("^[”“\"„]\\s*|\\s*[”“\"]$");

    @Override
    public String id() {
        return "voice-columns";
    }

    /**
     * Mostly the "Name, X Kommune" attributions, which no other layout prints; the rest is how often the
     * text speaks of its respondents ({@link Respondents}: the municipal directors in the bundled example). Both are counted per chapter (upper-case
     * heading), so an excerpt of two chapters fits as well as the whole report: about one attribution
     * and one mention of the directors per chapter make it certain.
     */
    @Override
    public double fit(Document document) {
        int attributions = 0;
        int directors = 0;
        int headings = 0;
        Pattern respondents = Respondents.pattern(document.lines());
        for (int n = 1; n <= document.lineCount(); n++) {
            if (NameAttribution.at(document, n).isPresent()) {
                attributions++;
            }
            if (respondents.matcher(document.line(n).toLowerCase(Locale.ROOT)).find()) {
                directors++;
            }
            if (startsHeading(document, n)) {
                headings++;
            }
        }
        if (headings == 0) {
            return 0; // the layout is chapters under upper-case headings; an article that signs quotes is not it
        }
        double chapters = headings;
        return 0.7 * Math.min(1.0, attributions / chapters) + 0.3 * Math.min(1.0, directors / chapters);
    }

    /** A heading broken over several lines counts once. */
    private static boolean startsHeading(Document document, int n) {
        return CapitalSections.isHeading(document.line(n))
                && (n == 1 || !CapitalSections.isHeading(document.line(n - 1)));
    }

    @Override
    public void parse(Document document, ParseSink sink) {
        TextJoiner joiner = new TextJoiner(Dehyphenator.learn(document.lines()));
        List<VoiceParagraph> paragraphs = new VoiceSegmenter(document, sink).paragraphs();
        List<String> texts = paragraphs.stream().map(p -> joiner.join(p.fragments())).toList();
        List<Voice.Said> said = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            said.add(Voice.Said.of(paragraphs.get(i), texts.get(i)));
        }
        List<Boolean> quotes = Voice.quotes(said);
        List<RawItem> items = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            items.add(item(paragraphs.get(i), texts.get(i), quotes.get(i)));
        }
        PullQuotes.Merged merged = PullQuotes.merge(items);
        merged.items().forEach(sink::item);
        sink.claim(merged.claimed());
        checkAccounted(document, sink);
    }

    private static RawItem item(VoiceParagraph paragraph, String joined, boolean quote) {
        String text = quote ? OUTER_QUOTES.matcher(joined).replaceAll("") : joined;
        return new RawItem(paragraph.section(), quote ? ItemKind.QUOTE : ItemKind.OBSERVATION, text,
                quote ? paragraph.speaker() : null, paragraph.itemLines());
    }

    /** Every non-blank line must be an item, a heading or furniture; anything else is a parser gap. */
    private static void checkAccounted(Document document, ParseSink sink) {
        var roles = sink.roles();
        for (int n = 1; n <= document.lineCount(); n++) {
            if (!document.isBlank(n) && !roles.containsKey(n)) {
                sink.warn(document.file() + ":" + n + ": line not accounted for");
            }
        }
    }
}
