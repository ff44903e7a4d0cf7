package dk.kkr.web.intern;

import dk.kkr.service.importing.ImportHandoff;
import dk.kkr.service.importing.ImportSummary;
import dk.kkr.service.importing.Importer;
import dk.kkr.search.ArchiveIndex;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The server's side of {@link ImportHandoff}: imports the files a command line on this machine hands over,
 * into the archive and the index this server owns, one request at a time, and answers line by line as each
 * file is done. Only a request from the loopback address that carries the token this server published is
 * taken; any other gets 403 and nothing is read.
 */
@RestController
class ImportController {

    private final Importer importer;
    private final ArchiveIndex index;
    private final HandoffToken token;
    private final ReentrantLock oneAtATime = new ReentrantLock(true);

    ImportController(DataSource dataSource, ArchiveIndex index, HandoffToken token) {
        this.importer = Importer.standard(dataSource, index);
        this.index = index;
        this.token = token;
    }

    @PostMapping(path = ImportHandoff.PATH, consumes = "application/json")
    void importFiles(@RequestHeader(name = ImportHandoff.TOKEN_HEADER, required = false) String given,
                     @RequestBody ImportHandoff.Request handed, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!token.allows(given, request.getRemoteAddr())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/x-ndjson;charset=UTF-8");
        OutputStream out = response.getOutputStream();
        oneAtATime.lock();
        try {
            ImportSummary summary = importer.importPaths(handed.paths().stream().map(Path::of).toList(),
                    handed.closure(), ImportHandoff.writer(out));
            ImportHandoff.writeSummary(out, summary, index.isStale());
        } finally {
            oneAtATime.unlock();
        }
    }
}
