package dk.erfaringsgraf.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rearranges a report text by its chapters, as users cut and paste reports: one chapter removed, chapters
 * swapped, an excerpt of a few chapters. A chapter starts at a line that is exactly one of the given titles
 * (set in the test from what the report prints, independently of the code under test) and runs to the next;
 * contents lines ("Teknologi⇥10") never equal a title, so the contents stay in the front matter.
 */
public final class ChapterVariants {

    private final List<String> front;
    private final Map<String, List<String>> chapters = new LinkedHashMap<>();
    private final Map<String, Integer> firstLines = new LinkedHashMap<>();

    public ChapterVariants(String text, List<String> titles) {
        List<String> lines = text.lines().toList();
        List<String> current = new ArrayList<>();
        List<String> frontLines = null;
        String title = null;
        int n = 0;
        for (String line : lines) {
            n++;
            String s = line.strip();
            if (titles.contains(s) && !chapters.containsKey(s) && !s.equals(title)) {
                firstLines.put(s, n);
                if (title == null) {
                    frontLines = current;
                } else {
                    chapters.put(title, current);
                }
                title = s;
                current = new ArrayList<>();
            }
            current.add(line);
        }
        if (title == null) {
            throw new IllegalArgumentException("None of the chapter titles occurs in the text: " + titles);
        }
        chapters.put(title, current);
        this.front = frontLines;
    }

    /** The chapter that holds 1-based line {@code n} of the original text; null for the front matter. */
    public String chapterAt(int n) {
        String at = null;
        for (Map.Entry<String, Integer> e : firstLines.entrySet()) {
            if (e.getValue() <= n) {
                at = e.getKey();
            }
        }
        return at;
    }

    public List<String> titles() {
        return List.copyOf(chapters.keySet());
    }

    /** The report without the chapter {@code title}. */
    public String without(String title) {
        return join(chapters.keySet().stream().filter(t -> !t.equals(title)).toList());
    }

    /** The report with chapters {@code a} and {@code b} swapped. */
    public String swapped(String a, String b) {
        List<String> order = new ArrayList<>(chapters.keySet());
        int i = order.indexOf(a);
        int j = order.indexOf(b);
        order.set(i, b);
        order.set(j, a);
        return join(order);
    }

    /** The front matter and only the chapters named. */
    public String excerpt(List<String> titles) {
        return join(chapters.keySet().stream().filter(titles::contains).toList());
    }

    private String join(List<String> order) {
        List<String> out = new ArrayList<>(front);
        order.forEach(t -> out.addAll(chapters.get(t)));
        return String.join("\n", out) + "\n";
    }
}
