package dk.erfaringsgraf.extract;

import java.util.List;

/** A section of the Sorø report: its title as printed, the line of that heading, and its blocks. */
record SoroeSection(String title, int headingLine, List<SoroeBlock> blocks) {

    SoroeSection {
        blocks = List.copyOf(blocks);
    }
}
