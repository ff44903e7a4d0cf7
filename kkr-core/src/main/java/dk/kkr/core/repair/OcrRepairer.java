package dk.kkr.core.repair;

import dk.kkr.core.repair.CandidateGenerator.Candidate;
import dk.kkr.core.repair.CandidateGenerator.Edit;
import dk.kkr.core.repair.WordSplitter.Word;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Repairs Danish text whose letters an OCR has damaged (ø read as g, æ as ae, å as a ...).
 *
 * <p>Per document it first decides whether repair is needed: only when enough words are rejected by
 * the dictionary and become Danish words under the confusion model. A clean document passes
 * through untouched. Then every rejected word is replaced by its best candidate (rule cost plus
 * word frequency), and, when the document's æ, ø and å are mostly damaged, words that are Danish
 * as written but far likelier as a damaged form ("pa" for "på") are repaired too. Each distinct
 * word is decided once per document, so the same damaged token is repaired the same way throughout.
 *
 * <p>Thread-safe after construction; build one and share it (the dictionary takes a while to load).
 */
public final class OcrRepairer {

    /** A document needs repair when at least this many words, and this share of its words, are repairable non-words. */
    static final int MIN_DAMAGED_WORDS = 5;
    static final double MIN_DAMAGED_SHARE = 0.01;
    /** Candidates dictionary-checked per word, and rule applications per candidate. */
    private static final int CHECKED_NONWORD = 12;
    private static final int CHECKED_REALWORD = 4;
    private static final int MAX_EDITS = 3;
    /** How much the share of damaged æ/ø/å in a document may favour a damaged reading (nats). */
    private static final double MAX_DAMAGE_BONUS = 2.5;

    private final DanishDictionary dictionary;
    private final CandidateGenerator generator;

    public OcrRepairer(DanishDictionary dictionary, ConfusionModel model) {
        this.dictionary = dictionary;
        this.generator = new CandidateGenerator(model, new CharTrigramModel(dictionary.stems()));
    }

    /** A repairer with the standard dictionary and confusion model. */
    public static OcrRepairer standard() {
        return new OcrRepairer(DanishDictionary.load(), ConfusionModel.standard());
    }

    public DanishDictionary dictionary() {
        return dictionary;
    }

    /** A repair decision for one word: the repaired spelling and its confidence. */
    record Decision(Candidate candidate, double confidence) { }

    /** What one document's words look like to the dictionary; not thread-safe, one per call. */
    private final class DocumentState {
        final Map<String, Boolean> accepted = new HashMap<>();
        final Map<String, Optional<Decision>> nonWord = new HashMap<>();
        final Map<String, Optional<Decision>> realWord = new HashMap<>();

        boolean accepts(String word) {
            return accepted.computeIfAbsent(word, dictionary::accepts);
        }
    }

    public RepairResult repair(String text) {
        List<Word> words = new WordSplitter().split(text);
        DocumentState doc = new DocumentState();
        int letterWords = 0;
        int repairable = 0;
        int damagedSpecial = 0;
        int intactSpecial = 0;
        for (Word w : words) {
            letterWords++;
            if (hasDanishLetter(w.text())) {
                intactSpecial++;
            }
            if (!doc.accepts(w.text())) {
                Optional<Decision> d = doc.nonWord.computeIfAbsent(w.text(), t -> repairNonWord(t, doc));
                if (d.isPresent()) {
                    repairable++;
                    if (hasDanishLetter(d.get().candidate().text())) {
                        damagedSpecial++;
                    }
                }
            }
        }
        boolean needed = repairable >= MIN_DAMAGED_WORDS && repairable >= MIN_DAMAGED_SHARE * letterWords;
        if (!needed) {
            return new RepairResult(text, text, false, List.of());
        }
        double damageShare = (damagedSpecial + 1.0) / (damagedSpecial + intactSpecial + 2.0);
        double damageBonus = Math.min(MAX_DAMAGE_BONUS, Math.log(damageShare / (1 - damageShare)));
        StringBuilder out = new StringBuilder(text.length());
        List<Change> changes = new ArrayList<>();
        int copied = 0;
        for (Word w : words) {
            Optional<Decision> d;
            if (!doc.accepts(w.text())) {
                d = doc.nonWord.get(w.text());
            } else if (damageBonus > 0) {
                d = doc.realWord.computeIfAbsent(w.text(), t -> repairRealWord(t, damageBonus, doc));
            } else {
                d = Optional.empty();
            }
            if (d.isEmpty()) {
                continue;
            }
            Candidate c = d.get().candidate();
            String first = applyEdits(w.text(), c.edits(), 0, w.firstLength());
            if (w.sentenceStart() && !Character.isLetter(w.text().charAt(0)) && !first.isEmpty()) {
                first = first.substring(0, 1).toUpperCase(Locale.ROOT) + first.substring(1);
            }
            copied = replace(text, out, copied, w.start(), w.end(), first, d.get().confidence(), changes);
            if (w.joined()) {
                String second = applyEdits(w.text(), c.edits(), w.firstLength(), w.text().length());
                copied = replace(text, out, copied, w.start2(), w.end2(), second, d.get().confidence(), changes);
            }
        }
        out.append(text, copied, text.length());
        return new RepairResult(text, out.toString(), true, changes);
    }

