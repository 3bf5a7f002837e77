package dk.erfaringsgraf.ingest;

import static dk.erfaringsgraf.testing.CorpusFiles.KL;
import static dk.erfaringsgraf.testing.CorpusFiles.KOMDIR;
import static dk.erfaringsgraf.testing.CorpusFiles.NORDDJURS;
import static dk.erfaringsgraf.testing.CorpusFiles.SOROE;
import static dk.erfaringsgraf.testing.CorpusFiles.SOROE_PDF;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.testing.CorpusFiles;
import dk.erfaringsgraf.text.Similarity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContentSimilarityTest {

    private static Set<String> shingles(String file) {
        return ContentSimilarity.shingles(CorpusFiles.document(file));
    }

    @Test
    void theTwoSoroeRenditionsAreTheSameReport() {
        double s = Similarity.jaccard(shingles(SOROE), shingles(SOROE_PDF));
        System.out.printf("Sorø clean vs PDF: %.3f%n", s);
        assertTrue(s >= ContentSimilarity.SAME_REPORT, "similarity " + s);
    }

    @Test
    void differentReportsShareAlmostNothing() {
        List<String> files = List.of(SOROE, KL, KOMDIR, NORDDJURS);
        for (int i = 0; i < files.size(); i++) {
            for (int j = i + 1; j < files.size(); j++) {
                double s = Similarity.jaccard(shingles(files.get(i)), shingles(files.get(j)));
                System.out.printf("%s vs %s: %.3f%n", files.get(i), files.get(j), s);
                assertTrue(s < 0.05, files.get(i) + " vs " + files.get(j) + ": " + s);
            }
        }
    }
}
