package dk.erfaringsgraf.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The Sorø report as both readers see it: the cover (everything before the first section heading:
 * title, cover quotes, credits) and the sections in order. Built block by block by a reader.
 */
record SoroeReport(List<SoroeBlock> cover, List<SoroeSection> sections) {

    SoroeReport {
        cover = List.copyOf(cover);
        sections = List.copyOf(sections);
    }

    /** Collects blocks into the cover until the first heading, then into the current section. */
    static final class Builder {
        private final List<SoroeBlock> cover = new ArrayList<>();
        private final List<SoroeSection> sections = new ArrayList<>();
        private String title;
        private int headingLine;
        private List<SoroeBlock> blocks = cover;

        void heading(int line, String text) {
            closeSection();
            title = text;
            headingLine = line;
            blocks = new ArrayList<>();
        }

        void block(SoroeBlock block) {
            blocks.add(block);
        }

        SoroeReport build() {
            closeSection();
            return new SoroeReport(cover, sections);
        }

        private void closeSection() {
            if (title != null) {
                sections.add(new SoroeSection(title, headingLine, blocks));
                title = null;
            }
        }
    }
}
