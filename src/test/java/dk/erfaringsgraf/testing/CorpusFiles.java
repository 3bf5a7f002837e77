package dk.erfaringsgraf.testing;

import dk.erfaringsgraf.ingest.Document;
import dk.erfaringsgraf.ingest.Documents;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;

/** The bundled corpus files, as tests read them (from the classpath, as the jar does). */
public final class CorpusFiles {

    public static final String SOROE = "soroe-laering-og-erfaring-2020.txt";
    public static final String SOROE_PDF = "soroe-laering-og-erfaring-2020-pdf.txt";
    public static final String KL = "kl-erfaringsopsamling-2020.txt";
    public static final String KOMDIR = "komdir-den-digitale-dynamo-2020.txt";
    public static final String NORDDJURS = "norddjurs-erfaringer-2021.txt";

    private CorpusFiles() {
    }

    public static byte[] bytes(String file) {
        try (InputStream in = CorpusFiles.class.getResourceAsStream("/corpus/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("No bundled corpus file " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Document document(String file) {
        return Documents.read(file, bytes(file), new ArrayList<>());
    }
}
