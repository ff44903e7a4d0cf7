package dk.kkr.search;

import dk.kkr.core.danish.DanishDictionary;

/** The Danish dictionary, loaded once for all tests of a run (it takes a second or two). */
public final class TestDictionary {

    private static final DanishDictionary DICTIONARY = DanishDictionary.load();

    private TestDictionary() {
    }

    public static DanishDictionary get() {
        return DICTIONARY;
    }
}
