package dk.kkr.core.text;

/** Told as each scanned page of a PDF is read with OCR, the slow part of reading one: page (from 1) of pages. */
@FunctionalInterface
public interface PageProgress {

    /** Tells nothing to anyone. */
    PageProgress NONE = (page, pages) -> { };

    void page(int page, int pages);
}
