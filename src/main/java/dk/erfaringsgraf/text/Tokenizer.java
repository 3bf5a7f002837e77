package dk.erfaringsgraf.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The words of a text, for every stage. {@link #WORDS} is the default: runs of letters and digits (any
 * script, so "æ", "ø", "å" are letters like any other), lowercased with {@link Locale#ROOT} before the words
 * are found, and a hyphen separates ("låne-PC" → "låne", "pc"), so a compound meets its parts when texts are
 * compared. Stages that need another reading name it as an option: {@link Hyphens#KEEP} for dehyphenation,
 * which must see the compounds a text writes; {@link Words#LETTERS} and {@link #minLength} for content-word
 * overlap; {@link Words#UNICODE} for the echo finder, calibrated on Lucene's standard tokenizer. Immutable
 * and thread-safe; linear in the length of the text.
 */
public final class Tokenizer {

    /** What makes a word. */
    public enum Words {
        /** Runs of letters and digits: "co2", "2020", "øjenkontakt". */
        LETTERS_AND_DIGITS("[\\p{L}\\p{N}]+"),
        /** Runs of letters; a digit separates ("covid19" → "covid") and numbers are no words. */
        LETTERS("\\p{L}+"),
        /**
         * Unicode word boundaries (UAX #29, Lucene's {@link StandardTokenizer}): like letters and digits, but
         * an inner dot, comma or apostrophe binds ("f.eks.", "bl.a." → "f.eks", "bl.a"; "3.000", "2,5" whole).
         */
        UNICODE(null);

        private final String run;

        Words(String run) {
            this.run = run;
        }
    }

    /** What a hyphen between two words does. */
    public enum Hyphens {
        /** Separates: "låne-PC" is "låne" and "pc". */
        SPLIT,
        /** Binds a hyphenated compound into one word: "låne-PC", "hvad-nu-hvis-situationer". */
        KEEP
    }

    /** One Lucene tokenizer per thread, reused as Lucene's analyzers do (closing it readies it for reuse). */
    private static final ThreadLocal<StandardTokenizer> STANDARD = ThreadLocal.withInitial(() -> {
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.addAttribute(CharTermAttribute.class);
        tokenizer.addAttribute(OffsetAttribute.class);
        return tokenizer;
    });

    /** Lowercased words of letters and digits; hyphens separate. */
    public static final Tokenizer WORDS = new Tokenizer(Words.LETTERS_AND_DIGITS, Hyphens.SPLIT, true, 1);

    private final Words words;
    private final Hyphens hyphens;
    private final boolean lowerCase;
    private final int minLength;
    private final Pattern pattern;

    private Tokenizer(Words words, Hyphens hyphens, boolean lowerCase, int minLength) {
        if (words == Words.UNICODE && hyphens == Hyphens.KEEP) {
            throw new IllegalArgumentException("Unicode word boundaries always split at a hyphen");
        }
        if (minLength < 1) {
            throw new IllegalArgumentException("minLength must be at least 1, was " + minLength);
        }
        this.words = words;
        this.hyphens = hyphens;
        this.lowerCase = lowerCase;
        this.minLength = minLength;
        this.pattern = words.run == null ? null
                : Pattern.compile(hyphens == Hyphens.KEEP ? words.run + "(?:-" + words.run + ")*" : words.run);
    }

    /** This tokenizer with {@code words} deciding what a word is. */
    public Tokenizer with(Words words) {
        return new Tokenizer(words, hyphens, lowerCase, minLength);
    }

    /** This tokenizer with {@code hyphens} deciding what a hyphen does. */
    public Tokenizer with(Hyphens hyphens) {
        return new Tokenizer(words, hyphens, lowerCase, minLength);
    }

    /** This tokenizer keeping the text's case (for rules that read capitals). */
    public Tokenizer keepingCase() {
        return new Tokenizer(words, hyphens, false, minLength);
    }

    /** This tokenizer dropping words of fewer than {@code length} characters (code points). */
    public Tokenizer minLength(int length) {
        return new Tokenizer(words, hyphens, lowerCase, length);
    }

    /** The words of {@code text} in order, with repeats. */
    public List<String> tokens(CharSequence text) {
        List<String> out = new ArrayList<>();
        scan(text, (start, word) -> out.add(word));
        return out;
    }

    /** The distinct words of {@code text} in order of first use. */
    public Set<String> distinct(CharSequence text) {
        Set<String> out = new LinkedHashSet<>();
        scan(text, (start, word) -> out.add(word));
        return Collections.unmodifiableSet(out);
    }

    /** The word {@code text} starts with, if it starts with one. */
    public Optional<String> leading(CharSequence text) {
        List<String> first = new ArrayList<>(1);
        if (pattern != null) {
            Matcher m = pattern.matcher(lowerCase ? text.toString().toLowerCase(Locale.ROOT) : text);
            return m.lookingAt() && longEnough(m.group()) ? Optional.of(m.group()) : Optional.empty();
        }
        scan(text, (start, word) -> {
            if (start == 0 && first.isEmpty()) {
                first.add(word);
            }
        });
        return first.stream().findFirst();
    }

    private interface Sink {
        void word(int start, String word);
    }

    private void scan(CharSequence text, Sink sink) {
        String s = lowerCase ? text.toString().toLowerCase(Locale.ROOT) : text.toString();
        Sink kept = (start, word) -> {
            if (longEnough(word)) {
                sink.word(start, word);
            }
        };
        if (pattern == null) {
            unicode(s, kept);
        } else {
            Matcher m = pattern.matcher(s);
            while (m.find()) {
                kept.word(m.start(), m.group());
            }
        }
    }

    private boolean longEnough(String word) {
        return word.codePointCount(0, word.length()) >= minLength;
    }

    private static void unicode(String text, Sink sink) {
        StandardTokenizer tokenizer = STANDARD.get();
        try (tokenizer) {
            CharTermAttribute term = tokenizer.getAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokenizer.getAttribute(OffsetAttribute.class);
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                sink.word(offset.startOffset(), term.toString());
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not tokenize text '" + text + "': " + e.getMessage(), e);
        }
    }
}
