package dk.erfaringsgraf.report.qdpx;

import java.util.List;

/**
 * One report file of the project: its plain text (stored in the archive as {@code sources/<guid>.txt}) and the
 * items read from it, each with its selection of that text.
 */
record SourceFile(String name, String guid, String description, SourceText text, List<Selection> items) {

    SourceFile {
        items = List.copyOf(items);
    }

    /** The file's path inside the archive, as REFI-QDA's {@code plainTextPath} names it. */
    String internalPath() {
        return "internal://" + guid + ".txt";
    }

    String zipPath() {
        return "sources/" + guid + ".txt";
    }

    /** An item and the characters of the text its lines {@code line..lineTo} cover. */
    record Selection(ProjectData.Item item, SourceText.Span span) {
    }
}
