package dk.erfaringsgraf.report.qdpx;

import dk.erfaringsgraf.graph.GraphStore;
import dk.erfaringsgraf.ingest.Corpus;
import dk.erfaringsgraf.ingest.CorpusFile;
import dk.erfaringsgraf.ingest.Document;
import dk.erfaringsgraf.ingest.Documents;
import dk.erfaringsgraf.ingest.InputException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Exports the coding as a REFI-QDA project ({@code .qdpx}: a zip of {@code project.qde} and the plain text of every
 * report file under {@code sources/}), which NVivo, ATLAS.ti, MAXQDA and QualCoder import. Items become coded
 * selections of the text their lines were read from: for a text or Markdown file its own text, for PDF, Word and
 * HTML the text the reader extracted (the text "show in source" shows), since the line numbers refer to that.
 * The same graph and corpus give the same archive byte for byte.
 */
public final class QdpxExport {

    /** Zip entries carry this time, not the clock's, so two exports are identical. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2020, 1, 1, 0, 0);

    /** What an export holds. */
    public record Summary(int files, int selections, int codes, int cases) {
    }

    private QdpxExport() {
    }

    /**
     * Writes the project of the graph in {@code store}, with the texts of {@code corpus} (the corpus it was loaded
     * from), to {@code out}, which is left open.
     *
     * @throws InputException if the graph is empty, or a loaded file is missing from the corpus or differs from it
     */
    public static Summary write(GraphStore store, Corpus corpus, OutputStream out) {
        ProjectData data = ProjectData.read(store);
        if (data.sources().isEmpty()) {
            throw new InputException("the graph is empty: run load first");
        }
        Map<String, SourceFile> files = files(data, corpus);
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            zip.putNextEntry(entry("project.qde"));
            Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            ProjectXml.write(data, files, writer);
            writer.flush();
            zip.closeEntry();
            for (SourceFile file : files.values()) {
                zip.putNextEntry(entry(file.zipPath()));
                zip.write(file.text().text().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the REFI-QDA project: " + e.getMessage(), e);
        }
        int selections = files.values().stream().mapToInt(f -> f.items().size()).sum();
        int codes = data.themes().size() + KindCodes.NAMES.size() + data.actors().size();
        return new Summary(files.size(), selections, codes, data.speakers().size());
    }

    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        return entry;
    }

    /** Every file of every source with its items' selections; every item must land in one. */
    static Map<String, SourceFile> files(ProjectData data, Corpus corpus) {
        Map<String, List<ProjectData.Item>> byFile = data.items().stream()
                .collect(Collectors.groupingBy(ProjectData.Item::file, LinkedHashMap::new, Collectors.toList()));
        Map<String, SourceFile> files = new LinkedHashMap<>();
        for (ProjectData.Source source : data.sources()) {
            for (int i = 0; i < source.files().size(); i++) {
                String name = source.files().get(i);
                String hash = i < source.hashes().size() ? source.hashes().get(i) : null;
                Document document = read(corpus, source, name, hash);
                files.put(name, file(source, document, byFile.getOrDefault(name, List.of())));
            }
        }
        byFile.keySet().stream().filter(f -> !files.containsKey(f)).findFirst().ifPresent(f -> {
            throw new InputException("Item " + byFile.get(f).get(0).id() + " was read from " + f
                    + ", which no source lists among its files: run load again");
        });
        return files;
    }

    private static Document read(Corpus corpus, ProjectData.Source source, String name, String hash) {
        CorpusFile found = corpus.files().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new InputException("The file " + name + " of source " + source.id() + " is not in the "
                        + corpus.origin() + ": pass --corpus with the folder it was loaded from"));
        if (hash != null && !hash.equals(Documents.sha256(found.bytes()))) {
            throw new InputException("The file " + name + " in the " + corpus.origin() + " differs from the one loaded "
                    + "(its SHA-256 changed), so the items' line numbers may not fit it: run load again");
        }
        return Documents.read(found.name(), found.bytes(), new ArrayList<>());
    }

    private static SourceFile file(ProjectData.Source source, Document document, List<ProjectData.Item> items) {
        SourceText text = SourceText.of(document);
        List<SourceFile.Selection> selections = new ArrayList<>();
        for (ProjectData.Item item : items) {
            if (item.line() < 1 || item.lineTo() < item.line() || item.lineTo() > text.lineCount()) {
                throw new InputException("Item " + item.id() + " has lines " + item.line() + "–" + item.lineTo() + " but "
                        + document.file() + " has " + text.lineCount() + " lines: the file changed since it was loaded; "
                        + "run load again");
            }
            selections.add(new SourceFile.Selection(item, text.span(item.line(), item.lineTo())));
        }
        String guid = Guids.of("file", document.file());
        return new SourceFile(source.id() + " · " + document.file(), guid, description(source, document), text, selections);
    }

    private static String description(ProjectData.Source source, Document document) {
        String title = source.title() + (source.publisher() == null ? "" : ", " + source.publisher())
                + (source.year() == null ? "" : " (" + source.year() + ")");
        String text = switch (document.format()) {
            case "txt", "md" -> "Filens egen tekst (linjeskift som LF) / The file's own text (line ends as LF)";
            default -> "Teksten Erfaringsgrafs læser udtrak af " + document.format().toUpperCase(java.util.Locale.ROOT)
                    + "-filen; linjenumrene henviser til den / The text Erfaringsgraf's reader extracted from the "
                    + document.format().toUpperCase(java.util.Locale.ROOT) + " file; line numbers refer to it";
        };
        return title + ". " + document.file() + ". " + text + ".";
    }
}
