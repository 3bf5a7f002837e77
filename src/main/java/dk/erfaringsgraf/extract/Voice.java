package dk.erfaringsgraf.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Tells the interviewees' words from the report's own prose by what the paragraphs say and where they
 * stand, never by how wide they are set, so a re-wrapped or re-exported text reads the same. Each
 * paragraph is first marked by its own evidence:
 * <ul>
 *   <li>the foreword (before the first heading) is the publisher's own voice: prose;</li>
 *   <li>a voice: followed by "Name, X Kommune", opening with a quotation mark, speaking in the first
 *       person singular ("jeg", "mig", "min") — the report's prose never does — or repeating such a
 *       paragraph elsewhere (a pull-quote and its full text, a quote printed twice);</li>
 *   <li>prose: speaks ABOUT the report's respondents ({@link Respondents}: "kommunaldirektørerne fremhæver …"), the report's
 *       reported speech;</li>
 *   <li>otherwise unmarked: first-person plural alone decides nothing, since the prose uses it too ("vi
 *       er gået fra digitale novicer", "i vores løbende samtaler") and some interview paragraphs have no
 *       person at all ("Med de digitale møder kan man …").</li>
 * </ul>
 * An unmarked paragraph then belongs to the run it stands in, within its chapter: interview paragraphs are
 * printed in runs after the prose they illustrate, so it is a voice when the nearest marked paragraph
 * before it is a voice and the nearest after it is a voice too or there is none before the chapter ends.
 * Between prose and a voice (either way round), or before the first mark of a chapter, it is prose: a
 * chapter opens with the report's own text, and the words right before or after its quotes are its own.
 * Each paragraph looks for its nearest marks within its chapter, and the repeat check compares unmarked
 * paragraphs with the voices: quadratic at worst, fine for the hundred paragraphs of a report.
 */
final class Voice {

    private static final Pattern OPENING_QUOTE = Pattern.compile("^[”“\"„].*");
    private static final Pattern FIRST_PERSON_SINGULAR =
            Pattern.compile("(?<!\\p{L})(?:jeg|mig|min|mit|mine)(?!\\p{L})");

    /** What a paragraph shows of its own speaker. */
    enum Mark {
        VOICE, PROSE, UNMARKED
    }

    /**
     * One paragraph as the voice rules see it, whatever read it: its chapter (null before the first), its
     * text, who signed it (or null) and whether the reader already took it for a quote (quotation marks or a
     * quote style).
     */
    record Said(String section, String text, Speaker speaker, boolean quoted) {
    }

    private Voice() {
    }

    /** Whether each of {@code paragraphs}, in reading order, is an interview quote. */
    static List<Boolean> quotes(List<Said> paragraphs) {
        List<String> texts = paragraphs.stream().map(Said::text).toList();
        List<Mark> marks = marks(paragraphs, texts, Respondents.pattern(texts));
        List<Boolean> quotes = new ArrayList<>(marks.size());
        for (int i = 0; i < marks.size(); i++) {
            quotes.add(switch (marks.get(i)) {
                case VOICE -> true;
                case PROSE -> false;
                case UNMARKED -> inVoiceRun(paragraphs, marks, i);
            });
        }
        return List.copyOf(quotes);
    }

    /** Each paragraph's own evidence, with repeats of a voice marked as voices. */
    static List<Mark> marks(List<Said> paragraphs, List<String> texts, Pattern respondents) {
        List<Mark> marks = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            marks.add(mark(paragraphs.get(i), texts.get(i), respondents));
        }
        List<String> voices = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            if (marks.get(i) == Mark.VOICE) {
                voices.add(texts.get(i));
            }
        }
        for (int i = 0; i < marks.size(); i++) {
            String text = texts.get(i);
            if (marks.get(i) == Mark.UNMARKED && voices.stream().anyMatch(v -> PullQuotes.repeats(text, v))) {
                marks.set(i, Mark.VOICE);
            }
        }
        return marks;
    }

    /** {@code respondents} finds the noun the report's prose uses for whom it reports on ({@link Respondents}). */
    static Mark mark(Said paragraph, String text, Pattern respondents) {
        if (paragraph.section() == null) {
            return Mark.PROSE; // the foreword, before the first printed heading, is the report's own voice
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (paragraph.quoted() || paragraph.speaker() != null || OPENING_QUOTE.matcher(text).matches()
                || FIRST_PERSON_SINGULAR.matcher(lower).find()) {
            return Mark.VOICE;
        }
        return respondents.matcher(lower).find() ? Mark.PROSE : Mark.UNMARKED;
    }

    /** The nearest mark before is a voice, and the nearest after is a voice or the chapter ends first. */
    private static boolean inVoiceRun(List<Said> paragraphs, List<Mark> marks, int i) {
        return nearest(paragraphs, marks, i, -1) == Mark.VOICE
                && nearest(paragraphs, marks, i, +1) != Mark.PROSE;
    }

    /** The nearest mark from {@code i} in direction {@code step} within its chapter; UNMARKED when none. */
    private static Mark nearest(List<Said> paragraphs, List<Mark> marks, int i, int step) {
        String chapter = paragraphs.get(i).section();
        for (int j = i + step; j >= 0 && j < marks.size(); j += step) {
            if (!Objects.equals(chapter, paragraphs.get(j).section())) {
                return Mark.UNMARKED;
            }
            if (marks.get(j) != Mark.UNMARKED) {
                return marks.get(j);
            }
        }
        return Mark.UNMARKED;
    }
}
