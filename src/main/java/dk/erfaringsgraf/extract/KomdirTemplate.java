package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.Dehyphenator;
import dk.erfaringsgraf.ingest.Document;
import dk.erfaringsgraf.ingest.TextJoiner;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The Kommunaldirektørforeningen survey report ("Coronakrisen – den digitale dynamo", 2020): a PDF text
 * with narrow, hyphenated prose columns under upper-case headings, and runs of interview quotes, some
 * followed by "Name, X Kommune", some repeated as pull-quotes. Prose paragraphs become observations,
 * interview paragraphs quotes; a name belongs to the one paragraph right before it.
 */
public final class KomdirTemplate implements Template {

    /** Attributions that make a document certainly this layout. */
    private static final int TYPICAL_ATTRIBUTIONS = 10;
    private static final int TYPICAL_DIRECTOR_MENTIONS = 5;
    private static final Pattern OUTER_QUOTES = Pattern.compile("^[”“\"„]\\s*|\\s*[”“\"]$");

    @Override
    public String id() {
        return "komdir";
    }

    /**
     * Mostly the "Name, X Kommune" attributions, which no other layout prints; the rest is how often the
     * text speaks of municipal directors, the report's subject.
     */
    @Override
    public double fit(Document document) {
        int attributions = 0;
        int directors = 0;
        for (int n = 1; n <= document.lineCount(); n++) {
            if (KomdirAttribution.at(document, n).isPresent()) {
                attributions++;
            }
            if (document.line(n).toLowerCase(Locale.ROOT).contains("kommunaldirektør")) {
                directors++;
            }
        }
        double byAttributions = Math.min(1.0, attributions / (double) TYPICAL_ATTRIBUTIONS);
        return 0.7 * byAttributions + (directors >= TYPICAL_DIRECTOR_MENTIONS ? 0.3 : 0.0);
    }

    @Override
    public void parse(Document document, ParseSink sink) {
        TextJoiner joiner = new TextJoiner(Dehyphenator.learn(document.lines()));
        List<RawItem> items = new ArrayList<>();
        for (KomdirParagraph paragraph : new KomdirSegmenter(document, sink).paragraphs()) {
            items.add(item(paragraph, joiner.join(paragraph.fragments())));
        }
        KomdirPullQuotes.Merged merged = KomdirPullQuotes.merge(items);
        merged.items().forEach(sink::item);
        sink.claim(merged.claimed());
        checkAccounted(document, sink);
    }

    private static RawItem item(KomdirParagraph paragraph, String joined) {
        boolean quote = KomdirVoice.isQuote(paragraph, joined);
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
