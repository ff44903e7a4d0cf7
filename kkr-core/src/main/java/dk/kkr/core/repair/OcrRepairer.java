package dk.kkr.core.repair;

import dk.kkr.core.danish.ConfusionModel;
import dk.kkr.core.danish.ConfusionRule;
import dk.kkr.core.danish.DanishDictionary;
import dk.kkr.core.danish.WordContext;
import dk.kkr.core.repair.CandidateGenerator.Candidate;
import dk.kkr.core.repair.CandidateGenerator.Edit;
import dk.kkr.core.repair.WordSplitter.Word;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Repairs Danish text whose letters an OCR has damaged (ø read as g, æ as ae, å as a ...).
 *
 * <p>Per document it first decides whether repair is needed: only when the text is Danish (its Danish
 * function words clearly outnumber the English and German ones) and enough words are rejected by
 * the dictionary and become Danish words under the confusion model. A clean document passes
 * through untouched, and words in a run of foreign text (a quotation) are never changed. Then every rejected word is replaced by its best candidate (rule cost plus
 * word frequency), and, where æ, ø and å are mostly damaged — in the document, or on a line whose own
 * words show it (a scanned page bound with born-digital ones) — words that are Danish as written but
 * far likelier as a damaged form ("pa" for "på") are repaired too. Each distinct
 * word is decided once per document, so the same damaged token is repaired the same way throughout.
 *
 * <p>Thread-safe after construction; build one and share it (the dictionary takes a while to load).
 */
public final class OcrRepairer {

    /** A document needs repair when at least this many words, and this share of its words, are repairable non-words. */
    static final int MIN_DAMAGED_WORDS = 5;
    static final double MIN_DAMAGED_SHARE = 0.01;
    /** Candidates dictionary-checked per word, and rule applications per candidate of a rejected word. */
    private static final int CHECKED_NONWORD = 12;
    private static final int CHECKED_REALWORD = 6;
    /** Once a candidate is accepted, this many more are checked for a better one. */
    private static final int CHECKED_AFTER_FIRST = 3;
    private static final int MAX_EDITS = 3;
    /** Rejected words this long may be read as two words; the best few candidates are tried. */
    private static final int MIN_SPLIT_LENGTH = 8;
    private static final int CHECKED_SPLIT = 3;
    private static final int MIN_PART = 2;
    /** Real words are doubted only where most of a document's æ, ø and å are damaged. */
    private static final double MIN_DAMAGE_SHARE_FOR_REAL_WORDS = 0.5;
    /** The longest word read as an abbreviation for its full stop alone. */
    private static final int MAX_ABBREVIATION = 4;
    /** How many letters' worth the document's share of damaged æ, ø and å weighs against a line's own letters. */
    private static final double LINE_PRIOR = 2.0;
    /** The share of damaged æ, ø and å in a document that lost them all (one intact letter in a hundred). */
    private static final double FULL_DAMAGE_SHARE = 0.99;
    /** The cost (nats) of changing a word the dictionary accepts. */
    private static final double REAL_WORD_DOUBT = 1.0;
    /** The most (nats) that repairs of the same lemma elsewhere in a document count for a reading. */
    private static final double MAX_EVIDENCE = 2.0;
    /** How much a reading's fit between its neighbours counts (per nat of association). */
    private static final double CONTEXT_WEIGHT = 1.0;
    /** The most a reading's fit can count for it (the fit of the word as written is never below 0). */
    private static final double MAX_FIT = MAX_EVIDENCE + 2 * CONTEXT_WEIGHT * WordContext.MAX_ASSOCIATION;
    /** Repaired words shorter than this are no evidence for the words they begin. */
    private static final int MIN_EVIDENCE_PREFIX = 5;
    /** How many observations the shipped rule costs weigh against a document's own usage. */
    private static final double PSEUDO_COUNT = 3.0;

    private final DanishDictionary dictionary;
    private final ConfusionModel model;
    private final CandidateGenerator generator;
    private final LanguageRuns languages;
    private final WordContext context;

    public OcrRepairer(DanishDictionary dictionary, ConfusionModel model) {
        this.dictionary = dictionary;
        this.model = model;
        this.generator = new CandidateGenerator(model, new CharTrigramModel(dictionary.stems()));
        this.languages = LanguageRuns.standard(model);
        this.context = WordContext.shared();
    }

    /** A repairer with the standard dictionary and confusion model. */
    public static OcrRepairer standard() {
        return new OcrRepairer(DanishDictionary.shared(), ConfusionModel.standard());
    }

