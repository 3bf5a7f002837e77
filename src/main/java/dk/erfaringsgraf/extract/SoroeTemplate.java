package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.Document;
import dk.erfaringsgraf.ingest.TextJoiner;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sorø Kommune's "Læring og erfaring i en Corona-krise" as clean text: one paragraph or bullet ("- ") per
 * line, sections named by the table of contents, bullets under the labels of {@link SoroeLabel}, quote
 * blocks between glyph lines (” “). Section headings are found by walking the table of contents in
 * order, so a heading that the contents spell slightly differently ("lærte"/"hørte") is still found.
 */
public final class SoroeTemplate implements Template {

    private static final Pattern BULLET = Pattern.compile("^\\s*- ");
    /** Bullets a chapter of this layout has at least (the 2020 report has 9 to 25). */
    private static final double BULLETS_PER_CHAPTER = 5;
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern ITALIC = Pattern.compile("(?<![\\p{L}*])\\*(\\S[^*]*?)\\*(?![\\p{L}*])");

    @Override
    public String id() {
        return "soroe";
    }

    /**
     * The labels "Muligheder" and "Organisationens ideer til løsninger" and "- " bullets, counted per
     * chapter (one "Muligheder" each), so an excerpt of a few chapters fits as well as the whole report.
     * Glyph bullets mean the PDF rendition, which {@link SoroePdfTemplate} reads.
     */
    @Override
    public double fit(Document document) {
        int chapters = 0;
        int solutions = 0;
        int bullets = 0;
        int glyphBullets = 0;
        for (String line : document.lines()) {
            String s = TextJoiner.fold(line);
            if (s.equals("Muligheder")) {
                chapters++;
            } else if (s.equals("Organisationens ideer til løsninger")) {
                solutions++;
            } else if (s.equals("Muligheder Udfordringer") || s.startsWith("\uF0B7") || s.startsWith("•")) {
                glyphBullets++;
            } else if (BULLET.matcher(line).find()) {
                bullets++;
            }
        }
        if (glyphBullets > 0) {
            return 0.2;
        }
        if (chapters == 0) {
            return 0.1 * Math.min(1.0, solutions);
        }
        return 0.5 + 0.3 * Math.min(1.0, solutions / (double) chapters)
                + 0.2 * Math.min(1.0, bullets / (BULLETS_PER_CHAPTER * chapters));
    }

    @Override
    public void parse(Document document, ParseSink sink) {
        SoroeToc toc = SoroeToc.read(document);
        toc.lines().forEach(sink::furniture);
        toc.titleLine().ifPresent(sink::heading);
        Set<Integer> headings = toc.headings(document, sink);
        List<Integer> skip = new ArrayList<>(toc.lines());
        toc.titleLine().ifPresent(skip::add);
        SoroeReport report = read(document, headings, skip, sink);
        new SoroeEmitter(TextJoiner.keepingHyphens(), sink).emit(report);
    }

    private SoroeReport read(Document document, Set<Integer> headings, List<Integer> skip, ParseSink sink) {
        SoroeReport.Builder report = new SoroeReport.Builder();
        List<SoroeBlock.Piece> prose = new ArrayList<>();
        boolean quoted = false;
        for (int n = 1; n <= document.lineCount(); n++) {
            String s = TextJoiner.fold(document.line(n));
            boolean skipped = document.isBlank(n) || skip.contains(n);
            if (!skipped && !headings.contains(n) && isProse(document.line(n), s)) {
                prose.add(new SoroeBlock.Piece(n, unmark(s)));
                continue;
            }
            quoted = flush(report, prose, quoted);
            if (!skipped) {
                quoted |= other(report, n, document.line(n), headings.contains(n), sink);
            }
        }
        flush(report, prose, quoted);
        return report.build();
    }

    private static boolean isProse(String line, String folded) {
        return SoroeText.hasWords(folded) && SoroeLabel.of(folded).isEmpty() && !BULLET.matcher(line).find();
    }

    /** A heading, glyph, label or bullet line; returns whether it was a quote glyph opening a quote. */
    private static boolean other(SoroeReport.Builder report, int n, String line, boolean heading, ParseSink sink) {
        String s = TextJoiner.fold(line);
        if (heading) {
            report.heading(n, s);
        } else if (!SoroeText.hasWords(s)) {
            sink.furniture(n);
            return true;
        } else if (SoroeLabel.of(s).isPresent()) {
            report.block(SoroeBlock.label(n, s, SoroeLabel.of(s).get()));
        } else {
            String text = unmark(BULLET.matcher(line).replaceFirst(""));
            report.block(new SoroeBlock(SoroeBlock.Type.BULLET, List.of(new SoroeBlock.Piece(n, text)), null, false));
        }
        return false;
    }

    /** Ends a prose paragraph; returns whether the next paragraph still follows a quote glyph line. */
    private static boolean flush(SoroeReport.Builder report, List<SoroeBlock.Piece> prose, boolean quoted) {
        if (prose.isEmpty()) {
            return quoted;
        }
        report.block(new SoroeBlock(SoroeBlock.Type.PROSE, prose, null, quoted));
        prose.clear();
        return false;
    }

    /** Drops Markdown emphasis (**bold**, *italic*): markup of this rendition, not words of the report. */
    static String unmark(String text) {
        return ITALIC.matcher(BOLD.matcher(text).replaceAll("$1")).replaceAll("$1");
    }
}
