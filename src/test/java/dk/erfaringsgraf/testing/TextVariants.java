package dk.erfaringsgraf.testing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Other exports of the same text, generated inside tests so that every rule that reads reports is also
 * checked on inputs it was not written from: hard-wrapped at a column, CRLF line ends, Windows-1252,
 * straight quotes and hyphens, no-break spaces. Each variant changes only the form, never the words.
 */
public final class TextVariants {

    /** A list mark at the start of a line; wrapped lines of the item are indented past it. */
    private static final Pattern LIST_MARK = Pattern.compile("^(\\s*)([-*•–▪◦\\uF0B7]|\\d{1,2}[.)]|[a-z][.)])\\s");
    private static final Pattern BLOCKQUOTE = Pattern.compile("^(\\s*>\\s?)");
    /** A space between two letters (not the one after a list mark or around a dash). */
    private static final Pattern WORD_SPACE = Pattern.compile("(?<=\\p{L}) (?=\\p{L})");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextVariants() {
    }

    /**
     * Wraps every line longer than {@code width} greedily at spaces, as a text editor's "hard wrap" does:
     * wrapped lines of a list item are indented two columns past the item's indentation, of a blockquote
     * prefixed with its {@code >}. Lines with a tab (table-of-contents entries) are left as they are.
     */
    public static String wrap(String text, int width) {
        if (width < 10) {
            throw new IllegalArgumentException("Wrap width " + width + " is too narrow for prose");
        }
        StringBuilder out = new StringBuilder();
        for (String line : lines(text)) {
            if (line.length() <= width || line.indexOf('\t') >= 0) {
                out.append(line).append('\n');
            } else {
                wrapLine(line, width, out);
            }
        }
        return out.toString();
    }

    private static void wrapLine(String line, int width, StringBuilder out) {
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        String continuation = indent;
        Matcher mark = LIST_MARK.matcher(line);
        Matcher quote = BLOCKQUOTE.matcher(line);
        if (mark.find()) {
            continuation = mark.group(1) + "  ";
        } else if (quote.find()) {
            continuation = quote.group(1);
        }
        StringBuilder current = new StringBuilder(indent);
        boolean empty = true;
        for (String word : line.strip().split(" +")) {
            if (!empty && current.length() + 1 + word.length() > width) {
                out.append(current).append('\n');
                current = new StringBuilder(continuation);
                empty = true;
            }
            current.append(empty ? "" : " ").append(word);
            empty = false;
        }
        out.append(current).append('\n');
    }

    /** Windows line ends. */
    public static String crlf(String text) {
        return String.join("\r\n", lines(text)) + "\r\n";
    }

    /** The text as Windows-1252 bytes, as older Word and Notepad exports save it. */
    public static byte[] windows1252(String text) {
        try {
            ByteBuffer bytes = WINDOWS_1252.newEncoder()
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(java.nio.CharBuffer.wrap(text));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("Text has characters Windows-1252 cannot hold", e);
        }
    }

    /** Typographic quotes become " and ', en and em dashes become -, as a plain keyboard writes them. */
    public static String straightQuotes(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(switch (c) {
                case '“', '”', '„', '«', '»' -> '"';
                case '‘', '’' -> '\'';
                case '–', '—' -> '-';
                default -> c;
            });
        }
        return out.toString();
    }

    /** No-break spaces between words, as PDF and web copy often carry them. */
    public static String noBreakSpaces(String text) {
        return WORD_SPACE.matcher(text).replaceAll("\u00A0");
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.replace("\r\n", "\n").split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
