package dk.erfaringsgraf.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Interview paragraphs printed without quotation marks, in a report read by its outline. Some reports
 * (Kommunaldirektørforeningen's, for one) set their interviewees' words as plain paragraphs in runs after
 * the prose they illustrate and sign only some of them "Name, X Kommune"; once a report is seen to sign bare
 * paragraphs, its prose paragraphs are judged by the {@link Voice} rules (first person singular, a repeat of
 * a voice, speaking about the respondents, the run a paragraph stands in), so the report gives the same quotes
 * from its PDF text dump as typeset as Word, web page or PDF.
 * Only observations become quotes; nothing a reader already marked is changed.
 */
final class InterviewRuns {

    /** An item as the outline walk read it; {@code prose} for paragraphs and quotes, not list items. */
    record Read(RawItem item, boolean prose) {
    }

    private InterviewRuns() {
    }

    static List<RawItem> apply(List<Read> read) {
        List<Integer> prose = new ArrayList<>();
        List<Voice.Said> said = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            if (read.get(i).prose()) {
                RawItem item = read.get(i).item();
                prose.add(i);
                said.add(new Voice.Said(item.section(), item.text(), item.speaker(), item.kind() == ItemKind.QUOTE));
            }
        }
        List<Boolean> quotes = Voice.quotes(said);
        List<RawItem> out = new ArrayList<>(read.stream().map(Read::item).toList());
        for (int k = 0; k < prose.size(); k++) {
            RawItem item = out.get(prose.get(k));
            if (quotes.get(k) && item.kind() == ItemKind.OBSERVATION) {
                out.set(prose.get(k), new RawItem(item.section(), ItemKind.QUOTE, item.text(), null, item.lines(),
                        item.page()));
            }
        }
        return out;
    }
}
