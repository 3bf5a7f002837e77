package dk.erfaringsgraf.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A chaptered report with labelled lists as {@link InterleavedColumnsReader} sees it: the cover (everything
 * before the first section heading: title, cover quotes, credits) and the sections in order. Built block by
 * block.
 */
record InterleavedReport(List<ListBlock> cover, List<ReportSection> sections) {

    InterleavedReport {
        cover = List.copyOf(cover);
        sections = List.copyOf(sections);
    }

    /** Collects blocks into the cover until the first heading, then into the current section. */
    static final class Builder {
        private final List<ListBlock> cover = new ArrayList<>();
        private final List<ReportSection> sections = new ArrayList<>();
        private String title;
        private int headingLine;
        private List<ListBlock> blocks = cover;

        void heading(int line, String text) {
            closeSection();
            title = text;
            headingLine = line;
            blocks = new ArrayList<>();
        }

        void block(ListBlock block) {
            blocks.add(block);
        }

        InterleavedReport build() {
            closeSection();
            return new InterleavedReport(cover, sections);
        }

        private void closeSection() {
            if (title != null) {
                sections.add(new ReportSection(title, headingLine, blocks));
                title = null;
            }
        }
    }
}
