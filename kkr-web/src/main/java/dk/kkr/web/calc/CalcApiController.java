package dk.kkr.web.calc;

import com.fasterxml.jackson.annotation.JsonRawValue;
import dk.kkr.web.NotFound;
import dk.kkr.core.calc.CalcCsv;
import dk.kkr.core.calc.CalcModel;
import dk.kkr.store.calc.CalculationStore;
import dk.kkr.store.calc.SavedCalculation;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The calculations as JSON. {@code POST /api/calc/{model}} runs a model on a CSV sent as the body
 * ({@code text/csv} or {@code text/plain}, parameters in the query: {@code ?annual_rate=1.652.253}) or as
 * the multipart part {@code file} with the parameters as the other fields, and answers the result JSON
 * {@code {"model", "params", "rows", "total", "steps"}}. {@code GET /api/calculations/{id}} gives a saved
 * calculation with its inputs and result. Errors are {@code {"error": "…"}} in Danish: 400 for bad input,
 * 404 for an unknown model or id.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class CalcApiController {

    private final CalculationStore store;

    CalcApiController(CalculationStore store) {
        this.store = store;
    }

    /** A saved calculation: its inputs as given and its result as the model's JSON. */
    record CalculationJson(long id, String title, String model, Map<String, String> params, String input,
                           @JsonRawValue String result, OffsetDateTime createdAt, Long agendaItemId) {
    }

    @PostMapping(path = "/calc/{model}", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    String calculate(@PathVariable String model, @RequestBody byte[] csv, @RequestParam Map<String, String> params) {
        return run(model, csv, params);
    }

    @PostMapping(path = "/calc/{model}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String calculate(@PathVariable String model, @RequestParam("file") MultipartFile file,
                     @RequestParam Map<String, String> params) throws IOException {
        return run(model, file.getBytes(), params);
    }

    @GetMapping("/calculations/{id:\\d+}")
    CalculationJson calculation(@PathVariable long id) {
        SavedCalculation saved = store.find(id).orElseThrow(() -> NotFound.of("notFound.calculation", id));
        return new CalculationJson(saved.id(), saved.title(), saved.model(), saved.params(), saved.inputCsv(),
                saved.resultJson(), saved.createdAt(), saved.agendaItemId());
    }

    private static String run(String name, byte[] csv, Map<String, String> params) {
        CalcModel model = CalcController.model(name);
        Map<String, String> given = new LinkedHashMap<>(params);
        given.remove("file");
        return model.run(CalcCsv.read(csv), given).toJson();
    }
}
