package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.Document;
import java.util.List;

/** The known layouts, and the choice among them by content. */
public final class Templates {

    /** The fit a block-reading template needs to take a structured form from the outline reader. */
    static final double STRUCTURED_MIN_FIT = 0.75;

    private static final FindingClassifier CLASSIFIER = new FindingClassifier();

    private final List<Template> templates;

    public Templates(List<Template> templates) {
        this.templates = List.copyOf(templates);
    }

    /**
     * The one layout template that remains: the municipal committee case (Sagsfremstilling, Indstilling,
     * Beslutning i …), which reads blocks too; {@link OutlineTemplate} reads every other
     * report, PDF text dumps with interleaved or narrow columns included.
     */
    public static Templates standard() {
        return new Templates(List.of(new CommitteeCaseTemplate()));
    }

    /** Parses {@code document} with the best-fitting layout template, or the outline reader below {@link Template#MIN_FIT}. */
    public ParsedFile parse(Document document) {
        // the layout templates read plain-text dumps line by line; a form with structure (Markdown, PDF, Word,
        // HTML) is read by its outline, unless a template that reads blocks fits it clearly
        boolean plainText = "txt".equals(document.format());
        Template best = new OutlineTemplate();
        double bestFit = best.fit(document);
        for (Template t : templates) {
            if (!plainText && !t.readsBlocks()) {
                continue;
            }
            double fit = t.fit(document);
            double minimum = plainText ? Template.MIN_FIT : STRUCTURED_MIN_FIT;
            if (fit >= minimum && fit > bestFit) {
                best = t;
                bestFit = fit;
            }
        }
        ParseSink sink = new ParseSink();
        best.parse(document, sink);
        CLASSIFIER.apply(document, sink);
        Coverage coverage = Coverage.of(document, sink.roles());
        List<String> warnings = new java.util.ArrayList<>(sink.warnings());
        warnings.addAll(CoverageCheck.warnings(document.file(), coverage));
        return new ParsedFile(document, best.id(), bestFit, sink.items(), coverage, warnings);
    }
}
