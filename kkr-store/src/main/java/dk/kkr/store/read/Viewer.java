package dk.kkr.store.read;

/**
 * Who reads the archive. Every reader of the store is made for one viewer and shows only what
 * {@link Visibility} lets that viewer see. Today every reader is the public; accounts and their roles
 * (secretariats, members of a KKR) become further kinds of viewer.
 */
public sealed interface Viewer permits Viewer.Public {

    /** Anyone on the public site, the API, OParl, the feeds and the command line. */
    Viewer PUBLIC = new Public();

    /** The public: sees what the archive publishes, once (the best extraction of each document). */
    record Public() implements Viewer {
    }
}
