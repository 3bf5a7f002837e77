package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.Document;
import java.util.List;

/** One file read by one template: its items, coverage and warnings. */
public record ParsedFile(Document document, String template, double fit, List<RawItem> items, Coverage coverage,
                         List<String> warnings) {

    public ParsedFile {
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }

    public String file() {
        return document.file();
    }
}
