package dk.kkr.web.calc;

import dk.kkr.core.calc.CalcCsv;
import dk.kkr.core.calc.CalcException;
import dk.kkr.core.calc.CalcModel;
import dk.kkr.core.calc.CalcParam;
import dk.kkr.core.calc.CalcResult;
import dk.kkr.core.text.Messages;
import dk.kkr.core.text.TextDecoder;
import dk.kkr.core.text.UnreadableSourceException;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a calculation form sent, as written: the table (an uploaded file wins over the pasted text), one
 * value per declared parameter ("" when left empty), a title, the agenda item to link (an id typed in wins
 * over one chosen from the list) and, on a rerun, the saved calculation it came from. Reading the form
 * checks nothing; the methods that interpret a value throw a {@link CalcException} with a Danish message.
 *
 * <p>Form fields: {@code fil} (file), {@code csv} (text), {@code param_NAME}, {@code titel}, {@code punktId}
 * (typed), {@code punkt} (chosen), {@code gemt}.
 *
 * @param file      the uploaded file's bytes, or null when none was uploaded
 * @param pasted    the text of the text field
 * @param itemTyped the item id as typed, {@code itemChosen} as chosen in the list
 */
record CalcRequest(CalcModel model, String title, byte[] file, String fileName, String pasted,
                   Map<String, String> params, String itemTyped, String itemChosen, String saved) {

    /** The field name of a parameter. */
    static String field(CalcParam param) {
        return "param_" + param.name();
    }

    static CalcRequest from(CalcModel model, MultiValueMap<String, String> form, MultipartFile file) {
        Map<String, String> params = new LinkedHashMap<>();
        model.params().forEach(p -> params.put(p.name(), value(form, field(p)).strip()));
        boolean uploaded = file != null && !file.isEmpty();
        return new CalcRequest(model, value(form, "titel").strip(), uploaded ? bytes(file) : null,
                uploaded ? file.getOriginalFilename() : null, value(form, "csv"), params, value(form, "punktId"),
                value(form, "punkt"), value(form, "gemt"));
    }

    /** The table as decoded text, as it is saved and shown again. */
    String csvText() {
        if (file == null) {
            return pasted;
        }
        try {
            return new TextDecoder().decode(file).text();
        } catch (UnreadableSourceException e) {
            throw new CalcException(Messages.text("calc.unreadableFile", fileName, e.getMessage()));
        }
    }

    /** The table for the form to show again: the decoded file, or the pasted text when the file is unreadable. */
    String csvTextForForm() {
        try {
            return csvText();
        } catch (CalcException e) {
            return pasted;
        }
    }

    /** The parameters the user filled in; the model gives the others their defaults. */
    Map<String, String> givenParams() {
        Map<String, String> given = new LinkedHashMap<>(params);
        given.values().removeIf(String::isEmpty);
        return given;
    }

    /**
     * Runs the model on the table, read from the bytes as they arrived so that the reading notes tell the
     * file's encoding. An empty table or bad input is a CalcException.
     */
    CalcResult run() {
        byte[] bytes = file != null ? file : pasted.getBytes(StandardCharsets.UTF_8);
        if (csvText().isBlank()) {
            throw new CalcException(Messages.text("calc.noTable"));
        }
        return model.run(CalcCsv.read(bytes), givenParams());
    }

    /** The agenda item to link, or null. */
    Long itemId() {
        return itemId(itemTyped, itemChosen);
    }

    /** The saved calculation this is a rerun of, or null. */
    Long savedId() {
        return id(saved, "calc.savedId");
    }

    /** The title to save under: the one given, else one naming the model. */
    String titleOrDefault() {
        return title.isEmpty() ? Messages.text("calc.defaultTitle", model.name()) : title;
    }

    /** An item id typed in, else one chosen in a list, else null; text that is no number is an error. */
    static Long itemId(String typed, String chosen) {
        return typed != null && !typed.isBlank() ? id(typed, "calc.itemId") : id(chosen, "calc.itemId");
    }

    private static Long id(String written, String whatKey) {
        if (written == null || written.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(written.strip());
        } catch (NumberFormatException e) {
            throw new CalcException(Messages.text("calc.notANumber", Messages.text(whatKey), written.strip()));
        }
    }

    private static String value(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
