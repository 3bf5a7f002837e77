package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.Dehyphenator;
import dk.erfaringsgraf.ingest.Document;
import dk.erfaringsgraf.ingest.TextJoiner;

/**
 * The PDF extraction of Sorø Kommune's "Læring og erfaring i en Corona-krise": the same report as
 * the outline reader (same items, same kinds), read from its own text alone. Headings come from
 * layout ({@link SoroePdfHeadings}), blocks from {@link SoroePdfReader} (bullets U+F0B7 or •, items broken
 * by blank lines), the two interleaved columns under "Muligheder Udfordringer" are split by stance
 * ({@link ColumnSplitter}), and line-end hyphens are resolved by the document's own vocabulary.
 */
public final class SoroePdfTemplate implements Template {

    @Override
    public String id() {
        return "soroe-pdf";
    }

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
            } else if (SoroePdfReader.isBullet(line)) {
                bullets++;
            }
        }
        return Math.min(columns, 5) * 0.1 + Math.min(solutions, 5) * 0.04 + Math.min(bullets, 60) * 0.005;
    }

    @Override
    public void parse(Document document, ParseSink sink) {
        SoroeReport report = new SoroePdfReader(document, sink).read();
        TextJoiner joiner = new TextJoiner(Dehyphenator.learn(document.lines()));
        new SoroeEmitter(joiner, sink).emit(report);
    }
}
