package dk.erfaringsgraf.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.ingest.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodebookLoaderTest {

    /** A valid two-theme, one-actor codebook; the broken variants below change one thing each. */
    private static final String VALID = """
            themes:
              - id: ledelse
                name: Ledelse
                nameEn: Leadership
                description: Ledernes rolle.
                sections: ['(?<!\\p{L})ledelse']
                keywords: [ledelse, distanceledelse]
              - id: digitalisering
                name: Digitalisering
                nameEn: Digitalisation
                description: Digitale redskaber.
                keywords: [digital]
            actors:
              - id: kl
                name: KL
                kind: organisation
                patterns: ['(?-i)\\bKL\\b']
            """;

    @TempDir
    Path dir;

    @Test
    void defaultCodebookHas27ThemesAnd22Actors() {
        Codebook codebook = CodebookLoader.loadDefault();
        // 27 themes: the 15..30 the project asks for; 22 actors: the DESIGN list plus KOMDIR, kommunaldirektør,
        // borgmester, Forhandlingsfællesskabet and mellemledere (see the comments in codebook.yaml).
        assertEquals(27, codebook.themes().size());
        assertEquals(22, codebook.actors().size());
        assertEquals(codebook, CodebookLoader.loadOrDefault(null));
    }

    @Test
    void everyDefaultThemeHasDanishAndEnglishNameAndADescription() {
        for (Theme theme : CodebookLoader.loadDefault().themes()) {
            assertFalse(theme.name().isBlank(), theme.id());
            assertFalse(theme.nameEn().isBlank(), theme.id());
            assertNotEquals(theme.name(), theme.nameEn(), "translated: " + theme.id());
            assertTrue(theme.description().endsWith("."), "one sentence: " + theme.id());
            assertTrue(theme.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), theme.id());
        }
        Theme digital = CodebookLoader.loadDefault().theme("digitalisering").orElseThrow();
        assertEquals("Digitalisering og teknologi", digital.name());
        assertEquals("Digitalisation and technology", digital.nameEn());
    }

    /** Actors the user named get English names; an actor without nameEn keeps its Danish name (a proper name). */
    @Test
    void actorsHaveEnglishNamesWhereTheCodebookGivesThem() throws Exception {
        Codebook codebook = CodebookLoader.loadDefault();
        assertEquals("The Corona group", codebook.actor("corona-gruppe").orElseThrow().nameEn());
        assertEquals("Crisis management team", codebook.actor("kriseberedskab").orElseThrow().nameEn());
        assertEquals("Job bank (staff redeployment)", codebook.actor("jobbanken").orElseThrow().nameEn());
        assertEquals("Danish Health Authority", codebook.actor("sundhedsstyrelsen").orElseThrow().nameEn());
        codebook.actors().forEach(a -> assertFalse(a.nameEn().isBlank(), a.id()));
        Actor kl = CodebookLoader.load(write(VALID)).actor("kl").orElseThrow();
        assertEquals("KL", kl.nameEn(), "no nameEn: the name");
    }

    @Test
    void defaultCodebookHasTheNamedThemesAndActorsWithTheirKinds() {
        Codebook codebook = CodebookLoader.loadDefault();
        Set<String> themes = codebook.themes().stream().map(Theme::id).collect(Collectors.toSet());
        assertTrue(themes.containsAll(List.of("digitalisering", "virtuelle-moeder", "hjemmearbejde", "ledelse",
                "tvaergaaende-samarbejde", "arbejdsmiljoe-trivsel", "krisehaandtering", "kommunikation",
                "borgerservice", "lokaldemokrati", "tillid-frisaettelse", "eksekveringskraft", "vaernemidler-hygiejne",
                "undervisning", "saarbare-borgere", "udvikling-forandring", "jobbank-udlaan", "civilsamfund",
                "beskaeftigelse", "sundhed-aeldre")), themes.toString());
        assertEquals(ActorKind.GROUP, codebook.actor("corona-gruppe").orElseThrow().kind());
        assertEquals(ActorKind.BODY, codebook.actor("kriseberedskab").orElseThrow().kind());
        assertEquals(ActorKind.BODY, codebook.actor("jobbanken").orElseThrow().kind());
        assertEquals(ActorKind.ORGANISATION, codebook.actor("kl").orElseThrow().kind());
        assertEquals(ActorKind.AUTHORITY, codebook.actor("sundhedsstyrelsen").orElseThrow().kind());
        assertEquals(ActorKind.ROLE, codebook.actor("borgmester").orElseThrow().kind());
        assertEquals("Team Værnemidler", codebook.actor("team-vaernemidler").orElseThrow().name());
    }

    @Test
    void loadsAValidUserCodebook() throws IOException {
        Codebook codebook = CodebookLoader.load(write(VALID));
        assertEquals(List.of("ledelse", "digitalisering"), codebook.themes().stream().map(Theme::id).toList());
        assertEquals(List.of("ledelse", "distanceledelse"), codebook.themes().get(0).keywords());
        assertEquals(List.of("(?-i)\\bKL\\b"), codebook.actors().get(0).patterns());
    }

    @Test
    void aKeyThatIsNotAListNamesFileLineAndKey() throws IOException {
        Path file = write(VALID.replace("keywords: [ledelse, distanceledelse]", "keywords: ledelse"));
        assertError(file + " line 7: theme 'ledelse' key 'keywords' must be a list", file);
    }

    @Test
    void anUnknownKeyIsReportedOnItsOwnLine() throws IOException {
        Path file = write(VALID.replace("keywords: [digital]", "keyword: [digital]"));
        assertError(file + " line 12: theme 'digitalisering' key 'keyword' is unknown (allowed: description, id,"
                + " keywords, name, nameEn, patterns, sections)", file);
    }

    @Test
    void aMissingKeyIsReportedAtTheEntry() throws IOException {
        Path file = write(VALID.replace("    nameEn: Digitalisation\n", ""));
        assertError(file + " line 8: theme 'digitalisering' key 'nameEn' is missing", file);
    }

    @Test
    void aDuplicateIdNamesBothLines() throws IOException {
        Path file = write(VALID.replace("id: digitalisering", "id: ledelse"));
        assertError(file + " line 8: theme 'ledelse' key 'id' duplicates the theme on line 2", file);
    }

    @Test
    void anInvalidRegexIsNamed() throws IOException {
        Path file = write(VALID.replace("patterns: ['(?-i)\\bKL\\b']", "patterns: ['(KL']"));
        assertError(file + " line 17: actor 'kl' key 'patterns' has an invalid regex '(KL': Unclosed group", file);
    }

    @Test
    void anUppercaseStemIsRefused() throws IOException {
        Path file = write(VALID.replace("keywords: [digital]", "keywords: [digital, KL]"));
        assertError(file + " line 12: theme 'digitalisering' key 'keywords' stem 'KL' must be lowercase"
                + " (use patterns for case-sensitive matches)", file);
    }

    @Test
    void anUnknownActorKindIsRefused() throws IOException {
        Path file = write(VALID.replace("kind: organisation", "kind: company"));
        assertError(file + " line 16: actor 'kl' key 'kind' 'company' must be one of group, body, organisation,"
                + " role, authority", file);
    }

    @Test
    void anIdThatIsNotKebabCaseIsRefused() throws IOException {
        Path file = write(VALID.replace("id: digitalisering", "id: Digitalisering"));
        assertError(file + " line 8: theme 'Digitalisering' key 'id' must be kebab-case ascii (a-z, 0-9 and -)", file);
    }

    @Test
    void aDuplicateKeyInsideOneEntryIsRefused() throws IOException {
        Path file = write(VALID.replace("    name: Digitalisering\n", "    name: Digitalisering\n    name: Digital\n"));
        assertError(file + " line 10: theme #2 key 'name' is duplicated (first on line 9)", file);
    }

    @Test
    void aThemeWithoutAnyWayToMatchIsRefused() throws IOException {
        Path file = write(VALID.replace("    keywords: [digital]\n", ""));
        assertError(file + " line 8: theme 'digitalisering' key 'keywords' is missing: a theme needs sections,"
                + " keywords or patterns", file);
    }

    @Test
    void aCodebookNeedsAtLeastOneTheme() throws IOException {
        Path file = write("themes: []\nactors: []\n");
        assertError(file + " line 1: codebook key 'themes' must list at least one theme", file);
    }

    @Test
    void anUnknownTopLevelKeyIsRefused() throws IOException {
        Path file = write(VALID + "extra: 1\n");
        assertError(file + " line 18: codebook key 'extra' is unknown (allowed: actors, themes)", file);
    }

    @Test
    void aYamlSyntaxErrorNamesFileAndLine() throws IOException {
        Path file = write(VALID.replace("keywords: [digital]", "keywords: [digital"));
        InputException e = assertThrows(InputException.class, () -> CodebookLoader.load(file));
        // SnakeYAML notices the unclosed flow sequence where the next mapping key starts (line 13).
        assertTrue(e.getMessage().startsWith(file + " line 13: invalid YAML: "), e.getMessage());
    }

    @Test
    void anEmptyOrMissingFileIsReported() throws IOException {
        Path empty = write("");
        assertError(empty + " line 1: the codebook is empty; it needs a 'themes' list", empty);
        Path missing = dir.resolve("nowhere.yaml");
        InputException e = assertThrows(InputException.class, () -> CodebookLoader.load(missing));
        assertTrue(e.getMessage().startsWith("Could not read codebook " + missing), e.getMessage());
    }

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("codebook.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    private static void assertError(String expected, Path file) {
        InputException e = assertThrows(InputException.class, () -> CodebookLoader.load(file));
        assertEquals(expected, e.getMessage());
    }
}
