package dk.erfaringsgraf.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * One paragraph of a voice-columns text ({@link VoiceColumnsTemplate}) as read from the page: its section, the lines
 * its text stands on and the text of each (a line can be shared with an attribution), and the speaker
 * and attribution lines when a "Name, X Kommune" follows it.
 */
record VoiceParagraph(String section, List<Integer> lines, List<String> fragments, Speaker speaker,
        List<Integer> attributionLines) {

    VoiceParagraph {
        lines = List.copyOf(lines);
        fragments = List.copyOf(fragments);
        attributionLines = List.copyOf(attributionLines);
    }

    /** The lines an item made of this paragraph came from: its text, then its attribution. */
    List<Integer> itemLines() {
        List<Integer> all = new ArrayList<>(lines);
        attributionLines.stream().filter(n -> !all.contains(n)).forEach(all::add);
        return all;
    }
}
