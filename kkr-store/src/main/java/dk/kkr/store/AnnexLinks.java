package dk.kkr.store;

import dk.kkr.core.model.AnnexRef;
import dk.kkr.core.model.EmbeddedDocument;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** Decides which annex of an item is which embedded document of the same file, where that leaves no doubt. */
public final class AnnexLinks {

    static final int NONE = -1;

    private AnnexLinks() {
    }

    /**
     * For each annex of the item numbered {@code itemNumber}, the index in {@code documents} of the embedded
     * document it is, or {@link #NONE}. The candidates are the documents that belong to that item. An annex
     * is linked to a candidate with the same title (ignoring case, spacing and trailing dots) when the title
     * is unique on both sides; an item with one annex and one candidate links the two whatever their titles.
     */
    static int[] link(String itemNumber, List<AnnexRef> annexes, List<EmbeddedDocument> documents) {
        int[] candidates = IntStream.range(0, documents.size())
                .filter(i -> itemNumber.equals(documents.get(i).item()))
                .toArray();
        int[] links = new int[annexes.size()];
        Arrays.fill(links, NONE);
        if (annexes.size() == 1 && candidates.length == 1) {
            links[0] = candidates[0];
            return links;
        }
        for (int a = 0; a < annexes.size(); a++) {
            String title = AnnexRef.key(annexes.get(a).title());
            if (title.isEmpty()) {
                continue;
            }
            long sameTitledAnnexes = annexes.stream()
                    .filter(other -> title.equals(AnnexRef.key(other.title()))).count();
            int[] sameTitledDocuments = Arrays.stream(candidates)
                    .filter(d -> title.equals(AnnexRef.key(documents.get(d).title())))
                    .toArray();
            if (sameTitledAnnexes == 1 && sameTitledDocuments.length == 1) {
                links[a] = sameTitledDocuments[0];
            }
        }
        return links;
    }
}