    public DanishDictionary dictionary() {
        return dictionary;
    }

    /** A repair decision for one word: the repaired spelling and its confidence. */
    record Decision(Candidate candidate, double confidence) { }

    /** The readings of a real word and their scores against keeping it, before its neighbours are heard. */
    private record RealWordReadings(String word, List<Candidate> readings, List<Double> scores, double keepScore) {

        /**
         * The best reading between {@code previous} and {@code next} (either null at a sentence's edge):
         * each score less how well the reading fits between them, against how well the word as written does.
         */
        Optional<Decision> decide(WordContext context, String previous, String next) {
            if (readings.isEmpty()) {
                return Optional.empty();
            }
            List<Double> heard = new ArrayList<>(scores.size());
            for (int i = 0; i < readings.size(); i++) {
                heard.add(scores.get(i) - fit(context, previous, readings.get(i).text(), next));
            }
            return choose(readings, heard, keepScore - fit(context, previous, word, next));
        }

        /**
         * How well a word fits where it stands: how often the document has it settled elsewhere (as it
         * has the repairs of rejected words, {@link DocumentState#evidence}), and how well it follows the
         * word before and leads to the word after.
         */
        private static double fit(WordContext context, String previous, String word, String next) {
            return Math.min(MAX_EVIDENCE, Math.log1p(context.ownCount(word)))
                    + CONTEXT_WEIGHT * ((previous == null ? 0 : context.association(previous, word))
                    + (next == null ? 0 : context.association(word, next)));
        }
    }

    /** What one document's words look like to the dictionary and the confusion model; one per call. */
    private final class DocumentState {
        final Map<String, Boolean> accepted = new HashMap<>();
        final Map<String, Double> logFrequency = new HashMap<>();
        final Map<String, Boolean> acceptedSimple = new HashMap<>();
        /** For each distinct rejected word, the candidates the dictionary accepts. */
        final Map<String, List<Candidate>> nonWordCandidates = new HashMap<>();
        final Map<String, Optional<Decision>> decisions = new HashMap<>();
        /** The spellings a real word may be a damaged form of, wherever it stands. */
        final Map<String, List<Candidate>> realWordCandidates = new HashMap<>();
        /** Readings of real words, by the word and the damage share (in hundredths) where it stands. */
        final Map<String, RealWordReadings> realWordReadings = new HashMap<>();
        final Map<ConfusionRule, Double> ruleCost = new HashMap<>();
        final Map<String, Integer> repairedForms = new HashMap<>();

        boolean accepts(String word) {
            return accepted.computeIfAbsent(word, w -> dictionary.accepts(w, this::acceptsSimple));
        }

        double logFrequency(String word) {
            return logFrequency.computeIfAbsent(word, w -> dictionary.logFrequency(w, this::acceptsSimple));
        }

        boolean acceptsSimple(String word) {
            return acceptedSimple.computeIfAbsent(word, dictionary::acceptsSimple);
        }

        /**
         * Whether a word the dictionary rejects is a dictionary word followed by a word the
         * dictionary accepts, which may itself be a compound: Hunspell's da_DK allows only two
         * parts, Danish writes three ("døgn|behandlings|pladser"), and OCR glues words together.
         * The first part must be a plain dictionary word, which Hunspell finds without its (slow)
         * compound search.
         */
        boolean acceptsAsTwoWords(String word) {
            for (int i = MIN_PART; i <= word.length() - MIN_PART - 1; i++) {
                if (acceptsSimple(word.substring(0, i)) && accepts(word.substring(i))) {
                    return true;
                }
            }
            return false;
        }

        double cost(Candidate c) {
            double sum = 0;
            for (Edit e : c.edits()) {
                sum += ruleCost.getOrDefault(e.rule(), e.cost());
            }
            return sum;
        }

        List<Candidate> nonWordCandidates(String word) {
            return nonWordCandidates.computeIfAbsent(word, w -> {
                List<Candidate> accepted = new ArrayList<>();
                List<Candidate> candidates = generator.candidates(w, MAX_EDITS, CHECKED_NONWORD);
                int checkedAfterFirst = 0;
                boolean commonFound = false;
                for (Candidate c : candidates) {
                    if (!accepted.isEmpty() && ++checkedAfterFirst > CHECKED_AFTER_FIRST) {
                        break;
                    }
                    // below a common reading, a rare one hardly wins: not worth Hunspell's time
                    if (commonFound && !dictionary.isCommon(c.text())) {
                        continue;
                    }
                    if (accepts(c.text())) {
                        commonFound |= dictionary.isCommon(c.text());
                        accepted.add(c);
                    }
                }
                if (accepted.isEmpty() && w.length() >= MIN_SPLIT_LENGTH && !acceptsAsTwoWords(w)) {
                    for (Candidate c : candidates.subList(0, Math.min(CHECKED_SPLIT, candidates.size()))) {
                        if (acceptsAsTwoWords(c.text())) {
                            accepted.add(c);
                        }
                    }
                }
                return accepted;
            });
        }

