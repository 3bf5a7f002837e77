package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.Document;
import java.util.List;

/**
 * KL's "Erfaringsopsamling — Kommunedanmark under forårets coronakrise": chapters in capitals,
 * sub-headings as lone lines without final punctuation, paragraphs and "- " bullets one line each, and
 * interview quotes in ”…” (or "…") each followed by a line "– role, area" naming who said it.
 *
 * <p>Quotes become {@link ItemKind#QUOTE} with the role as printed; bullets under the closing chapter
 * of questions for local discussion become recommendations; every other bullet and paragraph is an
 * observation. Table of contents and the back-page address are furniture.
 */
public final class KlTemplate implements Template {


    @Override
    public String id() {
        return "kl";
    }

    /**
     * The signature is the quote block followed by a lone "– role" block, which the other layouts do
     * not use; chapters set in capitals add a little. Quotes are counted per chapter (the 2020 report has
     * 26 in 7), so an excerpt of a chapter or two fits as well as the whole report.
     */
    @Override
    public double fit(Document document) {
        List<KlBlock> blocks = KlBlock.of(document);
        int attributed = 0;
        int chapters = 0;
        for (int i = 0; i < blocks.size(); i++) {
            KlBlock following = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            if (attributedQuote(blocks.get(i), following)) {
                attributed++;
            }
            if (KlLines.isHeading(blocks.get(i), following) && KlLines.isCapitals(blocks.get(i).head())) {
                chapters++;
            }
        }
        return 0.8 * Math.min(1, attributed / (double) Math.max(1, chapters)) + 0.2 * Math.min(1, chapters);
    }

    private static boolean attributedQuote(KlBlock block, KlBlock following) {
        return KlLines.startsQuote(block.head()) && following != null && following.single()
                && KlLines.attributionRole(following.head()) != null;
    }

    @Override
    public void parse(Document document, ParseSink sink) {
        new KlReader(document, sink).read();
    }
}
