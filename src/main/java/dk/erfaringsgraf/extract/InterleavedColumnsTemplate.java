package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.Dehyphenator;
import dk.erfaringsgraf.ingest.Document;
import dk.erfaringsgraf.ingest.TextJoiner;

/**
 * A PDF text dump of a chaptered report whose findings stand in labelled lists, where two lists printed
 * side by side ("Muligheder" and "Udfordringer") came out interleaved under one flattened label line
 * ("Muligheder Udfordringer"). The text has no outline to go by, so headings come from layout
 * ({@link InterleavedHeadings}), blocks from {@link InterleavedColumnsReader} (glyph bullets U+F0B7 or •,
 * items broken by blank lines), the interleaved columns are split by stance ({@link ColumnSplitter}), and
 * line-end hyphens are resolved by the document's own vocabulary. The bundled
 * {@code soroe-laering-og-erfaring-2020-pdf.txt} (the PDF text of Sorø Kommune's "Læring og erfaring i en
 * Corona-krise") is an example: read this way it gives the same items as its clean text does through the
 * outline reader.
 */
public final class InterleavedColumnsTemplate implements Template {

    /** Bullets a chapter of this layout has at least (the bundled example has 9 to 25). */
    private static final double BULLETS_PER_CHAPTER = 5;

    @Override
    public String id() {
        return "interleaved-columns";
    }

    /**
     * The seam header, two list labels flattened into one line ("Muligheder Udfordringer", "Styrker
     * Svagheder"), is the signature; then per such chapter a recommendations label and glyph bullets (about
     * {@link #BULLETS_PER_CHAPTER}). Labels come from {@link ListLabels}.
     * Counted per chapter, so an excerpt of a few chapters fits as well as the whole report.
     */
    @Override
    public double fit(Document document) {
        int columns = 0;
        int solutions = 0;
        int bullets = 0;
        for (String line : document.lines()) {
            String s = TextJoiner.fold(line);
            if (InterleavedColumnsReader.isColumns(s)) {
                columns++;
            } else if (ListLabels.standard().label(s).filter(l -> l.kind() == ItemKind.RECOMMENDATION).isPresent()) {
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
        new InterleavedEmitter(document.file(), joiner, sink).emit(report);
    }
}
