package dk.kkr.store.read;

/**
 * One extraction of a document that was imported more than once in different forms (a clean export and
 * raw PDF text, a PDF and its text file): its file document, source file, text quality (the share of
 * words the dictionary knows) and whether it is the one shown.
 */
public record ExtractionRef(long documentId, String fileName, double quality, boolean shown) {
}
