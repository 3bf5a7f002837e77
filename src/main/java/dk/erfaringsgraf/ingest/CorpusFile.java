package dk.erfaringsgraf.ingest;

/** A file of a corpus as raw bytes, before decoding. */
public record CorpusFile(String name, byte[] bytes) {
}
