package dk.kkr.service.importing;

import java.util.List;

/** The totals of one import run, and the files that failed with their reasons. */
public record ImportSummary(int read, int added, int known, int failed,
                            int meetings, int items, int documents, List<FileOutcome> failures) {

    public ImportSummary {
        failures = List.copyOf(failures);
    }

    /** 0 when every file was imported or already known, 2 when any file failed. */
    public int exitCode() {
        return failed == 0 ? 0 : 2;
    }

    static ImportSummary of(List<FileOutcome> outcomes) {
        int added = 0, known = 0, meetings = 0, items = 0, documents = 0;
        for (FileOutcome o : outcomes) {
            switch (o.status()) {
                case NEW -> {
                    added++;
                    meetings += o.saved().newMeeting() ? 1 : 0;
                    items += o.saved().items();
                    documents += o.saved().documents();
                }
                case KNOWN -> known++;
                case FAILED -> { }
            }
        }
        List<FileOutcome> failures = outcomes.stream().filter(o -> o.status() == FileOutcome.Status.FAILED).toList();
        return new ImportSummary(outcomes.size(), added, known, failures.size(), meetings, items, documents, failures);
    }
}
