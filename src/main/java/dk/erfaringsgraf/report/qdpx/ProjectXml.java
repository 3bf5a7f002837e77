package dk.erfaringsgraf.report.qdpx;

import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code project.qde}, the REFI-QDA project (namespace {@code urn:QDA-XML:project:1.0}): the code book
 * (themes, kinds and actors, each under a parent code that is not itself codable), one case per speaker whose
 * selections are the speaker's quotes, and one text source per report file whose coded selections are the items.
 * No dates are written, so the same graph gives the same file.
 */
final class ProjectXml {

    static final String MACHINE = Guids.of("user", "erfaringsgraf");
    static final String MANUAL = Guids.of("user", "manual");
    private static final String ORGANISATION = Guids.of("variable", "organisation");

    private final ProjectData data;
    private final Map<String, SourceFile> files;
    private final XmlOut xml;

    private ProjectXml(ProjectData data, Map<String, SourceFile> files, Writer out) {
        this.data = data;
        this.files = files;
        this.xml = new XmlOut(out);
    }

    /** Writes the project of {@code data} whose report files are {@code files} (by file name, in order). */
    static void write(ProjectData data, Map<String, SourceFile> files, Writer out) {
        ProjectXml p = new ProjectXml(data, files, out);
        p.xml.start("Project", "name", "Erfaringsgraf", "origin", "Erfaringsgraf", "creatingUserGUID", MACHINE);
        p.users();
        p.codeBook();
        p.cases();
        p.sources();
        p.xml.text("Description", "Fund fra erfaringsopsamlinger, kodet af Erfaringsgraf: temaer, slags og aktører som "
                + "koder, udsagn som kodede tekststykker, talere som cases. / Findings of lessons-learned reports coded "
                + "by Erfaringsgraf: themes, kinds and actors as codes, items as coded selections, speakers as cases.");
        p.xml.end();
        p.xml.close();
    }

    private void users() {
        xml.start("Users");
        xml.empty("User", "guid", MACHINE, "name", "Erfaringsgraf (automatisk kodning / automatic coding)",
                "id", "erfaringsgraf");
        xml.empty("User", "guid", MANUAL, "name", "Manuel rettelse / manual correction", "id", "manual");
        xml.end();
    }

    private void codeBook() {
        xml.start("CodeBook").start("Codes");
        parent("themes", "Temaer", "Temaerne i kodebogen / The themes of the codebook");
        for (ProjectData.Code t : data.themes()) {
            code("theme", t.id(), t.name(), join(t.description(), t.detail() == null ? null : "English: " + t.detail()));
        }
        xml.end();
        parent("kinds", "Slags", "Hvad slags udsagn / What kind of item");
        KindCodes.NAMES.forEach((kind, names) -> code("kind", kind, names[0], names[1] + " (" + kind + ")"));
        xml.end();
        parent("actors", "Aktører", "Aktører nævnt i udsagnene / Actors named by the items");
        for (ProjectData.Code a : data.actors()) {
            code("actor", a.id(), a.name(), a.detail());
        }
        xml.end();
        xml.end().end();
    }

    private void parent(String key, String name, String description) {
        xml.start("Code", "guid", Guids.of("group", key), "name", name, "isCodable", "false");
        xml.text("Description", description);
    }

    private void code(String kind, String id, String name, String description) {
        xml.start("Code", "guid", Guids.of(kind, id), "name", name, "isCodable", "true");
        xml.text("Description", description);
        xml.end();
    }

    private void cases() {
        if (data.speakers().isEmpty()) {
            return;
        }
        xml.start("Variables").start("Variable", "guid", ORGANISATION, "name", "Organisation", "typeOfVariable", "Text");
        xml.text("Description", "Organisationen, der står ved talerens navn / The organisation printed with the speaker");
        xml.end().end();
        xml.start("Cases");
        for (ProjectData.Speaker s : data.speakers()) {
            xml.start("Case", "guid", Guids.of(s.type(), s.name()), "name", s.name());
            xml.text("Description", s.type().equals("person") ? "Person, der citeres / Person quoted"
                    : "Rolle, der citeres / Role quoted");
            if (!s.organisations().isEmpty()) {
                xml.start("VariableValue").empty("VariableRef", "targetGUID", ORGANISATION)
                        .text("TextValue", String.join("; ", s.organisations())).end();
            }
            s.quotes().forEach(q -> xml.empty("SelectionRef", "targetGUID", Guids.of("selection", q)));
            xml.end();
        }
        xml.end();
    }

    private void sources() {
        xml.start("Sources");
        for (SourceFile file : files.values()) {
            xml.start("TextSource", "guid", file.guid(), "name", file.name(), "plainTextPath", file.internalPath(),
                    "creatingUser", MACHINE);
            xml.text("Description", file.description());
            file.items().forEach(this::selection);
            xml.end();
        }
        xml.end();
    }

    private void selection(SourceFile.Selection s) {
        ProjectData.Item item = s.item();
        xml.start("PlainTextSelection", "guid", Guids.of("selection", item.id()), "name", item.id(),
                "startPosition", Integer.toString(s.span().start()), "endPosition", Integer.toString(s.span().end()),
                "creatingUser", MACHINE);
        xml.text("Description", KindCodes.danish(item.kind()) + ", " + item.file() + " linje/line " + item.line()
                + (item.lineTo() == item.line() ? "" : "–" + item.lineTo()));
        coding(item, Guids.of("kind", item.kind()), null);
        item.themes().forEach(t -> coding(item, Guids.of("theme", t.id()), t.by()));
        item.actors().forEach(a -> coding(item, Guids.of("actor", a.id()), a.by()));
        xml.end();
    }

    private void coding(ProjectData.Item item, String code, String by) {
        xml.start("Coding", "guid", Guids.of("coding", item.id() + "→" + code),
                "creatingUser", "manual".equals(by) ? MANUAL : MACHINE);
        xml.empty("CodeRef", "targetGUID", code);
        xml.end();
    }

    private static String join(String a, String b) {
        List<String> parts = java.util.stream.Stream.of(a, b).filter(s -> s != null && !s.isBlank()).toList();
        return parts.isEmpty() ? null : String.join(" — ", parts);
    }
}
