package dk.erfaringsgraf.extract;

import java.util.List;

/** A section of an {@link InterleavedReport}: its title as printed, the line of that heading, and its blocks. */
record ReportSection(String title, int headingLine, List<ListBlock> blocks) {

    ReportSection {
        blocks = List.copyOf(blocks);
    }
}
