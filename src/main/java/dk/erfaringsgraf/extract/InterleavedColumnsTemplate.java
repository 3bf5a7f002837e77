package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.Dehyphenator;
import dk.erfaringsgraf.ingest.Document;
import dk.erfaringsgraf.ingest.TextJoiner;

/**
 * The PDF extraction of Sorø Kommune's "Læring og erfaring i en Corona-krise": the same report as
 * the outline reader (same items, same kinds), read from its own text alone. Headings come from
 * layout ({@link InterleavedHeadings}), blocks from {@link InterleavedColumnsReader} (bullets U+F0B7 or •, items broken
 * by blank lines), the two interleaved columns under "Muligheder Udfordringer" are split by stance
 * ({@link ColumnSplitter}), and line-end hyphens are resolved by the document's own vocabulary.
 */
public final class InterleavedColumnsTemplate implements Template {

    /** Bullets a chapter of this layout has at least (the 2020 report has 9 to 25). */
    private static final double BULLETS_PER_CHAPTER = 5;

    @Override
    public String id() {
        return "interleaved-columns";
    }

    /**
     * The seam header "Muligheder Udfordringer" (two columns flattened into one line) is the signature;
     * then per such chapter a solutions label and glyph bullets (about {@link #BULLETS_PER_CHAPTER}).
     * Counted per chapter, so an excerpt of a few chapters fits as well as the whole report.
     */
    @Override
    public double fit(Document document) {
        int columns = 0;
        int solutions = 0;
        int bullets = 0;
        for (String line : document.lines()) {
            String s = TextJoiner.fold(line);
            if (s.equals("Muligheder Udfordringer")) {
                columns++;
            } else if (s.equals("Organisationens ideer til løsninger")) {
                solutions++;
            } else if (InterleavedColumnsReader.isBullet(line)) {
                bullets++;
            }
        }
        if (columns == 0) {
            return 0.1 * Math.min(1.0, solutions);
        }
        return 0.5 + 0.3 * Math.min(1.0, solutions / (double) columns)
                + 0.2 * Math.min(1.0, bullets / (BULLETS_PER_CHAPTER * columns));
    }

    @Override
    public void parse(Document document, ParseSink sink) {
        InterleavedReport report = new InterleavedColumnsReader(document, sink).read();
        TextJoiner joiner = new TextJoiner(Dehyphenator.learn(document.lines()));
        new InterleavedEmitter(joiner, sink).emit(report);
    }
}
