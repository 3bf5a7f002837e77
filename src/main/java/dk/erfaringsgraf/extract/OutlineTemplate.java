package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.Document;

/**
 * The general reader of a report's outline, whatever form it came in: chapters from headings (and the table
 * of contents), findings typed by the list labels they stand under ({@link ListLabels}), interview quotes
 * from quotation marks, quote styles and their attribution lines, and every other paragraph an observation.
 * Works on the document's blocks, so a hard-wrapped text, a PDF, a Word file and a web page of one report
 * give the same findings. The few layout templates that remain are tried first; this reads the rest.
 */
public final class OutlineTemplate implements Template {

    @Override
    public String id() {
        return "outline";
    }

    /** The default reader: just enough to be chosen when no layout template fits better. */
    @Override
    public double fit(Document document) {
        return MIN_FIT;
    }

    @Override
    public void parse(Document document, ParseSink sink) {
        new OutlineReader(DumpRepairs.apply(document), sink, ListLabels.standard()).read();
    }
}
