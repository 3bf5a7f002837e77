package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.ContentSimilarity;
import dk.erfaringsgraf.text.Similarity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Groups files whose content similarity reaches a threshold (single linkage), keeping file order. */
final class RenditionGroups {

    private RenditionGroups() {
    }

    static List<List<ParsedFile>> of(List<ParsedFile> files, double threshold) {
        List<Set<String>> shingles = files.stream().map(f -> ContentSimilarity.shingles(f.document())).toList();
        int[] parent = new int[files.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < files.size(); i++) {
            for (int j = i + 1; j < files.size(); j++) {
                if (Similarity.jaccard(shingles.get(i), shingles.get(j)) >= threshold) {
                    parent[root(parent, j)] = root(parent, i);
                }
            }
        }
        Map<Integer, List<ParsedFile>> groups = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(files.get(i));
        }
        return List.copyOf(groups.values());
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }
}
