package dk.erfaringsgraf.report;

import dk.erfaringsgraf.graph.GraphStore;
import dk.erfaringsgraf.ingest.Corpus;
import dk.erfaringsgraf.ingest.InputException;
import dk.erfaringsgraf.report.qdpx.QdpxExport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tech.tablesaw.api.Table;

/**
 * {@code export --all}: every table in every format, every graph projection in every format and the coding as a
 * REFI-QDA project, written from one open store into one folder, with an index ({@code README.txt}) naming each
 * file and what it holds. Each table and projection is read once and written in all its formats.
 */
public final class ExportFolder {

    /** A written file: its path inside the folder, its size in bytes, and what it is. */
    public record ExportedFile(String path, long bytes, String what) {
    }

    private final GraphStore store;
    private final Corpus corpus;
    private final Path dir;
    private final Consumer<String> progress;
    private final List<ExportedFile> written = new ArrayList<>();
    private final int total = TableCatalog.names().size() * Format.values().length
            + GraphExports.Kind.values().length * GraphExports.Format.values().length + 2;

    private ExportFolder(GraphStore store, Corpus corpus, Path dir, Consumer<String> progress) {
        this.store = store;
        this.corpus = corpus;
        this.dir = dir;
        this.progress = progress;
    }

    /**
     * Writes everything to {@code dir} (created if missing; files of the same names are replaced), reporting each
     * file to {@code progress}.
     *
     * @return the files written, the index last
     * @throws InputException if {@code dir} is a file or cannot be created or written, or the graph is empty
     */
    public static List<ExportedFile> write(GraphStore store, Corpus corpus, Path dir, Consumer<String> progress) {
        prepare(dir);
        ExportFolder folder = new ExportFolder(store, corpus, dir, progress);
        folder.tables();
        folder.graphs();
        folder.coding();
        folder.index();
        return List.copyOf(folder.written);
    }

    /**
     * Creates {@code dir} and its subfolders if missing, before any work starts.
     *
     * @throws InputException naming {@code --all} if it is a file or cannot be created or written
     */
    public static void prepare(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputException("--all " + dir + ": is a file, not a folder");
        }
        try {
            Files.createDirectories(dir.resolve("tables"));
            Files.createDirectories(dir.resolve("graphs"));
        } catch (IOException e) {
            throw new InputException("--all " + dir + ": cannot create the folder (" + e.getMessage() + ")", e);
        }
        if (!Files.isWritable(dir)) {
            throw new InputException("--all " + dir + ": the folder is not writable");
        }
    }

    private void tables() {
        for (String name : TableCatalog.names()) {
            Table table = Tables.build(store, name);
            for (Format format : Format.values()) {
                file("tables/" + name + "." + format.word(), TableCatalog.title(name) + " — " + describe(format),
                        out -> TableExporter.write(table, format, out));
            }
        }
    }

    private void graphs() {
        for (GraphExports.Kind kind : GraphExports.Kind.values()) {
            GraphExports.ExportGraph graph = GraphExports.read(store, kind);
            for (GraphExports.Format format : GraphExports.Format.values()) {
                file("graphs/" + kind.word() + "." + format.word(), describe(kind) + " — " + describe(format), out -> {
                    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    GraphExports.write(graph, format, writer);
                    flush(writer);
                });
            }
        }
    }

    private void coding() {
        file("coding.qdpx", "REFI-QDA project (NVivo, ATLAS.ti, MAXQDA, QualCoder: import as REFI-QDA project): "
                + "themes, kinds and actors as codes, items as coded selections of the report texts, speakers as cases",
                out -> QdpxExport.write(store, corpus, out));
    }

    private void index() {
        file("README.txt", "this index", out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try {
                writer.write(ExportIndex.text(written));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            flush(writer);
        });
    }

    private interface Content {
        void write(OutputStream out) throws IOException;
    }

    private void file(String path, String what, Content content) {
        Path target = dir.resolve(path);
        try (OutputStream out = Files.newOutputStream(target)) {
            content.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + target + ": " + e.getMessage(), e);
        }
        long bytes = size(target);
        written.add(new ExportedFile(path, bytes, what));
        progress.accept(String.format(java.util.Locale.ROOT, "[%2d/%d] %-40s %s", written.size(), total, path,
                ExportIndex.size(bytes)));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the size of " + file + ": " + e.getMessage(), e);
        }
    }

    private static void flush(Writer writer) {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String describe(Format format) {
        return switch (format) {
            case CSV -> "CSV (UTF-8, comma-separated, header row)";
            case XLSX -> "Excel workbook";
            case MD -> "Markdown table";
            case HTML -> "HTML table";
            case JSON -> "JSON, one object per row";
        };
    }

    static String describe(GraphExports.Format format) {
        return switch (format) {
            case GRAPHML -> "GraphML (Gephi, Cytoscape, yEd; every weight written)";
            case GEXF -> "GEXF (Gephi)";
            case DOT -> "DOT (Graphviz)";
            case JSON -> "JSON (nodes and edges with attributes)";
        };
    }

    static String describe(GraphExports.Kind kind) {
        return switch (kind) {
            case THEME -> "Theme co-occurrence: themes linked by the items coded with both (theme scores)";
            case ACTOR_COOCCURRENCE -> "Actor co-occurrence: actors linked by the items naming both; the graph the "
                    + "actor scores are computed on";
            case ACTOR_THEME -> "Actors and themes, linked by the items that name the actor and are about the theme "
                    + "(actor and theme scores)";
            case SOURCE -> "Sources and the themes they raise, weighted by items";
            case FULL -> "The whole graph: sources, items, themes, actors, speakers";
        };
    }
}
