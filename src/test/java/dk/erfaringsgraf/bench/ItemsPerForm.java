package dk.erfaringsgraf.bench;

import dk.erfaringsgraf.extract.ItemKind;
import dk.erfaringsgraf.extract.ParsedFile;
import dk.erfaringsgraf.extract.Templates;
import dk.erfaringsgraf.ingest.Block;
import dk.erfaringsgraf.ingest.BlockType;
import dk.erfaringsgraf.ingest.Document;
import dk.erfaringsgraf.ingest.Readers;
import dk.erfaringsgraf.ingest.TextReader;
import dk.erfaringsgraf.testing.CorpusFiles;
import dk.erfaringsgraf.testing.DocxRendering;
import dk.erfaringsgraf.testing.HtmlRendering;
import dk.erfaringsgraf.testing.PdfRendering;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
/**
 * Items per source and per form: each bundled report as the text reader reads it, then typeset by the test
 * renderers as Word, web page and two-column hyphenated PDF, read back and extracted. Prints a table; asserts
 * nothing (the thresholds live in ReportFormsTest). Run as FormsBenchmark is run, with class {@code ItemsPerForm}.
 */
public final class ItemsPerForm {

    private ItemsPerForm() {
    }

  public static void main(String[] a) {
    for (String f : List.of(CorpusFiles.SOROE, CorpusFiles.KL, CorpusFiles.KOMDIR, CorpusFiles.NORDDJURS)) {
      Document d = new TextReader().read(f, CorpusFiles.bytes(f), new ArrayList<>());
      List<Block> blocks = d.blocks();
      Map<String, byte[]> forms = new LinkedHashMap<>();
      forms.put("txt", CorpusFiles.bytes(f));
      forms.put("docx", DocxRendering.docx(blocks));
      forms.put("html", HtmlRendering.bytes(blocks));
      forms.put("pdf", new PdfRendering(2, "Rapport", true).render(blocks.stream().filter(b -> !b.is(BlockType.FURNITURE)).toList()));
      for (var e : forms.entrySet()) {
        ParsedFile p = Templates.standard().parse(Readers.standard().read("x." + e.getKey(), e.getValue(), new ArrayList<>()));
        Map<ItemKind, Integer> c = new EnumMap<>(ItemKind.class);
        p.items().forEach(i -> c.merge(i.kind(), 1, Integer::sum));
        System.out.printf("%-40s %-5s %-20s %4d %s%n", f, e.getKey(), p.template(), p.items().size(), c);
      }
    }
  }
}
