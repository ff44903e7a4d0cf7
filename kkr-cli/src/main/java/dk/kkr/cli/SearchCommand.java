package dk.kkr.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
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

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Søger i arkivet og udskriver de bedste resultater (rang, punktnummer, titel, mødedato, KKR,",
                "dokument) og facetterne med antal. Ord skal alle findes; \"fraser\", OR, NOT og -ord virker."})
public final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StorageOptions storage;

    @Parameters(arity = "1..*", paramLabel = "SØGNING", description = "Søgeordene.")
    List<String> words;

    @Option(names = "--json", description = "Udskriv som JSON, som /api/search.")
    boolean json;

    @Option(names = "--kkr", paramLabel = "SLUG", description = "Kun denne KKR, f.eks. hovedstaden.")
    List<String> kkr;

    @Option(names = "--aar", paramLabel = "ÅR", description = "Kun dette år.")
    List<String> aar;

    @Option(names = "--art", paramLabel = "ART", description = "Kun denne dokumenttype: agenda, minutes, annex_bundle, note, other.")
    List<String> art;

    @Option(names = "--kommune", paramLabel = "NAVN", description = "Kun resultater der nævner kommunen.")
    List<String> kommune;

    @Option(names = "--sag", paramLabel = "SAGS-ID", description = "Kun denne sag, f.eks. SAG-2020-04197.")
    List<String> sag;

    @Option(names = "--sort", defaultValue = "relevans", description = "relevans, nyeste eller aeldste (standard: ${DEFAULT-VALUE}).")
    String sort;

    @Option(names = "--limit", defaultValue = "10", description = "Antal resultater (standard: ${DEFAULT-VALUE}, højst 100).")
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
        out.printf("%s%d resultater for \"%s\"%n", view.approximate() ? "ca. " : "", view.total(), view.q());
        if (view.suggestion() != null) {
            out.printf("Mente du: %s?%n", view.suggestion());
        }
        for (SearchView.HitView hit : view.hits()) {
            out.printf("%n%3d. %s%s%n", hit.rank(), hit.number() == null ? "" : "Punkt " + hit.number() + ": ",
                    hit.title() == null ? hit.document() : hit.title());
            out.printf("     %s · %s · %s%n", hit.date() == null ? "uden dato" : hit.date(),
                    hit.body() == null ? "uden KKR" : hit.body(), hit.document());
        }
        out.println();
        for (Map.Entry<String, List<SearchView.FacetView>> facet : view.facets().entrySet()) {
            if (!facet.getValue().isEmpty()) {
                out.printf("%s: %s%n", facet.getKey(), String.join(", ", facet.getValue().stream()
                        .map(v -> v.label() + " (" + (view.approximate() ? "ca. " : "") + v.count() + ")")
                        .toList()));
            }
        }
    }
}
