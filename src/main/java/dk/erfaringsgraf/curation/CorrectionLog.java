package dk.erfaringsgraf.curation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.erfaringsgraf.ingest.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The corrections file: JSON Lines, one {@link Correction} a line, only ever appended to. An undo is a line of its
 * own ({@code "what": "undo"}), so the file is the whole audit trail and the corrections in force are those no
 * undo line names. Each append is one write of a whole line to a file opened for appending, forced to disk; the
 * file is never rewritten, so a bad line can never take the others with it.
 */
public final class CorrectionLog {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final Path file;

    public CorrectionLog(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /**
     * Every line of the file, undo lines included, in file order; blank lines are skipped. No file: none.
     *
     * @throws InputException naming the file and the line number of the first malformed line
     */
    public synchronized List<Correction> all() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException("Could not read the corrections file " + file + ": " + e.getMessage(), e);
        }
        List<Correction> all = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            if (!lines.get(n).isBlank()) {
                all.add(parse(lines.get(n), n + 1));
            }
        }
        return List.copyOf(all);
    }

    /** The corrections in force: every one that is not an undo and that no undo line withdraws, in file order. */
    public List<Correction> inForce() {
        List<Correction> all = all();
        Set<String> undone = Correction.undone(all);
        return all.stream().filter(c -> c.what() != What.UNDO && !undone.contains(c.id())).toList();
    }

    /** Appends {@code correction} as one line (checked first), creating the file and its folder if needed. */
    public synchronized void append(Correction correction) {
        correction.validated();
        try {
            String line = JSON.writeValueAsString(correction);
            if (Files.exists(file) && Files.size(file) > 0 && !endsWithNewline()) {
                line = "\n" + line; // a hand-edited file without a final newline keeps its last line whole
            }
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
                out.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write to the corrections file " + file + ": " + e.getMessage(), e);
        }
    }

    private boolean endsWithNewline() throws IOException {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            in.read(last, in.size() - 1);
            return last.get(0) == '\n';
        }
    }

    private Correction parse(String line, int number) {
        try {
            Correction c = JSON.readValue(line, Correction.class);
            if (c == null) {
                throw new IllegalArgumentException("null is not a correction");
            }
            return c.validated();
        } catch (JsonProcessingException e) {
            // an unknown "what" fails in What.of: its own message says what is allowed
            throw malformed(number, e.getCause() instanceof IllegalArgumentException cause ? cause.getMessage()
                    : e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw malformed(number, e.getMessage());
        }
    }

    private InputException malformed(int number, String why) {
        return new InputException("The corrections file " + file + ", line " + number + ", is not a correction ("
                + why + "). Fix or delete that line; nothing was applied and the file was not changed.");
    }
}
