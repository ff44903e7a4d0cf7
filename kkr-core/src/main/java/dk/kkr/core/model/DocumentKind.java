package dk.kkr.core.model;

/** What a document is. The first four are whole files; NOTE is a memo found inside an annex bundle. */
public enum DocumentKind {
    AGENDA, MINUTES, ANNEX_BUNDLE, NOTE, OTHER
}
