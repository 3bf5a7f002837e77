package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.TextJoiner;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an {@link InterleavedReport} into items: cover quotes under the report title; in each section,
 * prose before the first label is observation, bullets take the kind of their label, and prose after the
 * lists is interview quotes. Bullets under a flattened two-column label are split into opportunities and
 * challenges by a {@link ColumnSplitter}. Warnings name the file and line.
 */
final class InterleavedEmitter {

    private final String file;
    private final TextJoiner joiner;
    private final ParseSink sink;
    private final ColumnSplitter splitter = new ColumnSplitter();

    InterleavedEmitter(String file, TextJoiner joiner, ParseSink sink) {
        this.file = file;
        this.joiner = joiner;
        this.sink = sink;
    }

    void emit(InterleavedReport report) {
        String title = emitCover(report.cover());
        for (ReportSection section : report.sections()) {
            sink.heading(section.headingLine());
            emitSection(section);
        }
        if (title == null) {
            sink.warn(file + ": no report title before the first section");
        }
    }

    /** @return the report title: the cover's first unquoted block */
    private String emitCover(List<ListBlock> cover) {
        String title = cover.stream().filter(b -> !b.quoted()).findFirst().map(this::join).orElse(null);
        for (ListBlock block : cover) {
            String text = join(block);
            if (block.quoted() && title != null) {
                quote(title, block, text);
            } else if (text.equals(title) || text.startsWith("–")) {
                block.lines().forEach(sink::heading);
            } else {
                block.lines().forEach(sink::furniture);
            }
        }
        return title;
    }

    private void emitSection(ReportSection section) {
        ListBlock label = null;
        List<ListBlock> columns = new ArrayList<>();
        for (ListBlock block : section.blocks()) {
            if (block.type() != ListBlock.Type.BULLET) {
                flushColumns(section.title(), columns);
            }
            switch (block.type()) {
                case LABEL, COLUMNS -> {
                    label = block;
                    block.lines().forEach(sink::heading);
                }
                case BULLET -> bullet(section.title(), label, block, columns);
                case PROSE -> prose(section.title(), label == null, block);
            }
        }
        flushColumns(section.title(), columns);
    }

    /** A bullet under {@code label}, the last label block of its section (null before the first). */
    private void bullet(String section, ListBlock label, ListBlock block, List<ListBlock> columns) {
        if (label != null && label.type() == ListBlock.Type.COLUMNS) {
            columns.add(block);
        } else if (label == null) {
            sink.warn(file + ":" + block.lines().get(0) + ": bullet without a list label; read as observation");
            item(section, ItemKind.OBSERVATION, block, join(block));
        } else {
            sink.item(new RawItem(section, label.kind(), join(block), null, block.lines(), 0, KindBy.LABEL));
        }
    }

    private void flushColumns(String section, List<ListBlock> columns) {
        if (columns.isEmpty()) {
            return;
        }
        List<String> texts = columns.stream().map(this::join).toList();
        int left = columns.size() < 2 ? columns.size() : splitter.split(texts);
        for (int i = 0; i < columns.size(); i++) {
            // the flattened label said "Muligheder Udfordringer"; which column an item stood in is the template's
            // reading by stance
            item(section, i < left ? ItemKind.OPPORTUNITY : ItemKind.CHALLENGE, columns.get(i), texts.get(i));
        }
        columns.clear();
    }

    private void prose(String section, boolean intro, ListBlock block) {
        String text = join(block);
        if (ProseRules.isFurniture(text)) {
            block.lines().forEach(sink::furniture);
        } else if (!intro) {
            quote(section, block, text);
        } else if (ProseRules.isFootnote(text)) {
            item(section, ItemKind.OBSERVATION, block, ProseRules.stripFootnoteMark(text));
        } else if (ProseRules.isProse(text)) {
            item(section, ItemKind.OBSERVATION, block, text);
        } else {
            block.lines().forEach(sink::furniture);
        }
    }

    private void quote(String section, ListBlock block, String joined) {
        String text = QuoteMarks.strip(joined);
        String[] closing = Attribution.closingRole(text);
        Speaker speaker = null;
        if (closing != null) {
            text = closing[0];
            speaker = Speaker.role(closing[1]);
        }
        sink.item(section, ItemKind.QUOTE, text, speaker, block.lines());
    }

    private void item(String section, ItemKind kind, ListBlock block, String text) {
        sink.item(section, kind, text, null, block.lines());
    }

    private String join(ListBlock block) {
        return joiner.join(block.texts());
    }
}
