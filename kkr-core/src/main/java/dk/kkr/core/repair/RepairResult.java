package dk.kkr.core.repair;

import java.util.List;

/**
 * What the OCR repair did to one document.
 *
 * @param original     the text as given
 * @param repaired     the repaired text: the same lines, some words changed; equal to {@code original}
 *                     when no repair was needed
 * @param repairNeeded whether the document showed OCR damage
 * @param changes      every change, in text order, with offsets into {@code original}
 */
public record RepairResult(String original, String repaired, boolean repairNeeded, List<Change> changes) {

    public RepairResult {
        changes = List.copyOf(changes);
    }
}
