package dk.erfaringsgraf.web;

import dk.erfaringsgraf.graph.CypherHeader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The analysts' query library ({@code cypher/queries/*.cypher} on the classpath) for the console's picker:
 * each file's Danish and English question, its parameters with their meaning and example, its notes in both
 * languages and its Cypher, as {@link CypherHeader} reads them.
 */
final class QueryLibrary {

    private static final String FOLDER = "cypher/queries";

    /** One library query: its question and notes in Danish and English, its parameters and its Cypher. */
    record Query(String name, String titleDa, String titleEn, List<Param> params, String notesDa, String notesEn,
            String cypher) {
    }

    /** A documented parameter; {@code example} is the value in parentheses at the end of its line, or null. */
    record Param(String name, String doc, String example) {
    }

    private QueryLibrary() {
    }

    static List<Query> all() {
        return names().stream().map(QueryLibrary::read).toList();
    }

    static Query read(String name) {
        CypherHeader h = CypherHeader.load("queries/" + name);
        List<Param> params = h.params().stream().map(p -> new Param(p.name(), p.meaning(), p.example())).toList();
        return new Query(name, h.titleDa(), h.titleEn(), params, h.noteDa(), h.noteEn(), h.cypher());
    }

    /** The query names, read from the classpath folder (a directory in development, a jar when packaged). */
    static List<String> names() {
        try {
            URI uri = QueryLibrary.class.getResource("/" + FOLDER).toURI();
            if ("jar".equals(uri.getScheme())) {
                return list(jarFileSystem(uri).getPath("/" + FOLDER));
            }
            return list(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The jar's file system, opened once and shared (another part of the app may have opened it already). */
    private static synchronized FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
            return FileSystems.newFileSystem(uri, Map.of());
        }
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".cypher"))
                    .map(n -> n.substring(0, n.length() - ".cypher".length())).sorted().toList();
        }
    }
}
