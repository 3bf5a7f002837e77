package dk.erfaringsgraf.report.qdpx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.graph.GraphStore;
import dk.erfaringsgraf.ingest.Corpus;
import dk.erfaringsgraf.ingest.InputException;
import dk.erfaringsgraf.testing.GraphFixture;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The coding of the bundled corpus as a REFI-QDA project, checked against the REFI-QDA schema and the graph. */
class QdpxExportIT {

    private static final String NS = "urn:QDA-XML:project:1.0";
    private static GraphStore store;
    private static byte[] qdpx;
    private static Map<String, byte[]> entries;
    private static Document project;

    @BeforeAll
    static void export() throws Exception {
        store = GraphFixture.get().store();
        qdpx = bytes(Corpus.bundled());
        entries = unzip(qdpx);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        project = f.newDocumentBuilder().parse(new ByteArrayInputStream(entries.get("project.qde")));
    }

    private static byte[] bytes(Corpus corpus) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QdpxExport.write(store, corpus, out);
        return out.toByteArray();
    }

    @Test
    void projectIsValidAgainstTheRefiQdaSchema() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema = factory.newSchema(QdpxExportIT.class.getResource("/refi-qda/Project.xsd"));
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(entries.get("project.qde"))));
        assertEquals(NS, project.getDocumentElement().getNamespaceURI());
        assertEquals("Project", project.getDocumentElement().getLocalName());
    }

    @Test
    void everyLoadedFileIsASourceWithItsTextInTheArchive() {
        List<Element> sources = elements(project.getDocumentElement(), "TextSource");
        long files = count("MATCH (s:Source) UNWIND s.renditions AS f RETURN count(f)");
        assertEquals(files, sources.size());
        assertEquals(files + 1, entries.size(), "project.qde and one text per file");
        List<String> names = new ArrayList<>();
        for (Element source : sources) {
            String path = source.getAttribute("plainTextPath");
            assertTrue(path.startsWith("internal://"), path);
            assertTrue(entries.containsKey("sources/" + path.substring("internal://".length())), path);
            names.add(source.getAttribute("name"));
        }
        assertTrue(names.contains("soroe-2020 · soroe-laering-og-erfaring-2020-pdf.txt"), names.toString());
        assertTrue(names.contains("kl-2020 · kl-erfaringsopsamling-2020.txt"), names.toString());
    }

    /** One selection per item, and each cuts out of its file's text the lines the item was read from. */
    @Test
    void everyItemIsOneSelectionWhoseOffsetsCutOutItsText() {
        Map<String, String> texts = new HashMap<>();
        store.read("MATCH (i:Item) RETURN i.id, i.text", Map.of()).rows()
                .forEach(r -> texts.put((String) r.get(0), (String) r.get(1)));
        int selections = 0;
        List<String> misses = new ArrayList<>();
        for (Element source : elements(project.getDocumentElement(), "TextSource")) {
            String text = new String(entries.get("sources/" + source.getAttribute("plainTextPath").substring(11)),
                    StandardCharsets.UTF_8);
            for (Element s : elements(source, "PlainTextSelection")) {
                selections++;
                int start = Integer.parseInt(s.getAttribute("startPosition"));
                int end = Integer.parseInt(s.getAttribute("endPosition"));
                String cut = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
                String first = firstWords(texts.get(s.getAttribute("name")), 3);
                if (!flat(cut).contains(first)) {
                    misses.add(s.getAttribute("name") + ": '" + first + "' not in '" + cut + "'");
                }
            }
        }
        assertEquals(texts.size(), selections);
        assertEquals(List.of(), misses);
    }

    @Test
    void codesAreThemesKindsAndActorsAndItemsCarryThem() {
        Map<String, Element> top = new LinkedHashMap<>();
        Element codes = elements(project.getDocumentElement(), "Codes").get(0);
        for (Element c : children(codes, "Code")) {
            top.put(c.getAttribute("name"), c);
            assertEquals("false", c.getAttribute("isCodable"));
        }
        assertEquals(List.of("Temaer", "Slags", "Aktører"), List.copyOf(top.keySet()));
        assertEquals(count("MATCH (t:Theme) RETURN count(t)"), children(top.get("Temaer"), "Code").size());
        assertEquals(count("MATCH (a:Actor) RETURN count(a)"), children(top.get("Aktører"), "Code").size());
        assertEquals(List.of("Mulighed", "Udfordring", "Anbefaling", "Spørgsmål", "Iagttagelse", "Citat"),
                children(top.get("Slags"), "Code").stream().map(c -> c.getAttribute("name")).toList());
        Map<String, String> names = new HashMap<>();
        for (Element c : elements(codes, "Code")) {
            names.put(c.getAttribute("guid"), c.getAttribute("name"));
        }
        // Sorø's Jobbanken item names the actor in its own words: it is coded with it, and with its kind
        List<String> coded = elements(selection("soroe-2020:756"), "CodeRef").stream()
                .map(r -> names.get(r.getAttribute("targetGUID"))).toList();
        assertTrue(coded.contains("Jobbanken"), coded.toString());
        long codings = count("MATCH (i:Item) RETURN count(i)")
                + count("MATCH (:Item)-[r:ABOUT]->(:Theme) RETURN count(r)")
                + count("MATCH (:Item)-[r:MENTIONS]->(:Actor) RETURN count(r)");
        assertEquals(codings, elements(project.getDocumentElement(), "Coding").size(), "kind, themes and actors");
    }

    @Test
    void speakersAreCasesWhoseSelectionsAreTheirQuotes() {
        Element kjaer = elements(project.getDocumentElement(), "Case").stream()
                .filter(c -> c.getAttribute("name").equals("Søren S. Kjær")).findFirst().orElseThrow();
        assertEquals("Sorø Kommune", elements(kjaer, "TextValue").get(0).getTextContent());
        List<String> refs = elements(kjaer, "SelectionRef").stream().map(r -> r.getAttribute("targetGUID")).toList();
        assertEquals(2, refs.size());
        assertTrue(refs.contains(selection("komdir-2020:708").getAttribute("guid")));
    }

    @Test
    void theSameGraphGivesTheSameArchive() {
        assertArrayEquals(qdpx, bytes(Corpus.bundled()));
    }

    @Test
    void aCorpusThatIsNotTheLoadedOneIsRefusedNamingTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("andet.txt"), "Noget andet\n");
        InputException e = assertThrows(InputException.class, () -> bytes(Corpus.directory(dir)));
        assertTrue(e.getMessage().startsWith("The file kl-erfaringsopsamling-2020.txt of source kl-2020 is not in"),
                e.getMessage());
        Files.writeString(dir.resolve("kl-erfaringsopsamling-2020.txt"), "Ændret tekst\n");
        e = assertThrows(InputException.class, () -> bytes(Corpus.directory(dir)));
        assertTrue(e.getMessage().contains("kl-erfaringsopsamling-2020.txt") && e.getMessage().contains("run load again"),
                e.getMessage());
    }

    private Element selection(String id) {
        return elements(project.getDocumentElement(), "PlainTextSelection").stream()
                .filter(s -> s.getAttribute("name").equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    /**
     * Whitespace runs as one space, a word broken at a line end joined again, and Markdown's emphasis marks left
     * out (the reader keeps "**Ledelse**" of a .md file as "Ledelse" in the item's text).
     */
    private static String flat(String text) {
        return text.replaceAll("(\\p{L})-\\s*\\n\\s*(\\p{Ll})", "$1$2").replace("*", "").replaceAll("\\s+", " ");
    }

    private static String firstWords(String text, int n) {
        String[] words = flat(text).strip().split(" ");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(n, words.length)));
    }

    private static long count(String cypher) {
        return ((Number) store.read(cypher, Map.of()).rows().get(0).get(0)).longValue();
    }

    private static List<Element> elements(Element root, String name) {
        NodeList list = root.getElementsByTagNameNS(NS, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }
}
