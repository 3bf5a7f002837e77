package dk.erfaringsgraf.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RespondentsTest {

    @Test
    void theNounTheProseReportsOnIsFoundInTheTextItself() {
        List<String> survey = List.of("Skolelederne fremhæver den tætte kontakt til forældrene.",
                "Flere skoleledere peger på, at eleverne savnede hinanden.",
                "Vi har lært meget, siger en af dem. Lærerne oplever også en ny ro.");
        assertEquals(Optional.of("skoleled"), Respondents.stem(survey));
        assertEquals(true, Respondents.pattern(survey).matcher("en skoleleder fortæller").find());
    }

    @Test
    void aSingleReportIsATurnOfPhraseNotASubject() {
        assertEquals(Optional.empty(), Respondents.stem(List.of("Borgerne oplever kortere ventetid.",
                "Vi har holdt møder på Teams.")));
        assertEquals(false, Respondents.pattern(List.of("Ingen rapporterer her.")).matcher("borgerne").find());
    }

    @Test
    void theBundledSurveyIsAboutItsMunicipalDirectors() {
        String text = new String(dk.erfaringsgraf.testing.CorpusFiles.bytes(dk.erfaringsgraf.testing.CorpusFiles.KOMDIR),
                java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(Optional.of("kommunaldirektør"), Respondents.stem(text.lines().toList()));
    }
}