        /** The best reading of a rejected word under the current rule costs. */
        Optional<Decision> repairNonWord(String word) {
            List<Candidate> accepted = nonWordCandidates(word);
            List<Double> scores = new ArrayList<>(accepted.size());
            for (Candidate c : accepted) {
                scores.add(cost(c) - logFrequency(c.text()));
            }
            return choose(accepted, scores, Double.POSITIVE_INFINITY);
        }

        /**
         * The likelier readings of a word the dictionary accepts ("pa" for "på", "teet" for "tæt"),
         * before their neighbours are heard. A reading must be a common word or supported by the
         * document's other repairs, must not be a mere compound where the word as written is a plain
         * word, and must be able to beat the word as written by its frequency, less the document's own
         * rule costs, the chance that a special letter is damaged here, a fixed cost of doubting a real
         * word and the most its neighbours can speak for it.
         */
        RealWordReadings realWordReadings(String word, double damageShare) {
            List<Candidate> accepted = new ArrayList<>();
            List<Double> scores = new ArrayList<>();
            double keepFrequency = -logFrequency(word);
            double maxCost = maxRealWordCost(keepFrequency, damageShare);
            List<Candidate> candidates = realWordCandidates.computeIfAbsent(word, w ->
                    generator.candidates(w, 1, CHECKED_REALWORD, maxRealWordCost(keepFrequency, FULL_DAMAGE_SHARE)));
            double keepScore = keepFrequency - evidence(word);
            Boolean plain = null;
            for (Candidate c : candidates) {
                if (c.channelCost() > maxCost) {
                    continue;
                }
                double evidence = evidence(c.text());
                boolean common = dictionary.isCommon(c.text());
                double fixedCost = cost(c) - Math.log(damageShare) + REAL_WORD_DOUBT - evidence;
                // cannot beat the word as written even at its highest possible frequency and with all
                // its neighbours' support: no need to ask Hunspell
                if (fixedCost - dictionary.maxLogFrequency(c.text()) - MAX_FIT >= keepScore) {
                    continue;
                }
                if (!common && plain == null) {
                    plain = dictionary.isCommon(word) || acceptsSimple(word);
                }
                // a rare reading without support in the document cannot beat a plain word: no need to ask Hunspell
                if (!common && evidence == 0 && plain) {
                    continue;
                }
                if (!accepts(c.text())) {
                    continue;
                }
                if (!common && plain && !acceptsSimple(c.text())) {
                    continue; // a compound reading never replaces a plain word
                }
                accepted.add(c);
                scores.add(fixedCost - logFrequency(c.text()));
            }
            return new RealWordReadings(word, accepted, scores, keepScore);
        }

        /** No reading whose rules cost more than this can beat the word as written, however frequent or supported. */
        private double maxRealWordCost(double keepFrequency, double damageShare) {
            return keepFrequency - REAL_WORD_DOUBT + Math.log(damageShare)
                    + dictionary.logFrequency(dictionary.mostFrequentWord()) + MAX_EVIDENCE;
        }

        /**
         * How much the document's own repairs of rejected words speak for a word: the same word, or
         * a word it starts with ("sundhedsråd" for "sundhedsrådene"), repaired elsewhere.
         */
        private double evidence(String word) {
            String lower = word.toLowerCase(Locale.ROOT);
            int n = 0;
            for (int end = MIN_EVIDENCE_PREFIX; end <= lower.length(); end++) {
                n += repairedForms.getOrDefault(lower.substring(0, end), 0);
            }
            return Math.min(MAX_EVIDENCE, Math.log1p(n));
        }

