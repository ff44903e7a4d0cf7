package dk.kkr.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.kkr.core.text.Messages;
import dk.kkr.service.DanishFormat;
import dk.kkr.service.search.SearchParams;
import dk.kkr.service.search.SearchView;
import dk.kkr.search.ArchiveIndex;
import dk.kkr.search.SearchService;
import dk.kkr.store.Database;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true)
public final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StorageOptions storage;

    @Parameters(arity = "1..*", paramLabel = "SØGNING", descriptionKey = "cli.search.words")
    List<String> words;

    @Option(names = "--json", descriptionKey = "cli.search.json")
    boolean json;

    @Option(names = "--kkr", paramLabel = "SLUG", descriptionKey = "cli.search.kkr")
    List<String> kkr;

    @Option(names = "--aar", paramLabel = "ÅR", descriptionKey = "cli.search.year")
    List<String> aar;

    @Option(names = "--art", paramLabel = "ART", descriptionKey = "cli.search.kind")
    List<String> art;

    @Option(names = "--kommune", paramLabel = "NAVN", descriptionKey = "cli.search.municipality")
    List<String> kommune;

    @Option(names = "--sag", paramLabel = "SAGS-ID", descriptionKey = "cli.search.case")
    List<String> sag;

    @Option(names = "--sort", defaultValue = "relevans", paramLabel = "ORDEN", descriptionKey = "cli.search.sort")
    String sort;

    @Option(names = "--limit", defaultValue = "10", paramLabel = "ANTAL", descriptionKey = "cli.search.limit")
    int limit;

    @Override
    public Integer call() throws Exception {
        SearchParams params = SearchParams.of(String.join(" ", words), kkr, aar, art, kommune, sag, sort, 1, limit);
        SearchView view;
        try (Database db = storage.open(); ArchiveIndex index = storage.openIndex(db)) {
            view = SearchView.of(params, new SearchService(index).search(params.toQuery()), "/api/search",
                    new DanishFormat());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).writeValueAsString(view));
        } else {
            print(view, out);
        }
        out.flush();
        return 0;
    }

    private static void print(SearchView view, PrintWriter out) {
        out.println(Messages.text(view.approximate() ? "cli.search.countAbout" : "cli.search.count", view.total(),
                view.q()));
        if (view.partial()) {
            out.println(Messages.text("search.partial"));
        }
        if (view.suggestion() != null) {
            out.println(Messages.text("cli.search.didYouMean", view.suggestion()));
        }
        for (SearchView.HitView hit : view.hits()) {
            String title = hit.title() == null ? hit.document() : hit.title();
            out.printf("%n%3d. %s%n", hit.rank(),
                    hit.number() == null ? title : Messages.text("item.label", hit.number(), title));
            out.printf("     %s · %s · %s%n", hit.date() == null ? Messages.text("cli.search.noDate") : hit.date(),
                    hit.body() == null ? Messages.text("cli.search.noKkr") : hit.body(), hit.document());
        }
        out.println();
        for (Map.Entry<String, List<SearchView.FacetView>> facet : view.facets().entrySet()) {
            if (!facet.getValue().isEmpty()) {
                out.printf("%s: %s%n", facet.getKey(), String.join(", ", facet.getValue().stream()
                        .map(v -> v.label() + " " + Messages.text(view.approximate() ? "search.facet.countAbout"
                                : "search.facet.count", v.count()))
                        .toList()));
            }
        }
    }
}
