package dk.erfaringsgraf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.App;
import dk.erfaringsgraf.Config;
import dk.erfaringsgraf.coding.Item;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The echo finder at its defaults against the judged sample ({@code echoes/judged.tsv}: pairs judged by reading
 * both texts). Every echo it gives must have been judged, so the figures stay honest when the rules change;
 * then precision of {@code agrees} and {@code contrasts} and the recall of judged agreements are printed and
 * held. A second judge read the same pairs blind to the first judgements and to the relation given
 * ({@code echoes/judged-second.tsv}; agreement: {@code src/test/scripts/judge-agreement.py}); precision under
 * that judge is printed and held too. Run alone: {@code mvn -B -o test -Dtest=EchoPrecisionTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class EchoPrecisionTest {

    /** Precision of predicted agrees at the defaults, as the README states it. */
    private static final double AGREES_PRECISION = 13.0 / 17;
    private static final double CONTRASTS_PRECISION = 3.0 / 4;
    /** The same under the second, blind judge. */
    private static final double AGREES_PRECISION_SECOND = 12.0 / 17;

    private static Map<String, String> judged;
    private static Map<String, String> second;
    private static List<Echo> echoes;

    @BeforeAll
    static void findAndReadJudgements() throws IOException {
        App app = new App(Config.defaults());
        List<Item> items = app.code(app.extract(line -> { }));
        echoes = new EchoFinder().find(items);
        judged = judgements("/echoes/judged.tsv");
        second = judgements("/echoes/judged-second.tsv");
    }

    private static Map<String, String> judgements(String resource) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = EchoPrecisionTest.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("from\t")) {
                    continue;
                }
                String[] cols = line.split("\t");
                assertEquals(4, cols.length, "from, to, judgement, reason: " + line);
                assertTrue(cols[0].compareTo(cols[1]) < 0, "from sorts before to: " + line);
                assertTrue(List.of("agrees", "contrasts", "related", "unrelated").contains(cols[2]), line);
                assertEquals(null, out.put(cols[0] + " " + cols[1], cols[2]), "judged twice: " + line);
            }
        }
        return out;
    }

    private static String judgement(Echo e) {
        return judged.get(e.from() + " " + e.to());
    }

    @Test
    void everyEchoAtTheDefaultsWasJudged() {
        List<String> unjudged = echoes.stream().filter(e -> judgement(e) == null)
                .map(e -> e.from() + " " + e.to()).toList();
        assertEquals(List.of(), unjudged, "judge these in echoes/judged.tsv before stating a precision");
        assertTrue(judged.size() >= 60, "a sample of at least 60 pairs, got " + judged.size());
        assertEquals(judged.keySet(), second.keySet(), "the second judge read the same pairs");
    }

    @Test
    void precisionOfAgreesAndContrastsHolds() {
        double agrees = precision(EchoRelation.Relation.AGREES);
        double contrasts = precision(EchoRelation.Relation.CONTRASTS);
        long judgedAgree = judged.values().stream().filter("agrees"::equals).count();
        long foundAgree = echoes.stream().filter(e -> e.relation() == EchoRelation.Relation.AGREES
                && "agrees".equals(judgement(e))).count();
        long echoedAgree = echoes.stream().filter(e -> "agrees".equals(judgement(e))).count();
        System.out.printf("echoes at the defaults: %d of %d judged pairs; by relation %s%n", echoes.size(),
                judged.size(), count());
        System.out.printf("precision agrees %.3f, contrasts %.3f%n", agrees, contrasts);
        System.out.printf("recall of judged agreements: %d of %d found as agrees (%.3f); %d echo at all%n",
                foundAgree, judgedAgree, (double) foundAgree / judgedAgree, echoedAgree);
        assertTrue(agrees >= AGREES_PRECISION - 1e-9, "precision of agrees " + agrees);
        assertTrue(contrasts >= CONTRASTS_PRECISION - 1e-9, "precision of contrasts " + contrasts);
    }

    @Test
    void precisionOfAgreesHoldsUnderTheSecondJudge() {
        List<Echo> predicted = echoes.stream().filter(e -> e.relation() == EchoRelation.Relation.AGREES).toList();
        long right = predicted.stream().filter(e -> "agrees".equals(second.get(e.from() + " " + e.to()))).count();
        double agrees = (double) right / predicted.size();
        System.out.printf("second judge: precision agrees %d of %d = %.3f%n", right, predicted.size(), agrees);
        assertTrue(agrees >= AGREES_PRECISION_SECOND - 1e-9, "precision of agrees under the second judge " + agrees);
    }

    /** Judged as the relation / predicted as the relation, among the echoes at the defaults. */
    private static double precision(EchoRelation.Relation relation) {
        List<Echo> predicted = echoes.stream().filter(e -> e.relation() == relation).toList();
        long right = predicted.stream().filter(e -> relation.id().equals(judgement(e))).count();
        System.out.printf("%s: %d of %d predicted judged so:%n", relation.id(), right, predicted.size());
        predicted.forEach(e -> System.out.printf("  %-9s %.3f %s %s %s%n", judgement(e), e.similarity(), e.from(),
                e.to(), e.terms()));
        return predicted.isEmpty() ? 1 : (double) right / predicted.size();
    }

    private static Map<String, Long> count() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (EchoRelation.Relation r : EchoRelation.Relation.values()) {
            out.put(r.id(), echoes.stream().filter(e -> e.relation() == r).count());
        }
        return out;
    }
}
