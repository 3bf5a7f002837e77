package dk.erfaringsgraf.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.text.StopWords.Group;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.junit.jupiter.api.Test;

class StopWordsTest {

    @Test
    void snowballGroupIsLucenesDanishStopSet() {
        Set<String> snowball = StopWords.danish(Group.SNOWBALL).words();
        assertEquals(94, snowball.size());
        CharArraySet lucene = DanishAnalyzer.getDefaultStopSet();
        assertEquals(lucene.size(), snowball.size());
        assertTrue(snowball.stream().allMatch(lucene::contains));
        assertEquals(List.of("og", "i", "jeg", "det", "at"), List.copyOf(snowball).subList(0, 5));
    }

    @Test
    void groupSizesAndTheirUnion() {
        assertEquals(108, StopWords.danish(Group.REPORTS).words().size());
        assertEquals(42, StopWords.danish(Group.LINKER).words().size());
        // Snowball and the report words are disjoint; the linker adds "nogen" and "vores".
        assertEquals(202, StopWords.danish(Group.SNOWBALL, Group.REPORTS).words().size());
        assertEquals(204, StopWords.danish().words().size());
        Set<String> linkerOnly = new HashSet<>(StopWords.danish(Group.LINKER).words());
        linkerOnly.removeAll(StopWords.danish(Group.SNOWBALL, Group.REPORTS).words());
        assertEquals(Set.of("nogen", "vores"), linkerOnly);
    }

    @Test
    void wordsAreMatchedLowercaseAsWritten() {
        StopWords echo = StopWords.danish(Group.SNOWBALL, Group.REPORTS);
        assertTrue(echo.contains("og"));
        assertTrue(echo.contains("kommunerne"));
        assertTrue(echo.contains("f.eks"));
        assertFalse(echo.contains("Og"));
        assertFalse(echo.contains("vores"));
        assertFalse(echo.contains("samarbejde"));
        assertTrue(StopWords.danish().contains("vores"));
        assertFalse(StopWords.danish(Group.LINKER).contains("kommunen"));
    }

    @Test
    void theListFileIsChecked() {
        Map<Group, Set<String>> groups =
                StopWords.parse("[snowball]\nog i # comment\n[reports]\nkan\n[linker]\nikke\n");
        assertEquals(Set.of("og", "i"), groups.get(Group.SNOWBALL));
        assertThrows(IllegalStateException.class, () -> StopWords.parse("[snowball]\nog\n[reports]\nkan\n"));
        assertThrows(IllegalStateException.class, () -> StopWords.parse("og\n[snowball]\n[reports]\n[linker]\n"));
        assertThrows(IllegalStateException.class, () -> StopWords.parse("[snowball]\nOg\n[reports]\n[linker]\n"));
        assertThrows(IllegalStateException.class,
                () -> StopWords.parse("[nordic]\n[snowball]\n[reports]\n[linker]\n"));
    }
}
