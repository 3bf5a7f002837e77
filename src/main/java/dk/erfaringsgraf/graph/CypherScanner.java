package dk.erfaringsgraf.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits user-typed Cypher into words, quoted names, string literals and symbols, skipping whitespace and
 * comments, so that the console's checks see only code: {@code RETURN 'LOAD CSV'} loads nothing. Unicode
 * escapes are decoded everywhere, as Neo4j 5.26 does before it parses ({@code C\u0041LL} is {@code CALL},
 * {@code \u000A} ends a line comment, {@code \u0027} ends a string). A first, early
 * guard that gives clear reasons; the EXPLAIN plan is the authority (see {@link ConsoleGuard}).
 */
final class CypherScanner {

    enum Kind { WORD, QUOTED, STRING, SYMBOL }

    /** One token: its kind, its text (decoded; a quoted name without backticks) and where it starts and ends. */
    record Token(Kind kind, String text, int start, int end) {

        boolean is(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }

        boolean isSymbol(char c) {
            return kind == Kind.SYMBOL && text.charAt(0) == c;
        }

        boolean isName() {
            return kind == Kind.WORD || kind == Kind.QUOTED;
        }
    }

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int at;

    private CypherScanner(String text) {
        this.text = text;
    }

    static CypherScanner scan(String text) {
        CypherScanner scanner = new CypherScanner(text);
        while (scanner.at < text.length()) {
            scanner.next();
        }
        return scanner;
    }

    List<Token> tokens() {
        return List.copyOf(tokens);
    }

    /** The first statement, without its semicolon and surrounding whitespace. */
    String statement() {
        return text.substring(0, statementEnd()).strip();
    }

    /**
     * The first statement as EXPLAIN checks it, and by how many characters that text is ahead of what was
     * typed: EXPLAIN is prefixed, but a leading PROFILE becomes EXPLAIN, as the two cannot be combined.
     */
    Explained explained() {
        String statement = text.substring(0, statementEnd());
        Token first = tokens.get(0);
        if (first.is("EXPLAIN")) {
            return new Explained(statement, 0);
        }
        if (first.is("PROFILE")) {
            return new Explained(statement.substring(0, first.start()) + "EXPLAIN" + statement.substring(first.end()), 0);
        }
        return new Explained("EXPLAIN " + statement, "EXPLAIN ".length());
    }

    record Explained(String cypher, int shift) {
    }

    /** Whether there is no code before the first semicolon (comments are no code). */
    boolean isEmpty() {
        return tokens.isEmpty() || semicolon() == 0;
    }

    /** Whether code other than semicolons follows the first semicolon. */
    boolean hasMultipleStatements() {
        int end = semicolon();
        return end >= 0 && tokens.subList(end, tokens.size()).stream().anyMatch(t -> !t.isSymbol(';'));
    }

    boolean loadsCsv() {
        return followedBy("LOAD", "CSV");
    }

    boolean terminatesTransactions() {
        return followedBy("TERMINATE", "TRANSACTION") || followedBy("TERMINATE", "TRANSACTIONS");
    }

