package dk.erfaringsgraf.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The readers of every supported form, chosen by file extension. */
public final class Readers {

    private final Map<String, ReportReader> byExtension = new LinkedHashMap<>();

    public Readers(List<ReportReader> readers) {
        for (ReportReader reader : readers) {
            reader.extensions().forEach(ext -> byExtension.put(ext, reader));
        }
    }

    /** Every form this version reads. */
    public static Readers standard() {
        return new Readers(List.of(new TextReader(), new PdfReader(), new DocxReader(), new HtmlReader()));
    }

    /** The reader for a file name, if its extension is supported. */
    public Optional<ReportReader> forFile(String name) {
        return Optional.ofNullable(byExtension.get(extension(name)));
    }

    public boolean supports(String name) {
        return forFile(name).isPresent();
    }

    /** The supported extensions, for messages ("txt, md, pdf, …"). */
    public List<String> extensions() {
        return new ArrayList<>(byExtension.keySet());
    }

    /**
     * Reads a file with the reader for its extension.
     *
     * @throws InputException naming the file and the supported forms when the extension is not one of them
     */
    public Document read(String file, byte[] bytes, List<String> warnings) {
        ReportReader reader = forFile(file).orElseThrow(() -> new InputException(file
                + ": not a supported report format (reads ." + String.join(", .", extensions()) + ")"));
        return reader.read(file, bytes, warnings);
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
