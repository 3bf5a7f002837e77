package dk.erfaringsgraf.report.qdpx;

import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin indenting layer over {@link XMLStreamWriter} (which escapes, but writes everything on one line), for a
 * project.qde a person can read and diff. Every element is in the REFI-QDA project namespace.
 */
final class XmlOut implements AutoCloseable {

    static final String NS = "urn:QDA-XML:project:1.0";

    private final XMLStreamWriter xml;
    /** Per open element: whether it has child elements (so its end tag goes on a line of its own). */
    private final Deque<boolean[]> open = new ArrayDeque<>();

    XmlOut(Writer out) {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("utf-8", "1.0");
            xml.setDefaultNamespace(NS);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not start the project XML: " + e.getMessage(), e);
        }
    }

    /** Opens {@code name} with attributes given as name, value pairs (null values are left out). */
    XmlOut start(String name, String... attributes) {
        return run(() -> {
            indent();
            xml.writeStartElement(NS, name);
            if (open.isEmpty()) {
                xml.writeDefaultNamespace(NS);
            }
            attributes(attributes);
            open.push(new boolean[] {false});
        });
    }

    /** An element without content. */
    XmlOut empty(String name, String... attributes) {
        return run(() -> {
            indent();
            xml.writeEmptyElement(NS, name);
            attributes(attributes);
        });
    }

    /** An element holding only {@code text}; nothing when the text is null. */
    XmlOut text(String name, String text) {
        if (text == null) {
            return this;
        }
        return run(() -> {
            indent();
            xml.writeStartElement(NS, name);
            xml.writeCharacters(text);
            xml.writeEndElement();
        });
    }

    XmlOut end() {
        return run(() -> {
            boolean[] hasChildren = open.pop();
            if (hasChildren[0]) {
                xml.writeCharacters("\n" + "\t".repeat(open.size()));
            }
            xml.writeEndElement();
        });
    }

    @Override
    public void close() {
        run(() -> {
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        });
    }

    private void indent() throws XMLStreamException {
        if (!open.isEmpty()) {
            open.peek()[0] = true;
        }
        xml.writeCharacters("\n" + "\t".repeat(open.size()));
    }

    private void attributes(String... pairs) throws XMLStreamException {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                xml.writeAttribute(pairs[i], pairs[i + 1]);
            }
        }
    }

    private interface XmlWork {
        void run() throws XMLStreamException;
    }

    private XmlOut run(XmlWork work) {
        try {
            work.run();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the project XML: " + e.getMessage(), e);
        }
    }
}