    /** The names after CALL, e.g. "db.index.fulltext.queryNodes"; {@code CALL {…}} and {@code CALL (…) {…}} are subqueries. */
    Set<String> procedures() {
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size() - 1; i++) {
            boolean property = i > 0 && tokens.get(i - 1).isSymbol('.');
            if (tokens.get(i).is("CALL") && !property && tokens.get(i + 1).isName()) {
                names.add(qualifiedName(i + 1));
            }
        }
        return names;
    }

    /**
     * The words after SHOW when the statement is a SHOW command ({@code SHOW ALL INDEXES YIELD *} gives
     * ALL, INDEXES; EXPLAIN, PROFILE and USE before it are skipped), upper case; empty for any other statement.
     */
    List<String> shown() {
        int i = 0;
        while (i < tokens.size() && (tokens.get(i).is("EXPLAIN") || tokens.get(i).is("PROFILE"))) {
            i++;
        }
        if (i < tokens.size() && tokens.get(i).is("USE")) {
            i += 2;
            while (i + 1 < tokens.size() && tokens.get(i).isSymbol('.')) {
                i += 2;
            }
        }
        List<String> words = new ArrayList<>();
        if (i < tokens.size() && tokens.get(i).is("SHOW")) {
            for (i++; i < tokens.size() && tokens.get(i).kind() == Kind.WORD && !tokens.get(i).is("YIELD")
                    && !tokens.get(i).is("WHERE"); i++) {
                words.add(tokens.get(i).text().toUpperCase(java.util.Locale.ROOT));
            }
        }
        return List.copyOf(words);
    }

    /** The names after $, e.g. "id" for {@code $id} or {@code $`id`}. */
    Set<String> parameters() {
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size() - 1; i++) {
            if (tokens.get(i).isSymbol('$') && tokens.get(i + 1).isName()) {
                names.add(tokens.get(i + 1).text());
            }
        }
        return names;
    }

    private String qualifiedName(int from) {
        StringBuilder name = new StringBuilder(tokens.get(from).text());
        for (int i = from + 1; i + 1 < tokens.size() && tokens.get(i).isSymbol('.') && tokens.get(i + 1).isName(); i += 2) {
            name.append('.').append(tokens.get(i + 1).text());
        }
        return name.toString();
    }

    private boolean followedBy(String first, String second) {
        for (int i = 0; i < tokens.size() - 1; i++) {
            if (tokens.get(i).is(first) && tokens.get(i + 1).is(second)) {
                return true;
            }
        }
        return false;
    }

    private int statementEnd() {
        int end = semicolon();
        return end < 0 ? text.length() : tokens.get(end).start();
    }

    private int semicolon() {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isSymbol(';')) {
                return i;
            }
        }
        return -1;
    }

    private void next() {
        int start = at;
        char c = code();
        if (Character.isWhitespace(c)) {
            return;
        }
        if (c == '/' && at < text.length() && (text.charAt(at) == '/' || text.charAt(at) == '*')) {
            skipComment(text.charAt(at));
        } else if (c == '\'' || c == '"') {
            skipString(c);
            tokens.add(new Token(Kind.STRING, text.substring(start, at), start, at));
        } else if (c == '`') {
            tokens.add(new Token(Kind.QUOTED, quotedName(), start, at));
        } else if (isWordPart(c)) {
            tokens.add(new Token(Kind.WORD, word(c), start, at));
        } else {
            tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), start, at));
        }
    }

    /** The next character, a unicode escape decoded. */
    private char code() {
        if (text.startsWith("\\u", at) && at + 6 <= text.length() && text.substring(at + 2, at + 6).matches("\\p{XDigit}{4}")) {
            at += 6;
            return (char) Integer.parseInt(text.substring(at - 4, at), 16);
        }
        return text.charAt(at++);
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private String word(char first) {
        StringBuilder word = new StringBuilder().append(first);
        while (at < text.length()) {
            int before = at;
            char c = code();
            if (!isWordPart(c)) {
                at = before;
                break;
            }
            word.append(c);
        }
        return word.toString();
    }

    /** Skips a comment; escapes count here too, as Neo4j ends a line comment at {@code \u000A}. */
    private void skipComment(char kind) {
        at++;
        char previous = ' ';
        while (at < text.length()) {
            char c = code();
            if (kind == '/' ? c == '\n' || c == '\r' : previous == '*' && c == '/') {
                return;
            }
            previous = c;
        }
    }

    /** Skips to after the closing quote; a backslash escapes the next character. */
    private void skipString(char quote) {
        while (at < text.length()) {
            char c = code();
            if (c == '\\' && at < text.length()) {
                code();
            } else if (c == quote) {
                return;
            }
        }
        at = text.length();
    }

    /** A backticked name, where a doubled backtick stands for one. */
    private String quotedName() {
        StringBuilder name = new StringBuilder();
        while (at < text.length()) {
            char c = code();
            if (c == '`' && text.startsWith("`", at)) {
                at++;
            } else if (c == '`') {
                return name.toString();
            }
            name.append(c);
        }
        return name.toString();
    }
}
