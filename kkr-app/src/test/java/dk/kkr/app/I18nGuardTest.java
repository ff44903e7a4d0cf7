package dk.kkr.app;

import dk.kkr.core.danish.DanishDictionary;
import dk.kkr.core.text.Messages;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product's Danish text lives in one bundle ({@link Messages}): a page template or a Java source that writes a
 * Danish sentence itself fails here, naming the file and the text. Also: every key a template or Java source asks
 * for is in the bundle, every key in the bundle is asked for, and every message is a well-formed pattern.
 */
class I18nGuardTest {

    /** The project: tests run in their module's folder, kkr-app, beside the others. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    /** The modules whose Java speaks to users: all but the benchmarks (a developer's tool, run from the sources). */
    private static final List<String> SPEAKING_MODULES = List.of("kkr-web", "kkr-service", "kkr-store", "kkr-search",
            "kkr-cli", "kkr-core");

    /**
     * Java sources (a file, or every file under a folder) that hold Danish as data the code works on, never shown
     * as a message: each with its reason.
     */
    private static final Map<String, String> DANISH_AS_DATA = Map.of(
            "kkr-service/src/main/java/dk/kkr/service/calc/ResultTable.java",
            "the calculation models' column names and the totals row's label, as the CSV tables users write have them",
            "kkr-core/src/main/java/dk/kkr/core/danish/", "the Danish language: words, numbers, dates, names",
            "kkr-core/src/main/java/dk/kkr/core/parse/", "the grammar of the council's documents",
            "kkr-core/src/main/java/dk/kkr/core/extract/", "the words that mark dates, amounts, deadlines and names",
            "kkr-core/src/main/java/dk/kkr/core/repair/", "the letters of Danish words, for repairing OCR damage",
            "kkr-core/src/main/java/dk/kkr/core/model/Section.java", "the section headings the documents use");