        /**
         * Re-estimates the costs of the rules that restore æ, ø and å from how often this document's
         * repairs used them: a scanner damages a letter in its own habitual ways.
         */
        void adaptRuleCosts(Map<ConfusionRule, Integer> usage) {
            Map<String, Double> priorMass = new HashMap<>();
            Map<String, Integer> used = new HashMap<>();
            for (ConfusionRule r : model.rules()) {
                String target = specialTarget(r);
                if (target != null) {
                    priorMass.merge(target, Math.exp(-r.cost()), Double::sum);
                    used.merge(target, usage.getOrDefault(r, 0), Integer::sum);
                }
            }
            for (ConfusionRule r : model.rules()) {
                String target = specialTarget(r);
                if (target != null) {
                    double p = (usage.getOrDefault(r, 0) + PSEUDO_COUNT * Math.exp(-r.cost()))
                            / (used.get(target) + PSEUDO_COUNT * priorMass.get(target));
                    ruleCost.put(r, -Math.log(p));
                }
            }
        }
    }

    /**
     * How one word is read in a document whose æ, ø and å are all damaged, with the shipped rule
     * costs: what the rules' own examples are tested with.
     */
    String repairWordInDamagedDocument(String word) {
        DocumentState doc = new DocumentState();
        Optional<Decision> d = doc.accepts(word)
                ? doc.realWordReadings(word, FULL_DAMAGE_SHARE).decide(context, null, null)
                : doc.repairNonWord(word);
        return d.map(x -> applyEdits(word, x.candidate().edits(), 0, word.length())).orElse(word);
    }

    private static String specialTarget(ConfusionRule r) {
        String c = r.correct().toLowerCase(Locale.ROOT);
        return hasDanishLetter(c) ? c : null;
    }

    /** The words of a text that a repair weighs, in order (URLs, numbers and lone symbols left out). */
    public static List<String> words(String text) {
        return new WordSplitter().split(text).stream().map(Word::text).toList();
    }

