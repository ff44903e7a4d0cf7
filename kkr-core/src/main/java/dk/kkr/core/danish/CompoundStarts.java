package dk.kkr.core.danish;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Tells that a word cannot be a compound, without Hunspell's slow compound search.
 *
 * <p>Hunspell accepts a compound of two words when some split of it gives a first part that may
 * begin a compound and a last part that may end one. Few forms may begin a compound: the entries
 * flagged {@code COMPOUNDBEGIN} and the forms made by a suffix that adds that flag, such as da_DK's
 * linking forms "sundheds", "børne" and "hjemme". They are listed here, lower-cased, from the
 * {@code .aff} and {@code .dic}: every entry with up to two suffixes and a prefix, ignoring the
 * affixes' conditions, so the list holds every form that may begin a compound and some that may
 * not. A form that may end a compound is also a word on its own, as Hunspell analyses it without
 * compounding: it is made from the same entries and affixes, except those allowed only inside a
 * compound, and the checks below make sure that those cannot end a word of letters. So a word of
 * letters that has no split into a listed start and a plain word is no compound.
 *
 * <p>That holds for dictionaries shaped like da_DK, and {@link #read} checks the shape: numeric
 * flags; compounds of at most two words ({@code COMPOUNDWORDMAX 2}) made with
 * {@code COMPOUNDBEGIN}, without {@code COMPOUNDFLAG}, {@code COMPOUNDRULE},
 * {@code CHECKCOMPOUNDPATTERN}, {@code SIMPLIFIEDTRIPLE}, {@code BREAK}, flag aliases or input
 * conversion; no prefix adds {@code COMPOUNDBEGIN}; every prefix allowed inside a compound
 * ({@code COMPOUNDPERMITFLAG}) adds a character that is no letter (da_DK's "-"); and no entry that
 * may stand only in a compound ({@code ONLYINCOMPOUND}) may end one. For any other dictionary every
 * word may be a compound. Immutable and thread-safe.
 */
public final class CompoundStarts {

    /** One affix rule: {@code strip} is replaced by {@code add}, and the result gets the flags {@code adds}. */
    private record Rule(boolean prefix, String strip, String add, int[] adds) {
        /** The rule applied to {@code word}, or null when the word does not have the text it strips. */
        String apply(String word) {
            if (prefix) {
                return word.startsWith(strip) ? add + word.substring(strip.length()) : null;
            }
            return word.endsWith(strip) ? word.substring(0, word.length() - strip.length()) + add : null;
        }

        boolean adds(int flag) {
            return contains(adds, flag);
        }
    }

    private static final Pattern SPACE = Pattern.compile("\\s+");

    /** The options under which the reasoning above does not hold. */
    private static final Set<String> UNSUPPORTED = Set.of("COMPOUNDFLAG", "COMPOUNDRULE", "CHECKCOMPOUNDPATTERN",
            "SIMPLIFIEDTRIPLE", "BREAK", "AF", "IGNORE", "ICONV");

    /** The lower-cased forms that may begin a compound, never changed; null when the dictionary is not shaped as described. */
    private final Set<String> starts;
    private final int longest;

    private CompoundStarts(Set<String> starts, int longest) {
        this.starts = starts;
        this.longest = longest;
    }

    /**
     * Whether {@code word} may be a compound Hunspell accepts: some split of it, ignoring case, is
     * a form that may begin a compound followed by a part {@code plain} accepts. {@code plain}
     * must say whether Hunspell analyses a word as a dictionary word without compounding (in any
     * case variant Hunspell tries). Only for words of letters; false means Hunspell's compound
     * search cannot accept the word or any of its case variants.
     */
    public boolean mayBeCompound(String word, Predicate<String> plain) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (starts == null || lower.length() != word.length()) {
            return true;
        }
        for (int split = 1; split < word.length() && split <= longest; split++) {
            if (starts.contains(lower.substring(0, split)) && plain.test(word.substring(split))) {
                return true;
            }
        }
        return false;
    }

    /** Reads the forms that may begin a compound from a Hunspell {@code .aff} and {@code .dic}. */
    public static CompoundStarts read(String aff, String dic) {
        Affixes affixes = Affixes.read(aff);
        if (affixes == null) {
            return new CompoundStarts(null, 0);
        }
        Set<String> starts = new HashSet<>();
        for (int at = 0, eol; at < dic.length(); at = eol + 1) {
            eol = dic.indexOf('\n', at);
            eol = eol < 0 ? dic.length() : eol;
            int slash = dic.indexOf('/', at);
            if (slash <= at || slash > eol) {
                continue;
            }
            int[] flags = flags(dic, slash + 1, eol);
            if (Affixes.any(affixes.ending, flags) && contains(flags, affixes.onlyInCompound)) {
                return new CompoundStarts(null, 0);
            }
            if (Affixes.any(affixes.beginning, flags)) {
                affixes.addStarts(dic.substring(at, slash), flags, starts);
            }
        }
        int longest = 0;
        for (String s : starts) {
            longest = Math.max(longest, s.length());
        }
        return new CompoundStarts(starts, longest);
    }

    /** The affix rules of an {@code .aff}, with those that can make a form that may begin a compound picked out. */
    private static final class Affixes {
        final Map<Integer, List<Rule>> prefixes = new HashMap<>();
        final Map<Integer, List<Rule>> suffixes = new HashMap<>();
        /** Per class, the suffixes that add {@code COMPOUNDBEGIN}, and those that do or name a class with such a suffix. */
        final Map<Integer, List<Rule>> linking = new HashMap<>();
        final Map<Integer, List<Rule>> leading = new HashMap<>();
        /** The flags with which an entry may have a form that may begin, or end, a compound. */
        final BitSet beginning = new BitSet();
        final BitSet ending = new BitSet();
        int begin;
        int onlyInCompound;

        /** The rules of the {@code .aff}, or null when it is not shaped as the class comment says. */
        static Affixes read(String aff) {
            Affixes a = new Affixes();
            Map<String, String> options = new HashMap<>();
            Map<String, Integer> rulesToCome = new HashMap<>();
            for (String line : aff.split("\n")) {
                String[] f = SPACE.split(line.strip());
                if (UNSUPPORTED.contains(f[0])) {
                    return null;
                }
                boolean prefix = f[0].equals("PFX");
                if (prefix || f[0].equals("SFX")) {
                    // a header "SFX flag Y count" announces its rules "SFX flag strip add[/flags] condition"
                    String group = f[0] + " " + f[1];
                    int toCome = rulesToCome.getOrDefault(group, 0);
                    if (toCome == 0) {
                        rulesToCome.put(group, Integer.parseInt(f[3]));
                        continue;
                    }
                    rulesToCome.put(group, toCome - 1);
                    int slash = f[3].indexOf('/');
                    String add = slash < 0 ? f[3] : f[3].substring(0, slash);
                    int[] adds = slash < 0 ? new int[0] : flags(f[3], slash + 1, f[3].length());
                    (prefix ? a.prefixes : a.suffixes).computeIfAbsent(Integer.parseInt(f[1]), k -> new ArrayList<>())
                            .add(new Rule(prefix, zero(f[2]), zero(add), adds));
                } else if (f.length == 2) {
                    options.put(f[0], f[1]);
                }
            }
            if (!"num".equals(options.get("FLAG")) || !"2".equals(options.get("COMPOUNDWORDMAX"))
                    || !options.containsKey("COMPOUNDBEGIN")) {
                return null;
            }
            a.begin = Integer.parseInt(options.get("COMPOUNDBEGIN"));
            a.onlyInCompound = Integer.parseInt(options.getOrDefault("ONLYINCOMPOUND", "-1"));
            int end = Integer.parseInt(options.getOrDefault("COMPOUNDEND", "-1"));
            int permit = Integer.parseInt(options.getOrDefault("COMPOUNDPERMITFLAG", "-1"));
            for (List<Rule> group : a.prefixes.values()) {
                for (Rule r : group) {
                    if (r.adds(a.begin) || r.adds(permit) && letters(r.add())) {
                        return null;
                    }
                }
            }
            BitSet linkingClasses = classesWith(a.suffixes, a.begin, null);
            for (Map.Entry<Integer, List<Rule>> e : a.suffixes.entrySet()) {
                for (Rule r : e.getValue()) {
                    if (r.adds(a.begin)) {
                        a.linking.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(r);
                    }
                    if (r.adds(a.begin) || names(r, linkingClasses)) {
                        a.leading.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(r);
                    }
                }
            }
            a.beginning.set(a.begin);
            a.beginning.or(classesWith(a.suffixes, a.begin, linkingClasses));
            a.beginning.or(classesWith(a.prefixes, a.begin, a.beginning));
            a.ending.or(classesWith(a.suffixes, end, classesWith(a.suffixes, end, null)));
            if (end >= 0) {
                a.ending.set(end);
            }
            return a;
        }

        /** The classes among {@code rules} with a rule that adds {@code flag} or names one of {@code named}. */
        static BitSet classesWith(Map<Integer, List<Rule>> rules, int flag, BitSet named) {
            BitSet out = new BitSet();
            for (Map.Entry<Integer, List<Rule>> e : rules.entrySet()) {
                for (Rule r : e.getValue()) {
                    if (r.adds(flag) || named != null && names(r, named)) {
                        out.set(e.getKey());
                    }
                }
            }
            return out;
        }

        /** Whether one of the flags is among {@code classes}. */
        static boolean any(BitSet classes, int[] flags) {
            for (int flag : flags) {
                if (classes.get(flag)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Adds the forms of one entry that may begin a compound: the entry with up to two suffixes
         * and then a prefix, where the entry or one of the suffixes adds {@code COMPOUNDBEGIN}. The
         * entry's flags name the first suffix and the prefix, and so may the flags a prefix or a
         * suffix adds; the first suffix's flags name the second.
         */
        void addStarts(String stem, int[] flags, Set<String> starts) {
            boolean entryBegins = contains(flags, begin);
            List<Rule> prefixRules = new ArrayList<>();
            int[] named = flags;
            for (int cls : flags) {
                for (Rule p : prefixes.getOrDefault(cls, List.of())) {
                    prefixRules.add(p);
                    named = concat(named, p.adds());
                }
            }
            List<String> forms = new ArrayList<>();
            if (entryBegins) {
                forms.add(stem);
            }
            for (int cls : named) {
                for (Rule first : (entryBegins ? suffixes : leading).getOrDefault(cls, List.of())) {
                    String once = first.apply(stem);
                    if (once == null) {
                        continue;
                    }
                    boolean begins = entryBegins || first.adds(begin);
                    if (begins) {
                        forms.add(once);
                    }
                    for (int second : first.adds()) {
                        prefixRules.addAll(prefixes.getOrDefault(second, List.of()));
                        for (Rule r : (begins ? suffixes : linking).getOrDefault(second, List.of())) {
                            String twice = r.apply(once);
                            if (twice != null) {
                                forms.add(twice);
                                for (int add : r.adds()) {
                                    prefixRules.addAll(prefixes.getOrDefault(add, List.of()));
                                }
                            }
                        }
                    }
                }
            }
            for (String form : forms) {
                addStart(form, starts);
                for (Rule p : prefixRules) {
                    String prefixed = p.apply(form);
                    if (prefixed != null) {
                        addStart(prefixed, starts);
                    }
                }
            }
        }

        /** Adds a form, lower-cased; one with other characters than letters cannot begin a word of letters. */
        private static void addStart(String form, Set<String> starts) {
            if (letters(form)) {
                starts.add(form.toLowerCase(Locale.ROOT));
            }
        }

        /** Whether the rule's flags name one of the classes. */
        private static boolean names(Rule r, BitSet classes) {
            for (int f : r.adds()) {
                if (classes.get(f)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static boolean contains(int[] flags, int flag) {
        for (int f : flags) {
            if (f == flag) {
                return true;
            }
        }
        return false;
    }

    /** The flags "12,345" in {@code text} from {@code from}, up to {@code to} or the first other character. */
    private static int[] flags(String text, int from, int to) {
        int[] out = new int[8];
        int n = 0;
        int flag = -1;
        for (int i = from; i <= to; i++) {
            char c = i < to ? text.charAt(i) : ' ';
            if (c >= '0' && c <= '9') {
                flag = Math.max(flag, 0) * 10 + c - '0';
                continue;
            }
            if (flag >= 0) {
                out = n < out.length ? out : Arrays.copyOf(out, 2 * n);
                out[n++] = flag;
                flag = -1;
            }
            if (c != ',') {
                break;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static boolean letters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String zero(String affix) {
        return affix.equals("0") ? "" : affix;
    }
}