    /**
     * Words of code that are Danish words too (OParl's type names, say): a literal of them alone is no Danish text.
     */
    private static final Set<String> CODE_WORDS = Set.of("Person", "System", "Status", "Type", "Model", "Data", "File",
            "Location", "Paper", "Meeting");
    /** Signs of an address, a parameter, a column or a property name rather than text. */
    private static final Pattern NAME_SIGN = Pattern.compile("[/_={}]|'[a-z-]+'");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Danish words that are no English or code words: one of them makes a literal Danish. */
    private static final Pattern DANISH_WORD = Pattern.compile("(?iU)\\b(og|ikke|er|kan|skal|findes|til|med|der|den"
            + "|det|eller|som|af|mangler|ukendt|fejl|har|ingen|fra|ved|kunne|blev|bruger|filen|mappen|navnet|alle"
            + "|nye|hent|vis|ugyldig|forkert|pr|kl|efter|hvis|ny|nyt|kommunen|personen|sagen|tabellen|kolonnen"
            + "|parameteren|punktet|mødet)\\b");
    private static final Pattern DANISH_LETTER = Pattern.compile("[æøåÆØÅ]");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    /** Attributes whose value a person reads. */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label",
            "aria-description", "summary", "label");
    /** Thymeleaf attributes whose literals a person reads. */
    private static final Set<String> TEXT_EXPRESSIONS = Set.of("th:text", "th:utext", "th:title", "th:alt",
            "th:placeholder", "th:aria-label", "th:with", "th:replace", "th:insert");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9.]+)[(}]");
    private static final Pattern TEMPLATE_KEY_PREFIX = Pattern.compile("#\\{\\|([A-Za-z0-9.]+)\\$\\{");
    /** Keys picocli asks for by the command's name (kkr-cli's CommandHelpTest checks them). */
    private static final Pattern PICOCLI_KEY = Pattern.compile("kkr\\.|usage\\.|mixinStandardHelpOptions\\.");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Pattern TEMPLATE = Pattern.compile("\\|([^|]*)\\|");
    private static final Pattern JAVA_KEY = Pattern.compile("(?:Messages\\.text|NotFound\\.of)\\(\"([A-Za-z0-9.]+)\"");

    @Test
    void templatesWriteNoTextOfTheirOwn() {
        List<String> found = new ArrayList<>();
        for (Path template : templates()) {
            Element root = Jsoup.parse(read(template));
            for (Element element : root.getAllElements()) {
                for (TextNode text : element.textNodes()) {
                    if (LETTER.matcher(text.text()).find()) {
                        found.add(name(template) + ": text «" + text.text().strip() + "»");
                    }
                }
                for (Attribute attribute : element.attributes()) {
                    String key = attribute.getKey();
                    if (TEXT_ATTRIBUTES.contains(key) && LETTER.matcher(attribute.getValue()).find()) {
                        found.add(name(template) + ": " + key + "=\"" + attribute.getValue() + "\"");
                    } else if (TEXT_EXPRESSIONS.contains(key)) {
                        for (String literal : literals(attribute.getValue())) {
                            if (LETTER.matcher(literal).find() && !literal.equals("true")) {
                                found.add(name(template) + ": " + key + " says «" + literal + "»");
                            }
                        }
                    }
                }
            }
        }
        assertThat(found).as("text in templates, not in the message bundle").isEmpty();
    }

    @Test
    void javaSourcesThatSpeakToUsersWriteNoDanish() {
        List<String> found = new ArrayList<>();
        for (Path source : speakingSources()) {
            String name = name(source);
            if (DANISH_AS_DATA.keySet().stream().anyMatch(name::startsWith)) {
                continue;
            }
            for (String literal : JavaLiterals.of(read(source))) {
                if (isDanishText(literal)) {
                    found.add(name(source) + ": \"" + literal + "\"");
                }
            }
        }
        assertThat(found).as("Danish in Java sources, not in the message bundle").isEmpty();
    }

    @Test
    void everyKeyAskedForIsInTheBundleAndEveryKeyInTheBundleIsAskedFor() {
        Set<String> asked = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        StringBuilder everything = new StringBuilder();
        for (Path template : templates()) {
            String text = read(template);
            everything.append(text);
            collect(TEMPLATE_KEY, text, asked);
            collect(TEMPLATE_KEY_PREFIX, text, prefixes);
        }
        for (Path source : allJavaSources()) {
            String text = read(source);
            everything.append(text);
            collect(JAVA_KEY, text, asked);
        }
        assertThat(asked).as("keys asked for but not in the bundle").allSatisfy(
                key -> assertThat(Messages.pattern(key)).as(key).isPresent());
        String all = everything.toString();
        List<String> unused = Messages.keys().stream()
                .filter(key -> !asked.contains(key) && !all.contains("\"" + key + "\""))
                .filter(key -> !PICOCLI_KEY.matcher(key).lookingAt())
                .filter(key -> prefixes.stream().noneMatch(key::startsWith))
                .sorted().toList();
        assertThat(unused).as("keys in the bundle that nothing asks for").isEmpty();
    }

    @Test
    void everyMessageIsAPatternAndWritesEveryApostropheTwice() {
        for (String key : Messages.keys()) {
            String pattern = Messages.pattern(key).orElseThrow();
            assertThat(pattern.replace("''", "").replace("'{'", "").replace("'}'", ""))
                    .as(key + ": a lone ' starts a quote in MessageFormat (only a brace is quoted: '{')")
                    .doesNotContain("'");
            new MessageFormat(pattern, Messages.DANISH);
        }
        assertThat(Messages.text("home.meetingCount", 1)).isEqualTo("1 møde");
        assertThat(Messages.text("home.meetingCount", 1234)).isEqualTo("1.234 møder");
        assertThat(Messages.text("home.lead")).contains("KKR'er");
    }

    /**
     * Whether a Java string literal is Danish text. It is when it has æ, ø or å, or a Danish word that is no English
     * or code word ("ikke", "skal"); or when it is one capitalised Danish dictionary word ("Resultat"); or when it
     * has a space, no English stop word or SQL keyword, and two or more words, four in five of them Danish.
     * Addresses, parameter, column and property names ("/punkter/", "punkt", "beløb", "letter_date": one word in
     * lower case) and the placeholders of the command line's help ("NAVN=VÆRDI", all capitals) may be Danish, but
     * they are names, not text.
     */
    static boolean isDanishText(String literal) {
        if (literal.equals(literal.toUpperCase(Locale.ROOT))
                || !literal.contains(" ") && literal.equals(literal.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (DANISH_LETTER.matcher(literal).find()) {
            return true;
        }
        if (NAME_SIGN.matcher(literal).find()) {
            return false;
        }
        if (DANISH_WORD.matcher(literal).find()) {
            return true;
        }
        if (literal.matches("\\p{Lu}\\p{Ll}{2,}")) {
            return !CODE_WORDS.contains(literal) && DanishDictionary.shared().acceptsSimple(literal);
        }
        if (!literal.contains(" ")) {
            return false;
        }
        int danish = 0;
        int lower = 0;
        Matcher words = WORD.matcher(literal);
        while (words.find()) {
            String word = words.group();
            if (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word.toLowerCase(Locale.ROOT))
                    || word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) {
                return false;
            }
            if (word.length() > 2 && word.chars().skip(1).noneMatch(Character::isUpperCase)) {
                lower++;
                danish += DanishDictionary.shared().acceptsSimple(word) ? 1 : 0;
            }
        }
        return danish >= 2 && danish * 5 >= lower * 4;
    }

    /**
     * The literal text in a Thymeleaf attribute: its '…' strings, wherever they stand, and what a |…| template says
     * outside its ${…}; the #{…} messages left out.
     */
    static List<String> literals(String expression) {
        String withoutMessages = withoutBlocks(expression, "#");
        List<String> literals = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(withoutMessages);
        while (quoted.find()) {
            literals.add(quoted.group(1));
        }
        Matcher template = TEMPLATE.matcher(withoutMessages);
        while (template.find()) {
            literals.add(withoutBlocks(template.group(1), "$*@~"));
        }
        return literals;
    }

    /** {@code text} without its balanced {@code X{…}} blocks, for X among {@code starts}. */
    private static String withoutBlocks(String text, String starts) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (depth == 0 && starts.indexOf(c) >= 0 && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                depth = 1;
                i++;
            } else if (depth > 0) {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static List<Path> templates() {
        List<Path> templates = files(ROOT.resolve("kkr-web/src/main/resources/templates"), ".html");
        assertThat(templates).as("the page templates under " + ROOT).hasSizeGreaterThan(10);
        return templates;
    }

    private static List<Path> speakingSources() {
        List<Path> sources = SPEAKING_MODULES.stream()
                .flatMap(m -> files(ROOT.resolve(m).resolve("src/main/java"), ".java").stream()).toList();
        assertThat(sources).as("the Java sources of " + SPEAKING_MODULES + " under " + ROOT).isNotEmpty();
        return sources;
    }

    private static List<Path> allJavaSources() {
        try (Stream<Path> modules = Files.list(ROOT)) {
            return modules.filter(m -> m.getFileName().toString().startsWith("kkr-"))
                    .flatMap(m -> files(m.resolve("src/main/java"), ".java").stream()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Path file) {
        return ROOT.relativize(file).toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
