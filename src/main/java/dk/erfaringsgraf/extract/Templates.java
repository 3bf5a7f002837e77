package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.Document;
import java.util.Comparator;
import java.util.List;

/** The known layouts, and the choice among them by content. */
public final class Templates {

    private final List<Template> templates;

    public Templates(List<Template> templates) {
        this.templates = List.copyOf(templates);
    }

    /** Every layout this version understands; {@link GenericTemplate} catches the rest. */
    public static Templates standard() {
        return new Templates(List.of(new SoroeTemplate(), new SoroePdfTemplate(), new KlTemplate(),
                new KomdirTemplate(), new NorddjursTemplate()));
    }

    /** Parses {@code document} with the best-fitting template, or the generic one below {@link Template#MIN_FIT}. */
    public ParsedFile parse(Document document) {
        Template best = templates.stream()
                .max(Comparator.comparingDouble(t -> t.fit(document)))
                .filter(t -> t.fit(document) >= Template.MIN_FIT)
                .orElseGet(GenericTemplate::new);
        ParseSink sink = new ParseSink();
        best.parse(document, sink);
        Coverage coverage = Coverage.of(document, sink.roles());
        List<String> warnings = new java.util.ArrayList<>(sink.warnings());
        warnings.addAll(CoverageCheck.warnings(document.file(), coverage));
        return new ParsedFile(document, best.id(), best.fit(document), sink.items(), coverage, warnings);
    }
}
