package dk.kkr.web.calc;

import dk.kkr.core.text.Messages;
import dk.kkr.service.calc.ResultTable;
import dk.kkr.service.DanishFormat;
import dk.kkr.web.NotFound;
import dk.kkr.core.calc.CalcException;
import dk.kkr.core.calc.CalcModel;
import dk.kkr.core.calc.CalcModels;
import dk.kkr.core.calc.CalcResult;
import dk.kkr.store.calc.CalculationStore;
import dk.kkr.store.calc.SavedCalculation;
import dk.kkr.store.read.ArchiveReader;
import dk.kkr.store.read.MeetingSummary;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The calculation pages: the models and the saved calculations, a form per model that computes and shows
 * the table, a chart and every step, downloads as CSV and XLSX, saving, a saved calculation with its rerun,
 * and its link to an agenda item. Everything works without JavaScript: the buttons under a result submit
 * the same form to another address.
 */
@Controller
@RequestMapping("/beregninger")
class CalcController {

    private static final int RECENT_MEETINGS = 3;
    private static final int LISTED = 50;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CalculationStore store;
    private final ArchiveReader archive;
    private final DanishFormat da;

    CalcController(CalculationStore store, ArchiveReader archive, DanishFormat da) {
        this.store = store;
        this.archive = archive;
        this.da = da;
    }

    /** A form field for one parameter, with the value to show in it. */
    record Field(String name, String field, String description, String defaultValue, boolean required, String value) {
    }

    /** An agenda item to choose in a list. */
    record ItemChoice(long id, String label) {
    }

    @GetMapping
    String index(@RequestParam(required = false) Long punkt, Model model) {
        model.addAttribute("models", CalcModels.all());
        model.addAttribute("saved", store.latest(LISTED));
        model.addAttribute("punkt", punkt);
        return "calc/index";
    }

    @GetMapping("/ny/{name}")
    String form(@PathVariable String name, @RequestParam(required = false) Long punkt, Model model) {
        CalcModel calc = model(name);
        Map<String, String> defaults = new LinkedHashMap<>();
        calc.params().forEach(p -> defaults.put(p.name(), p.defaultValue() == null ? "" : p.defaultValue()));
        showForm(model.asMap(), calc, "", "", defaults, punkt == null ? "" : punkt.toString(), "");
        return "calc/form";
    }

    @PostMapping("/ny/{name}")
    String compute(@PathVariable String name, @RequestParam MultiValueMap<String, String> form,
                   @RequestParam(name = "fil", required = false) MultipartFile file, Model model,
                   HttpServletResponse response) {
        CalcRequest request = CalcRequest.from(model(name), form, file);
        try {
            CalcResult result = checkedRun(request);
            showRequest(model.asMap(), request);
            showResult(model.asMap(), ResultTable.of(result));
            Long savedId = request.savedId();
            if (savedId != null) {
                store.find(savedId).ifPresent(saved -> model.addAttribute("comparison", compare(saved, result)));
            }
            return "calc/form";
        } catch (CalcException e) {
            return formWithError(request, e, model.asMap(), response);
        }
    }

    /** The result as a CSV or XLSX file; on bad input the form again with the error. */
    @PostMapping("/ny/{name}/{format:csv|xlsx}")
    ModelAndView download(@PathVariable String name, @PathVariable String format,
                          @RequestParam MultiValueMap<String, String> form,
                          @RequestParam(name = "fil", required = false) MultipartFile file,
                          HttpServletResponse response) throws IOException {
        CalcRequest request = CalcRequest.from(model(name), form, file);
        try {
            write(response, ResultTable.of(checkedRun(request)), format, "beregning-" + name);
            return null;
        } catch (CalcException e) {
            ModelAndView view = new ModelAndView();
            view.setViewName(formWithError(request, e, view.getModelMap(), response));
            return view;
        }
    }

    /** Computes again from the inputs (a result is never taken from the browser) and saves. */
    @PostMapping("/ny/{name}/gem")
    String save(@PathVariable String name, @RequestParam MultiValueMap<String, String> form,
                @RequestParam(name = "fil", required = false) MultipartFile file, Model model,
                HttpServletResponse response) {
        CalcRequest request = CalcRequest.from(model(name), form, file);
        try {
            CalcResult result = checkedRun(request);
            SavedCalculation saved = store.save(request.titleOrDefault(), name, request.params(), request.csvText(),
                    result.toJson(), request.itemId());
            return "redirect:/beregninger/" + saved.id();
        } catch (CalcException e) {
            return formWithError(request, e, model.asMap(), response);
        }
    }

