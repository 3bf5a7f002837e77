package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.ContentSimilarity;
import dk.erfaringsgraf.ingest.Corpus;
import dk.erfaringsgraf.ingest.CorpusFile;
import dk.erfaringsgraf.ingest.Document;
import dk.erfaringsgraf.ingest.Documents;
import dk.erfaringsgraf.ingest.InputException;
import dk.erfaringsgraf.ingest.SourceMeta;
import dk.erfaringsgraf.text.Similarity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The extract stage: decodes every file of a corpus, reads it with the best-fitting template, recognises
 * files that are renditions of one report by content, and merges them into one source each. A file that
 * fails is reported and the others go on.
 */
public final class Extraction {

    private final Templates templates;
    private final Consumer<String> progress;

    public Extraction(Templates templates, Consumer<String> progress) {
        this.templates = templates;
        this.progress = progress;
    }

    /** The result of one run: sources, per-file parses, and what went wrong. */
    public record Result(List<SourceExtraction> sources, List<ParsedFile> files, List<String> failures,
                         List<String> warnings, List<String> samePeople) {
        public Result {
            sources = List.copyOf(sources);
            files = List.copyOf(files);
            failures = List.copyOf(failures);
            warnings = List.copyOf(warnings);
            samePeople = List.copyOf(samePeople);
        }
    }

    public Result run(Corpus corpus) {
        List<String> failures = new ArrayList<>(corpus.failures());
        List<String> warnings = new ArrayList<>();
        List<ParsedFile> parsed = new ArrayList<>();
        for (CorpusFile file : corpus.files()) {
            try {
                Document document = Documents.read(file.name(), file.bytes(), warnings);
                ParsedFile p = templates.parse(document);
                warnings.addAll(p.warnings());
                parsed.add(p);
                progress.accept(String.format("%-42s %-19s %4d items", file.name(), p.template(), p.items().size()));
            } catch (InputException e) {
                failures.add(e.getMessage());
            } catch (RuntimeException e) {
                failures.add(file.name() + ": could not be read (" + e + ")");
            }
        }
        List<SourceExtraction> sources = new ArrayList<>();
        for (List<ParsedFile> group : RenditionGroups.of(parsed, ContentSimilarity.SAME_REPORT)) {
            sources.add(source(corpus, group));
        }
        PersonNames.Result people = PersonNames.merge(sources);
        List<String> samePeople = people.merges().stream()
                .map(m -> "\"" + m.alias() + "\" is " + m.person() + (m.organisation() == null ? "" : ", "
                        + m.organisation()))
                .toList();
        return new Result(people.sources(), parsed, failures, warnings, samePeople);
    }

    private static SourceExtraction source(Corpus corpus, List<ParsedFile> group) {
        List<ParsedFile> ordered = RenditionMerger.byPreference(group);
        ParsedFile primary = ordered.get(0);
        SourceMeta meta = corpus.manifest().meta(primary.file())
                .orElseGet(() -> SourceMeta.inferred(primary.document()));
        Set<String> primaryShingles = ContentSimilarity.shingles(primary.document());
        List<Rendition> renditions = new ArrayList<>();
        for (ParsedFile f : ordered) {
            double similarity = f == primary ? 1.0
                    : Similarity.jaccard(primaryShingles, ContentSimilarity.shingles(f.document()));
            renditions.add(new Rendition(f.file(), f.template(), f.document().sha256(), f.document().charset(),
                    f.coverage(), f.items().size(), similarity, f == primary));
        }
        int[] dropped = {0};
        List<SourcedItem> items = RenditionMerger.merge(ordered, dropped);
        return new SourceExtraction(meta, renditions, items, dropped[0]);
    }
}
