package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.Document;

/**
 * A report layout the extractor understands. Templates are chosen by content, never by file name: each
 * scores how well a document fits, and the best score above {@link #MIN_FIT} parses it.
 */
public interface Template {

    double MIN_FIT = 0.5;

    /** A stable short name, printed in the summary ("outline", "committee-case"). */
    String id();

    /** How well the document fits this layout, from 0 (not at all) to 1 (certain). */
    double fit(Document document);

    /**
     * Whether the template reads a document's blocks, so it can serve every form (Word, web page, PDF) and
     * not only plain-text dumps read line by line.
     */
    default boolean readsBlocks() {
        return false;
    }

    /** Reads every item out of the document and accounts for its other lines. */
    void parse(Document document, ParseSink sink);
}
