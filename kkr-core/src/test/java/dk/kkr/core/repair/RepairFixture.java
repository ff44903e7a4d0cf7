package dk.kkr.core.repair;


/** One repairer for all repair tests (the dictionary takes a second to load), and the shared corpus. */
final class RepairFixture {

    static final OcrRepairer REPAIRER = OcrRepairer.standard();

    private RepairFixture() {
    }

}
