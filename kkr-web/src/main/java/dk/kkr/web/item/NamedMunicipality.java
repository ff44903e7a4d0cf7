package dk.kkr.web.item;

import dk.kkr.store.read.MentionView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A municipality named in an item, with each place the item names it, in text order. */
public record NamedMunicipality(int code, String name, List<MentionView> mentions) {
    public NamedMunicipality {
        mentions = List.copyOf(mentions);
    }

    /** The municipality mentions grouped by municipality, in the order each is first named. */
    static List<NamedMunicipality> of(List<MentionView> mentions) {
        Map<Integer, List<MentionView>> byCode = new LinkedHashMap<>();
        for (MentionView mention : mentions) {
            byCode.computeIfAbsent(mention.municipalityCode(), code -> new ArrayList<>()).add(mention);
        }
        return byCode.entrySet().stream()
                .map(e -> new NamedMunicipality(e.getKey(), e.getValue().getFirst().value(), e.getValue()))
                .toList();
    }
}