    @GetMapping("/{id:\\d+}")
    String saved(@PathVariable long id, Model model) {
        SavedCalculation saved = store.find(id).orElseThrow(() -> NotFound.of("notFound.calculation", id));
        CalcModel calc = model(saved.model());
        model.addAttribute("saved", saved);
        model.addAttribute("item", saved.agendaItemId() == null ? null : archive.item(saved.agendaItemId()).orElse(null));
        showForm(model.asMap(), calc, saved.title(), saved.inputCsv(), saved.params(),
                saved.agendaItemId() == null ? "" : saved.agendaItemId().toString(), String.valueOf(saved.id()));
        showResult(model.asMap(), ResultTable.of(ResultJson.parse(saved.resultJson())));
        return "calc/saved";
    }

    @GetMapping("/{id:\\d+}/{format:csv|xlsx}")
    void savedDownload(@PathVariable long id, @PathVariable String format, HttpServletResponse response)
            throws IOException {
        SavedCalculation saved = store.find(id).orElseThrow(() -> NotFound.of("notFound.calculation", id));
        write(response, ResultTable.of(ResultJson.parse(saved.resultJson())), format,
                "beregning-" + id + "-" + saved.model());
    }

    @PostMapping("/{id:\\d+}/punkt")
    String link(@PathVariable long id, @RequestParam(required = false) String punktId,
                @RequestParam(required = false) String punkt) {
        store.find(id).orElseThrow(() -> NotFound.of("notFound.calculation", id));
        try {
            Long item = CalcRequest.itemId(punktId, punkt);
            checkItem(item);
            store.link(id, item);
        } catch (CalcException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        return "redirect:/beregninger/" + id;
    }

    private void showForm(Map<String, Object> model, CalcModel calc, String title, String csv, Map<String, String> values,
                          String item, String savedId) {
        model.put("calc", calc);
        model.put("fields", calc.params().stream().map(p -> new Field(p.name(), CalcRequest.field(p),
                p.description(), p.defaultValue(), p.required(), values.getOrDefault(p.name(), ""))).toList());
        model.put("title", title);
        model.put("csv", csv);
        model.put("itemId", item);
        model.put("items", recentItems());
        model.put("savedId", savedId);
    }

    /** The form as the user sent it. */
    private void showRequest(Map<String, Object> model, CalcRequest request) {
        showForm(model, request.model(), request.title(), request.csvTextForForm(), request.params(),
                request.itemTyped().isBlank() ? request.itemChosen() : request.itemTyped(), request.saved());
    }

    private static void showResult(Map<String, Object> model, ResultTable table) {
        model.put("table", TableView.of(table));
        model.put("chart", BarChart.of(table));
        model.put("steps", table.steps());
        model.put("resultParams", table.params());
    }

    /** The items of the latest meetings, to choose from when linking. */
    private List<ItemChoice> recentItems() {
        List<ItemChoice> choices = new ArrayList<>();
        for (MeetingSummary meeting : archive.latestMeetings(RECENT_MEETINGS)) {
            archive.meeting(meeting.id()).ifPresent(view -> view.items().forEach(item -> choices.add(new ItemChoice(
                    item.id(), Messages.text("calc.itemChoice", meeting.bodyName(), da.date(meeting.date()), item.number(),
                    item.title())))));
        }
        return choices;
    }

    private static String compare(SavedCalculation saved, CalcResult rerun) {
        CalcResult before = ResultJson.parse(saved.resultJson());
        boolean same = before.rows().equals(rerun.rows()) && before.total().equals(rerun.total());
        return Messages.text(same ? "calc.sameAsSaved" : "calc.differsFromSaved", saved.title());
    }

    private void checkItem(Long item) {
        if (item != null && archive.item(item).isEmpty()) {
            throw new CalcException(Messages.text("notFound.item", item));
        }
    }

    /** Checks the item to link, then runs the model. */
    private CalcResult checkedRun(CalcRequest request) {
        checkItem(request.itemId());
        return request.run();
    }

    private String formWithError(CalcRequest request, CalcException error, Map<String, Object> model,
                                 HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        showRequest(model, request);
        model.put("error", error.getMessage());
        return "calc/form";
    }

    /** The model of a name in the address; an unknown one is 404. */
    static CalcModel model(String name) {
        try {
            return CalcModels.get(name);
        } catch (CalcException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("notFound.model", name));
        }
    }

    private static void write(HttpServletResponse response, ResultTable table, String format, String name)
            throws IOException {
        boolean csv = format.equals("csv");
        byte[] bytes = csv ? ResultExport.csv(table) : ResultExport.xlsx(table);
        response.setContentType(csv ? "text/csv;charset=UTF-8" : XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(name + "." + format, StandardCharsets.UTF_8).build().toString());
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
