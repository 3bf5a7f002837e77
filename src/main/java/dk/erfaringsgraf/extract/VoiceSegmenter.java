package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.Document;
import dk.erfaringsgraf.ingest.TextJoiner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cuts a voice-columns text ({@link VoiceColumnsTemplate}) into paragraphs. A paragraph ends at a heading, at
 * an attribution, at a line that starts with a space where the line before did not (the PDF's mark of a new
 * text block, e.g. a full-width paragraph after a pull-quote; a hard wrap repeats the indentation on every
 * line it makes, so indented lines in a row are one block) and at a blank line, unless the sentence goes on
 * after the blank: the narrow columns are often broken mid-sentence ("men nu i" / "stedet mødes"), so a
 * paragraph that does not end a sentence continues with a next line that opens in lower case. Headings and
 * the foreword's signature are marked on the sink as they are read.
 */
final class VoiceSegmenter {

    /** "På vegne af … Hovedbestyrelse / Name / Formand": a foreword's signature, not a finding. */
    private static final Pattern SIGNATURE = Pattern.compile("På vegne af\\b.*");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:”’\"]");
    private static final String QUOTE_MARKS = "”“\"„";

    private final Document document;
    private final ParseSink sink;
    private final CapitalSections sections = new CapitalSections();
    private final List<VoiceParagraph> paragraphs = new ArrayList<>();
    private Open open;
    private boolean gap;

    VoiceSegmenter(Document document, ParseSink sink) {
        this.document = document;
        this.sink = sink;
    }

    /** The paragraphs in reading order. */
    List<VoiceParagraph> paragraphs() {
        int n = 1;
        while (n <= document.lineCount()) {
            n = step(n);
        }
        close();
        if (sections.unused() != null) {
            sink.warn(document.file() + ": heading \"" + sections.unused() + "\" governs no paragraph");
        }
        return List.copyOf(paragraphs);
    }

    private int step(int n) {
        String raw = document.line(n);
        if (TextJoiner.isBlank(raw)) {
            gap = true;
            return n + 1;
        }
        if (CapitalSections.isHeading(raw)) {
            return heading(n);
        }
        Optional<NameAttribution> attribution = NameAttribution.at(document, n);
        if (attribution.isPresent()) {
            return attribute(attribution.get());
        }
        if (startsParagraph(raw) && SIGNATURE.matcher(TextJoiner.fold(raw)).matches()) {
            return signature(n);
        }
        text(n, raw);
        return n + 1;
    }

    private int heading(int first) {
        close();
        int n = first;
        List<String> parts = new ArrayList<>();
        while (n <= document.lineCount() && CapitalSections.isHeading(document.line(n))) {
            parts.add(document.line(n));
            sink.heading(n++);
        }
        sections.heading(TextJoiner.keepingHyphens().join(parts));
        return n;
    }

    private int attribute(NameAttribution a) {
        if (!a.before().isEmpty()) {
            text(a.firstLine(), a.before());
        }
        if (open == null || open.speaker != null) {
            sink.warn(document.file() + ":" + a.firstLine() + ": attribution with no quote before it");
        } else {
            open.speaker = a.speaker();
            for (int n = a.firstLine(); n <= a.lastLine(); n++) {
                open.attributionLines.add(n);
            }
        }
        close();
        if (!a.after().isEmpty()) {
            text(a.lastLine(), a.after());
        }
        return a.lastLine() + 1;
    }

    private int signature(int first) {
        close();
        int n = first;
        while (n <= document.lineCount() && !document.isBlank(n)) {
            sink.furniture(n++);
        }
        return n;
    }

    /** Whether a line would start a new paragraph rather than go on with the open one. */
    private boolean startsParagraph(String raw) {
        String text = TextJoiner.fold(raw);
        return open == null || (indented(raw) && !open.indented) || (gap && !continues(text));
    }

    private void text(int n, String raw) {
        String text = TextJoiner.fold(raw);
        if (startsParagraph(raw)) {
            close();
            open = new Open(sections.paragraph(text));
        }
        open.lines.add(n);
        open.fragments.add(text);
        open.indented = indented(raw);
        gap = false;
    }

    private static boolean indented(String raw) {
        return Character.isWhitespace(raw.charAt(0));
    }

    /**
     * A paragraph broken by a blank line goes on with the next line when its sentence does not end there
     * and the line opens in lower case, or when it opened a quotation that is not yet closed (the
     * pull-quotes are set in short lines with blank lines between sentences).
     */
    private boolean continues(String text) {
        String last = open.fragments.get(open.fragments.size() - 1);
        boolean midSentence = !SENTENCE_END.matcher(last).matches()
                && !text.isEmpty() && Character.isLowerCase(text.charAt(0));
        return midSentence || openQuotation();
    }

    /** Danish print uses ” both to open and to close, so an odd count means a quotation still open. */
    private boolean openQuotation() {
        long marks = open.fragments.stream().flatMapToInt(String::chars).filter(c -> QUOTE_MARKS.indexOf(c) >= 0)
                .count();
        return marks % 2 == 1;
    }

    private void close() {
        if (open != null) {
            paragraphs.add(new VoiceParagraph(open.section, open.lines, open.fragments, open.speaker,
                    open.attributionLines));
            open = null;
        }
        gap = false;
    }

    /** The paragraph being read. */
    private static final class Open {
        final String section;
        final List<Integer> lines = new ArrayList<>();
        final List<String> fragments = new ArrayList<>();
        final List<Integer> attributionLines = new ArrayList<>();
        Speaker speaker;
        /** Whether the last line read into the paragraph was indented. */
        boolean indented;

        Open(String section) {
            this.section = section;
        }
    }
}
