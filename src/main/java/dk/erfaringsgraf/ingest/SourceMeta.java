package dk.erfaringsgraf.ingest;

/**
 * What is known about a source report: from the corpus manifest, or inferred from the text (title from
 * its first line, file name as id) when there is none. Unknown values are null.
 *
 * @param respondents the number of respondents where the text states one
 * @param respondentsNote how the text states them ("mere end 200 ledere"), for readers
 */
public record SourceMeta(String id, String title, String publisher, String kind, Integer year, String method,
                         Integer respondents, String respondentsNote) {

    /** Metadata inferred from a document alone. */
    public static SourceMeta inferred(Document document) {
        String title = document.lines().stream()
                .filter(l -> !TextJoiner.isBlank(l))
                .map(TextJoiner::fold)
                .findFirst().orElse(document.baseName());
        return new SourceMeta(document.baseName(), title, null, null, null, null, null, null);
    }
}