    public RepairResult repair(String text) {
        List<Word> all = new WordSplitter().split(text);
        DocumentState doc = new DocumentState();
        LanguageRuns.Reading language = languages.read(all.stream().map(Word::text).toList(), doc::accepts,
                dictionary::rank);
        if (!language.danish()) {
            return new RepairResult(text, text, false, List.of());
        }
        // words in a run of English or other foreign text are never changed
        List<Word> words = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            if (!language.foreign()[i]) {
                words.add(all.get(i));
            }
        }
        int[] line = lines(text, words);
        // abbreviations are left as they are; other words are real words or candidates for repair
        boolean[] known = new boolean[words.size()];
        boolean[] abbreviation = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            known[i] = doc.accepts(words.get(i).text());
            abbreviation[i] = !known[i] && abbreviation(text, words.get(i), doc);
            known[i] |= abbreviation[i];
        }
        int lineCount = words.isEmpty() ? 0 : line[words.size() - 1] + 1;
        int[] damagedInLine = new int[lineCount];
        int[] intactInLine = new int[lineCount];
        int repairable = 0;
        Map<ConfusionRule, Integer> usage = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (hasDanishLetter(w.text())) {
                intactInLine[line[i]]++;
            }
            if (!known[i]) {
                Optional<Decision> d = doc.decisions.computeIfAbsent(w.text(), doc::repairNonWord);
                if (d.isPresent()) {
                    repairable++;
                    if (hasDanishLetter(d.get().candidate().text())) {
                        damagedInLine[line[i]]++;
                    }
                    for (Edit e : d.get().candidate().edits()) {
                        usage.merge(e.rule(), 1, Integer::sum);
                    }
                }
            }
        }
        boolean needed = repairable >= MIN_DAMAGED_WORDS && repairable >= MIN_DAMAGED_SHARE * words.size();
        if (!needed) {
            return new RepairResult(text, text, false, List.of());
        }
        int damagedSpecial = IntStream.of(damagedInLine).sum();
        int intactSpecial = IntStream.of(intactInLine).sum();
        double documentShare = (damagedSpecial + 1.0) / (damagedSpecial + intactSpecial + 2.0);
        doc.adaptRuleCosts(usage);
        doc.decisions.clear();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (!known[i]) {
                doc.decisions.computeIfAbsent(w.text(), doc::repairNonWord).ifPresent(d ->
                        doc.repairedForms.merge(d.candidate().text().toLowerCase(Locale.ROOT), 1, Integer::sum));
            }
        }
        // where æ, ø and å are damaged enough to doubt real words, their readings; every other word is
        // settled (as repaired, or as written), and the settled words are the document's own witness of
        // which words follow which
        RealWordReadings[] readings = new RealWordReadings[words.size()];
        String[] settled = new String[words.size()];
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (!known[i]) {
                settled[i] = doc.decisions.get(w.text()).map(x -> x.candidate().text()).orElse(w.text());
                continue;
            }
            settled[i] = w.text();
            if (abbreviation[i]) {
                continue;
            }
            // a scan may be bound with pages that were never scanned: a line whose own words show
            // more damage to æ, ø and å than the document as a whole is judged by its own share
            // (the document's share as the prior); one OCR'd correctly does not clear a damaged line
            int l = line[i];
            double share = Math.max(documentShare, (damagedInLine[l] + LINE_PRIOR * documentShare)
                    / (damagedInLine[l] + intactInLine[l] + LINE_PRIOR));
            if (share >= MIN_DAMAGE_SHARE_FOR_REAL_WORDS) {
                long hundredths = Math.round(share * 100);
                readings[i] = doc.realWordReadings.computeIfAbsent(w.text() + '\u0000' + hundredths,
                        k -> doc.realWordReadings(w.text(), hundredths / 100.0));
                if (!readings[i].readings().isEmpty()) {
                    settled[i] = null;
                }
            }
        }
        WordContext heard = documentContext(words, settled);
        List<Optional<Decision>> decided = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            decided.add(!known[i] ? doc.decisions.get(words.get(i).text())
                    : readings[i] == null ? Optional.empty()
                    : readings[i].decide(heard, neighbour(words, settled, i, -1), neighbour(words, settled, i, 1)));
        }
        return written(text, words, decided);
    }

    /** The text with each word's decided reading written in its place, and every change with its offset. */
    private static RepairResult written(String text, List<Word> words, List<Optional<Decision>> decided) {
        StringBuilder out = new StringBuilder(text.length());
        List<Change> changes = new ArrayList<>();
        int copied = 0;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            Optional<Decision> d = decided.get(i);
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

    /**
     * Whether a word the dictionary rejects is an abbreviation written with its full stop: one the
     * dictionary knows with the stop ("kr.", "mio.", "ift."), which the word lost to the splitter, or a
     * short one whose stop does not end the sentence ("bem. af", the next word in lower case).
     */
    private static boolean abbreviation(String text, Word w, DocumentState doc) {
        int end = w.joined() ? w.end2() : w.end();
        if (end >= text.length() || text.charAt(end) != '.') {
            return false;
        }
        if (w.text().length() <= MAX_ABBREVIATION) {
            int next = end + 1;
            while (next < text.length() && text.charAt(next) == ' ') {
                next++;
            }
            if (next < text.length() && next > end + 1 && Character.isLowerCase(text.charAt(next))) {
                return true;
            }
        }
        return doc.accepts(w.text() + ".");
    }

    /**
     * The word before ({@code step} -1) or after (+1) word {@code i} in its sentence, as repaired or as
     * written; null at a sentence's edge or where that word is itself in doubt.
     */
    private static String neighbour(List<Word> words, String[] settled, int i, int step) {
        int j = i + step;
        if (j < 0 || j >= words.size() || (step < 0 ? words.get(i) : words.get(j)).sentenceStart()) {
            return null;
        }
        return settled[j];
    }

    /** The shipped word counts with this document's settled words and the pairs of them within a sentence. */
    private WordContext documentContext(List<Word> words, String[] settled) {
        Map<String, Integer> single = new HashMap<>();
        Map<String, Integer> pairs = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            if (settled[i] == null) {
                continue;
            }
            String lower = settled[i].toLowerCase(Locale.ROOT);
            single.merge(lower, 1, Integer::sum);
            if (i > 0 && settled[i - 1] != null && !words.get(i).sentenceStart()) {
                pairs.merge(settled[i - 1].toLowerCase(Locale.ROOT) + ' ' + lower, 1, Integer::sum);
            }
        }
        return context.withDocument(single, pairs);
    }

    /** The line (counted from 0) each word starts on. */
    private static int[] lines(String text, List<Word> words) {
        int[] line = new int[words.size()];
        int at = 0;
        int n = 0;
        for (int i = 0; i < words.size(); i++) {
            int start = words.get(i).start();
            for (; at < start; at++) {
                if (text.charAt(at) == '\n') {
                    n++;
                }
            }
            line[i] = n;
        }
        return line;
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

    /**
     * The best-scoring candidate if it beats keeping the word as written, with its confidence: its
     * share of the probability of the readings that beat the word as written and the word itself.
     */
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
            if (s < keepScore) {
                sum += Math.exp(bestScore - s);
            }
        }
        return Optional.of(new Decision(accepted.get(best), 1 / sum));
    }
}
