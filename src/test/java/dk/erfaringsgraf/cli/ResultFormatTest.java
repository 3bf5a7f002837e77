package dk.erfaringsgraf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.erfaringsgraf.ingest.InputException;
import org.junit.jupiter.api.Test;

class ResultFormatTest {

    @Test
    void theOptionTextNamesTheFormatIgnoringCaseAndBlanks() {
        assertEquals(ResultFormat.TABLE, ResultFormat.parse("table"));
        assertEquals(ResultFormat.CSV, ResultFormat.parse("CSV"));
        assertEquals(ResultFormat.JSON, ResultFormat.parse(" Json "));
        assertEquals("csv", ResultFormat.CSV.optionText());
    }

    @Test
    void anUnknownFormatIsBadInputThatNamesTheOptionAndTheValidFormats() {
        // InputException is what ErrorHandler turns into exit code 2
        InputException e = assertThrows(InputException.class, () -> ResultFormat.parse("xml"));
        assertEquals("--format xml: unknown format (valid: table, csv, json)", e.getMessage());
        assertEquals("--format tabel: unknown format (valid: table, csv, json)",
                assertThrows(InputException.class, () -> ResultFormat.parse("tabel")).getMessage());
    }

    @Test
    void aMissingFormatSaysSoRatherThanEchoingNothing() {
        assertEquals("--format: no format given (valid: table, csv, json)",
                assertThrows(InputException.class, () -> ResultFormat.parse(" ")).getMessage());
        assertEquals("--format: no format given (valid: table, csv, json)",
                assertThrows(InputException.class, () -> ResultFormat.parse(null)).getMessage());
    }
}
