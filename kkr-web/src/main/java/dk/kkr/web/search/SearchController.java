package dk.kkr.web.search;

import dk.kkr.service.search.SearchView;
import dk.kkr.service.search.SearchParams;
import dk.kkr.service.DanishFormat;
import dk.kkr.search.InvalidQueryException;
import dk.kkr.search.SearchService;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.List;
import java.util.Map;

/**
 * The search page /soeg and its JSON twin /api/search, with the same parameters ({@link SearchParams}).
 * The page is complete HTML for every request; htmx, where it runs, swaps only its results region.
 */
@Controller
class SearchController {

    private final SearchService search;
    private final DanishFormat da;

    SearchController(SearchService search, DanishFormat da) {
        this.search = search;
        this.da = da;
    }

    @GetMapping("/soeg")
    String page(@RequestParam(required = false) String q, @RequestParam(required = false) List<String> kkr,
                @RequestParam(required = false) List<String> aar, @RequestParam(required = false) List<String> art,
                @RequestParam(required = false) List<String> kommune, @RequestParam(required = false) List<String> sag,
                @RequestParam(required = false) String sort, @RequestParam(defaultValue = "1") int side,
                Model model, HttpServletResponse response) {
        SearchParams params = SearchParams.of(q, kkr, aar, art, kommune, sag, sort, side, SearchParams.PAGE_SIZE);
        model.addAttribute("params", params);
        try {
            model.addAttribute("result", view(params, "/soeg"));
        } catch (InvalidQueryException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("queryError", e.getMessage());
        }
        return "search";
    }

    @GetMapping(path = "/api/search", produces = "application/json")
    @ResponseBody
    SearchView api(@RequestParam(required = false) String q, @RequestParam(required = false) List<String> kkr,
                   @RequestParam(required = false) List<String> aar, @RequestParam(required = false) List<String> art,
                   @RequestParam(required = false) List<String> kommune, @RequestParam(required = false) List<String> sag,
                   @RequestParam(required = false) String sort, @RequestParam(defaultValue = "1") int side,
                   @RequestParam(defaultValue = "10") int limit) {
        return view(SearchParams.of(q, kkr, aar, art, kommune, sag, sort, side, limit), "/api/search");
    }

    private SearchView view(SearchParams params, String path) {
        return SearchView.of(params, search.search(params.toQuery()), path, da);
    }

    /** A refused query on /api/search: 400 with the Danish reason, as the API's other errors. */
    @ExceptionHandler(InvalidQueryException.class)
    @ResponseBody
    ResponseEntity<Map<String, String>> refused(InvalidQueryException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }
}
