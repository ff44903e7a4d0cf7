package dk.kkr.core.extract;

import dk.kkr.core.danish.Municipality;
import dk.kkr.core.danish.ReferenceData;
import dk.kkr.core.danish.Spellings;
import dk.kkr.core.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 98 municipalities by name: "Roskilde", the genitive "Københavns", with "Kommune" ("Frederiksberg
 * Kommune", "Bornholms Regionskommune", which the mention then includes) and OCR-damaged ("Kgbenhavn",
 * "Arhus"; the common misreadings of {@link ReferenceData#spellingsOf}); a double name also with a space for its
 * hyphen ("Ringkøbing Skjern"). Names must be capitalised as names are, and a spelling that could be
 * two municipalities is not taken. Left out are names followed by a word that makes them another place or
 * an institution ("Køge Bugt", "Aarhus Universitet"), names ending in a hyphen that makes them part of a
 * compound ("Frederikssunds- og Hillerødmotorvejene"), and the names that are also common Danish words
 * ("Vejen" is "the road") unless "Kommune" follows them.
 */
public final class MunicipalityRecogniser implements EntityRecogniser<MunicipalityMention> {

    /** Municipality names that are also ordinary words or given names. */
    private static final Set<String> COMMON_WORDS = Set.of("Vejen", "Skive", "Varde", "Greve", "Odder");

    private static final Pattern KOMMUNE = Pattern.compile("(?:[ \\t\\u00a0]+|[ \\t]*\\R[ \\t]*)(?i:(?:regions)?kommunes?)(?!\\p{L})");
    /** A place word after the name, or a hyphen that makes the name the first part of a compound. */
    private static final Pattern OTHER_PLACE = Pattern.compile("[ \\t\\u00a0]+(?:Bugt|Fjord|Å|Sø|Universitet"
            + "|Universitetshospital|Hospital|Sygehus|Lufthavn|Havn|Stift|Amt|Station|Kaserne)(?!\\p{L})|-\\s",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final Lexicon<Municipality> names;

    public MunicipalityRecogniser() {
        Map<Municipality, Set<String>> spellings = new LinkedHashMap<>();
        for (Municipality m : ReferenceData.municipalities()) {
            spellings.put(m, ReferenceData.spellingsOf(m, Spellings.Context.RUNNING_TEXT));
        }
        this.names = new Lexicon<>(spellings);
    }

    @Override
    public List<MunicipalityMention> recognise(String text) {
        List<MunicipalityMention> found = new ArrayList<>();
        for (Lexicon.Hit<Municipality> hit : names.find(text)) {
            Matcher kommune = KOMMUNE.matcher(text).region(hit.end(), text.length());
            boolean withKommune = kommune.lookingAt();
            if (OTHER_PLACE.matcher(text).region(hit.end(), text.length()).lookingAt()
                    || !withKommune && COMMON_WORDS.contains(hit.value().name())) {
                continue;
            }
            Span span = new Span(hit.start(), withKommune ? kommune.end() : hit.end());
            found.add(new MunicipalityMention(span, span.of(text), hit.value()));
        }
        return List.copyOf(found);
    }
}
