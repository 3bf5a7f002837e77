package dk.erfaringsgraf.cli;

import dk.erfaringsgraf.coding.Item;
import dk.erfaringsgraf.extract.Extraction;
import dk.erfaringsgraf.extract.ItemKind;
import dk.erfaringsgraf.extract.ParsedFile;
import dk.erfaringsgraf.ingest.BlockType;
import dk.erfaringsgraf.extract.Rendition;
import dk.erfaringsgraf.extract.SourceExtraction;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The human-readable account of an extraction: items per source and kind, coverage, merges, problems. */
final class Summary {

    private Summary() {
    }

    static void print(Extraction.Result result, List<Item> items, PrintWriter out) {
        printCounts(result, items, out);
        printCoverage(result, out);
        printBlocks(result, out);
        printMerges(result, out);
        result.samePeople().forEach(p -> out.println("same person: " + p));
        result.warnings().forEach(w -> out.println("warning: " + w));
        result.failures().forEach(f -> out.println("FAILED:  " + f));
        out.flush();
    }

    private static void printCounts(Extraction.Result result, List<Item> items, PrintWriter out) {
        out.printf("%-18s", "source");
        for (ItemKind kind : ItemKind.values()) {
            out.printf(" %6s", kind.id().substring(0, Math.min(6, kind.id().length())));
        }
        out.printf(" %6s%n", "total");
        Map<ItemKind, Integer> totals = new EnumMap<>(ItemKind.class);
        for (SourceExtraction source : result.sources()) {
            Map<ItemKind, Integer> counts = new EnumMap<>(ItemKind.class);
            items.stream().filter(i -> i.source().equals(source.id()))
                    .forEach(i -> counts.merge(i.kind(), 1, Integer::sum));
            counts.forEach((k, v) -> totals.merge(k, v, Integer::sum));
            printRow(source.id(), counts, out);
        }
        printRow("all", totals, out);
        out.println();
    }

    private static void printRow(String label, Map<ItemKind, Integer> counts, PrintWriter out) {
        out.printf("%-18s", label);
        int total = 0;
        for (ItemKind kind : ItemKind.values()) {
            int n = counts.getOrDefault(kind, 0);
            total += n;
            out.printf(" %6d", n);
        }
        out.printf(" %6d%n", total);
    }

    private static void printCoverage(Extraction.Result result, PrintWriter out) {
        out.printf("%-40s %-19s %6s %8s %9s %11s%n", "file", "template", "lines", "in items", "head+furn",
                "unaccounted");
        for (SourceExtraction source : result.sources()) {
            for (Rendition r : source.renditions()) {
                out.printf("%-40s %-19s %6d %7.1f%% %9d %11d%n", r.file(), r.template(), r.coverage().nonBlank(),
                        100 * r.coverage().itemShare(), r.coverage().headings() + r.coverage().furniture(),
                        r.coverage().unaccounted().size());
            }
        }
        out.println();
    }

    /** Lines per block type as the reader typed them, and how many of them ended in findings. */
    private static void printBlocks(Extraction.Result result, PrintWriter out) {
        out.printf("%-40s %-5s", "lines by block type (in findings/all)", "form");
        for (BlockType type : BlockType.values()) {
            out.printf(" %11s", type.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        out.println();
        for (ParsedFile file : result.files()) {
            out.printf("%-40s %-5s", file.file(), file.document().format());
            for (BlockType type : BlockType.values()) {
                out.printf(" %11s", file.coverage().blockLinesInItems().getOrDefault(type, 0) + "/"
                        + file.coverage().blockLines().getOrDefault(type, 0));
            }
            out.println();
        }
        out.println();
    }

    private static void printMerges(Extraction.Result result, PrintWriter out) {
        for (SourceExtraction source : result.sources()) {
            if (source.renditions().size() < 2) {
                continue;
            }
            Rendition primary = source.renditions().get(0);
            for (Rendition r : source.renditions().subList(1, source.renditions().size())) {
                out.printf("merged: %s is a rendition of %s (content similarity %.3f); %d duplicate items "
                        + "dropped, items kept from %s%n", r.file(), primary.file(), r.similarity(),
                        source.duplicatesDropped(), primary.file());
            }
        }
    }
}