    private static int replace(String text, StringBuilder out, int copied, int start, int end, String after,
                               double confidence, List<Change> changes) {
        String before = text.substring(start, end);
        if (before.equals(after)) {
            return copied;
        }
        out.append(text, copied, start).append(after);
        changes.add(new Change(start, before, after, confidence));
        return end;
    }

    /** The part {@code [from, to)} of {@code word} with the edits inside it applied. */
    private static String applyEdits(String word, List<Edit> edits, int from, int to) {
        StringBuilder sb = new StringBuilder();
        int at = from;
        for (Edit e : edits) {
            if (e.start() < from || e.start() >= to) {
                continue;
            }
            sb.append(word, at, e.start()).append(e.replacement());
            at = Math.min(e.end(), to);
        }
        sb.append(word, at, to);
        return sb.toString();
    }

    private static boolean hasDanishLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            switch (Character.toLowerCase(s.charAt(i))) {
                case 'æ', 'ø', 'å' -> {
                    return true;
                }
                default -> { }
            }
        }
        return false;
    }

    /** The best dictionary word the confusion model makes of a word the dictionary rejects. */
    Optional<Decision> repairNonWord(String word, DocumentState doc) {
        List<Candidate> accepted = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (Candidate c : generator.candidates(word, MAX_EDITS, CHECKED_NONWORD)) {
            if (doc.accepts(c.text())) {
                accepted.add(c);
                scores.add(c.channelCost() - dictionary.logFrequency(c.text()));
            }
        }
        return choose(accepted, scores, Double.POSITIVE_INFINITY);
    }

    /**
     * A likelier reading of a word the dictionary accepts, when the document's special letters are
     * damaged: the candidate must beat the word as written by its frequency, its rule cost and the
     * document's damage share.
     */
    Optional<Decision> repairRealWord(String word, double damageBonus, DocumentState doc) {
        List<Candidate> accepted = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (Candidate c : generator.candidates(word, 2, CHECKED_REALWORD)) {
            if (doc.accepts(c.text())) {
                accepted.add(c);
                scores.add(c.channelCost() - damageBonus - dictionary.logFrequency(c.text()));
            }
        }
        return choose(accepted, scores, -dictionary.logFrequency(word));
    }

    private static Optional<Decision> choose(List<Candidate> accepted, List<Double> scores, double keepScore) {
        if (accepted.isEmpty()) {
            return Optional.empty();
        }
        int best = 0;
        for (int i = 1; i < scores.size(); i++) {
            if (scores.get(i) < scores.get(best)) {
                best = i;
            }
        }
        double bestScore = scores.get(best);
        if (bestScore >= keepScore) {
            return Optional.empty();
        }
        double sum = Double.isInfinite(keepScore) ? 0 : Math.exp(bestScore - keepScore);
        for (double s : scores) {
            sum += Math.exp(bestScore - s);
        }
        return Optional.of(new Decision(accepted.get(best), 1 / sum));
    }
}
