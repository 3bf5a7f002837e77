package dk.erfaringsgraf.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A set of report files and their manifest: the bundled default corpus (inside the jar) or any folder of
 * report files in a form {@link Readers} supports. Files that cannot be read, or are in a form no reader
 * takes, are listed as failures with the reason, never silently dropped, and never stop the others.
 */
public record Corpus(String origin, List<CorpusFile> files, Manifest manifest, List<String> failures) {

    private static final String BUNDLED = "/corpus/";
    /** The largest report file read by default: far above any report (the bundled ones are under 0.3 MB). */
    public static final int DEFAULT_MAX_FILE_MB = 50;

    public Corpus {
        files = List.copyOf(files);
        failures = List.copyOf(failures);
    }

    /** The corpus shipped in the jar, listed by its manifest. */
    public static Corpus bundled() {
        Manifest manifest = Manifest.parse("corpus/" + Manifest.FILE_NAME,
                new String(resource(Manifest.FILE_NAME), StandardCharsets.UTF_8));
        List<CorpusFile> files = new ArrayList<>();
        for (String name : manifest.files().stream().sorted().toList()) {
            files.add(new CorpusFile(name, resource(name)));
        }
        return new Corpus("bundled corpus", files, manifest, List.of());
    }

    /** {@link #directory(Path, int)} with the default size limit. */
    public static Corpus directory(Path dir) {
        return directory(dir, DEFAULT_MAX_FILE_MB);
    }

    /**
     * Every report file directly in {@code dir} in a supported form, in name order, with the folder's
     * {@code manifest.yaml} if it has one. Other files (except the manifest and hidden files), and files larger
     * than {@code maxFileMb} megabytes (never read into memory), are listed as failures naming the reason.
     *
     * @throws InputException if the folder does not exist or cannot be listed, or its manifest is invalid
     */
    public static Corpus directory(Path dir, int maxFileMb) {
        if (!Files.isDirectory(dir)) {
            throw new InputException("Corpus folder " + dir + " does not exist or is not a folder");
        }
        Manifest manifest = readManifest(dir.resolve(Manifest.FILE_NAME));
        List<CorpusFile> files = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Readers readers = Readers.standard();
        for (Path path : list(dir)) {
            String name = path.getFileName().toString();
            if (!readers.supports(name)) {
                failures.add(path + ": not read, " + describe(name) + " is not a supported report format (reads ."
                        + String.join(", .", readers.extensions()) + ")");
                continue;
            }
            try {
                long size = Files.size(path);
                if (size > maxFileMb * 1024L * 1024L) {
                    failures.add(path + ": not read, " + String.format(Locale.ROOT, "%.1f", size / 1048576.0)
                            + " MB is over the limit of " + maxFileMb + " MB per file (--max-file-mb)");
                    continue;
                }
                files.add(new CorpusFile(path.getFileName().toString(), Files.readAllBytes(path)));
            } catch (IOException e) {
                failures.add("Could not read " + path + ": " + e.getMessage());
            }
        }
        if (files.isEmpty()) {
            throw new InputException("Corpus folder " + dir + " has no report files it can read (reads ."
                    + String.join(", .", Readers.standard().extensions()) + ")"
                    + (failures.isEmpty() ? "" : ": " + String.join("; ", failures)));
        }
        return new Corpus(dir.toString(), files, manifest, failures);
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return !n.startsWith(".") && !n.equals(Manifest.FILE_NAME);
                    })
                    .sorted().toList();
        } catch (IOException e) {
            throw new InputException("Could not list corpus folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String describe(String name) {
        String ext = Readers.extension(name);
        return ext.isEmpty() ? "a file without extension" : "." + ext;
    }

    private static Manifest readManifest(Path path) {
        if (!Files.exists(path)) {
            return Manifest.empty();
        }
        try {
            return Manifest.parse(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InputException("Could not read " + path + ": " + e.getMessage(), e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = Corpus.class.getResourceAsStream(BUNDLED + name)) {
            if (in == null) {
                throw new IllegalStateException("The jar lacks its bundled corpus file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Could not read bundled " + name + ": " + e.getMessage(), e);
        }
    }
}
