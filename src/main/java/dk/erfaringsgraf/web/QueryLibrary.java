package dk.erfaringsgraf.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The analysts' query library ({@code cypher/queries/*.cypher} on the classpath) for the console's picker:
 * each file's Danish and English question, its parameters with their meaning and example, its notes and Cypher.
 */
final class QueryLibrary {

    private static final String FOLDER = "cypher/queries";
    private static final Pattern QUESTION = Pattern.compile("// (.+?) / (.+)");
    private static final Pattern PARAMETER = Pattern.compile("// Parameters: \\$(\\w+) – (.+?)(?: \\(([^()]+)\\))?");

    /** One library query. */
    record Query(String name, String titleDa, String titleEn, List<Param> params, String notes, String cypher) {
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
        List<String> lines = text(name).lines().toList();
        Matcher q = QUESTION.matcher(lines.get(0));
        String da = q.matches() ? q.group(1) : lines.get(0).replaceFirst("^// ?", "");
        String en = q.matches() ? q.group(2) : da;
        List<Param> params = new ArrayList<>();
        StringBuilder notes = new StringBuilder();
        int at = 1;
        for (; at < lines.size() && lines.get(at).startsWith("//"); at++) {
            Matcher p = PARAMETER.matcher(lines.get(at));
            if (p.matches()) {
                params.add(new Param(p.group(1), p.group(2), p.group(3)));
            } else if (!lines.get(at).equals("// Parameters: none")) {
                notes.append(notes.isEmpty() ? "" : " ").append(lines.get(at).substring(2).strip());
            }
        }
        String cypher = String.join("\n", lines.subList(at, lines.size())).strip();
        return new Query(name, da, en, params, notes.toString(), cypher);
    }

    private static String text(String name) {
        try (InputStream in = QueryLibrary.class.getResourceAsStream("/" + FOLDER + "/" + name + ".cypher")) {
            if (in == null) {
                throw new IllegalStateException("Missing library query " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
